#include "security/PoolLogin.h"

#include "security/AuditLog.h"
#include "security/CryptoVfs.h"
#include "security/Keyring.h"
#include "security/UserStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace cluedesk {

bool PoolLogin::opensWithPassword(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!crypto::isEncrypted(absolute))
        return false;
    const auto ring = crypto::Keyring::load(absolute);
    return !ring || !ring->empty(); // a damaged keyring is still worth a try: it says what is wrong
}

Result<std::unique_ptr<Pool>> PoolLogin::open(
    const QString& path, PoolOptions options, const QString& user, const QByteArray& password)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    crypto::Unlocked unlocked;
    if (options.passphrase.isEmpty() && !options.key && opensWithPassword(absolute)) {
        if (password.isEmpty() || user.isEmpty())
            return fail(QCoreApplication::translate(
                            "PoolLogin", "%1 is encrypted: log in with your user name and password, or give the pool passphrase.")
                            .arg(path),
                QStringLiteral("login.needed"));
        auto r = crypto::Keyring::unlock(absolute, user, password, QDateTime::currentDateTime());
        if (!r)
            return r.error();
        unlocked = *r;
        options.key = unlocked.key;
    }
    auto pool = Pool::open(path, options);
    if (!pool || !(*pool)->hasUsers())
        return pool;
    if (password.isEmpty())
        return fail(QCoreApplication::translate("PoolLogin", "This pool has users: log in with your user name and password."),
            QStringLiteral("login.needed"));
    if (unlocked.failuresBefore > 0) {
        // Counted in the keyring while the pool was closed; the log hears of them now.
        const QString previous = (*pool)->user();
        (*pool)->setUser(user);
        AuditLog(**pool).record(QStringLiteral("login.failed"), user,
            QStringLiteral("%1 wrong passwords at the keyring, the last at %2")
                .arg(unlocked.failuresBefore)
                .arg(unlocked.lastFailedAt));
        (*pool)->setUser(previous);
    }
    auto login = UserStore(**pool).login(user, password);
    if (!login)
        return login.error();
    return pool;
}

} // namespace cluedesk
