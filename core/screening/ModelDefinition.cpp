#include "screening/ModelDefinition.h"

#include "ingest/DatasetCatalog.h"
#include "screening/Expression.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace cluedesk {
namespace {

const QStringList kStepKinds = {QStringLiteral("source"), QStringLiteral("filter"), QStringLiteral("intersect"),
    QStringLiteral("union"), QStringLiteral("subtract"), QStringLiteral("during"), QStringLiteral("count"),
    QStringLiteral("relations"), QStringLiteral("same_person"), QStringLiteral("group"), QStringLiteral("compare")};
const QStringList kOps = {QStringLiteral("equals"), QStringLiteral("not_equals"), QStringLiteral("in"), QStringLiteral("not_in"),
    QStringLiteral("contains_any"), QStringLiteral("contains_none"), QStringLiteral("gt"), QStringLiteral("ge"),
    QStringLiteral("lt"), QStringLiteral("le"), QStringLiteral("between"), QStringLiteral("empty"), QStringLiteral("not_empty"),
    QStringLiteral("age_under"), QStringLiteral("age_at_least"), QStringLiteral("local"), QStringLiteral("not_local"),
    QStringLiteral("not_role_of")};
const QStringList kGrades = {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow")};
const QStringList kTests = {QStringLiteral("exists"), QStringLiteral("rows_at_least"), QStringLiteral("distinct_types_at_least"),
    QStringLiteral("distinct_persons_at_least"), QStringLiteral("type_in"), QStringLiteral("field_contains_any"),
    QStringLiteral("field_in"), QStringLiteral("sum_at_least"), QStringLiteral("minor"), QStringLiteral("local")};

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue& x : v.toArray())
        out << (x.isDouble() ? QString::number(x.toDouble()) : x.toString());
    return out;
}

QJsonArray array(const QStringList& l)
{
    return QJsonArray::fromStringList(l);
}

// The JSON key that lists a step's operands.
QString operandsKey(const QString& kind)
{
    if (kind == QLatin1String("subtract"))
        return QStringLiteral("minus");
    return kind == QLatin1String("same_person") ? QStringLiteral("carry") : QStringLiteral("of");
}

FilterSpec filterFrom(const QJsonObject& o)
{
    FilterSpec f;
    f.field = o.value(QStringLiteral("field")).toString();
    f.op = o.value(QStringLiteral("op")).toString();
    f.values = strings(o.value(QStringLiteral("values")));
    f.value = o.value(QStringLiteral("value")).toVariant();
    if (o.contains(QStringLiteral("from")))
        f.value = o.value(QStringLiteral("from")).toVariant();
    f.to = o.value(QStringLiteral("to")).toVariant();
    f.negationAware = o.value(QStringLiteral("negation_aware")).toBool(false);
    f.atField = o.value(QStringLiteral("at_field")).toString();
    f.atDate = o.value(QStringLiteral("at")).toString();
    f.years = o.value(QStringLiteral("years")).toInt();
    return f;
}

QJsonObject filterJson(const FilterSpec& f)
{
    QJsonObject o{{QStringLiteral("op"), f.op}};
    if (!f.field.isEmpty())
        o.insert(QStringLiteral("field"), f.field);
    if (!f.values.isEmpty())
        o.insert(QStringLiteral("values"), array(f.values));
    if (f.value.isValid() && !f.value.isNull())
        o.insert(f.op == QLatin1String("between") ? QStringLiteral("from") : QStringLiteral("value"),
            QJsonValue::fromVariant(f.value));
    if (f.to.isValid() && !f.to.isNull())
        o.insert(QStringLiteral("to"), QJsonValue::fromVariant(f.to));
    if (f.negationAware)
        o.insert(QStringLiteral("negation_aware"), true);
    if (!f.atField.isEmpty())
        o.insert(QStringLiteral("at_field"), f.atField);
    if (!f.atDate.isEmpty())
        o.insert(QStringLiteral("at"), f.atDate);
    if (f.years)
        o.insert(QStringLiteral("years"), f.years);
    return o;
}

std::vector<FilterSpec> filtersFrom(const QJsonValue& v)
{
    std::vector<FilterSpec> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(filterFrom(x.toObject()));
    return out;
}

