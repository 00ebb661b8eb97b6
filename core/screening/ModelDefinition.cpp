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
    const QJsonValue values = o.value(QStringLiteral("values"));
    if (values.isString() && values.toString().startsWith(u'$'))
        f.valuesParameter = values.toString().mid(1); // resolved once the parameters are read
    else
        f.values = strings(values);
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
    if (!f.valuesParameter.isEmpty())
        o.insert(QStringLiteral("values"), QString(QStringLiteral("$") + f.valuesParameter));
    else if (!f.values.isEmpty())
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
    return fromJson(doc.object(), source);
}

namespace {

// Refuses keys a model file may not have: a misspelt "min_shares" would otherwise be ignored and
// the model would run with a different rule than the one its author wrote.
Status knownKeys(const QJsonObject& o, const QStringList& keys, const QString& source, const QString& path)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()))
            return fail(QCoreApplication::translate("ModelDefinition", "%1, %2: unknown key \"%3\"; expected one of %4")
                            .arg(source.isEmpty() ? QCoreApplication::translate("ModelDefinition", "model") : source, path,
                                it.key(), keys.join(QStringLiteral(", "))),
                QStringLiteral("model.unknown-key"));
    return success();
}

QStringList keys(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

Status knownConditionKeys(const QJsonObject& o, const QString& source, const QString& path)
{
    static const QStringList allowed = keys({"grade", "step", "test", "field", "values", "value", "any", "all"});
    if (Status st = knownKeys(o, allowed, source, path); !st)
        return st;
    for (const char* combine : {"any", "all"}) {
        const QJsonArray children = o.value(QString::fromLatin1(combine)).toArray();
        for (qsizetype i = 0; i < children.size(); ++i)
            if (Status st = knownConditionKeys(
                    children[i].toObject(), source, QStringLiteral("%1.%2[%3]").arg(path, QString::fromLatin1(combine)).arg(i));
                !st)
                return st;
    }
    return success();
}

Status knownModelKeys(const QJsonObject& json, const QString& source)
{
    static const QStringList model =
        keys({"id", "version", "title", "description", "legal_basis", "workflow", "parameters", "steps", "output"});
    static const QStringList step =
        keys({"id", "kind", "title", "types", "roles", "role", "key", "subject", "from", "rows", "filters", "of", "minus",
            "carry", "different_region", "within", "outside", "ended_by", "ended_by_date_field", "with", "where", "join",
            "same_subject", "absent", "keep_previous", "order", "month_field", "date_field", "start_field", "end_field", "min",
            "by", "per", "min_share", "min_total", "min_subjects", "within_years", "start", "end", "match", "amount", "table"});
    static const QStringList filter =
        keys({"field", "op", "values", "value", "from", "to", "negation_aware", "at_field", "at", "years"});
    static const QStringList parameter = keys({"name", "title", "value", "unit", "basis"});
    static const QStringList output = keys({"from", "label", "grades", "default_grade", "reason"});
    if (Status st = knownKeys(json, model, source, QStringLiteral("/")); !st)
        return st;
    const QJsonArray params = json.value(QStringLiteral("parameters")).toArray();
    for (qsizetype i = 0; i < params.size(); ++i)
        if (Status st = knownKeys(params[i].toObject(), parameter, source, QStringLiteral("parameters[%1]").arg(i)); !st)
            return st;
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps[i].toObject();
        const QString path = QStringLiteral("steps[%1] (\"%2\")").arg(i).arg(o.value(QStringLiteral("id")).toString());
        if (Status st = knownKeys(o, step, source, path); !st)
            return st;
        for (const char* list : {"filters", "start", "end"}) {
            const QJsonArray filters = o.value(QString::fromLatin1(list)).toArray();
            for (qsizetype j = 0; j < filters.size(); ++j)
                if (Status st = knownKeys(filters[j].toObject(), filter, source,
                        QStringLiteral("%1.%2[%3]").arg(path, QString::fromLatin1(list)).arg(j));
                    !st)
                    return st;
        }
    }
    const QJsonObject out = json.value(QStringLiteral("output")).toObject();
    if (Status st = knownKeys(out, output, source, QStringLiteral("output")); !st)
        return st;
    const QJsonArray grades = out.value(QStringLiteral("grades")).toArray();
    for (qsizetype i = 0; i < grades.size(); ++i)
        if (Status st = knownConditionKeys(grades[i].toObject(), source, QStringLiteral("output.grades[%1]").arg(i)); !st)
            return st;
    return success();
}

