#include "screening/SqlCompiler.h"

#include "screening/Expression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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
    // The key of a row made of fields: one field, or several joined (case number / lot). NULL
    // when a part is missing, so the row has no such subject.
    static QString keyOf(const QString& table, const QStringList& fields)
    {
        QStringList parts;
        for (const QString& f : fields)
            parts << QStringLiteral("nullif(trim(%1), '')").arg(field(table, f));
        return parts.join(QStringLiteral(" || ' / ' || "));
    }
    QVariant parameter(const QString& name) const
    {
        const ModelParameter* p = m_model.parameter(name);
        return p ? p->value.toVariant() : QVariant();
    }
    QString expressionSql(const Expression& e, const QString& rowTable, const QString& otherTable, const QString& totalOver = {})
    {
        return e.sql([&](const QString& name, bool other) { return field(other ? otherTable : rowTable, name); },
            [&](const QVariant& v) { return bind(v); }, [&](const QString& name) { return parameter(name); },
            [&](const QString& name) { return totalOver.arg(field(QStringLiteral("rc"), name)); });
    }
    Result<QString> compareSql(const StepSpec& s, const QString& label);
    QString seriesSql(const StepSpec& s, const QString& label, const QString& cond);
    QString rekeySql(const StepSpec& s);
    QString thresholdSql(const StepSpec& s, const QString& label);
    QString groupSql(const StepSpec& s, const QString& label);
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
        if (f.values.isEmpty()) // an empty word list (a parameter left empty) mentions nothing
            return none ? QStringLiteral("1") : QStringLiteral("0");
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
        if (m_ctx.countyCodes.isEmpty())
            return fail(QCoreApplication::translate("SqlCompiler",
                            "model \"%1\" tells local from non-local people, but the county's ID region prefix "
                            "is not set (cluedesk-cli settings set county.prefix 330382)")
                            .arg(m_model.id),
                QStringLiteral("model.no-county"));
        QStringList codes;
        for (const QString& c : m_ctx.countyCodes)
            codes << bind(c);
        return QStringLiteral("substr(%1, 1, 6) %2 (%3)")
            .arg(pk, f.op == QLatin1String("local") ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                codes.join(QStringLiteral(", ")));
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
    if (f.op == QLatin1String("role_of")) {
        QStringList roles;
        for (const QString& r : f.values)
            roles << bind(r);
        return QStringLiteral(
            "EXISTS (SELECT 1 FROM record_persons o WHERE o.record_id = %1.id AND o.role IN (%2) AND o.person_key = %3)")
            .arg(rec, roles.join(QStringLiteral(", ")), pk);
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
    if (s.kind == QLatin1String("source") && !s.keyFields.isEmpty()) {
        // A subject other than a person: the value of the key fields of each row.
        const QString key = keyOf(QStringLiteral("r"), s.keyFields);
        QString sql = QStringLiteral("SELECT %1, r.id, %2 FROM records r WHERE r.dataset_id IN (%3) AND %1 IS NOT NULL")
                          .arg(key, label(), datasetIds(s.types));
        auto filters = filtersSql(s.filters, QStringLiteral("r"), key, QStringLiteral(" AND "));
        if (!filters)
            return filters.error();
        if (!filters->isEmpty())
            sql += QStringLiteral(" AND ") + *filters;
        return sql;
    }
    if (s.kind == QLatin1String("source")) {
        auto filters = filtersSql(s.filters, QStringLiteral("r"), QStringLiteral("rp.person_key"), QStringLiteral(" AND "));
        if (!filters)
            return filters.error();
        // The row itself is read only when a filter looks at its fields; the persons' index
        // alone answers the rest.
        QString sql =
            QStringLiteral("SELECT rp.person_key, rp.record_id, %1 FROM record_persons rp%2 WHERE rp.dataset_id IN (%3)")
                .arg(label(), filters->isEmpty() ? QString() : QStringLiteral(" JOIN records r ON r.id = rp.record_id"),
                    datasetIds(s.types));
        if (!s.roles.isEmpty()) {
            QStringList roles;
            for (const QString& r : s.roles)
                roles << bind(r);
            sql += QStringLiteral(" AND rp.role IN (%1)").arg(roles.join(QStringLiteral(", ")));
        }
        if (!filters->isEmpty())
            sql += QStringLiteral(" AND ") + *filters;
        return sql;
    }
    if (s.kind == QLatin1String("filter")) {
        auto filters = filtersSql(s.filters, QStringLiteral("r"), QStringLiteral("x.pk"), QStringLiteral(" AND "));
        if (!filters)
            return filters.error();
        QString where = *filters;
        if (!s.expression.isEmpty()) { // "where": an expression over the row (and the parameters)
            const auto expression = Expression::parse(s.expression);
            if (!expression)
                return expression.error();
            const QString cond = expressionSql(*expression, QStringLiteral("r"), QStringLiteral("r"));
            where = where.isEmpty() ? cond : QStringLiteral("%1 AND (%2)").arg(where, cond);
        }
        return QStringLiteral("SELECT x.pk, x.rid, %1 FROM %2 x JOIN records r ON r.id = x.rid%3")
            .arg(label(), cte(s.from), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
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
        // Whether the row's month (wholly) or date lies in the interval of the record aliased `r`.
        const auto inside = [&](const QString& r) {
            const QString start = field(r, s.startField);
            const QString end = field(r, s.endField);
            if (!s.monthField.isEmpty()) {
                const QString month = QStringLiteral("substr(%1, 1, 7)").arg(field(QStringLiteral("ra"), s.monthField));
                return QStringLiteral(
                    "%1 <= %2 || '-01' AND (%3 IS NULL OR %3 = '' OR %3 >= date(%2 || '-01', '+1 month', '-1 day'))")
                    .arg(start, month, end);
            }
            const QString d = field(QStringLiteral("ra"), s.dateField);
            return QStringLiteral("%1 <= %2 AND (%3 IS NULL OR %3 = '' OR %3 >= %2)").arg(start, d, end);
        };
        QString cond = inside(QStringLiteral("rb"));
        if (!s.outside.isEmpty()) // touching any day of the excluding period is enough to leave a month out
            cond += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 c JOIN records rc ON rc.id = c.rid WHERE c.pk = a.pk AND "
                                   "%2 <= coalesce(%4, '9999') AND (%3 IS NULL OR %3 = '' OR %3 >= %5))")
                        .arg(cte(s.outside), field(QStringLiteral("rc"), s.startField), field(QStringLiteral("rc"), s.endField),
                            s.monthField.isEmpty() ? field(QStringLiteral("ra"), s.dateField)
                                                   : QStringLiteral("date(substr(%1, 1, 7) || '-01', '+1 month', '-1 day')")
                                                         .arg(field(QStringLiteral("ra"), s.monthField)),
                            s.monthField.isEmpty()
                                ? field(QStringLiteral("ra"), s.dateField)
                                : QStringLiteral("substr(%1, 1, 7) || '-01'").arg(field(QStringLiteral("ra"), s.monthField)));
        const QString rows = cte(s.from), within = cte(s.within);
        const QString sql =
            QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE EXISTS "
                           "(SELECT 1 FROM %3 b JOIN records rb ON rb.id = b.rid WHERE b.pk = a.pk AND %4) "
                           "UNION SELECT b.pk, b.rid, b.origin FROM %3 b JOIN records rb ON rb.id = b.rid WHERE EXISTS "
                           "(SELECT 1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE a.pk = b.pk AND %4)")
                .arg(label(), rows, within, cond);
        if (s.outside.isEmpty())
            return sql;
        // The excluding periods (a parole) are evidence too for the subjects still found: they
        // explain why later months are not counted.
        const QString found = QStringLiteral("d%1").arg(m_index.at(s.id));
        m_ctes << QStringLiteral("%1(pk, rid, origin) AS (%2)").arg(found, sql);
        return QStringLiteral("SELECT pk, rid, origin FROM %1 UNION SELECT c.pk, c.rid, c.origin FROM %2 c WHERE c.pk IN "
                              "(SELECT pk FROM %1)")
            .arg(found, cte(s.outside));
    }
    if (s.kind == QLatin1String("count")) {
        // Rows per subject, or per subject and value of `by` (the same violation again).
        const QString from = cte(s.from);
        const QString bx = s.byField.isEmpty() ? QString() : field(QStringLiteral("rx"), s.byField);
        QString persons;
        if (s.withinYears > 0) {
            const QString dx = field(QStringLiteral("rx"), s.dateField), dy = field(QStringLiteral("ry"), s.dateField);
            const QString sameValue =
                bx.isEmpty() ? QString() : QStringLiteral(" AND %1 = %2").arg(field(QStringLiteral("ry"), s.byField), bx);
            persons = QStringLiteral(
                "SELECT x.pk, x.rid FROM %1 x JOIN records rx ON rx.id = x.rid JOIN %1 y ON y.pk = x.pk "
                "JOIN records ry ON ry.id = y.rid WHERE %2 IS NOT NULL AND %3 >= %2 AND %3 < date(%2, '+%4 years')%6 "
                "GROUP BY x.pk, x.rid HAVING count(DISTINCT y.rid) >= %5")
                          .arg(from, dx, dy)
                          .arg(s.withinYears)
                          .arg(s.minRows)
                          .arg(sameValue);
            if (bx.isEmpty())
                return QStringLiteral("SELECT pk, rid, %1 FROM %2 WHERE pk IN (SELECT pk FROM (%3))").arg(label(), from, persons);
            // The rows of a window that reached the count, and the rows inside it.
            const QString starts = QStringLiteral("q%1").arg(m_index.at(s.id));
            m_ctes << QStringLiteral("%1(pk, rid) AS (%2)").arg(starts, persons);
            return QStringLiteral("SELECT y.pk, y.rid, %1 FROM %2 q JOIN records rx ON rx.id = q.rid JOIN %3 y ON y.pk = q.pk "
                                  "JOIN records ry ON ry.id = y.rid WHERE %4 >= %5 AND %4 < date(%5, '+%6 years')%7")
                .arg(label(), starts, from, dy, dx)
                .arg(s.withinYears)
                .arg(sameValue);
        }
        if (bx.isEmpty())
            persons = QStringLiteral("SELECT pk FROM %1 GROUP BY pk HAVING count(DISTINCT rid) >= %2").arg(from).arg(s.minRows);
        else
            return QStringLiteral("SELECT x.pk, x.rid, %1 FROM %2 x JOIN records rx ON rx.id = x.rid WHERE (x.pk, %3) IN "
                                  "(SELECT x.pk, %3 FROM %2 x JOIN records rx ON rx.id = x.rid GROUP BY x.pk, %3 "
                                  "HAVING count(DISTINCT x.rid) >= %4)")
                .arg(label(), from, bx)
                .arg(s.minRows);
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
        // Rows of another list end a relation as well: a court's divorce between the same two.
        const QString endedBy = s.endedBy.isEmpty()
            ? QString()
            : QStringLiteral(" UNION ALL SELECT x.pk, y.person_key, x.rid, %1, 0, 1 FROM %2 x JOIN records r ON r.id = x.rid "
                             "JOIN record_persons y ON y.record_id = x.rid AND y.person_key <> x.pk")
                  .arg(field(QStringLiteral("r"), s.endedByDateField), cte(s.endedBy));
        m_ctes << QStringLiteral(
            "%1(p, q, rid, d, st, en) AS (SELECT x.pk, y.person_key, x.rid, %2, (%3) AND NOT (%4), (%4) "
            "FROM %5 x JOIN records r ON r.id = x.rid JOIN record_persons y ON y.record_id = x.rid AND y.person_key <> x.pk%6)")
                      .arg(rel, field(QStringLiteral("r"), s.dateField), *starts, *ends, cte(s.from), endedBy);
        const QString pair = QStringLiteral(
            "FROM %1 s1 JOIN %1 s2 ON s2.p = s1.p AND s2.q <> s1.q AND s2.rid <> s1.rid AND s2.st AND s2.d >= s1.d "
            "WHERE s1.st AND NOT EXISTS (SELECT 1 FROM %1 e WHERE e.p = s1.p AND e.q = s1.q AND e.en "
            "AND e.d >= s1.d AND e.d <= s2.d)")
                                 .arg(rel);
        return QStringLiteral("SELECT s1.p, s1.rid, %1 %2 UNION SELECT s2.p, s2.rid, %1 %2").arg(label(), pair);
    }
    if (s.kind == QLatin1String("same_person"))
        return samePersonSql(s, label());
    if (s.kind == QLatin1String("compare") || s.kind == QLatin1String("series"))
        return compareSql(s, label());
    if (s.kind == QLatin1String("rekey"))
        return rekeySql(s);
    if (s.kind == QLatin1String("threshold"))
        return thresholdSql(s, label());
    if (s.kind == QLatin1String("group") && !s.perField.isEmpty())
        return groupSql(s, label());
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