QJsonArray filtersJson(const std::vector<FilterSpec>& filters)
{
    QJsonArray a;
    for (const FilterSpec& f : filters)
        a.append(filterJson(f));
    return a;
}

GradeCondition conditionFrom(const QJsonObject& o)
{
    GradeCondition c;
    for (const char* combine : {"any", "all"}) {
        if (o.contains(QString::fromLatin1(combine))) {
            c.combine = QString::fromLatin1(combine);
            for (const QJsonValue& x : o.value(QString::fromLatin1(combine)).toArray())
                c.children.push_back(conditionFrom(x.toObject()));
            return c;
        }
    }
    c.step = o.value(QStringLiteral("step")).toString();
    c.test = o.value(QStringLiteral("test")).toString(QStringLiteral("exists"));
    c.field = o.value(QStringLiteral("field")).toString();
    c.values = strings(o.value(QStringLiteral("values")));
    c.number = o.value(QStringLiteral("value")).toDouble();
    return c;
}

QJsonObject conditionJson(const GradeCondition& c)
{
    if (!c.combine.isEmpty()) {
        QJsonArray children;
        for (const GradeCondition& k : c.children)
            children.append(conditionJson(k));
        return QJsonObject{{c.combine, children}};
    }
    QJsonObject o{{QStringLiteral("step"), c.step}, {QStringLiteral("test"), c.test}};
    if (!c.field.isEmpty())
        o.insert(QStringLiteral("field"), c.field);
    if (!c.values.isEmpty())
        o.insert(QStringLiteral("values"), array(c.values));
    if (c.number != 0)
        o.insert(QStringLiteral("value"), c.number);
    return o;
}

} // namespace

const StepSpec* ModelDefinition::step(const QString& id) const
{
    for (const StepSpec& s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

Result<ModelDefinition> ModelDefinition::fromBytes(const QByteArray& json, const QString& source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("ModelDefinition", "%1 is not a valid model file: %2 at character %3")
                        .arg(source, error.errorString())
                        .arg(error.offset),
            QStringLiteral("model.bad-json"));
    return fromJson(doc.object());
}

Result<ModelDefinition> ModelDefinition::fromJson(const QJsonObject& json)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_-]{0,63}$"));
    ModelDefinition m;
    m.id = json.value(QStringLiteral("id")).toString();
    if (!identifier.match(m.id).hasMatch())
        return fail(QCoreApplication::translate(
                        "ModelDefinition", "model id \"%1\" is invalid; expected lowercase letters, digits, - or _")
                        .arg(m.id),
            QStringLiteral("model.bad-id"));
    m.version = json.value(QStringLiteral("version")).toInt(1);
    m.title = LocalText::fromJson(json.value(QStringLiteral("title")));
    if (m.title.isEmpty())
        return fail(QCoreApplication::translate("ModelDefinition", "model \"%1\" has no title").arg(m.id),
            QStringLiteral("model.no-title"));
    m.description = LocalText::fromJson(json.value(QStringLiteral("description")));
    m.legalBasis = json.value(QStringLiteral("legal_basis")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        StepSpec s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.kind = o.value(QStringLiteral("kind")).toString();
        s.title = LocalText::fromJson(o.value(QStringLiteral("title")));
        s.types = strings(o.value(QStringLiteral("types")));
        s.roles = strings(o.value(QStringLiteral("roles")));
        if (o.contains(QStringLiteral("role")))
            s.roles = strings(o.value(QStringLiteral("role")));
        s.from = o.value(QStringLiteral("from")).toString();
        if (s.kind == QLatin1String("during"))
            s.from = o.value(QStringLiteral("rows")).toString(s.from);
        s.filters = filtersFrom(o.value(QStringLiteral("filters")));
        s.operands = strings(o.value(operandsKey(s.kind)));
        s.differentRegion = o.value(QStringLiteral("different_region")).toBool(false);
        s.within = o.value(s.kind == QLatin1String("compare") ? QStringLiteral("with") : QStringLiteral("within")).toString();
        s.expression = o.value(QStringLiteral("where")).toString();
        s.monthField = o.value(QStringLiteral("month_field")).toString();
        s.dateField = o.value(QStringLiteral("date_field")).toString();
        s.startField = o.value(QStringLiteral("start_field")).toString();
        s.endField = o.value(QStringLiteral("end_field")).toString();
        s.minRows = o.value(QStringLiteral("min")).toInt();
        s.byField = o.value(QStringLiteral("by")).toString();
        s.minShare = o.value(QStringLiteral("min_share")).toDouble();
        s.minTotal = o.value(QStringLiteral("min_total")).toInt();
        s.withinYears = o.value(QStringLiteral("within_years")).toInt();
        s.startFilters = filtersFrom(o.value(QStringLiteral("start")));
        s.endFilters = filtersFrom(o.value(QStringLiteral("end")));
        m.steps.push_back(std::move(s));
    }
    const QJsonObject out = json.value(QStringLiteral("output")).toObject();
    m.output = out.value(QStringLiteral("from")).toString();
    for (const QJsonValue& v : out.value(QStringLiteral("grades")).toArray()) {
        const QJsonObject g = v.toObject();
        GradeRule rule;
        rule.grade = g.value(QStringLiteral("grade")).toString();
        QJsonObject when = g;
        when.remove(QStringLiteral("grade"));
        rule.when = conditionFrom(when);
        m.grades.push_back(std::move(rule));
    }
    m.defaultGrade = out.value(QStringLiteral("default_grade")).toString(QStringLiteral("yellow"));
    m.reason = LocalText::fromJson(out.value(QStringLiteral("reason")));
    return m;
}

