#include "letters/LetterFollowUp.h"

#include "pool/Pool.h"

namespace cluedesk {

LocalText ClueFollowUp::describe() const
{
    const LocalText state = IssuedLetter::stateTitle(letterState);
    if (replyDate.isEmpty()) {
        return {QStringLiteral("%1（%2，应于%3前回复）").arg(letterNumber, state.text(Language::Chinese), dueDate),
            QStringLiteral("%1 (%2, reply due by %3)").arg(letterNumber, state.text(Language::English), dueDate)};
    }
    if (outcome == QLatin1String("gone"))
        return {QStringLiteral("%1 已于%2回复；%3复查筛查时该线索已不再出现（问题已消除）")
                    .arg(letterNumber, replyDate, rescreenedAt),
            QStringLiteral("%1 answered on %2; the screening of %3 no longer finds this clue (the problem went away)")
                .arg(letterNumber, replyDate, rescreenedAt)};
    if (outcome == QLatin1String("present"))
        return {
            QStringLiteral("%1 已于%2回复；但%3复查筛查时仍发现该线索（问题仍存在）").arg(letterNumber, replyDate, rescreenedAt),
            QStringLiteral("%1 answered on %2, but the screening of %3 still finds this clue")
                .arg(letterNumber, replyDate, rescreenedAt)};
    return {QStringLiteral("%1 已于%2回复；尚未用回复之后的名单重新筛查，导入最新名单并筛查后可见是否纠正")
                .arg(letterNumber, replyDate),
        QStringLiteral("%1 answered on %2; not yet screened on lists from after the reply: import the latest lists and "
                       "screen to see whether it was corrected")
            .arg(letterNumber, replyDate)};
}

std::vector<ClueFollowUp> LetterFollowUp::forClue(Pool& pool, qint64 clueId, const QDate& today)
{
    std::vector<ClueFollowUp> out;
    Statement clue = pool.db().prepare(QStringLiteral("SELECT model_id, last_run FROM clues WHERE id = ?1"));
    clue.bind(1, clueId);
    if (!clue.step())
        return out;
    const QString model = clue.text(0);
    const qint64 lastRun = clue.int64(1);
    for (const IssuedLetter& l : LetterRegister(pool).forClue(clueId)) {
        if (l.status == QLatin1String("void"))
            continue;
        ClueFollowUp f;
        f.letterNumber = l.number;
        f.letterState = l.state(today);
        f.dueDate = l.dueDate;
        if (!l.replies.empty()) {
            f.replyDate = l.replies.front().date;
            // A screening that tells: run after the reply, on at least one list describing a date
            // on or after it (lists as of before the reply cannot show a correction).
            Statement run = pool.db().prepare(QStringLiteral(
                "SELECT r.id, r.started_at FROM screening_runs r WHERE r.model_id = ?1 AND r.finished_at IS NOT NULL AND "
                "substr(r.started_at, 1, 10) >= ?2 AND EXISTS (SELECT 1 FROM json_each(r.datasets) j JOIN datasets d "
                "ON d.id = j.value WHERE substr(d.as_of, 1, 10) >= ?2) ORDER BY r.id DESC LIMIT 1"));
            run.bind(1, model).bind(2, f.replyDate);
            if (!run.step()) {
                f.outcome = QStringLiteral("pending");
            } else {
                f.rescreenedAt = run.text(1).left(10);
                f.outcome = lastRun >= run.int64(0) ? QStringLiteral("present") : QStringLiteral("gone");
            }
        }
        out.push_back(f);
    }
    return out;
}

} // namespace cluedesk
