#include "screening/SqlCompiler.h"

#include "screening/SqlCompilerInternal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cluedesk {
namespace sqlcompiler {

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

QString Compiler::narrowed(const StepSpec& s, const QString& key) const
{
    QString sql;
    if (const auto it = m_plan.narrowedBy.find(s.id); it != m_plan.narrowedBy.end())
        for (const QString& by : it->second)
            sql += QStringLiteral(" AND %1 IN (SELECT pk FROM %2)").arg(key, cte(by));
    return sql;
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
        return QString(sql + narrowed(s, key));
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
        return QString(sql + narrowed(s, QStringLiteral("rp.person_key")));
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
            .arg(label(), scanned(s.from), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    }
    if (s.kind == QLatin1String("intersect")) {
        QStringList parts;
        for (const QString& a : s.operands) {
            QStringList in;
            for (const QString& b : s.operands)
                if (b != a)
                    in << QStringLiteral("pk IN (SELECT pk FROM %1)").arg(cte(b));
            parts << QStringLiteral("SELECT pk, rid, origin FROM %1 WHERE %2").arg(scanned(a), in.join(QStringLiteral(" AND ")));
        }
        return parts.join(QStringLiteral(" UNION "));
    }
    if (s.kind == QLatin1String("union")) {
        QStringList parts;
        for (const QString& a : s.operands)
            parts << QStringLiteral("SELECT pk, rid, origin FROM %1").arg(scanned(a));
        return parts.join(QStringLiteral(" UNION "));
    }
    if (s.kind == QLatin1String("subtract")) {
        QStringList minus;
        for (const QString& b : s.operands)
            minus << QStringLiteral("SELECT pk FROM %1").arg(cte(b));
        return QStringLiteral("SELECT pk, rid, origin FROM %1 WHERE pk NOT IN (%2)")
            .arg(scanned(s.from), minus.join(QStringLiteral(" UNION ")));
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
            // Only a subject on both sides can have a row inside an interval: tested first, the
            // record of every other row (most of a pension list) is never read.
            QStringLiteral("SELECT a.pk, a.rid, %1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE a.pk IN (SELECT pk FROM %3) "
                           "AND EXISTS (SELECT 1 FROM %3 b JOIN records rb ON rb.id = b.rid WHERE b.pk = a.pk AND %4) "
                           "UNION SELECT b.pk, b.rid, b.origin FROM %3 b JOIN records rb ON rb.id = b.rid WHERE b.pk IN "
                           "(SELECT pk FROM %2) AND EXISTS "
                           "(SELECT 1 FROM %2 a JOIN records ra ON ra.id = a.rid WHERE a.pk = b.pk AND %4)")
                .arg(label(), rows, within, cond);
        if (s.outside.isEmpty())
            return sql;
        // The excluding periods (a parole) are evidence too for the subjects still found: they
        // explain why later months are not counted.
        const QString found = QStringLiteral("d%1").arg(m_index.at(s.id));
        addTable(found, QStringLiteral("pk, rid, origin"), sql);
        return QStringLiteral("SELECT pk, rid, origin FROM %1 UNION SELECT c.pk, c.rid, c.origin FROM %2 c WHERE c.pk IN "
                              "(SELECT pk FROM %1)")
            .arg(found, cte(s.outside));
    }
    if (s.kind == QLatin1String("count")) {
        // Rows per subject, or per subject and value of `by` (the same violation again).
        // Counted within years, the rows are read once into a table of dates below.
        const QString from = s.withinYears > 0 ? scanned(s.from) : cte(s.from);
        const QString bx = s.byField.isEmpty() ? QString() : field(QStringLiteral("rx"), s.byField);
        QString persons;
        if (s.withinYears > 0) {
            // Each row's date (and value of `by`) and the end of the window it opens, read from
            // its record once: the pairs of a subject's rows below compare them, and reading both
            // records' JSON for every pair cost 2.9 s of a model's 8.8 s on 2,000,000 rows. Every
            // row of `from` stays, as often as it is there; a row without a date opens no window
            // and falls in none, as before.
            const QString dx = field(QStringLiteral("rx"), s.dateField);
            const QString dated = QStringLiteral("w%1").arg(m_index.at(s.id));
            addTable(dated, bx.isEmpty() ? QStringLiteral("pk, rid, d, e") : QStringLiteral("pk, rid, d, e, v"),
                QStringLiteral("SELECT x.pk, x.rid, %1, date(%1, '+%2 years')%3 FROM %4 x JOIN records rx ON rx.id = x.rid "
                               "WHERE %1 IS NOT NULL")
                    .arg(dx)
                    .arg(s.withinYears)
                    .arg(bx.isEmpty() ? QString() : QStringLiteral(", ") + bx, from));
            const QString sameValue = bx.isEmpty() ? QString() : QStringLiteral(" AND y.v = x.v");
            persons = QStringLiteral("SELECT x.pk, x.rid FROM %1 x JOIN %1 y ON y.pk = x.pk WHERE y.d >= x.d AND y.d < x.e%2 "
                                     "GROUP BY x.pk, x.rid HAVING count(DISTINCT y.rid) >= %3")
                          .arg(dated, sameValue)
                          .arg(s.minRows);
            if (bx.isEmpty())
                return QStringLiteral("SELECT pk, rid, %1 FROM %2 WHERE pk IN (SELECT pk FROM (%3))").arg(label(), from, persons);
            // The rows of a window that reached the count, and the rows inside it.
            const QString starts = QStringLiteral("q%1").arg(m_index.at(s.id));
            addTable(starts, QStringLiteral("pk, rid"), persons);
            return QStringLiteral("SELECT y.pk, y.rid, %1 FROM %2 q JOIN (SELECT DISTINCT pk, rid, d, e%3 FROM %4) x ON "
                                  "x.pk = q.pk AND x.rid = q.rid JOIN %4 y ON y.pk = q.pk WHERE y.d >= x.d AND y.d < x.e%5")
                .arg(label(), starts, bx.isEmpty() ? QString() : QStringLiteral(", v"), dated, sameValue);
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
        addTable(rel, QStringLiteral("p, q, rid, d, st, en"),
            QStringLiteral("SELECT x.pk, y.person_key, x.rid, %1, (%2) AND NOT (%3), (%3) FROM %4 x JOIN records r ON r.id = "
                           "x.rid JOIN record_persons y ON y.record_id = x.rid AND y.person_key <> x.pk%5")
                .arg(field(QStringLiteral("r"), s.dateField), *starts, *ends, cte(s.from), endedBy));
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
        addTable(totals, QStringLiteral("pk, n"),
            QStringLiteral("SELECT pk, count(DISTINCT rid) FROM %1 GROUP BY pk").arg(cte(s.from)));
        addTable(counts, QStringLiteral("pk, v, n"),
            QStringLiteral("SELECT x.pk, %1, count(DISTINCT x.rid) FROM %2 x JOIN records r ON r.id = x.rid WHERE "
                           "trim(coalesce(%1, '')) <> '' GROUP BY x.pk, %1")
                .arg(value, cte(s.from)));
        return QStringLiteral("SELECT x.pk, x.rid, %1 FROM %2 x JOIN records r ON r.id = x.rid JOIN %3 c ON c.pk = x.pk "
                              "AND c.v = %4 JOIN %5 t ON t.pk = x.pk WHERE c.n >= %6 AND t.n >= %7 AND c.n >= %8 * t.n")
            .arg(label(), cte(s.from), counts, value, totals)
            .arg(s.minRows)
            .arg(std::max(s.minTotal, s.minRows))
            .arg(bind(s.minShare));
    }
    return fail(QStringLiteral("unknown step kind %1").arg(s.kind), QStringLiteral("model.bad-kind"));
}

Result<CompiledModel> Compiler::run()
{
    // Tables keep the names of the model's order (s0, s1, ...); they are built in the plan's.
    for (const StepSpec& s : m_model.steps)
        m_index[s.id] = int(m_index.size());
    if (m_ctx.narrow) {
        std::map<QString, qint64> sourceRows;
        for (const StepSpec& s : m_model.steps)
            if (s.kind == QLatin1String("source"))
                for (const QString& t : s.types)
                    if (const auto versions = m_ctx.currentVersions.find(t); versions != m_ctx.currentVersions.end())
                        for (qint64 id : versions->second)
                            if (const auto n = m_ctx.datasetRows.find(id); n != m_ctx.datasetRows.end())
                                sourceRows[s.id] += n->second;
        m_plan = StepPlan::of(m_model, sourceRows);
    } else
        for (size_t i = 0; i < m_model.steps.size(); ++i)
            m_plan.order.push_back(i);
    for (size_t i : m_plan.order) {
        const StepSpec& s = m_model.steps[i];
        auto sql = stepSql(s);
        if (!sql)
            return sql.error();
        addTable(name(s.id), QStringLiteral("pk, rid, origin"), *sql);
    }
    CompiledModel c;
    QStringList with;
    std::set<QString> steps;
    for (const StepSpec& s : m_model.steps)
        steps.insert(name(s.id));
    for (const Built& b : m_tables) {
        with << QStringLiteral("%1(%2) AS %3(%4)")
                    .arg(b.table.name, b.table.columns, b.materialized ? QStringLiteral("MATERIALIZED ") : QString(),
                        b.table.select);
        c.tables.push_back(b.table);
        c.tables.back().lookedUp = !steps.count(b.table.name) || m_lookedUp.count(b.table.name);
    }
    c.with = QStringLiteral("WITH ") + with.join(QStringLiteral(",\n"));
    c.outputCte = name(m_model.output);
    c.binds = m_binds;
    return c;
}

} // namespace sqlcompiler

Result<CompiledModel> SqlCompiler::compile(const ModelDefinition& model, const CompileContext& context)
{
    return sqlcompiler::Compiler(model, context).run();
}

} // namespace cluedesk