QJsonObject ModelDefinition::toJson() const
{
    QJsonArray stepsJson;
    for (const StepSpec& s : steps) {
        QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("kind"), s.kind}};
        if (!s.title.isEmpty())
            o.insert(QStringLiteral("title"), s.title.toJson());
        if (!s.types.isEmpty())
            o.insert(QStringLiteral("types"), array(s.types));
        if (!s.roles.isEmpty())
            o.insert(QStringLiteral("roles"), array(s.roles));
        if (!s.from.isEmpty())
            o.insert(s.kind == QLatin1String("during") ? QStringLiteral("rows") : QStringLiteral("from"), s.from);
        if (!s.filters.empty())
            o.insert(QStringLiteral("filters"), filtersJson(s.filters));
        if (!s.operands.isEmpty())
            o.insert(operandsKey(s.kind), array(s.operands));
        if (s.differentRegion)
            o.insert(QStringLiteral("different_region"), true);
        const std::pair<const char*, QString> texts[] = {{s.kind == QLatin1String("compare") ? "with" : "within", s.within},
            {"where", s.expression}, {"month_field", s.monthField}, {"date_field", s.dateField}, {"start_field", s.startField},
            {"end_field", s.endField}};
        for (const auto& [k, v] : texts)
            if (!v.isEmpty())
                o.insert(QString::fromLatin1(k), v);
        if (s.minRows)
            o.insert(QStringLiteral("min"), s.minRows);
        if (!s.byField.isEmpty())
            o.insert(QStringLiteral("by"), s.byField);
        if (s.minShare > 0)
            o.insert(QStringLiteral("min_share"), s.minShare);
        if (s.minTotal)
            o.insert(QStringLiteral("min_total"), s.minTotal);
        if (s.withinYears)
            o.insert(QStringLiteral("within_years"), s.withinYears);
        if (!s.startFilters.empty())
            o.insert(QStringLiteral("start"), filtersJson(s.startFilters));
        if (!s.endFilters.empty())
            o.insert(QStringLiteral("end"), filtersJson(s.endFilters));
        stepsJson.append(o);
    }
    QJsonArray gradesJson;
    for (const GradeRule& g : grades) {
        QJsonObject o = conditionJson(g.when);
        o.insert(QStringLiteral("grade"), g.grade);
        gradesJson.append(o);
    }
    QJsonObject out{{QStringLiteral("from"), output}, {QStringLiteral("grades"), gradesJson},
        {QStringLiteral("default_grade"), defaultGrade}, {QStringLiteral("reason"), reason.toJson()}};
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("version"), version}, {QStringLiteral("title"), title.toJson()},
        {QStringLiteral("steps"), stepsJson}, {QStringLiteral("output"), out}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description.toJson());
    if (!legalBasis.isEmpty())
        o.insert(QStringLiteral("legal_basis"), legalBasis);
    return o;
}

