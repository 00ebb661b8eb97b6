#pragma once
// The audit log: who did what and when, append-only and tamper-evident. Each entry carries the
// hash of the one before it (BLAKE2b-256 over its fields), the pool keeps the head of the chain,
// and triggers refuse UPDATE and DELETE. verify() finds an edited, inserted or deleted entry.
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
    AuditVerification verify();
    static QString hashOf(const QString& prevHash, const AuditEntry& entry);

private:
    Pool& m_pool;
};

} // namespace cluedesk