Result<QString> Compiler::compareSql(const StepSpec& s, const QString& label)
{
    // Checked before: the expression parses and reads only fields its lists declare.
    const auto expression = Expression::parse(s.expression);
    if (!expression)
        return expression.error();
    // Rows paired on fields are looked up through a table of the other step's rows with their
    // join values taken out once, which SQLite indexes on the fly; comparing json_extract() on
    // both sides row by row was quadratic (two minutes for 500 claims against 5,000 contributions).
    const bool keyed = !s.join.empty() && !s.within.isEmpty();
    const QString other = keyed ? QStringLiteral("j%1").arg(m_index.at(s.id)) : (s.within.isEmpty() ? QString() : cte(s.within));
    if (keyed) {
        QStringList columns, values;
        for (size_t k = 0; k < s.join.size(); ++k) {
            columns << QStringLiteral("k%1").arg(k);
            values << field(QStringLiteral("rb"), s.join[k].second);
        }
        m_ctes << QStringLiteral("%1(pk, rid, origin, %2) AS MATERIALIZED (SELECT b.pk, b.rid, b.origin, %3 FROM %4 b "
                                 "JOIN records rb ON rb.id = b.rid)")
                      .arg(other, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")), cte(s.within));
    }
    // Paired on fields (a claim's debtor and a company's code), on the subject, or on both.
    const auto fieldPairs = [&](const QString& alias) {
        QStringList pairs;
        for (size_t k = 0; k < s.join.size(); ++k)
            pairs << QStringLiteral("%1.k%2 = %3").arg(alias).arg(k).arg(field(QStringLiteral("ra"), s.join[k].first));
        return pairs;
    };
    const auto pairs = [&](const QString& alias) {
        QStringList p = fieldPairs(alias);
        if (s.join.empty() || s.sameSubject)
            p << QStringLiteral("%1.pk = a.pk AND %1.rid <> a.rid").arg(alias);
        return p.join(QStringLiteral(" AND "));
    };
    // sum(with.FIELD): the total over every row paired with this one.
    const QString totalOver = s.within.isEmpty()
        ? QStringLiteral("NULL")
        : QStringLiteral("(SELECT total(%1) FROM %2 c JOIN records rc ON rc.id = c.rid WHERE %3)")
              .arg(QStringLiteral("%1"), other, pairs(QStringLiteral("c")));
    const QString cond = expressionSql(*expression, QStringLiteral("ra"), QStringLiteral("rb"), totalOver);
    if (s.kind == QLatin1String("series"))
        return seriesSql(s, label, cond);
    if (s.within.isEmpty())
        return QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE %3")
            .arg(label, cte(s.from), cond);
    if (s.join.empty() && !s.absent)
        // The rows on both sides of a match are evidence: the payment and the death record.
        return QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE EXISTS "
                              "(SELECT 1 FROM %3 b JOIN records rb ON rb.id = b.rid WHERE b.pk = a.pk AND b.rid <> a.rid AND %4) "
                              "UNION SELECT b.pk, b.rid, %1 FROM %3 b JOIN records rb ON rb.id = b.rid WHERE EXISTS "
                              "(SELECT 1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE a.pk = b.pk AND a.rid <> b.rid AND %4)")
            .arg(label, cte(s.from), cte(s.within), cond);
    const QString paired =
        QStringLiteral("FROM %1 b JOIN records rb ON rb.id = b.rid WHERE %2 AND %3").arg(other, pairs(QStringLiteral("b")), cond);
    if (s.absent) {
        QString sql =
            QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE NOT EXISTS (SELECT 1 %3)")
                .arg(label, cte(s.from), paired);
        if (keyed)
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM %1 b WHERE %2)")
                       .arg(other, fieldPairs(QStringLiteral("b")).join(QStringLiteral(" AND ")));
        return sql;
    }
    // The paired rows become evidence of the row's subject (the company's register entry for
    // the claimant who is its legal representative), under the label of their own step, so a
    // reason can tell the claim's fields from the company's.
    return QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE EXISTS (SELECT 1 %3) "
                          "UNION SELECT a.pk, b.rid, b.origin FROM %2 a JOIN records ra ON ra.id = a.rid JOIN %4 b ON %5 "
                          "JOIN records rb ON rb.id = b.rid WHERE %6")
        .arg(label, cte(s.from), paired, other, pairs(QStringLiteral("b")), cond);
}

