#include "letters/LetterRegister.h"

#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/Disclosure.h"

#include "pool/Pool.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cluedesk {
namespace {

const char* kColumns = "id, template, number, prefix, year, seq, department, letter_date, clue_ids, content, status, "
                       "void_reason, created_at, created_by";

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
    l.persons =
        QJsonDocument::fromJson(Disclosure::text(pool, st.text(9)).toUtf8()).object().value(QStringLiteral("persons")).toArray();
    l.status = st.text(10);
    l.voidReason = st.text(11);
    l.createdAt = st.text(12);
    l.createdBy = st.text(13);
    return l;
}

} // namespace

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
                "created_at, created_by) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"))
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
            .run();
        const qint64 id = m_pool.db().lastInsertId();
        AuditLog(m_pool).record(QStringLiteral("letter.issue"), number, draft.department);
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
    return out;
}

std::optional<IssuedLetter> LetterRegister::byNumber(const QString& number)
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM letters WHERE number = ?1").arg(QString::fromLatin1(kColumns)));
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    return readLetter(st, m_pool);
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
    std::vector<IssuedLetter> out;
    for (IssuedLetter& l : list())
        if (std::find(l.clueIds.begin(), l.clueIds.end(), clueId) != l.clueIds.end())
            out.push_back(std::move(l));
    return out;
}

} // namespace cluedesk
