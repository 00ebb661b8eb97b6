#include "screening/SqlCompiler.h"

#include "screening/Expression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cluedesk {
namespace {

class Compiler {
public:
    Compiler(const ModelDefinition& m, const CompileContext& c) : m_model(m), m_ctx(c) { }
    Result<CompiledModel> run();

private:
    QString bind(const QVariant& v)
    {
        m_binds << v;
        return QStringLiteral("?%1").arg(m_binds.size());
    }
    static QString field(const QString& table, const QString& name)
    {
        // Field names are checked identifiers ([a-z0-9_-]); quoted for JSON paths with '-'.
        return QStringLiteral("json_extract(%1.data, '$.\"%2\"')").arg(table, name);
    }
    QString cte(const QString& stepId) const { return QStringLiteral("s%1").arg(m_index.at(stepId)); }
    Result<QString> filterSql(const FilterSpec& f, const QString& rec, const QString& pk);
    Result<QString> filtersSql(
        const std::vector<FilterSpec>& filters, const QString& rec, const QString& pk, const QString& join);
    Result<QString> stepSql(const StepSpec& s);
    QString samePersonSql(const StepSpec& s, const QString& label);
    QString datasetIds(const QStringList& types) const;

    const ModelDefinition& m_model;
    const CompileContext& m_ctx;
    QVariantList m_binds;
    std::map<QString, int> m_index;
    QStringList m_ctes;
};

QString Compiler::datasetIds(const QStringList& types) const
{
    QStringList ids;
    for (const QString& t : types) {
        const auto it = m_ctx.currentVersions.find(t);
        if (it != m_ctx.currentVersions.end())
            for (qint64 id : it->second)
                ids << QString::number(id);
    }
    return ids.join(u',');
}

Result<QString> Compiler::filterSql(const FilterSpec& f, const QString& rec, const QString& pk)
{
    const QString j = f.field.isEmpty() ? QString() : field(rec, f.field);
    auto list = [&] {
        QStringList params;
        for (const QString& v : f.values)
            params << bind(v);
        return params.join(QStringLiteral(", "));
    };
    auto keywordJson = [&] {
        return bind(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(f.values)).toJson(QJsonDocument::Compact)));
    };
    auto value = [&](const QVariant& v) {
        return bind(v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong ? v : QVariant(v.toString()));
    };
    if (f.op == QLatin1String("equals"))
        return QStringLiteral("%1 = %2").arg(j, value(f.value));
    if (f.op == QLatin1String("not_equals"))
        return QStringLiteral("(%1 IS NULL OR %1 <> %2)").arg(j, value(f.value));
    if (f.op == QLatin1String("in"))
        return QStringLiteral("%1 IN (%2)").arg(j, list());
    if (f.op == QLatin1String("not_in"))
        return QStringLiteral("(%1 IS NULL OR %1 NOT IN (%2))").arg(j, list());
    if (f.op == QLatin1String("contains_any") || f.op == QLatin1String("contains_none")) {
        const bool none = f.op == QLatin1String("contains_none");
        if (f.negationAware)
            return QStringLiteral("cd_mentions(%1, %2, 1) = %3")
                .arg(j, keywordJson(), none ? QStringLiteral("0") : QStringLiteral("1"));
        QStringList parts;
        for (const QString& v : f.values)
            parts << QStringLiteral("instr(coalesce(%1, ''), %2) > 0").arg(j, bind(v));
        const QString any = QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
        return none ? QStringLiteral("NOT ") + any : any;
    }
    static const std::map<QString, QString> comparisons = {{QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("ge"), QStringLiteral(">=")}, {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("le"), QStringLiteral("<=")}};
    if (const auto it = comparisons.find(f.op); it != comparisons.end())
        return QStringLiteral("%1 %2 %3").arg(j, it->second, value(f.value));
    if (f.op == QLatin1String("between"))
        return QStringLiteral("%1 BETWEEN %2 AND %3").arg(j, value(f.value), value(f.to));
    if (f.op == QLatin1String("empty"))
        return QStringLiteral("(%1 IS NULL OR trim(%1) = '')").arg(j);
    if (f.op == QLatin1String("not_empty"))
        return QStringLiteral("(%1 IS NOT NULL AND trim(%1) <> '')").arg(j);
    if (f.op.startsWith(QLatin1String("age_"))) {
        QString at;
        if (!f.atField.isEmpty())
            at = field(rec, f.atField);
        else if (f.atDate == QLatin1String("today"))
            at = bind(m_ctx.today.toString(Qt::ISODate));
        else
            at = bind(f.atDate);
        return QStringLiteral("cd_age(%1, %2) %3 %4")
            .arg(pk, at, f.op == QLatin1String("age_under") ? QStringLiteral("<") : QStringLiteral(">="),
                QString::number(f.years));
    }
    if (f.op == QLatin1String("local") || f.op == QLatin1String("not_local")) {
        if (m_ctx.countyPrefix.isEmpty())
            return fail(QCoreApplication::translate("SqlCompiler",
                            "model \"%1\" tells local from non-local people, but the county's ID region prefix "
                            "is not set (cluedesk-cli settings set county.prefix 330382)")
                            .arg(m_model.id),
                QStringLiteral("model.no-county"));
        return QStringLiteral("substr(%1, 1, %2) %3 %4")
            .arg(pk)
            .arg(m_ctx.countyPrefix.size())
            .arg(f.op == QLatin1String("local") ? QStringLiteral("=") : QStringLiteral("<>"), bind(m_ctx.countyPrefix));
    }
    if (f.op == QLatin1String("not_role_of")) {
        // Decided only where the row names the other roles by ID: a row without them tells nothing.
        QStringList roles;
        for (const QString& r : f.values)
            roles << bind(r);
        const QString others = QStringLiteral("SELECT 1 FROM record_persons o WHERE o.record_id = %1.id AND o.role IN (%2)")
                                   .arg(rec, roles.join(QStringLiteral(", ")));
        return QStringLiteral("(EXISTS (%1) AND NOT EXISTS (%1 AND o.person_key = %2))").arg(others, pk);
    }
    return fail(QStringLiteral("unknown filter %1").arg(f.op), QStringLiteral("model.bad-op"));
}

