#pragma once
// The pool's users: name, role, password hashed with Argon2id (libsodium's crypto_pwhash_str),
// and lock-out after repeated failed logins. Every login, failure and change is audited.
#include "util/Result.h"

#include <map>
#include <vector>

namespace cluedesk {

class Pool;

struct UserRow {
    QString name, role, lockedUntil, createdAt, createdBy;
    int failedLogins = 0;
    bool disabled = false;
};

class UserStore {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;
    static constexpr int kMinPasswordLength = 8;

    explicit UserStore(Pool& pool) : m_pool(pool) { }
    // The first user must be an administrator and can be added by anyone; later ones only by an
    // administrator.
    Result<UserRow> add(const QString& name, const QString& role, const QByteArray& password);
    Status setPassword(const QString& name, const QByteArray& password);
    Status unlock(const QString& name);
    Status setDisabled(const QString& name, bool disabled);
    std::vector<UserRow> list();
    std::optional<UserRow> get(const QString& name);
    // Checks the password; on success the pool acts as this user with this role. In an encrypted
    // pool a user without a key slot (added before slots existed) gets one here.
    Result<UserRow> login(const QString& name, const QByteArray& password);
    // Each active user's public key as this pool records it: what a new pool key is sealed to.
    std::map<QString, QByteArray> publicKeys();

private:
    // In an encrypted pool: a new key slot for name, opened by password (see Keyring.h); its
    // public key is recorded in the users table inside the caller's transaction.
    Status writeSlot(const QString& name, const QByteArray& password);
    Pool& m_pool;
};

} // namespace cluedesk
