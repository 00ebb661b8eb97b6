#pragma once
// What officers record about a clue: status changes with who, when and why, free notes, and
// attached files (kept in the pool). Nothing here is ever overwritten: events and notes are
// added, attachments only added.
#include "util/Result.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct ClueEvent {
    qint64 id = 0;
    QString at, by, from, to, note;
    qint64 recoveredFen = -1; // recorded with a supervision clue's correction; -1: none
};

struct ClueNote {
    qint64 id = 0;
    QString uuid, at, by, text, origin;
};

struct ClueAttachment {
    qint64 id = 0;
    QString name, sha256, addedAt, addedBy;
    qint64 size = 0;
};

class ReviewStore {
public:
    explicit ReviewStore(Pool& pool) : m_pool(pool) { }
    // Checks the change is allowed from the clue's current status; a note is required for every
    // decision. "assisted" needs a decided calculation and records the aid in the pool's own
    // judicial-aid list, so models stop proposing the person.
    // recoveredFen: for a supervision clue that becomes corrected, the money recovered.
    Status setStatus(qint64 clueId, const QString& status, const QString& note, std::optional<qint64> recoveredFen = {});
    Result<qint64> addNote(
        qint64 clueId, const QString& text, const QString& uuid = {}, const QString& origin = QStringLiteral("office"));
    Result<qint64> attach(qint64 clueId, const QString& name, const QByteArray& data);
    std::vector<ClueEvent> events(qint64 clueId);
    std::vector<ClueNote> notes(qint64 clueId);
    std::vector<ClueAttachment> attachments(qint64 clueId);
    QByteArray attachmentData(qint64 attachmentId);
    std::optional<QString> statusOf(qint64 clueId);
    QString workflowOf(qint64 clueId); // aid or supervision

private:
    Status recordAid(qint64 clueId);
    Pool& m_pool;
};

} // namespace cluedesk