QString Compiler::seriesSql(const StepSpec& s, const QString& label, const QString& cond)
{
    // Each row beside the subject's row before it in the order of a field; both are evidence.
    const QString w = QStringLiteral("w%1").arg(m_index.at(s.id));
    m_ctes << QStringLiteral("%1(pk, rid, prid) AS (SELECT pk, rid, lag(rid) OVER (PARTITION BY pk ORDER BY o, rid) FROM "
                             "(SELECT DISTINCT x.pk, x.rid, %2 AS o FROM %3 x JOIN records r ON r.id = x.rid))")
                  .arg(w, field(QStringLiteral("r"), s.orderField), cte(s.from));
    const QString pairs =
        QStringLiteral("FROM %1 w JOIN records ra ON ra.id = w.rid JOIN records rb ON rb.id = w.prid WHERE %2").arg(w, cond);
    if (!s.keepPrevious)
        return QStringLiteral("SELECT w.pk, w.rid, %1 %2").arg(label, pairs);
    return QStringLiteral("SELECT w.pk, w.rid, %1 %2 UNION SELECT w.pk, w.prid, %1 %2").arg(label, pairs);
}

QString Compiler::rekeySql(const StepSpec& s)
{
    // Every row of a subject goes to each new key found on its rows: a suspect's rows to the
    // numbers of the suspect's cases, a case's rows to the victims named in it.
    const QString k = QStringLiteral("k%1").arg(m_index.at(s.id));
    if (!s.keyFields.isEmpty()) {
        const QString key = keyOf(QStringLiteral("r"), s.keyFields);
        m_ctes << QStringLiteral("%1(pk, nk) AS (SELECT DISTINCT x.pk, %2 FROM %3 x JOIN records r ON r.id = x.rid "
                                 "WHERE %2 IS NOT NULL)")
                      .arg(k, key, cte(s.from));
    } else {
        QStringList roles;
        for (const QString& r : s.roles)
            roles << bind(r);
        m_ctes << QStringLiteral("%1(pk, nk) AS (SELECT DISTINCT x.pk, rp.person_key FROM %2 x JOIN record_persons rp "
                                 "ON rp.record_id = x.rid AND rp.role IN (%3))")
                      .arg(k, cte(s.from), roles.join(QStringLiteral(", ")));
    }
    // Like the set operations, the rows keep the labels of the steps that admitted them.
    return QStringLiteral("SELECT k.nk, x.rid, x.origin FROM %1 x JOIN %2 k ON k.pk = x.pk").arg(cte(s.from), k);
}

