#pragma once
// The audit log: who did what and when, append-only and tamper-evident. Each entry carries the
// hash of the one before it (BLAKE2b-256 over its fields, keyed with a key derived from an
// encrypted pool's key, so a chain rewritten without it fails), the pool keeps the head of the
// chain, and triggers refuse UPDATE and DELETE. Heads are also kept outside the pool (beside
// each backup, with each letter) and verify(head) checks the log still holds them.
#include "security/SecretKey.h"

#include <QString>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct AuditEntry {
    qint64 seq = 0;
    QString at, user, action, subject, detail, prevHash, hash;
};

struct AuditFilter {
    QString action; // prefix, e.g. "person." or "login"
    QString user;
    QString text; // in subject or detail
    int limit = 1000;
};

struct AuditVerification {
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBad = 0; // sequence number of the first entry that does not fit
    QString problem;
};

class AuditLog {
public:
    explicit AuditLog(Pool& pool) : m_pool(pool) { }
    // Appends an entry; inside the caller's transaction when there is one, so the action and its
    // record are stored together or not at all.
    void record(const QString& action, const QString& subject = {}, const QString& detail = {});
    std::vector<AuditEntry> list(const AuditFilter& filter = {});
    // Checks the chain; with a head ("seq:hash") kept outside, also that the log still holds it.
    AuditVerification verify(const QString& head = {});
    // The newest entry as "seq:hash", to keep outside the pool.
    QString head();
    // key: the pool's audit key; none for a plain pool and for entries written before keying.
    static QString hashOf(const QString& prevHash, const AuditEntry& entry, const crypto::SecretKey* key = nullptr);

private:
    Pool& m_pool;
};

} // namespace cluedesk