const char* const kNumberKeys[] = {"min", "min_share", "min_total", "min_subjects", "within_years"};

StepSpec stepFrom(const QJsonObject& o)
{
    StepSpec s;
    for (const char* k : kNumberKeys) {
        const QString v = o.value(QString::fromLatin1(k)).toString();
        if (v.startsWith(u'$'))
            s.parameterRefs[QString::fromLatin1(k)] = v.mid(1);
    }
    s.id = o.value(QStringLiteral("id")).toString();
    s.kind = o.value(QStringLiteral("kind")).toString();
    s.title = LocalText::fromJson(o.value(QStringLiteral("title")));
    s.types = strings(o.value(QStringLiteral("types")));
    s.roles = strings(o.value(QStringLiteral("roles")));
    if (o.contains(QStringLiteral("role")))
        s.roles = strings(o.value(QStringLiteral("role")));
    s.keyFields = strings(o.value(QStringLiteral("key")));
    s.subject = o.value(QStringLiteral("subject")).toString();
    s.from = o.value(QStringLiteral("from")).toString();
    if (s.kind == QLatin1String("during"))
        s.from = o.value(QStringLiteral("rows")).toString(s.from);
    s.filters = filtersFrom(o.value(QStringLiteral("filters")));
    s.operands = strings(o.value(operandsKey(s.kind)));
    s.differentRegion = o.value(QStringLiteral("different_region")).toBool(false);
    s.within = o.value(s.kind == QLatin1String("compare") ? QStringLiteral("with") : QStringLiteral("within")).toString();
    s.outside = o.value(QStringLiteral("outside")).toString();
    s.endedBy = o.value(QStringLiteral("ended_by")).toString();
    s.endedByDateField = o.value(QStringLiteral("ended_by_date_field")).toString();
    s.expression = o.value(QStringLiteral("where")).toString();
    const QJsonObject join = o.value(QStringLiteral("join")).toObject();
    for (auto it = join.begin(); it != join.end(); ++it)
        s.join.emplace_back(it.key(), it.value().toString());
    s.absent = o.value(QStringLiteral("absent")).toBool(false);
    s.sameSubject = o.value(QStringLiteral("same_subject")).toBool(false);
    s.keepPrevious = o.value(QStringLiteral("keep_previous")).toBool(true);
    s.orderField = o.value(QStringLiteral("order")).toString();
    s.monthField = o.value(QStringLiteral("month_field")).toString();
    s.dateField = o.value(QStringLiteral("date_field")).toString();
    s.startField = o.value(QStringLiteral("start_field")).toString();
    s.endField = o.value(QStringLiteral("end_field")).toString();
    s.minRows = o.value(QStringLiteral("min")).toInt();
    s.byField = o.value(QStringLiteral("by")).toString();
    s.perField = o.value(QStringLiteral("per")).toString();
    s.minShare = o.value(QStringLiteral("min_share")).toDouble();
    s.minTotal = o.value(QStringLiteral("min_total")).toInt();
    s.minSubjects = o.value(QStringLiteral("min_subjects")).toInt();
    s.withinYears = o.value(QStringLiteral("within_years")).toInt();
    s.startFilters = filtersFrom(o.value(QStringLiteral("start")));
    s.endFilters = filtersFrom(o.value(QStringLiteral("end")));
    s.matchField = o.value(QStringLiteral("match")).toString();
    s.amountField = o.value(QStringLiteral("amount")).toString();
    s.table = o.value(QStringLiteral("table")).toString();
    return s;
}

} // namespace