Result<QString> Compiler::filtersSql(
    const std::vector<FilterSpec>& filters, const QString& rec, const QString& pk, const QString& join)
{
    QStringList parts;
    for (const FilterSpec& f : filters) {
        auto sql = filterSql(f, rec, pk);
        if (!sql)
            return sql.error();
        parts << *sql;
    }
    return parts.join(join);
}

Result<QString> Compiler::stepSql(const StepSpec& s)
{
    // Set operations keep the labels of their operands; every other step labels its own rows.
    // Bound only where used: SQLite refuses values for parameters a statement does not have.
    QString labelParam;
    auto label = [&] {
        if (labelParam.isEmpty())
            labelParam = bind(s.id);
        return labelParam;
    };
    if (s.kind == QLatin1String("source")) {
        QString sql =
            QStringLiteral("SELECT rp.person_key, rp.record_id, %1 FROM record_persons rp JOIN records r ON r.id = rp.record_id "
                           "WHERE rp.dataset_id IN (%2)")
                .arg(label(), datasetIds(s.types));
        if (!s.roles.isEmpty()) {
            QStringList roles;
            for (const QString& r : s.roles)
                roles << bind(r);
            sql += QStringLiteral(" AND rp.role IN (%1)").arg(roles.join(QStringLiteral(", ")));
        }
        auto filters = filtersSql(s.filters, QStringLiteral("r"), QStringLiteral("rp.person_key"), QStringLiteral(" AND "));
        if (!filters)
            return filters.error();
        if (!filters->isEmpty())
            sql += QStringLiteral(" AND ") + *filters;
        return sql;
    }
    if (s.kind == QLatin1String("filter")) {
        auto filters = filtersSql(s.filters, QStringLiteral("r"), QStringLiteral("x.pk"), QStringLiteral(" AND "));
        if (!filters)
            return filters.error();
        return QStringLiteral("SELECT x.pk, x.rid, %1 FROM %2 x JOIN records r ON r.id = x.rid%3")
            .arg(label(), cte(s.from), filters->isEmpty() ? QString() : QStringLiteral(" WHERE ") + *filters);
    }
    if (s.kind == QLatin1String("intersect")) {
        QStringList parts;
        for (const QString& a : s.operands) {
            QStringList in;
            for (const QString& b : s.operands)
                if (b != a)
                    in << QStringLiteral("pk IN (SELECT pk FROM %1)").arg(cte(b));
            parts << QStringLiteral("SELECT pk, rid, origin FROM %1 WHERE %2").arg(cte(a), in.join(QStringLiteral(" AND ")));
        }
        return parts.join(QStringLiteral(" UNION "));
    }
    if (s.kind == QLatin1String("union")) {
        QStringList parts;
        for (const QString& a : s.operands)
            parts << QStringLiteral("SELECT pk, rid, origin FROM %1").arg(cte(a));
        return parts.join(QStringLiteral(" UNION "));
    }
    if (s.kind == QLatin1String("subtract")) {
        QStringList minus;
        for (const QString& b : s.operands)
            minus << QStringLiteral("SELECT pk FROM %1").arg(cte(b));
        return QStringLiteral("SELECT pk, rid, origin FROM %1 WHERE pk NOT IN (%2)")
            .arg(cte(s.from), minus.join(QStringLiteral(" UNION ")));
    }
    if (s.kind == QLatin1String("during")) {
        QString cond;
        const QString start = field(QStringLiteral("rb"), s.startField);
        const QString end = field(QStringLiteral("rb"), s.endField);
        if (!s.monthField.isEmpty()) {
            const QString month = QStringLiteral("substr(%1, 1, 7)").arg(field(QStringLiteral("ra"), s.monthField));
            cond =
                QStringLiteral("%1 <= %2 || '-01' AND (%3 IS NULL OR %3 = '' OR %3 >= date(%2 || '-01', '+1 month', '-1 day'))")
                    .arg(start, month, end);
        } else {
            const QString d = field(QStringLiteral("ra"), s.dateField);
            cond = QStringLiteral("%1 <= %2 AND (%3 IS NULL OR %3 = '' OR %3 >= %2)").arg(start, d, end);
        }
        const QString rows = cte(s.from), within = cte(s.within);
        return QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE EXISTS "
                              "(SELECT 1 FROM %3 b JOIN records rb ON rb.id = b.rid WHERE b.pk = a.pk AND %4) "
                              "UNION SELECT b.pk, b.rid, b.origin FROM %3 b JOIN records rb ON rb.id = b.rid WHERE EXISTS "
                              "(SELECT 1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE a.pk = b.pk AND %4)")
            .arg(label(), rows, within, cond);
    }
    if (s.kind == QLatin1String("count")) {
        const QString from = cte(s.from);
        QString persons;
        if (s.withinYears > 0) {
            const QString dx = field(QStringLiteral("rx"), s.dateField), dy = field(QStringLiteral("ry"), s.dateField);
            persons = QStringLiteral(
                "SELECT x.pk FROM %1 x JOIN records rx ON rx.id = x.rid JOIN %1 y ON y.pk = x.pk "
                "JOIN records ry ON ry.id = y.rid WHERE %2 IS NOT NULL AND %3 >= %2 AND %3 < date(%2, '+%4 years') "
                "GROUP BY x.pk, x.rid HAVING count(DISTINCT y.rid) >= %5")
                          .arg(from, dx, dy)
                          .arg(s.withinYears)
                          .arg(s.minRows);
        } else {
            persons = QStringLiteral("SELECT pk FROM %1 GROUP BY pk HAVING count(DISTINCT rid) >= %2").arg(from).arg(s.minRows);
        }
        return QStringLiteral("SELECT pk, rid, %1 FROM %2 WHERE pk IN (%3)").arg(label(), from, persons);
    }
    if (s.kind == QLatin1String("relations")) {
        auto starts = filtersSql(s.startFilters, QStringLiteral("r"), QStringLiteral("x.pk"), QStringLiteral(" AND "));
        auto ends = filtersSql(s.endFilters, QStringLiteral("r"), QStringLiteral("x.pk"), QStringLiteral(" AND "));
        if (!starts)
            return starts.error();
        if (!ends)
            return ends.error();
        // One row per registration and person: the other party, the date, start or end.
        const QString rel = QStringLiteral("r%1").arg(m_index.at(s.id));
        m_ctes << QStringLiteral(
            "%1(p, q, rid, d, st, en) AS (SELECT x.pk, y.person_key, x.rid, %2, (%3) AND NOT (%4), (%4) "
            "FROM %5 x JOIN records r ON r.id = x.rid JOIN record_persons y ON y.record_id = x.rid AND y.person_key <> x.pk)")
                      .arg(rel, field(QStringLiteral("r"), s.dateField), *starts, *ends, cte(s.from));
        const QString pair = QStringLiteral(
            "FROM %1 s1 JOIN %1 s2 ON s2.p = s1.p AND s2.q <> s1.q AND s2.rid <> s1.rid AND s2.st AND s2.d >= s1.d "
            "WHERE s1.st AND NOT EXISTS (SELECT 1 FROM %1 e WHERE e.p = s1.p AND e.q = s1.q AND e.en "
            "AND e.d >= s1.d AND e.d <= s2.d)")
                                 .arg(rel);
        return QStringLiteral("SELECT s1.p, s1.rid, %1 %2 UNION SELECT s2.p, s2.rid, %1 %2").arg(label(), pair);
    }
    if (s.kind == QLatin1String("same_person"))
        return samePersonSql(s, label());
    if (s.kind == QLatin1String("compare")) {
        // Checked before: the expression parses and reads only fields its lists declare.
        const auto expression = Expression::parse(s.expression);
        if (!expression)
            return expression.error();
        const QString cond = expression->sql(
            [&](const QString& name, bool other) { return field(other ? QStringLiteral("rb") : QStringLiteral("ra"), name); },
            [&](const QVariant& v) { return bind(v); });
        if (s.within.isEmpty())
            return QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE %3")
                .arg(label(), cte(s.from), cond);
        // The rows on both sides of a match are evidence: the payment and the death record.
        return QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE EXISTS "
                              "(SELECT 1 FROM %3 b JOIN records rb ON rb.id = b.rid WHERE b.pk = a.pk AND b.rid <> a.rid AND %4) "
                              "UNION SELECT b.pk, b.rid, %1 FROM %3 b JOIN records rb ON rb.id = b.rid WHERE EXISTS "
                              "(SELECT 1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE a.pk = b.pk AND a.rid <> b.rid AND %4)")
            .arg(label(), cte(s.from), cte(s.within), cond);
    }
    if (s.kind == QLatin1String("group")) {
        // Per person and value of `by`: its rows, and all the person's rows; the rows of a value
        // that reaches min rows and min_share of at least min_total rows stay.
        const int i = m_index.at(s.id);
        const QString value = field(QStringLiteral("r"), s.byField), totals = QStringLiteral("t%1").arg(i),
                      counts = QStringLiteral("c%1").arg(i);
        m_ctes << QStringLiteral("%1(pk, n) AS (SELECT pk, count(DISTINCT rid) FROM %2 GROUP BY pk)").arg(totals, cte(s.from));
        m_ctes << QStringLiteral(
            "%1(pk, v, n) AS (SELECT x.pk, %2, count(DISTINCT x.rid) FROM %3 x JOIN records r ON r.id = x.rid "
            "WHERE trim(coalesce(%2, '')) <> '' GROUP BY x.pk, %2)")
                      .arg(counts, value, cte(s.from));
        return QStringLiteral("SELECT x.pk, x.rid, %1 FROM %2 x JOIN records r ON r.id = x.rid JOIN %3 c ON c.pk = x.pk "
                              "AND c.v = %4 JOIN %5 t ON t.pk = x.pk WHERE c.n >= %6 AND t.n >= %7 AND c.n >= %8 * t.n")
            .arg(label(), cte(s.from), counts, value, totals)
            .arg(s.minRows)
            .arg(std::max(s.minTotal, s.minRows))
            .arg(bind(s.minShare));
    }
    return fail(QStringLiteral("unknown step kind %1").arg(s.kind), QStringLiteral("model.bad-kind"));
}

