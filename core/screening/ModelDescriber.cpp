#include "screening/ModelDescriber.h"

#include "screening/Expression.h"

#include "ingest/DatasetCatalog.h"

#include <functional>

namespace cluedesk {
namespace {

QString fieldTitle(const QString& field, const QStringList& types, const DatasetCatalog& catalog, Language lang)
{
    for (const QString& t : types)
        if (const DatasetType* type = catalog.find(t))
            if (const FieldDef* f = type->field(field))
                return f->title.text(lang);
    return field;
}

QString quoted(const QStringList& values, Language lang)
{
    QStringList q;
    for (const QString& v : values)
        q << (lang == Language::Chinese ? QStringLiteral("“%1”").arg(v) : QStringLiteral("\"%1\"").arg(v));
    return q.join(lang == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

QString typeTitles(const QStringList& types, const DatasetCatalog& catalog, Language lang)
{
    QStringList t;
    for (const QString& id : types) {
        const DatasetType* type = catalog.find(id);
        t << (type ? type->title.text(lang) : id);
    }
    return quoted(t, lang);
}

QString stepName(const ModelDefinition& m, const QString& id, Language lang)
{
    const StepSpec* s = m.step(id);
    const QString title = s && !s->title.isEmpty() ? s->title.text(lang) : QString();
    return title.isEmpty() ? QStringLiteral("[%1]").arg(id) : QStringLiteral("[%1]").arg(title);
}

QString stepNames(const ModelDefinition& m, const QStringList& ids, Language lang, bool any)
{
    QStringList names;
    for (const QString& id : ids)
        names << stepName(m, id, lang);
    if (lang == Language::Chinese)
        return names.join(any ? QStringLiteral("或") : QStringLiteral("与"));
    return names.join(any ? QStringLiteral(" or ") : QStringLiteral(" and "));
}

// What a step's subjects are, in words: 人员, 单位, 案件, 标的.
QString subjectNoun(const ModelDefinition& m, const QString& stepId, const DatasetCatalog& catalog, Language lang)
{
    const QString kind = m.subjectOf(stepId, catalog);
    const bool zh = lang == Language::Chinese;
    if (kind == QLatin1String("org"))
        return zh ? QStringLiteral("单位") : QStringLiteral("organisations");
    if (kind == QLatin1String("case"))
        return zh ? QStringLiteral("案件") : QStringLiteral("cases");
    if (kind == QLatin1String("item"))
        return zh ? QStringLiteral("标的") : QStringLiteral("items");
    return zh ? QStringLiteral("人员") : QStringLiteral("persons");
}

QString fieldTitles(const QStringList& fields, const QStringList& types, const DatasetCatalog& catalog, Language lang)
{
    QStringList t;
    for (const QString& f : fields)
        t << fieldTitle(f, types, catalog, lang);
    return quoted(t, lang);
}

QString parameterText(const ModelParameter& p, Language lang)
{
    const bool zh = lang == Language::Chinese;
    const QString title = p.title.isEmpty() ? p.name : p.title.text(lang);
    if (p.isTable()) {
        QStringList rows;
        for (const ThresholdRow& r : ModelDefinition::thresholds(p))
            rows << (zh ? QStringLiteral("%1：%2元").arg(quoted(r.words, lang)).arg(r.atLeast, 0, 'f', 0)
                        : QStringLiteral("%1: %2 yuan").arg(quoted(r.words, lang)).arg(r.atLeast, 0, 'f', 0));
        return zh ? QStringLiteral("参数 %1（%2）：%3").arg(title, p.name, rows.join(QStringLiteral("；")))
                  : QStringLiteral("Parameter %1 (%2): %3").arg(title, p.name, rows.join(QStringLiteral("; ")));
    }
    const QString value = p.value.isDouble() ? QString::number(p.value.toDouble(), 'g', 12) : p.value.toString();
    QString line = zh ? QStringLiteral("参数 %1（$%2）= %3%4").arg(title, p.name, value, p.unit)
                      : QStringLiteral("Parameter %1 ($%2) = %3 %4").arg(title, p.name, value, p.unit).trimmed();
    if (!p.basis.isEmpty())
        line += zh ? QStringLiteral("，依据：%1").arg(p.basis) : QStringLiteral(", basis: %1").arg(p.basis);
    return line;
}

QString conditionText(const ModelDefinition& m, const GradeCondition& c, Language lang)
{
    const bool zh = lang == Language::Chinese;
    if (!c.combine.isEmpty()) {
        QStringList parts;
        for (const GradeCondition& k : c.children)
            parts << conditionText(m, k, lang);
        const bool any = c.combine == QLatin1String("any");
        return QStringLiteral("(") +
            parts.join(zh ? (any ? QStringLiteral("，或") : QStringLiteral("，且"))
                          : (any ? QStringLiteral(", or ") : QStringLiteral(", and "))) +
            QStringLiteral(")");
    }
    const QString step = stepName(m, c.step, lang);
    const QString n = QString::number(c.number);
    if (c.test == QLatin1String("exists"))
        return zh ? QStringLiteral("在%1中").arg(step) : QStringLiteral("in %1").arg(step);
    if (c.test == QLatin1String("rows_at_least"))
        return zh ? QStringLiteral("%1中至少%2条记录").arg(step, n) : QStringLiteral("at least %2 rows in %1").arg(step, n);
    if (c.test == QLatin1String("distinct_types_at_least"))
        return zh ? QStringLiteral("%1中出现在至少%2类名单").arg(step, n)
                  : QStringLiteral("on at least %2 kinds of list in %1").arg(step, n);
    if (c.test == QLatin1String("distinct_persons_at_least"))
        return zh ? QStringLiteral("%1中的记录分属至少%2个身份证号码").arg(step, n)
                  : QStringLiteral("rows of %1 under at least %2 ID numbers").arg(step, n);
    if (c.test == QLatin1String("type_in"))
        return zh ? QStringLiteral("%1中有名单属于%2").arg(step, c.values.join(u'、'))
                  : QStringLiteral("%1 includes %2").arg(step, c.values.join(u','));
    if (c.test == QLatin1String("field_contains_any") || c.test == QLatin1String("field_in"))
        return zh ? QStringLiteral("%1的%2含%3").arg(step, c.field, quoted(c.values, lang))
                  : QStringLiteral("%2 in %1 contains %3").arg(step, c.field, quoted(c.values, lang));
    if (c.test == QLatin1String("sum_at_least"))
        return zh ? QStringLiteral("%1的%2合计不少于%3").arg(step, c.field, n)
                  : QStringLiteral("%2 in %1 adds up to %3 or more").arg(step, c.field, n);
    if (c.test == QLatin1String("minor"))
        return zh ? QStringLiteral("%1时未成年").arg(c.field) : QStringLiteral("a minor on %1").arg(c.field);
    if (c.test == QLatin1String("local"))
        return zh ? QStringLiteral("本地人员") : QStringLiteral("a local person");
    return c.test;
}

} // namespace

QString ModelDescriber::describeFilter(
    const FilterSpec& f, const QStringList& types, const DatasetCatalog& catalog, Language lang)
{
    const bool zh = lang == Language::Chinese;
    const QString field = f.field.isEmpty() ? QString() : fieldTitle(f.field, types, catalog, lang);
    const QString v = f.value.toString();
    const QString neg = f.negationAware
        ? (zh ? QStringLiteral("（“未……”“拒绝……”等否定说法不算）") : QStringLiteral(" (negated mentions do not count)"))
        : QString();
    if (f.op == QLatin1String("equals"))
        return zh ? QStringLiteral("%1为“%2”").arg(field, v) : QStringLiteral("%1 is \"%2\"").arg(field, v);
    if (f.op == QLatin1String("not_equals"))
        return zh ? QStringLiteral("%1不为“%2”").arg(field, v) : QStringLiteral("%1 is not \"%2\"").arg(field, v);
    if (f.op == QLatin1String("in"))
        return zh ? QStringLiteral("%1为%2之一").arg(field, quoted(f.values, lang))
                  : QStringLiteral("%1 is one of %2").arg(field, quoted(f.values, lang));
    if (f.op == QLatin1String("not_in"))
        return zh ? QStringLiteral("%1不是%2").arg(field, quoted(f.values, lang))
                  : QStringLiteral("%1 is none of %2").arg(field, quoted(f.values, lang));
    if (f.op == QLatin1String("contains_any"))
        return zh ? QStringLiteral("%1含有%2之一%3").arg(field, quoted(f.values, lang), neg)
                  : QStringLiteral("%1 mentions any of %2%3").arg(field, quoted(f.values, lang), neg);
    if (f.op == QLatin1String("contains_none"))
        return zh ? QStringLiteral("%1不含%2%3").arg(field, quoted(f.values, lang), neg)
                  : QStringLiteral("%1 mentions none of %2%3").arg(field, quoted(f.values, lang), neg);
    static const std::map<QString, std::pair<const char*, const char*>> cmp = {
        {QStringLiteral("gt"), {"大于", "after / more than"}}, {QStringLiteral("ge"), {"不少于", "on or after / at least"}},
        {QStringLiteral("lt"), {"小于", "before / less than"}}, {QStringLiteral("le"), {"不超过", "on or before / at most"}}};
    if (const auto it = cmp.find(f.op); it != cmp.end())
        return zh ? QStringLiteral("%1%2%3").arg(field, QString::fromUtf8(it->second.first), v)
                  : QStringLiteral("%1 %2 %3").arg(field, QString::fromUtf8(it->second.second), v);
    if (f.op == QLatin1String("between"))
        return zh ? QStringLiteral("%1在%2至%3之间").arg(field, v, f.to.toString())
                  : QStringLiteral("%1 between %2 and %3").arg(field, v, f.to.toString());
    if (f.op == QLatin1String("empty"))
        return zh ? QStringLiteral("%1为空").arg(field) : QStringLiteral("%1 is empty").arg(field);
    if (f.op == QLatin1String("not_empty"))
        return zh ? QStringLiteral("%1不为空").arg(field) : QStringLiteral("%1 is filled in").arg(field);
    if (f.op.startsWith(QLatin1String("age_"))) {
        const QString at = f.atField.isEmpty() ? f.atDate : fieldTitle(f.atField, types, catalog, lang);
        const bool under = f.op == QLatin1String("age_under");
        return zh ? QStringLiteral("%1时%2%3周岁").arg(at, under ? QStringLiteral("未满") : QStringLiteral("已满")).arg(f.years)
                  : QStringLiteral("%1 %2 on %3")
                        .arg(under ? QStringLiteral("under") : QStringLiteral("at least"))
                        .arg(f.years)
                        .arg(at);
    }
    if (f.op == QLatin1String("local"))
        return zh ? QStringLiteral("本县（市、区）身份证号") : QStringLiteral("an ID of this county");
    if (f.op == QLatin1String("not_local"))
        return zh ? QStringLiteral("外地身份证号") : QStringLiteral("an ID from elsewhere");
    if (f.op.endsWith(QLatin1String("role_of"))) {
        QStringList roles;
        for (const QString& r : f.values) {
            QString title = r;
            for (const QString& t : types)
                if (const DatasetType* type = catalog.find(t); type && type->person(r))
                    title = type->person(r)->title.text(lang);
            roles << title;
        }
        if (f.op == QLatin1String("role_of"))
            return zh
                ? QStringLiteral("本人同时是同一行中的%1（按身份证号码判断）").arg(roles.join(u'、'))
                : QStringLiteral("the person is also the %1 of the row (by ID number)").arg(roles.join(QStringLiteral(" or ")));
        return zh
            ? QStringLiteral("本人不是同一行中的%1（按身份证号码判断；行中没有这些人的号码时不判断）").arg(roles.join(u'、'))
            : QStringLiteral("the person is not also the %1 of the row (by ID number; rows without their numbers are "
                             "not judged)")
                  .arg(roles.join(QStringLiteral(" or ")));
    }
    return f.op;
}

namespace {

QString compareText(const ModelDefinition& m, const StepSpec& s, const QStringList& types, const DatasetCatalog& catalog,
    Language lang, const std::function<QString(const QString&)>& paramTitle)
{
    const bool zh = lang == Language::Chinese;
    const bool series = s.kind == QLatin1String("series");
    const QStringList otherTypes = series ? types : (s.within.isEmpty() ? QStringList() : m.typesOf(s.within));
    const auto expression = Expression::parse(s.expression);
    const QString condition = !expression
        ? s.expression
        : expression->describe(
              [&](const QString& f, bool other) {
                  const QString t = fieldTitle(f, other ? otherTypes : types, catalog, lang);
                  if (!other)
                      return t;
                  if (series)
                      return zh ? QStringLiteral("上一条的%1").arg(t) : QStringLiteral("the previous row's %1").arg(t);
                  return zh ? QStringLiteral("对方记录的%1").arg(t) : QStringLiteral("the other row's %1").arg(t);
              },
              zh, paramTitle);
    const QString from = stepName(m, s.from, lang);
    if (series)
        return zh ? QStringLiteral("%1中同一对象的记录按%2排序，与上一条相比%3的记录，%4")
                        .arg(from, fieldTitle(s.orderField, types, catalog, lang), condition,
                            s.keepPrevious ? QStringLiteral("两条一并列入") : QStringLiteral("只列入该条"))
                  : QStringLiteral("rows of %1 in the order of %2 that, against the same subject's previous row, satisfy: %3; %4")
                        .arg(from, fieldTitle(s.orderField, types, catalog, lang), condition,
                            s.keepPrevious ? QStringLiteral("both rows come along") : QStringLiteral("only the row itself"));
    if (s.within.isEmpty())
        return zh ? QStringLiteral("%1中%2的记录").arg(from, condition)
                  : QStringLiteral("rows of %1 where %2").arg(from, condition);
    QString pairing;
    if (s.join.empty()) {
        pairing = zh ? QStringLiteral("同一对象在%1中的另一条记录").arg(stepName(m, s.within, lang))
                     : QStringLiteral("another row of the same subject in %1").arg(stepName(m, s.within, lang));
    } else {
        QStringList pairs;
        for (const auto& [mine, theirs] : s.join)
            pairs << (zh ? QStringLiteral("%1与其%2相同")
                               .arg(fieldTitle(mine, types, catalog, lang), fieldTitle(theirs, otherTypes, catalog, lang))
                         : QStringLiteral("%2 equal to the row's %1")
                               .arg(fieldTitle(mine, types, catalog, lang), fieldTitle(theirs, otherTypes, catalog, lang)));
        pairing = zh
            ? QStringLiteral("%1中%3%2的记录")
                  .arg(stepName(m, s.within, lang), pairs.join(u'、'), s.sameSubject ? QStringLiteral("同一对象、") : QString())
            : QStringLiteral("rows of %1%3 with %2")
                  .arg(stepName(m, s.within, lang), pairs.join(QStringLiteral(", ")),
                      s.sameSubject ? QStringLiteral(" of the same subject") : QString());
    }
    if (s.absent)
        return zh
            ? QStringLiteral("%1中的记录，在%2（对方记录）中找不到满足“%3”的记录").arg(from, pairing, condition)
            : QStringLiteral("rows of %1 for which none of the %2 (the other row) satisfies: %3").arg(from, pairing, condition);
    return zh ? QStringLiteral("%1中的记录，与%2（对方记录）相比，%3；两条记录一并列入").arg(from, pairing, condition)
              : QStringLiteral("rows of %1 that, against %2 (the other row), satisfy: %3; both rows come along")
                    .arg(from, pairing, condition);
}

} // namespace

QStringList ModelDescriber::describe(const ModelDefinition& m, const DatasetCatalog& catalog, Language lang)
{
    const bool zh = lang == Language::Chinese;
    const QString sep = zh ? QStringLiteral("；") : QStringLiteral("; ");
    QStringList lines;
    for (const ModelParameter& p : m.parameters)
        lines << parameterText(p, lang);
    auto paramTitle = [&](const QString& name) -> QString {
        const ModelParameter* p = m.parameter(name);
        if (!p)
            return QStringLiteral("$") + name;
        const QString value = p->value.isDouble() ? QString::number(p->value.toDouble(), 'g', 12) : p->value.toString();
        return (lang == Language::Chinese ? QStringLiteral("%1（%2）") : QStringLiteral("%1 (%2)"))
            .arg(p->title.isEmpty() ? name : p->title.text(lang), value);
    };
    int n = 0;
    for (const StepSpec& s : m.steps) {
        const QString noun = subjectNoun(m, s.id, catalog, lang);
        QString line = QStringLiteral("%1. %2 ").arg(++n).arg(stepName(m, s.id, lang));
        const QStringList types = s.kind == QLatin1String("source") ? s.types : m.typesOf(s.from);
        QStringList filters;
        for (const FilterSpec& f : s.filters)
            filters << describeFilter(f, types, catalog, lang);
        const QString where =
            filters.isEmpty() ? QString() : (zh ? QStringLiteral("，条件：") : QStringLiteral(", where ")) + filters.join(sep);
        if (s.kind == QLatin1String("source")) {
            QString roles;
            if (!s.roles.isEmpty()) {
                QStringList r;
                for (const QString& role : s.roles)
                    for (const QString& t : s.types)
                        if (const DatasetType* type = catalog.find(t))
                            if (const PersonRole* p = type->person(role)) {
                                r << p->title.text(lang);
                                break;
                            }
                r.removeDuplicates();
                roles = zh ? QStringLiteral("（其中的%1）").arg(r.join(u'、'))
                           : QStringLiteral(" (as %1)").arg(r.join(QStringLiteral(", ")));
            }
            if (!s.keyFields.isEmpty())
                roles = zh ? QStringLiteral("，以%1为对象（%2）").arg(fieldTitles(s.keyFields, s.types, catalog, lang), noun)
                           : QStringLiteral(", about the %1 (%2)").arg(fieldTitles(s.keyFields, s.types, catalog, lang), noun);
            line += zh ? QStringLiteral("取自当前的%1名单%2%3").arg(typeTitles(s.types, catalog, lang), roles, where)
                       : QStringLiteral("from the current %1 list(s)%2%3").arg(typeTitles(s.types, catalog, lang), roles, where);
        } else if (s.kind == QLatin1String("filter")) {
            line += zh ? QStringLiteral("%1中%2").arg(stepName(m, s.from, lang), where)
                       : QStringLiteral("rows of %1%2").arg(stepName(m, s.from, lang), where);
        } else if (s.kind == QLatin1String("intersect")) {
            line += zh ? QStringLiteral("同时在%1中的%2").arg(stepNames(m, s.operands, lang, false), noun)
                       : QStringLiteral("%2 in all of %1").arg(stepNames(m, s.operands, lang, false), noun);
        } else if (s.kind == QLatin1String("union")) {
            line += zh ? QStringLiteral("在%1中的%2").arg(stepNames(m, s.operands, lang, true), noun)
                       : QStringLiteral("%2 in %1").arg(stepNames(m, s.operands, lang, true), noun);
        } else if (s.kind == QLatin1String("subtract")) {
            line += zh ? QStringLiteral("%1中，去掉在%2中的%3")
                             .arg(stepName(m, s.from, lang), stepNames(m, s.operands, lang, true), noun)
                       : QStringLiteral("%3 of %1 that are not in %2")
                             .arg(stepName(m, s.from, lang), stepNames(m, s.operands, lang, true), noun);
        } else if (s.kind == QLatin1String("during")) {
            const QStringList wt = m.typesOf(s.within);
            const QString what = fieldTitle(s.monthField.isEmpty() ? s.dateField : s.monthField, types, catalog, lang);
            line += zh ? QStringLiteral("%1中%2%3落在%4的%5至%6之间的记录（止日为空视为至今）")
                             .arg(stepName(m, s.from, lang), what, s.monthField.isEmpty() ? QString() : QStringLiteral("整月"),
                                 stepName(m, s.within, lang), fieldTitle(s.startField, wt, catalog, lang),
                                 fieldTitle(s.endField, wt, catalog, lang))
                       : QStringLiteral("rows of %1 whose %2 lies %3inside %4 from %5 to %6 (an empty end means still ongoing)")
                             .arg(stepName(m, s.from, lang), what, s.monthField.isEmpty() ? QString() : QStringLiteral("wholly "),
                                 stepName(m, s.within, lang), fieldTitle(s.startField, wt, catalog, lang),
                                 fieldTitle(s.endField, wt, catalog, lang));
            if (!s.outside.isEmpty())
                line += zh ? QStringLiteral("，但不在%1的期间内").arg(stepName(m, s.outside, lang))
                           : QStringLiteral(", but not inside a period of %1").arg(stepName(m, s.outside, lang));
        } else if (s.kind == QLatin1String("count")) {
            const QString period = s.withinYears > 0
                ? (zh ? QStringLiteral("%1年内（按%2）").arg(s.withinYears).arg(fieldTitle(s.dateField, types, catalog, lang))
                      : QStringLiteral(" within %1 years (by %2)")
                              .arg(s.withinYears)
                              .arg(fieldTitle(s.dateField, types, catalog, lang)))
                : QString();
            const QString same = s.byField.isEmpty()
                ? QString()
                : (zh ? QStringLiteral("同一%1").arg(fieldTitle(s.byField, types, catalog, lang))
                      : QStringLiteral(" with one %1").arg(fieldTitle(s.byField, types, catalog, lang)));
            line += zh ? QStringLiteral("%1中%2有%3条以上%5记录的%4")
                             .arg(stepName(m, s.from, lang), period)
                             .arg(s.minRows)
                             .arg(noun, same)
                       : QStringLiteral("%4 with %3 or more rows%5 in %1%2")
                             .arg(stepName(m, s.from, lang), period)
                             .arg(s.minRows)
                             .arg(noun, same);
        } else if (s.kind == QLatin1String("compare") || s.kind == QLatin1String("series")) {
            line += compareText(m, s, types, catalog, lang, paramTitle);
        } else if (s.kind == QLatin1String("group") && !s.perField.isEmpty()) {
            const QString per = fieldTitle(s.perField, types, catalog, lang), by = fieldTitle(s.byField, types, catalog, lang);
            const QString share = QString::number(s.minShare * 100, 'f', 0);
            line += zh ? QStringLiteral(
                             "%1中，同一%2的记录里同一%3至少出现%4次、占该%2记录的%5%以上（该%2记录至少%6条）且涉及至少%7个%8时，"
                             "这些%8及其记录")
                             .arg(stepName(m, s.from, lang), per, by)
                             .arg(s.minRows)
                             .arg(share)
                             .arg(std::max(s.minTotal, s.minRows))
                             .arg(std::max(1, s.minSubjects))
                             .arg(noun)
                       : QStringLiteral("%8 of %1 whose rows share one %3 under one %2, when that %3 is in at least %4 rows and "
                                        "%5% of the %2's rows (of at least %6) and concerns at least %7 of them, with those rows")
                             .arg(stepName(m, s.from, lang), per, by)
                             .arg(s.minRows)
                             .arg(share)
                             .arg(std::max(s.minTotal, s.minRows))
                             .arg(std::max(1, s.minSubjects))
                             .arg(noun);
        } else if (s.kind == QLatin1String("rekey")) {
            QString to;
            if (!s.keyFields.isEmpty()) {
                to = fieldTitles(s.keyFields, types, catalog, lang);
            } else {
                QStringList r;
                for (const QString& role : s.roles)
                    for (const QString& t : types)
                        if (const DatasetType* type = catalog.find(t); type && type->person(role)) {
                            r << type->person(role)->title.text(lang);
                            break;
                        }
                r.removeDuplicates();
                to = quoted(r, lang);
            }
            line += zh ? QStringLiteral("由%1转到其记录中的%2（%3）；原记录随之列入").arg(stepName(m, s.from, lang), to, noun)
                       : QStringLiteral("from %1 to the %2 named in its rows (%3); the rows come along")
                             .arg(stepName(m, s.from, lang), to, noun);
        } else if (s.kind == QLatin1String("threshold")) {
            const ModelParameter* table = m.parameter(s.table);
            const QString tableName = table && !table->title.isEmpty() ? table->title.text(lang) : s.table;
            line += zh ? QStringLiteral("%1中%2达到%3所列%4对应金额的记录")
                             .arg(stepName(m, s.from, lang), fieldTitle(s.amountField, types, catalog, lang), tableName,
                                 fieldTitle(s.matchField, types, catalog, lang))
                       : QStringLiteral("rows of %1 whose %2 reaches the amount that %3 sets for their %4")
                             .arg(stepName(m, s.from, lang), fieldTitle(s.amountField, types, catalog, lang), tableName,
                                 fieldTitle(s.matchField, types, catalog, lang));
        } else if (s.kind == QLatin1String("group")) {
            const QString by = fieldTitle(s.byField, types, catalog, lang);
            const QString share = QString::number(s.minShare * 100, 'f', 0);
            const int total = std::max(s.minTotal, s.minRows);
            line += zh
                ? QStringLiteral("%1中，同一%2在某人的记录里至少出现%3次、占其记录的%4%以上（其记录至少%5条）的人员及这些记录")
                      .arg(stepName(m, s.from, lang), by)
                      .arg(s.minRows)
                      .arg(share)
                      .arg(total)
                : QStringLiteral("persons in %1 with one %2 in at least %3 of their rows and %4% or more of them (of "
                                 "at least %5 rows), with those rows")
                      .arg(stepName(m, s.from, lang), by)
                      .arg(s.minRows)
                      .arg(share)
                      .arg(total);
        } else if (s.kind == QLatin1String("same_person")) {
            QStringList carried;
            for (const QString& o : s.operands)
                carried << stepName(m, o, lang);
            line += zh ? QStringLiteral("%1中姓名、性别、出生日期（取自身份证号码）相同而身份证号码不同%2的人员，视为同一人")
                             .arg(stepName(m, s.from, lang), s.differentRegion ? QStringLiteral("且地区码不同") : QString())
                       : QStringLiteral("persons in %1 with the same name, sex and birth date (from the ID number) under "
                                        "different ID numbers%2, taken as one person")
                             .arg(stepName(m, s.from, lang),
                                 s.differentRegion ? QStringLiteral(" with different region codes") : QString());
            if (!carried.isEmpty())
                line += zh ? QStringLiteral("；其各号码在%1中的记录一并列入").arg(carried.join(u'、'))
                           : QStringLiteral("; the rows of each number in %1 come along").arg(carried.join(QStringLiteral(", ")));
        } else if (s.kind == QLatin1String("relations")) {
            QStringList starts, ends;
            for (const FilterSpec& f : s.startFilters)
                starts << describeFilter(f, types, catalog, lang);
            for (const FilterSpec& f : s.endFilters)
                ends << describeFilter(f, types, catalog, lang);
            line += zh
                ? QStringLiteral("%1中：某人与一人登记（%2）后，在与同一人登记（%3）之前，又与另一人登记（%2）")
                      .arg(stepName(m, s.from, lang), starts.join(sep), ends.join(sep))
                : QStringLiteral("in %1: a person registered (%2) with one partner and, before registering (%3) with that same "
                                 "partner, registered (%2) with another")
                      .arg(stepName(m, s.from, lang), starts.join(sep), ends.join(sep));
            if (!s.endedBy.isEmpty())
                line += zh
                    ? QStringLiteral("；%1中二人之间的记录（按%2）同样终止该关系")
                          .arg(stepName(m, s.endedBy, lang), fieldTitle(s.endedByDateField, m.typesOf(s.endedBy), catalog, lang))
                    : QStringLiteral("; a row of %1 between the two (dated by %2) ends it as well")
                          .arg(stepName(m, s.endedBy, lang), fieldTitle(s.endedByDateField, m.typesOf(s.endedBy), catalog, lang));
        }
        lines << line;
    }
    const QString noun = subjectNoun(m, m.output, catalog, lang);
    QString out = zh ? QStringLiteral("输出：%1中的每个%2成为一条线索").arg(stepName(m, m.output, lang), noun)
                     : QStringLiteral("Output: each of the %2 in %1 becomes a clue").arg(stepName(m, m.output, lang), noun);
    lines << out;
    const auto gradeName = [&](const QString& g) {
        if (g == QLatin1String("red"))
            return zh ? QStringLiteral("红色") : QStringLiteral("red");
        if (g == QLatin1String("orange"))
            return zh ? QStringLiteral("橙色") : QStringLiteral("orange");
        return zh ? QStringLiteral("黄色") : QStringLiteral("yellow");
    };
    for (const GradeRule& g : m.grades)
        lines << (zh ? QStringLiteral("%1：%2").arg(gradeName(g.grade), conditionText(m, g.when, lang))
                     : QStringLiteral("%1 when %2").arg(gradeName(g.grade), conditionText(m, g.when, lang)));
    lines << (zh ? QStringLiteral("其余：%1").arg(gradeName(m.defaultGrade))
                 : QStringLiteral("otherwise %1").arg(gradeName(m.defaultGrade)));
    return lines;
}

} // namespace cluedesk