QString ModelDefinition::hash() const
{
    return Sha256::ofBytes(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)).left(16);
}

QStringList ModelDefinition::typesOf(const QString& stepId, int depth) const
{
    const StepSpec* s = step(stepId);
    // a step can only refer to earlier ones; the depth guard keeps a model that does not (before
    // check() has said so) from recursing forever
    if (!s || depth > int(steps.size()))
        return {};
    QStringList out;
    auto add = [&](const QStringList& l) {
        for (const QString& t : l)
            if (!out.contains(t))
                out << t;
    };
    if (s->kind == QLatin1String("source"))
        add(s->types);
    else if (s->kind == QLatin1String("intersect") || s->kind == QLatin1String("union"))
        for (const QString& o : s->operands)
            add(typesOf(o, depth + 1));
    else
        add(typesOf(s->from, depth + 1));
    if (s->kind == QLatin1String("during") || (s->kind == QLatin1String("compare") && !s->within.isEmpty()))
        add(typesOf(s->within, depth + 1));
    if (s->kind == QLatin1String("same_person"))
        for (const QString& o : s->operands)
            add(typesOf(o, depth + 1));
    return out;
}

namespace {

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
        f.op == QLatin1String("not_local") || f.op == QLatin1String("not_role_of"));
    if (f.op == QLatin1String("not_role_of")) {
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
    if ((f.op == QLatin1String("in") || f.op == QLatin1String("not_in") || f.op.startsWith(QLatin1String("contains_"))) &&
        f.values.isEmpty())
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

} // namespace

Status ModelDefinition::check(const DatasetCatalog& catalog) const
{
    if (steps.empty())
        return fail(QCoreApplication::translate("ModelDefinition", "model \"%1\" has no steps").arg(id),
            QStringLiteral("model.no-steps"));
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
        seen.insert(s.id);
        const QStringList types = s.kind == QLatin1String("source") ? s.types : typesOf(s.from);
        for (const FilterSpec& f : s.filters)
            if (Status st = checkFilter(*this, s, f, types, catalog); !st)
                return st;
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
        } else if (s.kind == QLatin1String("count")) {
            if (s.minRows < 1)
                return fail(QCoreApplication::translate("ModelDefinition", "%1: count needs min >= 1").arg(where),
                    QStringLiteral("model.bad-min"));
            if (s.withinYears > 0)
                if (Status st = fieldIn(typesOf(s.from), s.dateField, "date_field"); !st)
                    return st;
        } else if (s.kind == QLatin1String("compare")) {
            const auto expression = Expression::parse(s.expression);
            if (!expression)
                return fail(QStringLiteral("%1: %2").arg(where, expression.error().message), expression.error().code);
            if (!s.within.isEmpty())
                if (Status st = earlier(s.within, "with"); !st)
                    return st;
            for (const QString& field : expression->fields(false))
                if (Status st = fieldIn(typesOf(s.from), field, "where"); !st)
                    return st;
            const QStringList others = expression->fields(true);
            if (!others.isEmpty() && s.within.isEmpty())
                return fail(QCoreApplication::translate("ModelDefinition", "%1: \"with.%2\" needs a \"with\" step")
                                .arg(where, others.first()),
                    QStringLiteral("model.no-with"));
            for (const QString& field : others)
                if (Status st = fieldIn(typesOf(s.within), field, "where"); !st)
                    return st;
        } else if (s.kind == QLatin1String("group")) {
            if (s.minRows < 1 || s.minShare < 0 || s.minShare > 1)
                return fail(QCoreApplication::translate("ModelDefinition", "%1: group needs min >= 1 and min_share from 0 to 1")
                                .arg(where),
                    QStringLiteral("model.bad-min"));
            if (Status st = fieldIn(typesOf(s.from), s.byField, "by"); !st)
                return st;
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