QString Compiler::thresholdSql(const StepSpec& s, const QString& label)
{
    // A row reaches the table when its text mentions a row's words and its amount the row's
    // threshold; the words and amounts are bound.
    const QString text = QStringLiteral("coalesce(%1, '')").arg(field(QStringLiteral("r"), s.matchField));
    const QString amount = field(QStringLiteral("r"), s.amountField);
    QStringList rows;
    if (const ModelParameter* table = m_model.parameter(s.table))
        for (const ThresholdRow& row : ModelDefinition::thresholds(*table)) {
            QStringList words;
            for (const QString& w : row.words)
                words << QStringLiteral("instr(%1, %2) > 0").arg(text, bind(w));
            rows << QStringLiteral("((%1) AND %2 >= %3)").arg(words.join(QStringLiteral(" OR ")), amount, bind(row.atLeast));
        }
    if (rows.isEmpty())
        rows << QStringLiteral("0");
    return QStringLiteral("SELECT x.pk, x.rid, %1 FROM %2 x JOIN records r ON r.id = x.rid WHERE %3")
        .arg(label, cte(s.from), rows.join(QStringLiteral(" OR ")));
}

QString Compiler::groupSql(const StepSpec& s, const QString& label)
{
    // Per value of `per` (a debtor, a lawyer) and of `by` (an amount, a repair shop): its rows and
    // subjects, against all the rows of that `per` value.
    const int i = m_index.at(s.id);
    const QString c = QStringLiteral("c%1").arg(i), t = QStringLiteral("t%1").arg(i);
    const QString per = field(QStringLiteral("r"), s.perField), by = field(QStringLiteral("r"), s.byField);
    m_ctes << QStringLiteral("%1(p, n) AS (SELECT %2, count(DISTINCT x.rid) FROM %3 x JOIN records r ON r.id = x.rid "
                             "WHERE trim(coalesce(%2, '')) <> '' GROUP BY %2)")
                  .arg(t, per, cte(s.from));
    m_ctes << QStringLiteral("%1(p, v, n, s) AS (SELECT %2, %3, count(DISTINCT x.rid), count(DISTINCT x.pk) FROM %4 x "
                             "JOIN records r ON r.id = x.rid WHERE trim(coalesce(%2, '')) <> '' AND trim(coalesce(%3, '')) <> '' "
                             "GROUP BY %2, %3)")
                  .arg(c, per, by, cte(s.from));
    return QStringLiteral("SELECT x.pk, x.rid, %1 FROM %2 x JOIN records r ON r.id = x.rid JOIN %3 c ON c.p = %4 AND c.v = %5 "
                          "JOIN %6 t ON t.p = c.p WHERE c.n >= %7 AND c.s >= %8 AND t.n >= %9 AND c.n >= %10 * t.n")
        .arg(label, cte(s.from), c, per, by, t)
        .arg(s.minRows)
        .arg(std::max(1, s.minSubjects))
        .arg(std::max(s.minTotal, s.minRows))
        .arg(bind(s.minShare));
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
    // Every table above reads "name(columns) AS [MATERIALIZED ](select)".
    static const QRegularExpression shape(
        QStringLiteral("^(\\w+)\\(([^)]*)\\) AS (?:MATERIALIZED )?\\((.*)\\)$"), QRegularExpression::DotMatchesEverythingOption);
    for (const QString& t : m_ctes) {
        const auto m = shape.match(t);
        if (!m.hasMatch())
            return fail(
                QStringLiteral("internal: step table of unexpected shape: %1").arg(t.left(80)), QStringLiteral("model.internal"));
        c.tables.push_back({m.captured(1), m.captured(2), m.captured(3)});
    }
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
