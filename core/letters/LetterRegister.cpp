#include "letters/LetterRegister.h"

#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/Disclosure.h"

#include "pool/Pool.h"
#include "review/ReviewStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace cluedesk {
namespace {

const char* kColumns = "id, template, number, prefix, year, seq, department, letter_date, clue_ids, content, status, "
                       "void_reason, created_at, created_by, due_date";

IssuedLetter readLetter(Statement& st, Pool& pool)
{
    IssuedLetter l;
    l.id = st.int64(0);
    l.templateId = st.text(1);
    l.number = st.text(2);
    l.prefix = st.text(3);
    l.year = st.integer(4);
    l.seq = st.integer(5);
    l.department = st.text(6);
    l.date = st.text(7);
    for (const QJsonValue& v : QJsonDocument::fromJson(st.text(8).toUtf8()).array())
        l.clueIds.push_back(v.toInteger());
    const QJsonObject content = QJsonDocument::fromJson(Disclosure::text(pool, st.text(9)).toUtf8()).object();
    l.persons = content.value(QStringLiteral("persons")).toArray();
    l.auditHead = content.value(QStringLiteral("audit_head")).toString();
    l.status = st.text(10);
    l.voidReason = st.text(11);
    l.createdAt = st.text(12);
    l.createdBy = st.text(13);
    l.dueDate = st.text(14);
    if (l.dueDate.isEmpty()) { // issued before due dates were kept: the template's reply period
        const LetterTemplate* t = LetterTemplate::find(l.templateId);
        l.dueDate = QDate::fromString(l.date, Qt::ISODate).addDays(t ? t->replyDays : 30).toString(Qt::ISODate);
    }
    return l;
}

void readReplies(Pool& pool, std::vector<IssuedLetter>& letters)
{
    if (letters.empty())
        return;
    QJsonArray ids;
    for (const IssuedLetter& l : letters)
        ids.append(l.id);
    Statement st = pool.db().prepare(
        QStringLiteral("SELECT id, letter_id, reply_date, text, file_name, recorded_at, recorded_by FROM letter_replies "
                       "WHERE letter_id IN (SELECT value FROM json_each(?1)) ORDER BY reply_date, id"));
    st.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    std::map<qint64, std::vector<LetterReply>> byLetter;
    while (st.step())
        byLetter[st.int64(1)].push_back(
            {st.int64(0), st.text(2), Disclosure::text(pool, st.text(3)), st.text(4), st.text(5), st.text(6)});
    for (IssuedLetter& l : letters)
        if (auto it = byLetter.find(l.id); it != byLetter.end())
            l.replies = it->second;
}

} // namespace

QString IssuedLetter::state(const QDate& today) const
{
    if (status == QLatin1String("void"))
        return QStringLiteral("void");
    if (!replies.empty())
        return QStringLiteral("replied");
    return today > QDate::fromString(dueDate, Qt::ISODate) ? QStringLiteral("overdue") : QStringLiteral("due");
}

LocalText IssuedLetter::stateTitle(const QString& state)
{
    static const std::map<QString, LocalText> titles = {
        {QStringLiteral("void"), {QStringLiteral("已作废"), QStringLiteral("Void")}},
        {QStringLiteral("replied"), {QStringLiteral("已回复"), QStringLiteral("Replied")}},
        {QStringLiteral("due"), {QStringLiteral("待回复"), QStringLiteral("Awaiting reply")}},
        {QStringLiteral("overdue"), {QStringLiteral("逾期未回复"), QStringLiteral("Overdue")}},
    };
    const auto it = titles.find(state);
    return it == titles.end() ? LocalText{state, state} : it->second;
}

QString LetterRegister::formatNumber(const QString& prefix, int year, int seq)
{
    return QStringLiteral("%1〔%2〕%3号").arg(prefix).arg(year).arg(seq);
}

