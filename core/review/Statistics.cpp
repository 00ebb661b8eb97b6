#include "review/Statistics.h"

#include "pool/Pool.h"

namespace cluedesk {

Statistics Statistics::collect(Pool& pool, int year)
{
    Statistics s;
    Database& db = pool.db();
    Statement grades =
        db.prepare(QStringLiteral("SELECT model_id, sum(grade = 'red'), sum(grade = 'orange'), sum(grade = 'yellow') FROM clues "
                                  "WHERE presence != 'gone' GROUP BY model_id ORDER BY count(*) DESC"));
    while (grades.step())
        s.cluesByModel.push_back({grades.text(0), grades.integer(1), grades.integer(2), grades.integer(3)});
    // Decided on either path: judicial aid (eligible ... assisted) or supervision (confirmed ... corrected).
    Statement funnel = db.prepare(QStringLiteral(
        "SELECT count(*), sum(status != 'new'), sum(status IN ('eligible','ineligible','referred','assisted','confirmed',"
        "'unfounded','suggested','corrected')), sum(status = 'assisted') FROM clues"));
    if (funnel.step()) {
        s.found = funnel.integer(0);
        s.verifying = funnel.integer(1);
        s.decided = funnel.integer(2);
        s.assisted = funnel.integer(3);
    }
    Statement amounts =
        db.prepare(QStringLiteral("SELECT substr(created_at, 1, 7), case_type, amount_fen FROM calculations WHERE decided = 1"));
    while (amounts.step()) {
        s.fenByMonth[amounts.text(0)] += amounts.int64(2);
        s.fenByCaseType[amounts.text(1)] += amounts.int64(2);
        if (amounts.text(0).startsWith(QString::number(year)))
            s.fenThisYear += amounts.int64(2);
    }
    const QVariant days = db.scalar(
        QStringLiteral("SELECT avg(julianday(substr(e.at, 1, 19)) - julianday(substr(c.first_seen_at, 1, 19))) FROM clues c "
                       "JOIN clue_events e ON e.id = (SELECT min(id) FROM clue_events x WHERE x.clue_id = c.id "
                       "AND x.to_status IN ('eligible','ineligible','referred','confirmed','unfounded'))"));
    if (days.isValid() && !days.isNull())
        s.averageDaysToDecision = days.toDouble();
    bool ok = false;
    const double budget = pool.setting(QStringLiteral("assistance.budget")).toDouble(&ok);
    if (ok && budget > 0)
        s.budgetFen = qint64(budget * 100);
    return s;
}

} // namespace cluedesk