Result<ModelDefinition> ModelDefinition::fromJson(const QJsonObject& json, const QString& source)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_-]{0,63}$"));
    ModelDefinition m;
    m.id = json.value(QStringLiteral("id")).toString();
    if (!identifier.match(m.id).hasMatch())
        return fail(QCoreApplication::translate(
                        "ModelDefinition", "model id \"%1\" is invalid; expected lowercase letters, digits, - or _")
                        .arg(m.id),
            QStringLiteral("model.bad-id"));
    if (Status st = knownModelKeys(json, source.isEmpty() ? QStringLiteral("\"%1\"").arg(m.id) : source); !st)
        return st.error();
    m.version = json.value(QStringLiteral("version")).toInt(1);
    m.title = LocalText::fromJson(json.value(QStringLiteral("title")));
    if (m.title.isEmpty())
        return fail(QCoreApplication::translate("ModelDefinition", "model \"%1\" has no title").arg(m.id),
            QStringLiteral("model.no-title"));
    m.description = LocalText::fromJson(json.value(QStringLiteral("description")));
    m.legalBasis = json.value(QStringLiteral("legal_basis")).toString();
    m.workflow = json.value(QStringLiteral("workflow")).toString(QStringLiteral("aid"));
    for (const QJsonValue& v : json.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject o = v.toObject();
        ModelParameter p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.title = LocalText::fromJson(o.value(QStringLiteral("title")));
        p.value = o.value(QStringLiteral("value"));
        p.unit = o.value(QStringLiteral("unit")).toString();
        p.basis = o.value(QStringLiteral("basis")).toString();
        m.parameters.push_back(std::move(p));
    }
    for (const QJsonValue& v : json.value(QStringLiteral("steps")).toArray()) {
        StepSpec s = stepFrom(v.toObject());
        for (const auto& [key, name] : s.parameterRefs) {
            const ModelParameter* p = m.parameter(name);
            if (!p || !p->value.isDouble())
                return fail(QCoreApplication::translate(
                                "ModelDefinition", "model \"%1\", step \"%2\": %3 \"$%4\" is not a number among the parameters")
                                .arg(m.id, s.id, key, name),
                    QStringLiteral("model.bad-parameter"));
            const double value = p->value.toDouble();
            if (key == QLatin1String("min"))
                s.minRows = int(value);
            else if (key == QLatin1String("min_share"))
                s.minShare = value;
            else if (key == QLatin1String("min_total"))
                s.minTotal = int(value);
            else if (key == QLatin1String("min_subjects"))
                s.minSubjects = int(value);
            else
                s.withinYears = int(value);
        }
        for (std::vector<FilterSpec>* filters : {&s.filters, &s.startFilters, &s.endFilters})
            for (FilterSpec& f : *filters) {
                if (f.valuesParameter.isEmpty())
                    continue;
                const ModelParameter* p = m.parameter(f.valuesParameter);
                if (!p || !p->value.isString())
                    return fail(QCoreApplication::translate("ModelDefinition",
                                    "model \"%1\", step \"%2\": values \"$%3\" is not a text among the parameters")
                                    .arg(m.id, s.id, f.valuesParameter),
                        QStringLiteral("model.bad-parameter"));
                f.values = ModelParameter::words(p->value.toString());
            }
        m.steps.push_back(std::move(s));
    }
    const QJsonObject out = json.value(QStringLiteral("output")).toObject();
    m.output = out.value(QStringLiteral("from")).toString();
    m.labelFields = strings(out.value(QStringLiteral("label")));
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

QStringList ModelParameter::words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

const ModelParameter* ModelDefinition::parameter(const QString& name) const
{
    for (const ModelParameter& p : parameters)
        if (p.name == name)
            return &p;
    return nullptr;
}