QString Compiler::samePersonSql(const StepSpec& s, const QString& label)
{
    // One human under several numbers: the same normalised name, birth date (characters 7-14)
    // and sex (character 17, odd for men). Every number found is filed under the smallest one.
    const int i = m_index.at(s.id);
    const QString members = QStringLiteral("m%1").arg(i), groups = QStringLiteral("g%1").arg(i);
    m_ctes << QStringLiteral(
        "%1(pk, rid, k) AS (SELECT x.pk, x.rid, rp.name || '|' || substr(x.pk, 7, 8) || '|' || "
        "(CAST(substr(x.pk, 17, 1) AS INTEGER) % 2) FROM %2 x JOIN record_persons rp ON rp.record_id = x.rid "
        "AND rp.person_key = x.pk WHERE rp.name <> '')")
                  .arg(members, cte(s.from));
    m_ctes << QStringLiteral("%1(k, canon) AS (SELECT k, min(pk) FROM %2 GROUP BY k HAVING count(DISTINCT pk) >= 2%3)")
                  .arg(groups, members,
                      s.differentRegion ? QStringLiteral(" AND count(DISTINCT substr(pk, 1, 6)) >= 2") : QString());
    QString sql = QStringLiteral("SELECT g.canon, m.rid, %1 FROM %2 m JOIN %3 g ON g.k = m.k").arg(label, members, groups);
    for (const QString& carried : s.operands)
        sql += QStringLiteral(" UNION SELECT g.canon, c.rid, c.origin FROM %1 c JOIN (SELECT DISTINCT pk, k FROM %2) mm "
                              "ON mm.pk = c.pk JOIN %3 g ON g.k = mm.k")
                   .arg(cte(carried), members, groups);
    return sql;
}

Result<CompiledModel> Compiler::run()
{
    for (const StepSpec& s : m_model.steps) {
        m_index[s.id] = int(m_index.size());
        auto sql = stepSql(s);
        if (!sql)
            return sql.error();
        m_ctes << QStringLiteral("%1(pk, rid, origin) AS (%2)").arg(cte(s.id), *sql);
    }
    CompiledModel c;
    c.with = QStringLiteral("WITH ") + m_ctes.join(QStringLiteral(",\n"));
    c.outputCte = cte(m_model.output);
    c.binds = m_binds;
    return c;
}

} // namespace

Result<CompiledModel> SqlCompiler::compile(const ModelDefinition& model, const CompileContext& context)
{
    return Compiler(model, context).run();
}

} // namespace cluedesk
