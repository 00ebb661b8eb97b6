#pragma once
// The data pool: one SQLite file holding every imported list, clue, decision and letter of
// an office. Pool owns the connection, applies the pragmas, runs migrations, and knows who is
// working (for "imported by", decisions and the audit log) and what time it is.
#include "pool/Database.h"
#include "pool/Schema.h"
#include "security/SecretKey.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace cluedesk {
namespace crypto {
class KeyLease;
}

struct PoolOptions {
    bool create = false;
    QString user;               // who acts; defaults to the operating-system user
    bool readOnlyCheck = false; // open without migrating (for inspection)
    // An encrypted pool needs its passphrase; a new pool is encrypted when one is given.
    QByteArray passphrase;
    // Argon2id limits for a new encrypted pool (an existing one keeps those in its header).
    crypto::KdfParams kdf = crypto::KdfParams::pool();
    // The key itself, for another connection to a pool already open (instead of the passphrase,
    // which the program does not keep).
    std::shared_ptr<const crypto::SecretKey> key;
    // Told when opening upgrades an older pool's schema, and while it does (Schema::Upgrading).
    Schema::Upgrading upgrading;
};

class Pool {
public:
    static Result<std::unique_ptr<Pool>> open(const QString& path, const PoolOptions& options = {});
    // Another connection to this pool, for another thread (SQLite connections are not shared
    // across threads): the same file and key, acting as the same user in the same role.
    Result<std::unique_ptr<Pool>> openAnother() const;
    ~Pool();

    Database& db() { return *m_db; }
    const QString& path() const { return m_path; }
    const QString& user() const { return m_user; }
    void setUser(const QString& user) { m_user = user; }
    // The logged-in user's role; empty until a login in a pool that has users.
    const QString& role() const { return m_role; }
    void setRole(const QString& role) { m_role = role; }
    bool hasUsers();
    bool encrypted() const { return m_encrypted; }
    // The key the audit chain is MACed with: derived from an encrypted pool's key; null for a
    // plain pool (its chain is an unkeyed hash, anchored only by heads kept outside).
    const std::shared_ptr<const crypto::SecretKey>& auditKey() const { return m_auditKey; }
    // An encrypted pool's key, to open more connections with (PoolOptions::key); null if plain.
    const std::shared_ptr<const crypto::SecretKey>& key() const { return m_key; }

    // Time as the pool sees it; tests replace the clock to make runs reproducible.
    QDateTime now() const;
    QString nowText() const; // ISO 8601 local time with offset
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Settings kept in the pool so they travel with its data (county, office name, ...).
    QString setting(const QString& key, const QString& fallback = {}) const;
    void setSetting(const QString& key, const QString& value);
    // A setting changed by a user: administrators only (settings steer models and letters), audited.
    Status changeSetting(const QString& key, const QString& value);
    // Every setting, key without its "setting." prefix, for listing.
    std::vector<std::pair<QString, QString>> settings() const;

private:
    Pool();
    std::unique_ptr<crypto::KeyLease> m_lease; // outlives the connection: its WAL closes last
    std::shared_ptr<const crypto::SecretKey> m_key;
    std::shared_ptr<const crypto::SecretKey> m_auditKey;
    std::unique_ptr<Database> m_db;
    QString m_path;
    QString m_user;
    bool m_encrypted = false;
    QString m_role;
    std::function<QDateTime()> m_clock;
};

} // namespace cluedesk