Result<IssuedLetter> LetterRegister::issue(const LetterDraft& draft, const LetterRenderer& render)
{
    if (Status s = Access::require(m_pool, Permission::WriteLetters); !s)
        return s.error();
    try {
        Transaction tx(m_pool.db());
        const int year = draft.date.year();
        const int seq =
            m_pool.db()
                .scalar(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM letters WHERE prefix = ?1 AND year = ?2"),
                    {draft.prefix, year})
                .toInt();
        const QString number = formatNumber(draft.prefix, year, seq);
        const QString html = LetterComposer::fill(draft.html, {{QStringLiteral("number"), number}});
        auto pdf = render(html);
        if (!pdf)
            return fail(QCoreApplication::translate("LetterRegister", "The letter could not be made, and no number was used: %1")
                            .arg(pdf.error().message),
                QStringLiteral("letter.render"));
        QJsonArray clueIds;
        for (qint64 id : draft.clueIds)
            clueIds.append(id);
        // The audit log's head when the letter left: a copy outside the pool that a rewritten log
        // cannot match (audit verify --head).
        const QJsonObject content{{QStringLiteral("html"), html}, {QStringLiteral("persons"), draft.persons},
            {QStringLiteral("audit_head"), AuditLog(m_pool).head()}};
        m_pool.db()
            .prepare(QStringLiteral(
                "INSERT INTO letters(template, prefix, year, seq, number, department, letter_date, clue_ids, content, pdf, "
                "created_at, created_by, due_date) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"))
            .bind(1, draft.templ->id)
            .bind(2, draft.prefix)
            .bind(3, year)
            .bind(4, seq)
            .bind(5, number)
            .bind(6, draft.department)
            .bind(7, draft.date.toString(Qt::ISODate))
            .bind(8, QString::fromUtf8(QJsonDocument(clueIds).toJson(QJsonDocument::Compact)))
            .bind(9, QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)))
            .bind(10, *pdf)
            .bind(11, m_pool.nowText())
            .bind(12, m_pool.user())
            .bind(13,
                (draft.deadline.isValid() ? draft.deadline : draft.date.addDays(draft.templ->replyDays)).toString(Qt::ISODate))
            .run();
        const qint64 id = m_pool.db().lastInsertId();
        AuditLog(m_pool).record(QStringLiteral("letter.issue"), number, draft.department);
        // A supervision clue whose violation was confirmed has now had its suggestion or transfer
        // letter: it moves on to "suggested", citing the letter.
        ReviewStore review(m_pool);
        for (qint64 clueId : draft.clueIds)
            if (review.workflowOf(clueId) == QLatin1String("supervision") &&
                review.statusOf(clueId) == QStringLiteral("confirmed"))
                if (Status s = review.setStatus(clueId, QStringLiteral("suggested"),
                        QStringLiteral("已制发%1 %2").arg(draft.templ->title.text(Language::Chinese), number));
                    !s)
                    return s.error();
        tx.commit();
        Statement st =
            m_pool.db().prepare(QStringLiteral("SELECT %1 FROM letters WHERE id = ?1").arg(QString::fromLatin1(kColumns)));
        st.bind(1, id);
        st.step();
        return readLetter(st, m_pool);
    } catch (const DbError& e) {
        return fail(QCoreApplication::translate("LetterRegister", "The letter could not be registered: %1").arg(e.message()),
            QStringLiteral("letter.storage"));
    }
}

Status LetterRegister::voidLetter(const QString& number, const QString& reason)
{
    if (Status s = Access::require(m_pool, Permission::WriteLetters); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("LetterRegister", "Say why the letter is void."), QStringLiteral("letter.no-reason"));
    m_pool.db()
        .prepare(QStringLiteral("UPDATE letters SET status = 'void', void_reason = ?2 WHERE number = ?1 AND status = 'issued'"))
        .bind(1, number)
        .bind(2, reason.trimmed())
        .run();
    if (m_pool.db().changes() == 0)
        return fail(QCoreApplication::translate("LetterRegister", "There is no issued letter %1.").arg(number),
            QStringLiteral("letter.unknown"));
    AuditLog(m_pool).record(QStringLiteral("letter.void"), number, reason.trimmed());
    return success();
}

std::vector<IssuedLetter> LetterRegister::list(int year)
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM letters WHERE (?1 = 0 OR year = ?1) ORDER BY year, prefix, seq")
                                .arg(QString::fromLatin1(kColumns)));
    st.bind(1, year);
    std::vector<IssuedLetter> out;
    while (st.step())
        out.push_back(readLetter(st, m_pool));
    readReplies(m_pool, out);
    return out;
}

