#pragma once
// The one way in to a pool for a person: open it (with the pool passphrase, or for an encrypted
// pool with the user's own password through the keyring) and log in when it has users.
#include "pool/Pool.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace cluedesk {

class PoolLogin {
public:
    // Opens path as user. An encrypted pool given no passphrase or key is unlocked with user's
    // password through the keyring beside it; a pool that has users then logs user in.
    // Error codes worth telling apart: "login.needed" (the pool has users, no password was given),
    // "pool.needs-passphrase", "login.failed", "login.locked".
    static Result<std::unique_ptr<Pool>> open(
        const QString& path, PoolOptions options, const QString& user, const QByteArray& password);
    // Whether the encrypted pool at path can be opened with a user's password (it has a keyring).
    static bool opensWithPassword(const QString& path);
};

} // namespace cluedesk
