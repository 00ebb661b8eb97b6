#include "screening/ModelDefinition.h"

#include "ingest/DatasetCatalog.h"
#include "screening/Expression.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

// Whether a model's references resolve: step kinds, earlier steps, dataset types, roles,
// fields and parameters. Every message names the model, the step and what is wrong.
namespace cluedesk {
namespace {

const QStringList kStepKinds = {QStringLiteral("source"), QStringLiteral("filter"), QStringLiteral("intersect"),
    QStringLiteral("union"), QStringLiteral("subtract"), QStringLiteral("during"), QStringLiteral("count"),
    QStringLiteral("relations"), QStringLiteral("same_person"), QStringLiteral("group"), QStringLiteral("compare"),
    QStringLiteral("rekey"), QStringLiteral("series"), QStringLiteral("threshold")};
const QStringList kSubjects = {QStringLiteral("person"), QStringLiteral("org"), QStringLiteral("case"), QStringLiteral("item")};
const QStringList kOps = {QStringLiteral("equals"), QStringLiteral("not_equals"), QStringLiteral("in"), QStringLiteral("not_in"),
    QStringLiteral("contains_any"), QStringLiteral("contains_none"), QStringLiteral("gt"), QStringLiteral("ge"),
    QStringLiteral("lt"), QStringLiteral("le"), QStringLiteral("between"), QStringLiteral("empty"), QStringLiteral("not_empty"),
    QStringLiteral("age_under"), QStringLiteral("age_at_least"), QStringLiteral("local"), QStringLiteral("not_local"),
    QStringLiteral("not_role_of"), QStringLiteral("role_of")};
const QStringList kGrades = {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow")};
const QStringList kTests = {QStringLiteral("exists"), QStringLiteral("rows_at_least"), QStringLiteral("distinct_types_at_least"),
    QStringLiteral("distinct_persons_at_least"), QStringLiteral("type_in"), QStringLiteral("field_contains_any"),
    QStringLiteral("field_in"), QStringLiteral("sum_at_least"), QStringLiteral("minor"), QStringLiteral("local")};

// Checks one filter against the types its rows can come from.
Status checkFilter(
    const ModelDefinition& m, const StepSpec& s, const FilterSpec& f, const QStringList& types, const DatasetCatalog& catalog)
{
    const QString where = QCoreApplication::translate("ModelDefinition", "model \"%1\", step \"%2\"").arg(m.id, s.id);
    if (!kOps.contains(f.op))
        return fail(QCoreApplication::translate("ModelDefinition", "%1: unknown filter \"%2\"; expected one of %3")
                        .arg(where, f.op, kOps.join(QStringLiteral(", "))),
            QStringLiteral("model.bad-op"));
    const bool needsField = !(f.op.startsWith(QLatin1String("age_")) || f.op == QLatin1String("local") ||
        f.op == QLatin1String("not_local") || f.op.endsWith(QLatin1String("role_of")));
    if (f.op.endsWith(QLatin1String("role_of"))) {
        if (f.values.isEmpty())
            return fail(QCoreApplication::translate("ModelDefinition", "%1: filter \"%2\" lists no roles").arg(where, f.op),
                QStringLiteral("model.no-values"));
        for (const QString& t : types)
            if (const DatasetType* type = catalog.find(t))
                for (const QString& role : f.values)
                    if (!type->person(role))
                        return fail(
                            QCoreApplication::translate("ModelDefinition", "%1: dataset type \"%2\" has no person role \"%3\"")
                                .arg(where, t, role),
                            QStringLiteral("model.bad-role"));
    }
    auto fieldExists = [&](const QString& field) -> Status {
        for (const QString& t : types) {
            const DatasetType* type = catalog.find(t);
            if (type && !type->field(field))
                return fail(
                    QCoreApplication::translate("ModelDefinition", "%1: field \"%2\" does not exist in dataset type \"%3\"")
                        .arg(where, field, t),
                    QStringLiteral("model.bad-field"));
        }
        return success();
    };
    if (needsField) {
        if (f.field.isEmpty())
            return fail(QCoreApplication::translate("ModelDefinition", "%1: filter \"%2\" needs a field").arg(where, f.op),
                QStringLiteral("model.no-field"));
        if (Status st = fieldExists(f.field); !st)
            return st;
    }
    // A word list taken from a parameter may be left empty on purpose (nothing matches).
    if ((f.op == QLatin1String("in") || f.op == QLatin1String("not_in") || f.op.startsWith(QLatin1String("contains_"))) &&
        f.values.isEmpty() && f.valuesParameter.isEmpty())
        return fail(QCoreApplication::translate("ModelDefinition", "%1: filter \"%2\" on \"%3\" lists no values")
                        .arg(where, f.op, f.field),
            QStringLiteral("model.no-values"));
    if (f.op.startsWith(QLatin1String("age_"))) {
        if (f.years <= 0)
            return fail(QCoreApplication::translate("ModelDefinition", "%1: filter \"%2\" needs years > 0").arg(where, f.op),
                QStringLiteral("model.bad-years"));
        if (f.atField.isEmpty() && f.atDate.isEmpty())
            return fail(QCoreApplication::translate(
                            "ModelDefinition", "%1: filter \"%2\" needs at_field (a date field of the rows) or at (a date)")
                            .arg(where, f.op),
                QStringLiteral("model.no-date"));
        if (!f.atField.isEmpty())
            if (Status st = fieldExists(f.atField); !st)
                return st;
    }
    return success();
}

Status scalarParameters(const ModelDefinition& m, const QString& where, const QStringList& names)
{
    for (const QString& name : names) {
        const ModelParameter* p = m.parameter(name);
        if (!p || p->isTable())
            return fail(
                QCoreApplication::translate("ModelDefinition", "%1: \"$%2\" is not a parameter of the model (a number or a text)")
                    .arg(where, name),
                QStringLiteral("model.bad-parameter"));
    }
    return success();
}

} // namespace

Status ModelDefinition::check(const DatasetCatalog& catalog) const
{
    if (steps.empty())
        return fail(QCoreApplication::translate("ModelDefinition", "model \"%1\" has no steps").arg(id),
            QStringLiteral("model.no-steps"));
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    QSet<QString> names;
    for (const ModelParameter& p : parameters) {
        if (!identifier.match(p.name).hasMatch() || names.contains(p.name))
            return fail(
                QCoreApplication::translate("ModelDefinition", "model \"%1\": parameter name \"%2\" is invalid or used twice")
                    .arg(id, p.name),
                QStringLiteral("model.bad-parameter"));
        names.insert(p.name);
        if (!p.value.isDouble() && !p.value.isString() && !p.value.isArray())
            return fail(QCoreApplication::translate(
                            "ModelDefinition", "model \"%1\": parameter \"%2\" needs a value (a number, a text or a table)")
                            .arg(id, p.name),
                QStringLiteral("model.bad-parameter"));
        if (p.isTable())
            for (const ThresholdRow& row : thresholds(p))
                if (row.words.isEmpty() || row.atLeast <= 0)
                    return fail(QCoreApplication::translate(
                                    "ModelDefinition", "model \"%1\": every row of table \"%2\" needs words and at_least > 0")
                                    .arg(id, p.name),
                        QStringLiteral("model.bad-parameter"));
    }
    if (workflow != QLatin1String("aid") && workflow != QLatin1String("supervision"))
        return fail(QCoreApplication::translate(
                        "ModelDefinition", "model \"%1\": workflow \"%2\" is unknown; expected aid or supervision")
                        .arg(id, workflow),
            QStringLiteral("model.bad-workflow"));
    QSet<QString> seen;
    for (const StepSpec& s : steps) {
        const QString where = QCoreApplication::translate("ModelDefinition", "model \"%1\", step \"%2\"").arg(id, s.id);
        if (s.id.isEmpty() || seen.contains(s.id))
            return fail(QCoreApplication::translate("ModelDefinition", "model \"%1\": step id \"%2\" is empty or used twice")
                            .arg(id, s.id),
                QStringLiteral("model.bad-step-id"));
        if (!kStepKinds.contains(s.kind))
            return fail(QCoreApplication::translate("ModelDefinition", "%1: unknown kind \"%2\"; expected one of %3")
                            .arg(where, s.kind, kStepKinds.join(QStringLiteral(", "))),
                QStringLiteral("model.bad-kind"));
        auto earlier = [&](const QString& ref, const char* what) -> Status {
            if (ref.isEmpty() || !seen.contains(ref))
                return fail(QCoreApplication::translate("ModelDefinition", "%1: %2 \"%3\" is not an earlier step")
                                .arg(where, QString::fromLatin1(what), ref),
                    QStringLiteral("model.bad-ref"));
            return success();
        };
        if (s.kind == QLatin1String("source")) {
            if (s.types.isEmpty())
                return fail(
                    QCoreApplication::translate("ModelDefinition", "%1: a source needs at least one dataset type").arg(where),
                    QStringLiteral("model.no-types"));
            for (const QString& t : s.types) {
                const DatasetType* type = catalog.find(t);
                if (!type)
                    return fail(QCoreApplication::translate("ModelDefinition", "%1: unknown dataset type \"%2\"").arg(where, t),
                        QStringLiteral("model.bad-type"));
                for (const QString& r : s.roles)
                    if (!type->person(r) && s.types.size() == 1)
                        return fail(
                            QCoreApplication::translate("ModelDefinition", "%1: dataset type \"%2\" has no person role \"%3\"")
                                .arg(where, t, r),
                            QStringLiteral("model.bad-role"));
            }
            for (const QString& k : s.keyFields)
                for (const QString& t : s.types)
                    if (const DatasetType* type = catalog.find(t); type && !type->field(k))
                        return fail(QCoreApplication::translate(
                                        "ModelDefinition", "%1: key field \"%2\" does not exist in dataset type \"%3\"")
                                        .arg(where, k, t),
                            QStringLiteral("model.bad-field"));
        } else if (s.kind == QLatin1String("intersect") || s.kind == QLatin1String("union")) {
            if (s.operands.size() < 2)
                return fail(QCoreApplication::translate("ModelDefinition", "%1: %2 needs at least two steps in \"of\"")
                                .arg(where, s.kind),
                    QStringLiteral("model.few-operands"));
            for (const QString& o : s.operands)
                if (Status st = earlier(o, "operand"); !st)
                    return st;
        } else {
            if (Status st = earlier(s.from, "from"); !st)
                return st;
        }
        if (s.kind == QLatin1String("during"))
            if (Status st = earlier(s.within, "within"); !st)
                return st;
        if (s.kind == QLatin1String("same_person"))
            for (const QString& o : s.operands)
                if (Status st = earlier(o, "carry"); !st)
                    return st;
        if (s.kind == QLatin1String("subtract")) {
            if (s.operands.isEmpty())
                return fail(QCoreApplication::translate("ModelDefinition", "%1: subtract needs at least one step in \"minus\"")
                                .arg(where),
                    QStringLiteral("model.few-operands"));
            for (const QString& o : s.operands)
                if (Status st = earlier(o, "minus"); !st)
                    return st;
        }
        if (!s.subject.isEmpty() && !kSubjects.contains(s.subject))
            return fail(QCoreApplication::translate("ModelDefinition", "%1: subject \"%2\" is unknown; expected one of %3")
                            .arg(where, s.subject, kSubjects.join(QStringLiteral(", "))),
                QStringLiteral("model.bad-subject"));
        seen.insert(s.id);
        const QStringList types = s.kind == QLatin1String("source") ? s.types : typesOf(s.from);
        for (const FilterSpec& f : s.filters)
            if (Status st = checkFilter(*this, s, f, types, catalog); !st)
                return st;
        // Ages, the county and roles are read from a resident ID: a case or a lot has none.
        const bool personOnly = std::any_of(s.filters.begin(), s.filters.end(), [](const FilterSpec& f) {
            return f.op.startsWith(QLatin1String("age_")) || f.op.endsWith(QLatin1String("local")) ||
                f.op.endsWith(QLatin1String("role_of"));
        });
        if (personOnly && subjectOf(s.kind == QLatin1String("source") ? s.id : s.from, catalog) != QLatin1String("person"))
            return fail(QCoreApplication::translate(
                            "ModelDefinition", "%1: age, local and role filters need persons; this step's subjects are %2")
                            .arg(where, subjectOf(s.kind == QLatin1String("source") ? s.id : s.from, catalog)),
                QStringLiteral("model.not-persons"));
        if (s.kind == QLatin1String("source") && !s.keyFields.isEmpty() && !s.roles.isEmpty())
            return fail(QCoreApplication::translate(
                            "ModelDefinition", "%1: a source is about the persons in \"roles\" or about its \"key\", not both")
                            .arg(where),
                QStringLiteral("model.key-and-roles"));
        auto fieldIn = [&](const QStringList& ts, const QString& field, const char* what) -> Status {
            if (field.isEmpty())
                return fail(
                    QCoreApplication::translate("ModelDefinition", "%1: %2 is missing").arg(where, QString::fromLatin1(what)),
                    QStringLiteral("model.no-field"));
            for (const QString& t : ts)
                if (const DatasetType* type = catalog.find(t); type && !type->field(field))
                    return fail(QCoreApplication::translate(
                                    "ModelDefinition", "%1: field \"%2\" (%3) does not exist in dataset type \"%4\"")
                                    .arg(where, field, QString::fromLatin1(what), t),
                        QStringLiteral("model.bad-field"));
            return success();
        };
        if (s.kind == QLatin1String("during")) {
            if (Status st = earlier(s.within, "within"); !st)
                return st;
            if (Status st =
                    fieldIn(typesOf(s.from), s.monthField.isEmpty() ? s.dateField : s.monthField, "month_field/date_field");
                !st)
                return st;
            if (Status st = fieldIn(typesOf(s.within), s.startField, "start_field"); !st)
                return st;
            if (Status st = fieldIn(typesOf(s.within), s.endField, "end_field"); !st)
                return st;
            if (!s.outside.isEmpty()) {
                if (Status st = earlier(s.outside, "outside"); !st)
                    return st;
                if (Status st = fieldIn(typesOf(s.outside), s.startField, "start_field"); !st)
                    return st;
                if (Status st = fieldIn(typesOf(s.outside), s.endField, "end_field"); !st)
                    return st;
            }
        } else if (s.kind == QLatin1String("count")) {
            if (s.minRows < 1)
                return fail(QCoreApplication::translate("ModelDefinition", "%1: count needs min >= 1").arg(where),
                    QStringLiteral("model.bad-min"));
            if (s.withinYears > 0)
                if (Status st = fieldIn(typesOf(s.from), s.dateField, "date_field"); !st)
                    return st;
            if (!s.byField.isEmpty())
                if (Status st = fieldIn(typesOf(s.from), s.byField, "by"); !st)
                    return st;
        } else if (s.kind == QLatin1String("filter") && !s.expression.isEmpty()) {
            const auto expression = Expression::parse(s.expression);
            if (!expression)
                return fail(QStringLiteral("%1: %2").arg(where, expression.error().message), expression.error().code);
            for (const QString& field : expression->fields(false))
                if (Status st = fieldIn(typesOf(s.from), field, "where"); !st)
                    return st;
            if (const QStringList others = expression->fields(true); !others.isEmpty())
                return fail(QCoreApplication::translate("ModelDefinition", "%1: \"with.%2\" needs a \"with\" step")
                                .arg(where, others.first()),
                    QStringLiteral("model.no-with"));
            if (Status st = scalarParameters(*this, where, expression->parameters()); !st)
                return st;
        } else if (s.kind == QLatin1String("compare") || s.kind == QLatin1String("series")) {
            const bool series = s.kind == QLatin1String("series");
            const auto expression = Expression::parse(s.expression);
            if (!expression)
                return fail(QStringLiteral("%1: %2").arg(where, expression.error().message), expression.error().code);
            if (!s.within.isEmpty())
                if (Status st = earlier(s.within, "with"); !st)
                    return st;
            if (series)
                if (Status st = fieldIn(typesOf(s.from), s.orderField, "order"); !st)
                    return st;
            for (const QString& field : expression->fields(false))
                if (Status st = fieldIn(typesOf(s.from), field, "where"); !st)
                    return st;
            const QStringList others = expression->fields(true);
            if (!others.isEmpty() && s.within.isEmpty() && !series)
                return fail(QCoreApplication::translate("ModelDefinition", "%1: \"with.%2\" needs a \"with\" step")
                                .arg(where, others.first()),
                    QStringLiteral("model.no-with"));
            const QStringList otherTypes = series ? typesOf(s.from) : typesOf(s.within);
            for (const QString& field : others)
                if (Status st = fieldIn(otherTypes, field, "where"); !st)
                    return st;
            if ((!s.join.empty() || s.absent) && s.within.isEmpty())
                return fail(
                    QCoreApplication::translate("ModelDefinition", "%1: \"join\" and \"absent\" need a \"with\" step").arg(where),
                    QStringLiteral("model.no-with"));
            for (const auto& [mine, theirs] : s.join) {
                if (Status st = fieldIn(typesOf(s.from), mine, "join"); !st)
                    return st;
                if (Status st = fieldIn(typesOf(s.within), theirs, "join"); !st)
                    return st;
            }
            if (Status st = scalarParameters(*this, where, expression->parameters()); !st)
                return st;
        } else if (s.kind == QLatin1String("group")) {
            if (s.minRows < 1 || s.minShare < 0 || s.minShare > 1 || s.minSubjects < 0)
                return fail(QCoreApplication::translate("ModelDefinition", "%1: group needs min >= 1 and min_share from 0 to 1")
                                .arg(where),
                    QStringLiteral("model.bad-min"));
            if (Status st = fieldIn(typesOf(s.from), s.byField, "by"); !st)
                return st;
            if (!s.perField.isEmpty())
                if (Status st = fieldIn(typesOf(s.from), s.perField, "per"); !st)
                    return st;
        } else if (s.kind == QLatin1String("rekey")) {
            if (s.keyFields.isEmpty() == s.roles.isEmpty())
                return fail(QCoreApplication::translate(
                                "ModelDefinition", "%1: rekey needs either \"key\" (fields) or \"roles\" (persons)")
                                .arg(where),
                    QStringLiteral("model.no-key"));
            // Rows of lists without the key come along through their subject: only some list needs it.
            for (const QString& k : s.keyFields) {
                bool found = false;
                for (const QString& t : typesOf(s.from))
                    if (const DatasetType* type = catalog.find(t); type && type->field(k))
                        found = true;
                if (!found)
                    return fail(QCoreApplication::translate(
                                    "ModelDefinition", "%1: key field \"%2\" does not exist in any list of \"%3\"")
                                    .arg(where, k, s.from),
                        QStringLiteral("model.bad-field"));
            }
            // As with key fields: rows of lists without the role come along through their subject.
            for (const QString& role : s.roles) {
                bool found = false;
                for (const QString& t : typesOf(s.from))
                    if (const DatasetType* type = catalog.find(t); type && type->person(role))
                        found = true;
                if (!found)
                    return fail(QCoreApplication::translate("ModelDefinition", "%1: no list of \"%2\" has the person role \"%3\"")
                                    .arg(where, s.from, role),
                        QStringLiteral("model.bad-role"));
            }
        } else if (s.kind == QLatin1String("threshold")) {
            if (Status st = fieldIn(typesOf(s.from), s.matchField, "match"); !st)
                return st;
            if (Status st = fieldIn(typesOf(s.from), s.amountField, "amount"); !st)
                return st;
            const ModelParameter* table = parameter(s.table);
            if (!table || !table->isTable())
                return fail(
                    QCoreApplication::translate("ModelDefinition", "%1: table \"%2\" is not a table among the model's parameters")
                        .arg(where, s.table),
                    QStringLiteral("model.bad-parameter"));
        } else if (s.kind == QLatin1String("relations")) {
            if (s.startFilters.empty() || s.endFilters.empty())
                return fail(QCoreApplication::translate("ModelDefinition", "%1: relations needs \"start\" and \"end\" filters")
                                .arg(where),
                    QStringLiteral("model.no-filters"));
            if (Status st = fieldIn(typesOf(s.from), s.dateField, "date_field"); !st)
                return st;
            for (const FilterSpec& f : s.startFilters)
                if (Status st = checkFilter(*this, s, f, typesOf(s.from), catalog); !st)
                    return st;
            for (const FilterSpec& f : s.endFilters)
                if (Status st = checkFilter(*this, s, f, typesOf(s.from), catalog); !st)
                    return st;
            if (!s.endedBy.isEmpty()) {
                if (Status st = earlier(s.endedBy, "ended_by"); !st)
                    return st;
                if (Status st = fieldIn(typesOf(s.endedBy), s.endedByDateField, "ended_by_date_field"); !st)
                    return st;
            }
        }
    }
    if (!step(output))
        return fail(
            QCoreApplication::translate("ModelDefinition", "model \"%1\": output.from \"%2\" is not a step").arg(id, output),
            QStringLiteral("model.bad-output"));
    if (!kGrades.contains(defaultGrade))
        return fail(
            QCoreApplication::translate("ModelDefinition", "model \"%1\": default_grade \"%2\" is not red, orange or yellow")
                .arg(id, defaultGrade),
            QStringLiteral("model.bad-grade"));
    std::function<Status(const GradeCondition&)> checkCondition = [&](const GradeCondition& c) -> Status {
        if (!c.combine.isEmpty()) {
            for (const GradeCondition& k : c.children)
                if (Status st = checkCondition(k); !st)
                    return st;
            return success();
        }
        if (!step(c.step))
            return fail(QCoreApplication::translate(
                            "ModelDefinition", "model \"%1\": a grade rule names step \"%2\", which does not exist")
                            .arg(id, c.step),
                QStringLiteral("model.bad-ref"));
        if (!kTests.contains(c.test))
            return fail(
                QCoreApplication::translate("ModelDefinition", "model \"%1\": grade test \"%2\" is unknown; expected one of %3")
                    .arg(id, c.test, kTests.join(QStringLiteral(", "))),
                QStringLiteral("model.bad-test"));
        return success();
    };
    for (const GradeRule& g : grades) {
        if (!kGrades.contains(g.grade))
            return fail(QCoreApplication::translate("ModelDefinition", "model \"%1\": grade \"%2\" is not red, orange or yellow")
                            .arg(id, g.grade),
                QStringLiteral("model.bad-grade"));
        if (Status st = checkCondition(g.when); !st)
            return st;
    }
    if (reason.isEmpty())
        return fail(QCoreApplication::translate("ModelDefinition", "model \"%1\" has no reason text in its output").arg(id),
            QStringLiteral("model.no-reason"));
    return success();
}

} // namespace cluedesk
