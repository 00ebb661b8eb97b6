#include "review/ReviewStore.h"

#include "security/Access.h"
#include "security/AuditLog.h"

#include "pool/DatasetStore.h"
#include "pool/Pool.h"
#include "review/ClueStatus.h"
#include "screening/ClueStore.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cluedesk {

std::optional<QString> ReviewStore::statusOf(qint64 clueId)
{
    const QVariant v = m_pool.db().scalar(QStringLiteral("SELECT status FROM clues WHERE id = ?1"), {clueId});
    if (!v.isValid())
        return std::nullopt;
    return v.toString();
}

QString ReviewStore::workflowOf(qint64 clueId)
{
    return m_pool.db().scalar(QStringLiteral("SELECT workflow FROM clues WHERE id = ?1"), {clueId}).toString();
}

Status ReviewStore::setStatus(qint64 clueId, const QString& status, const QString& note, std::optional<qint64> recoveredFen)
{
    if (Status s = Access::require(m_pool, Permission::Review); !s)
        return s;
    const auto current = statusOf(clueId);
    if (!current)
        return fail(
            QCoreApplication::translate("ReviewStore", "There is no clue %1.").arg(clueId), QStringLiteral("review.no-clue"));
    const QString workflow = workflowOf(clueId);
    if (!ClueStatus::known(status, workflow))
        return fail(QCoreApplication::translate("ReviewStore", "\"%1\" is not a review status of this clue; expected one of %2")
                        .arg(status, ClueStatus::titles(ClueStatus::of(workflow))),
            QStringLiteral("review.bad-status"));
    const QStringList next = ClueStatus::nextFrom(*current, workflow);
    if (!next.contains(status))
        return fail(
            QCoreApplication::translate(
                "ReviewStore", "A clue that is \"%1\" cannot become \"%2\"; from \"%1\" it can become: %3")
                .arg(ClueStatus::title(*current).text(), ClueStatus::title(status).text(),
                    next.isEmpty() ? QCoreApplication::translate("ReviewStore", "nothing (final)") : ClueStatus::titles(next)),
            QStringLiteral("review.bad-transition"));
    if (recoveredFen && (!ClueStatus::recordsRecovery(status) || *recoveredFen < 0))
        return fail(QCoreApplication::translate(
                        "ReviewStore", "An amount recovered is recorded when a clue becomes \"%1\", and cannot be negative")
                        .arg(ClueStatus::title(QStringLiteral("corrected")).text()),
            QStringLiteral("review.bad-recovery"));
    if (ClueStatus::isDecision(status) && note.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ReviewStore", "A decision needs a reason: say why the clue is \"%1\".")
                        .arg(ClueStatus::title(status).text()),
            QStringLiteral("review.no-reason"));
    try {
        // A savepoint: a letter that is issued moves its clues on inside its own transaction.
        Savepoint tx(m_pool.db(), "set_status");
        if (status == QLatin1String("assisted"))
            if (Status s = recordAid(clueId); !s)
                return s;
        m_pool.db()
            .prepare(QStringLiteral("INSERT INTO clue_events(clue_id, at, by, from_status, to_status, note, recovered_fen) "
                                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
            .bind(1, clueId)
            .bind(2, m_pool.nowText())
            .bind(3, m_pool.user())
            .bind(4, *current)
            .bind(5, status)
            .bind(6, note.trimmed())
            .bind(7, recoveredFen ? QVariant(*recoveredFen) : QVariant())
            .run();
        m_pool.db()
            .prepare(QStringLiteral("UPDATE clues SET status = ?2, status_changed_at = ?3, status_changed_by = ?4, "
                                    "recovered_fen = coalesce(?5, recovered_fen) WHERE id = ?1"))
            .bind(1, clueId)
            .bind(2, status)
            .bind(3, m_pool.nowText())
            .bind(4, m_pool.user())
            .bind(5, recoveredFen ? QVariant(*recoveredFen) : QVariant())
            .run();
        AuditLog(m_pool).record(QStringLiteral("clue.status"), QString::number(clueId),
            QStringLiteral("%1 -> %2: %3%4")
                .arg(*current, status, note.trimmed(),
                    recoveredFen ? QStringLiteral(" (recovered %1 fen)").arg(*recoveredFen) : QString()));
        tx.release();
    } catch (const DbError& e) {
        return fail(e.message(), QStringLiteral("review.storage"));
    }
    return success();
}

Status ReviewStore::recordAid(qint64 clueId)
{
    Statement calc = m_pool.db().prepare(QStringLiteral("SELECT amount_fen, person_key, created_at FROM calculations WHERE "
                                                        "clue_id = ?1 AND decided = 1 ORDER BY id DESC LIMIT 1"));
    calc.bind(1, clueId);
    if (!calc.step())
        return fail(QCoreApplication::translate("ReviewStore",
                        "Record the amount first: an assisted clue needs a decided calculation "
                        "(cluedesk-cli calc --clue %1 ... --decide)")
                        .arg(clueId),
            QStringLiteral("review.no-amount"));
    const qint64 fen = calc.int64(0);
    const QString key = calc.text(1);
    QString caseNo, name;
    for (const EvidenceRow& e : ClueStore(m_pool).evidence(clueId)) {
        if (caseNo.isEmpty())
            caseNo = e.fields().value(QStringLiteral("case_no")).toString();
        if (name.isEmpty())
            name = e.nameWritten;
    }
    // The pool's own judicial-aid list (stream "decisions"), one living version.
    DatasetStore store(m_pool);
    Statement find = m_pool.db().prepare(QStringLiteral("SELECT id FROM datasets WHERE type = 'judicial-aid' AND stream = "
                                                        "'decisions' AND status = 'active' ORDER BY id DESC LIMIT 1"));
    qint64 datasetId = find.step()
        ? find.int64(0)
        : store.createVersion(QStringLiteral("judicial-aid"), QStringLiteral("decisions"),
              m_pool.now().date().toString(Qt::ISODate), QJsonObject{{QStringLiteral("source"), QStringLiteral("decisions")}});
    const QString sha = Sha256::ofBytes(QStringLiteral("decision:%1:%2").arg(clueId).arg(m_pool.nowText()).toUtf8());
    DatasetFile file{0, datasetId, QStringLiteral("clue-%1").arg(clueId), sha, 0, QStringLiteral("decision"), QString()};
    const qint64 fileId = store.addFile(file);
    const QJsonObject data{{QStringLiteral("case_no"), caseNo},
        {QStringLiteral("date"), m_pool.now().date().toString(Qt::ISODate)}, {QStringLiteral("amount"), double(fen) / 100.0},
        {QStringLiteral("authority"), m_pool.setting(QStringLiteral("office.name"))}, {QStringLiteral("name"), name},
        {QStringLiteral("clue_id"), clueId}};
    const qint64 record = store.addRecord(
        datasetId, fileId, QString(), clueId, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    store.addPerson(record, datasetId, QStringLiteral("person"), key, key, name, name);
    store.markChanged(record);
    m_pool.db()
        .prepare(QStringLiteral("UPDATE datasets SET rows_read = rows_read + 1, rows_imported = rows_imported + 1 WHERE id = ?1"))
        .bind(1, datasetId)
        .run();
    return success();
}

Result<qint64> ReviewStore::addNote(qint64 clueId, const QString& text, const QString& uuid, const QString& origin)
{
    if (Status s = Access::require(m_pool, Permission::Review); !s)
        return s.error();
    if (!statusOf(clueId))
        return fail(
            QCoreApplication::translate("ReviewStore", "There is no clue %1.").arg(clueId), QStringLiteral("review.no-clue"));
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ReviewStore", "The note is empty."), QStringLiteral("review.empty-note"));
    m_pool.db()
        .prepare(QStringLiteral("INSERT INTO clue_notes(uuid, clue_id, at, by, text, origin) VALUES(?1, ?2, ?3, ?4, ?5, ?6)"))
        .bind(1, uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid)
        .bind(2, clueId)
        .bind(3, m_pool.nowText())
        .bind(4, m_pool.user())
        .bind(5, text.trimmed())
        .bind(6, origin)
        .run();
    const qint64 id = m_pool.db().lastInsertId();
    AuditLog(m_pool).record(QStringLiteral("clue.note"), QString::number(clueId), origin);
    return id;
}

Result<qint64> ReviewStore::attach(qint64 clueId, const QString& name, const QByteArray& data)
{
    if (Status s = Access::require(m_pool, Permission::Review); !s)
        return s.error();
    if (!statusOf(clueId))
        return fail(
            QCoreApplication::translate("ReviewStore", "There is no clue %1.").arg(clueId), QStringLiteral("review.no-clue"));
    m_pool.db()
        .prepare(QStringLiteral("INSERT INTO clue_attachments(clue_id, name, sha256, size, data, added_at, added_by) VALUES(?1, "
                                "?2, ?3, ?4, ?5, ?6, ?7)"))
        .bind(1, clueId)
        .bind(2, name)
        .bind(3, Sha256::ofBytes(data))
        .bind(4, qint64(data.size()))
        .bind(5, data)
        .bind(6, m_pool.nowText())
        .bind(7, m_pool.user())
        .run();
    const qint64 id = m_pool.db().lastInsertId();
    AuditLog(m_pool).record(QStringLiteral("clue.attach"), QString::number(clueId), name);
    return id;
}

std::vector<ClueEvent> ReviewStore::events(qint64 clueId)
{
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT id, at, by, from_status, to_status, note, coalesce(recovered_fen, -1) FROM clue_events "
                       "WHERE clue_id = ?1 ORDER BY id"));
    st.bind(1, clueId);
    std::vector<ClueEvent> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.int64(6)});
    return out;
}

std::vector<ClueNote> ReviewStore::notes(qint64 clueId)
{
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT id, uuid, at, by, text, origin FROM clue_notes WHERE clue_id = ?1 ORDER BY id"));
    st.bind(1, clueId);
    std::vector<ClueNote> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return out;
}

std::vector<ClueAttachment> ReviewStore::attachments(qint64 clueId)
{
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT id, name, sha256, added_at, added_by, size FROM clue_attachments WHERE clue_id = ?1 ORDER BY id"));
    st.bind(1, clueId);
    std::vector<ClueAttachment> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.int64(5)});
    return out;
}

QByteArray ReviewStore::attachmentData(qint64 attachmentId)
{
    return m_pool.db().scalar(QStringLiteral("SELECT data FROM clue_attachments WHERE id = ?1"), {attachmentId}).toByteArray();
}

} // namespace cluedesk