std::vector<ThresholdRow> ModelDefinition::thresholds(const ModelParameter& table)
{
    std::vector<ThresholdRow> out;
    for (const QJsonValue& v : table.value.toArray()) {
        const QJsonObject o = v.toObject();
        out.push_back({strings(o.value(QStringLiteral("words"))), o.value(QStringLiteral("at_least")).toDouble(),
            o.value(QStringLiteral("basis")).toString()});
    }
    return out;
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
        if (!s.keyFields.isEmpty())
            o.insert(QStringLiteral("key"), array(s.keyFields));
        if (!s.from.isEmpty())
            o.insert(s.kind == QLatin1String("during") ? QStringLiteral("rows") : QStringLiteral("from"), s.from);
        if (!s.filters.empty())
            o.insert(QStringLiteral("filters"), filtersJson(s.filters));
        if (!s.operands.isEmpty())
            o.insert(operandsKey(s.kind), array(s.operands));
        if (s.differentRegion)
            o.insert(QStringLiteral("different_region"), true);
        const std::pair<const char*, QString> texts[] = {{s.kind == QLatin1String("compare") ? "with" : "within", s.within},
            {"outside", s.outside}, {"ended_by", s.endedBy}, {"ended_by_date_field", s.endedByDateField}, {"where", s.expression},
            {"month_field", s.monthField}, {"date_field", s.dateField}, {"start_field", s.startField}, {"end_field", s.endField},
            {"subject", s.subject}, {"order", s.orderField}, {"by", s.byField}, {"per", s.perField}, {"match", s.matchField},
            {"amount", s.amountField}, {"table", s.table}};
        for (const auto& [k, v] : texts)
            if (!v.isEmpty())
                o.insert(QString::fromLatin1(k), v);
        if (s.minRows)
            o.insert(QStringLiteral("min"), s.minRows);
        if (s.minShare > 0)
            o.insert(QStringLiteral("min_share"), s.minShare);
        if (s.minTotal)
            o.insert(QStringLiteral("min_total"), s.minTotal);
        if (s.minSubjects)
            o.insert(QStringLiteral("min_subjects"), s.minSubjects);
        if (!s.join.empty()) {
            QJsonObject join;
            for (const auto& [mine, theirs] : s.join)
                join.insert(mine, theirs);
            o.insert(QStringLiteral("join"), join);
        }
        if (s.absent)
            o.insert(QStringLiteral("absent"), true);
        if (s.sameSubject)
            o.insert(QStringLiteral("same_subject"), true);
        if (!s.keepPrevious)
            o.insert(QStringLiteral("keep_previous"), false);
        if (s.withinYears)
            o.insert(QStringLiteral("within_years"), s.withinYears);
        for (const auto& [key, name] : s.parameterRefs)
            o.insert(key, QString(QStringLiteral("$") + name));
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
    if (!labelFields.isEmpty())
        out.insert(QStringLiteral("label"), array(labelFields));
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("version"), version}, {QStringLiteral("title"), title.toJson()},
        {QStringLiteral("steps"), stepsJson}, {QStringLiteral("output"), out}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description.toJson());
    if (!legalBasis.isEmpty())
        o.insert(QStringLiteral("legal_basis"), legalBasis);
    if (workflow != QLatin1String("aid"))
        o.insert(QStringLiteral("workflow"), workflow);
    if (!parameters.empty()) {
        QJsonArray params;
        for (const ModelParameter& p : parameters) {
            QJsonObject po{{QStringLiteral("name"), p.name}, {QStringLiteral("value"), p.value}};
            if (!p.title.isEmpty())
                po.insert(QStringLiteral("title"), p.title.toJson());
            if (!p.unit.isEmpty())
                po.insert(QStringLiteral("unit"), p.unit);
            if (!p.basis.isEmpty())
                po.insert(QStringLiteral("basis"), p.basis);
            params.append(po);
        }
        o.insert(QStringLiteral("parameters"), params);
    }
    return o;
}

QString ModelDefinition::hash() const
{
    return Sha256::ofBytes(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)).left(16);
}

QString ModelDefinition::subjectOf(const QString& stepId, const DatasetCatalog& catalog, int depth) const
{
    const StepSpec* s = step(stepId);
    if (!s || depth > int(steps.size()))
        return QStringLiteral("person");
    const bool keyed = s->kind == QLatin1String("source") || s->kind == QLatin1String("rekey");
    if (keyed && !s->subject.isEmpty())
        return s->subject;
    if (keyed && s->keyFields.isEmpty())
        return QStringLiteral("person");
    if (keyed) {
        if (s->keyFields.size() > 1)
            return QStringLiteral("item");
        for (const QString& t : s->kind == QLatin1String("source") ? s->types : typesOf(s->from))
            if (const DatasetType* type = catalog.find(t))
                if (const FieldDef* f = type->field(s->keyFields.first())) {
                    if (f->kind == FieldKind::Org || f->kind == FieldKind::Code)
                        return QStringLiteral("org");
                    return f->kind == FieldKind::Case ? QStringLiteral("case") : QStringLiteral("item");
                }
        return QStringLiteral("item");
    }
    if (s->kind == QLatin1String("same_person"))
        return QStringLiteral("person");
    if (s->kind == QLatin1String("intersect") || s->kind == QLatin1String("union"))
        return subjectOf(s->operands.value(0), catalog, depth + 1);
    return subjectOf(s->from, catalog, depth + 1);
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

} // namespace cluedesk
