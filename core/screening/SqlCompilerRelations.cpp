// The steps that relate a row to other rows: compare (with a condition over both rows), series
// (a next row that goes up), threshold (repeated within years), group (shares of a value),
// re-keying through another field or person, and the same person under two numbers.
#include "screening/SqlCompilerInternal.h"

namespace cluedesk::sqlcompiler {

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
        addTable(other, QStringLiteral("pk, rid, origin, ") + columns.join(QStringLiteral(", ")),
            QStringLiteral("SELECT b.pk, b.rid, b.origin, %1 FROM %2 b JOIN records rb ON rb.id = b.rid")
                .arg(values.join(QStringLiteral(", ")), cte(s.within)),
            true);
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
    addTable(w, QStringLiteral("pk, rid, prid"),
        QStringLiteral("SELECT pk, rid, lag(rid) OVER (PARTITION BY pk ORDER BY o, rid) FROM (SELECT DISTINCT x.pk, x.rid, %1 AS "
                       "o FROM %2 x JOIN records r ON r.id = x.rid)")
            .arg(field(QStringLiteral("r"), s.orderField), cte(s.from)));
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
        addTable(k, QStringLiteral("pk, nk"),
            QStringLiteral("SELECT DISTINCT x.pk, %1 FROM %2 x JOIN records r ON r.id = x.rid WHERE %1 IS NOT NULL")
                .arg(key, cte(s.from)));
    } else {
        QStringList roles;
        for (const QString& r : s.roles)
            roles << bind(r);
        addTable(k, QStringLiteral("pk, nk"),
            QStringLiteral("SELECT DISTINCT x.pk, rp.person_key FROM %1 x JOIN record_persons rp ON rp.record_id = x.rid AND "
                           "rp.role IN (%2)")
                .arg(cte(s.from), roles.join(QStringLiteral(", "))));
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
    addTable(t, QStringLiteral("p, n"),
        QStringLiteral("SELECT %1, count(DISTINCT x.rid) FROM %2 x JOIN records r ON r.id = x.rid WHERE trim(coalesce(%1, '')) "
                       "<> '' GROUP BY %1")
            .arg(per, cte(s.from)));
    addTable(c, QStringLiteral("p, v, n, s"),
        QStringLiteral("SELECT %1, %2, count(DISTINCT x.rid), count(DISTINCT x.pk) FROM %3 x JOIN records r ON r.id = x.rid "
                       "WHERE trim(coalesce(%1, '')) <> '' AND trim(coalesce(%2, '')) <> '' GROUP BY %1, %2")
            .arg(per, by, cte(s.from)));
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
    addTable(members, QStringLiteral("pk, rid, k"),
        QStringLiteral(
            "SELECT x.pk, x.rid, rp.name || '|' || substr(x.pk, 7, 8) || '|' || (CAST(substr(x.pk, 17, 1) AS INTEGER) % 2) FROM "
            "%1 x JOIN record_persons rp ON rp.record_id = x.rid AND rp.person_key = x.pk WHERE rp.name <> ''")
            .arg(cte(s.from)));
    addTable(groups, QStringLiteral("k, canon"),
        QStringLiteral("SELECT k, min(pk) FROM %1 GROUP BY k HAVING count(DISTINCT pk) >= 2%2")
            .arg(members, s.differentRegion ? QStringLiteral(" AND count(DISTINCT substr(pk, 1, 6)) >= 2") : QString()));
    QString sql = QStringLiteral("SELECT g.canon, m.rid, %1 FROM %2 m JOIN %3 g ON g.k = m.k").arg(label, members, groups);
    for (const QString& carried : s.operands)
        sql += QStringLiteral(" UNION SELECT g.canon, c.rid, c.origin FROM %1 c JOIN (SELECT DISTINCT pk, k FROM %2) mm "
                              "ON mm.pk = c.pk JOIN %3 g ON g.k = mm.k")
                   .arg(cte(carried), members, groups);
    return sql;
}

} // namespace cluedesk::sqlcompiler