std::optional<IssuedLetter> LetterRegister::byNumber(const QString& number)
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM letters WHERE number = ?1").arg(QString::fromLatin1(kColumns)));
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    std::vector<IssuedLetter> one{readLetter(st, m_pool)};
    readReplies(m_pool, one);
    return std::move(one.front());
}

Status LetterRegister::reply(
    const QString& number, const QDate& date, const QString& text, const QString& fileName, const QByteArray& file)
{
    if (Status s = Access::require(m_pool, Permission::WriteLetters); !s)
        return s;
    const auto letter = byNumber(number);
    if (!letter || letter->status != QLatin1String("issued"))
        return fail(QCoreApplication::translate("LetterRegister", "There is no issued letter %1.").arg(number),
            QStringLiteral("letter.unknown"));
    if (!date.isValid() || date < QDate::fromString(letter->date, Qt::ISODate))
        return fail(QCoreApplication::translate("LetterRegister", "A reply to %1 cannot be dated before the letter (%2).")
                        .arg(number, letter->date),
            QStringLiteral("letter.reply-date"));
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("LetterRegister", "Say what the department replied."),
            QStringLiteral("letter.no-reply-text"));
    try {
        Transaction tx(m_pool.db());
        m_pool.db()
            .prepare(QStringLiteral("INSERT INTO letter_replies(letter_id, reply_date, text, file_name, file, recorded_at, "
                                    "recorded_by) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
            .bind(1, letter->id)
            .bind(2, date.toString(Qt::ISODate))
            .bind(3, text.trimmed())
            .bind(4, file.isEmpty() ? QString() : fileName)
            .bind(5, file.isEmpty() ? QVariant() : QVariant(file))
            .bind(6, m_pool.nowText())
            .bind(7, m_pool.user())
            .run();
        AuditLog(m_pool).record(QStringLiteral("letter.reply"), number, date.toString(Qt::ISODate));
        tx.commit();
    } catch (const DbError& e) {
        return fail(QCoreApplication::translate("LetterRegister", "The reply could not be recorded: %1").arg(e.message()),
            QStringLiteral("letter.storage"));
    }
    return success();
}

Result<QByteArray> LetterRegister::replyFile(qint64 replyId)
{
    if (Status s = Disclosure::requireFull(m_pool, QStringLiteral("letter reply %1 file").arg(replyId)); !s)
        return s.error();
    return m_pool.db().scalar(QStringLiteral("SELECT file FROM letter_replies WHERE id = ?1"), {replyId}).toByteArray();
}

std::vector<IssuedLetter> LetterRegister::overdue(const QDate& today)
{
    std::vector<IssuedLetter> out;
    for (IssuedLetter& l : list())
        if (l.state(today) == QLatin1String("overdue"))
            out.push_back(std::move(l));
    return out;
}

Result<QByteArray> LetterRegister::pdf(qint64 letterId)
{
    if (Status s = Disclosure::requireFull(m_pool, QStringLiteral("letter %1 PDF").arg(letterId)); !s)
        return s.error();
    return m_pool.db().scalar(QStringLiteral("SELECT pdf FROM letters WHERE id = ?1"), {letterId}).toByteArray();
}

Result<QString> LetterRegister::html(qint64 letterId)
{
    if (Status s = Disclosure::requireFull(m_pool, QStringLiteral("letter %1 printed").arg(letterId)); !s)
        return s.error();
    return m_pool.db()
        .scalar(QStringLiteral("SELECT json_extract(content, '$.html') FROM letters WHERE id = ?1"), {letterId})
        .toString();
}

std::vector<IssuedLetter> LetterRegister::forClue(qint64 clueId)
{
    // Asked on every clue the officer selects: only this clue's letters are read and decrypted.
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT %1 FROM letters WHERE EXISTS (SELECT 1 FROM json_each(letters.clue_ids) j WHERE j.value = ?1) "
                       "ORDER BY year, prefix, seq")
            .arg(QString::fromLatin1(kColumns)));
    st.bind(1, clueId);
    std::vector<IssuedLetter> out;
    while (st.step())
        out.push_back(readLetter(st, m_pool));
    readReplies(m_pool, out);
    return out;
}

} // namespace cluedesk
