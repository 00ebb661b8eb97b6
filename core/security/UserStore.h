#pragma once
// The pool's users: name, role, password hashed with Argon2id (libsodium's crypto_pwhash_str),
// and lock-out after repeated failed logins. Every login, failure and change is audited.
#include "util/Result.h"

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
    // Checks the password; on success the pool acts as this user with this role.
    Result<UserRow> login(const QString& name, const QByteArray& password);

private:
    Pool& m_pool;
};

} // namespace cluedesk
