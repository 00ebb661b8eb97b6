#include "security/UserStore.h"

#include "pool/Pool.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/Keyring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <sodium.h>

namespace cluedesk {
namespace {

Result<QString> hashPassword(const QByteArray& password)
{
    if (password.size() < UserStore::kMinPasswordLength)
        return fail(QCoreApplication::translate("UserStore", "The password is too short; use at least %1 characters.")
                        .arg(UserStore::kMinPasswordLength),
            QStringLiteral("users.short-password"));
    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium could not be initialised"));
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), size_t(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return fail(
            QCoreApplication::translate("UserStore", "Not enough memory to hash the password."), QStringLiteral("users.memory"));
    return QString::fromLatin1(out);
}

UserRow readUser(Statement& st)
{
    return {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.integer(5), st.integer(6) != 0};
}

// Whether name's slot in the keyring opens this pool's current key with the public key the
// pool recorded for them.
bool hasCurrentSlot(Pool& pool, const QString& name)
{
    const auto ring = crypto::Keyring::load(pool.path());
    if (!ring || ring->poolSalt() != QByteArray(reinterpret_cast<const char*>(pool.key()->salt().data()), crypto::kSaltBytes))
        return false;
    const crypto::KeySlot* slot = ring->slot(name);
    Statement st = pool.db().prepare(QStringLiteral("SELECT public_key FROM users WHERE name = ?1"));
    st.bind(1, name);
    return slot && st.step() && QByteArray::fromBase64(st.text(0).toLatin1()) == slot->publicKey;
}

const char* kColumns = "name, role, locked_until, created_at, created_by, failed_logins, disabled";

} // namespace

Status UserStore::writeSlot(const QString& name, const QByteArray& password)
{
    if (!m_pool.encrypted())
        return success();
    QByteArray publicKey;
    const Status s = crypto::Keyring::edit(m_pool.path(), [&](crypto::Keyring& ring) -> Status {
        if (Status put = ring.put(name, password, *m_pool.key()); !put)
            return put;
        publicKey = ring.slot(name)->publicKey;
        return success();
    });
    if (!s)
        return s;
    m_pool.db()
        .prepare(QStringLiteral("UPDATE users SET public_key = ?2 WHERE name = ?1"))
        .bind(1, name)
        .bind(2, QString::fromLatin1(publicKey.toBase64()))
        .run();
    return success();
}

std::map<QString, QByteArray> UserStore::publicKeys()
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT name, public_key FROM users WHERE disabled = 0 AND public_key != ''"));
    std::map<QString, QByteArray> out;
    while (st.step())
        out.emplace(st.text(0), QByteArray::fromBase64(st.text(1).toLatin1()));
    return out;
}

std::vector<UserRow> UserStore::list()
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(QString::fromLatin1(kColumns)));
    std::vector<UserRow> out;
    while (st.step())
        out.push_back(readUser(st));
    return out;
}

std::optional<UserRow> UserStore::get(const QString& name)
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?1").arg(QString::fromLatin1(kColumns)));
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

Result<UserRow> UserStore::add(const QString& name, const QString& role, const QByteArray& password)
{
    const bool first = !m_pool.hasUsers();
    if (first && role != QLatin1String("administrator"))
        return fail(QCoreApplication::translate("UserStore", "The first user must be an administrator."),
            QStringLiteral("users.first-admin"));
    if (!first)
        if (Status s = Access::require(m_pool, Permission::ManageUsers); !s)
            return s.error();
    if (!Access::roles().contains(role))
        return fail(QCoreApplication::translate("UserStore", "\"%1\" is not a role; expected one of %2")
                        .arg(role, Access::roles().join(QStringLiteral(", "))),
            QStringLiteral("users.bad-role"));
    if (name.trimmed().isEmpty() || get(name))
        return fail(
            QCoreApplication::translate("UserStore", "There is already a user called \"%1\" (or the name is empty).").arg(name),
            QStringLiteral("users.exists"));
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_pool.db());
    m_pool.db()
        .prepare(
            QStringLiteral("INSERT INTO users(name, role, password_hash, created_at, created_by) VALUES(?1, ?2, ?3, ?4, ?5)"))
        .bind(1, name.trimmed())
        .bind(2, role)
        .bind(3, *hash)
        .bind(4, m_pool.nowText())
        .bind(5, m_pool.user())
        .run();
    if (Status slot = writeSlot(name.trimmed(), password); !slot)
        return slot.error();
    AuditLog(m_pool).record(QStringLiteral("user.add"), name.trimmed(), role);
    tx.commit();
    if (first) {
        // whoever set up the pool is now its administrator
        m_pool.setUser(name.trimmed());
        m_pool.setRole(role);
    }
    return *get(name.trimmed());
}

Status UserStore::setPassword(const QString& name, const QByteArray& password)
{
    if (name != m_pool.user())
        if (Status s = Access::require(m_pool, Permission::ManageUsers); !s)
            return s;
    if (!get(name))
        return fail(
            QCoreApplication::translate("UserStore", "There is no user \"%1\".").arg(name), QStringLiteral("users.unknown"));
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    Transaction tx(m_pool.db());
    m_pool.db().prepare(QStringLiteral("UPDATE users SET password_hash = ?2 WHERE name = ?1")).bind(1, name).bind(2, *hash).run();
    if (Status slot = writeSlot(name, password); !slot)
        return slot;
    AuditLog(m_pool).record(QStringLiteral("user.password"), name);
    tx.commit();
    return success();
}

Status UserStore::unlock(const QString& name)
{
    if (Status s = Access::require(m_pool, Permission::ManageUsers); !s)
        return s;
    Transaction tx(m_pool.db());
    m_pool.db()
        .prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = '' WHERE name = ?1"))
        .bind(1, name)
        .run();
    if (m_pool.db().changes() == 0)
        return fail(
            QCoreApplication::translate("UserStore", "There is no user \"%1\".").arg(name), QStringLiteral("users.unknown"));
    if (m_pool.encrypted())
        if (Status s = crypto::Keyring::edit(m_pool.path(),
                [&](crypto::Keyring& ring) {
                    ring.unlockSlot(name);
                    return success();
                });
            !s)
            return s;
    AuditLog(m_pool).record(QStringLiteral("user.unlock"), name);
    tx.commit();
    return success();
}

Status UserStore::setDisabled(const QString& name, bool disabled)
{
    if (Status s = Access::require(m_pool, Permission::ManageUsers); !s)
        return s;
    Transaction tx(m_pool.db());
    m_pool.db()
        .prepare(QStringLiteral("UPDATE users SET disabled = ?2 WHERE name = ?1"))
        .bind(1, name)
        .bind(2, disabled ? 1 : 0)
        .run();
    if (m_pool.db().changes() == 0)
        return fail(
            QCoreApplication::translate("UserStore", "There is no user \"%1\".").arg(name), QStringLiteral("users.unknown"));
    if (disabled && m_pool.encrypted()) {
        // A disabled user's password must no longer open the pool, even with other tools.
        m_pool.db().prepare(QStringLiteral("UPDATE users SET public_key = '' WHERE name = ?1")).bind(1, name).run();
        if (Status s = crypto::Keyring::edit(m_pool.path(),
                [&](crypto::Keyring& ring) {
                    ring.remove(name);
                    return success();
                });
            !s)
            return s;
    }
    AuditLog(m_pool).record(disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), name);
    tx.commit();
    return success();
}

Result<UserRow> UserStore::login(const QString& name, const QByteArray& password)
{
    // One write transaction from the read of the counter to its update: parallel attempts wait
    // for each other, and every one of them counts.
    Transaction tx(m_pool.db());
    Statement st = m_pool.db().prepare(QStringLiteral(
        "SELECT password_hash, failed_logins, locked_until, disabled, role, last_failed_at FROM users WHERE name = ?1"));
    st.bind(1, name);
    const QString wrong = QCoreApplication::translate("UserStore", "Wrong user name or password.");
    const QString previousUser = m_pool.user();
    m_pool.setUser(name);
    const auto refuse = [&](const QString& action, const QString& detail, const Error& error) -> Result<UserRow> {
        AuditLog(m_pool).record(action, name, detail);
        tx.commit();
        m_pool.setUser(previousUser);
        return error;
    };
    if (!st.step()) {
        // As slow as a known name with a wrong password: the time tells no one which names exist.
        static const QByteArray decoy = [] {
            char out[crypto_pwhash_STRBYTES] = {};
            if (crypto_pwhash_str(
                    out, "decoy password", 14, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
                return QByteArray();
            return QByteArray(out);
        }();
        [[maybe_unused]] const int ignored =
            crypto_pwhash_str_verify(decoy.constData(), password.constData(), size_t(password.size()));
        return refuse(
            QStringLiteral("login.failed"), QStringLiteral("unknown user"), fail(wrong, QStringLiteral("login.failed")));
    }
    const QByteArray hash = st.text(0).toLatin1();
    const int failed = st.integer(1);
    const QDateTime lockedUntil = QDateTime::fromString(st.text(2), Qt::ISODate);
    const bool disabled = st.integer(3) != 0;
    const QString role = st.text(4);
    const QDateTime lastFailed = QDateTime::fromString(st.text(5), Qt::ISODate);
    st.reset();
    const QDateTime now = m_pool.now();
    // The lock runs from the stored time of the failures: a clock set back does not lift it.
    const bool clockBack = lastFailed.isValid() && now < lastFailed;
    const bool locked = (lockedUntil.isValid() && lockedUntil > now) || (failed >= kMaxFailures && clockBack);
    if (disabled || locked)
        return refuse(QStringLiteral("login.refused"), disabled ? QStringLiteral("disabled") : QStringLiteral("locked"),
            fail(disabled ? QCoreApplication::translate("UserStore", "This user is disabled; ask the administrator.")
                          : QCoreApplication::translate("UserStore",
                                "Too many failed logins: this user is locked until %1, or until the administrator unlocks it.")
                                .arg((lockedUntil.isValid() ? lockedUntil : lastFailed.addSecs(kLockMinutes * 60))
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                QStringLiteral("login.locked")));
    if (crypto_pwhash_str_verify(hash.constData(), password.constData(), size_t(password.size())) != 0) {
        const int count = failed + 1;
        const QDateTime from = clockBack ? lastFailed : now;
        const QString lock = count >= kMaxFailures ? from.addSecs(kLockMinutes * 60).toString(Qt::ISODate) : QString();
        m_pool.db()
            .prepare(
                QStringLiteral("UPDATE users SET failed_logins = ?2, locked_until = ?3, last_failed_at = ?4 WHERE name = ?1"))
            .bind(1, name)
            .bind(2, count)
            .bind(3, lock)
            .bind(4, from.toString(Qt::ISODate))
            .run();
        return refuse(QStringLiteral("login.failed"),
            lock.isEmpty() ? QStringLiteral("attempt %1").arg(count) : QStringLiteral("locked until %1").arg(lock),
            fail(wrong, QStringLiteral("login.failed")));
    }
    m_pool.db()
        .prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = '' WHERE name = ?1"))
        .bind(1, name)
        .run();
    if (m_pool.encrypted() && !hasCurrentSlot(m_pool, name)) {
        // The password is right and the key is open: give the user a slot of their own.
        const Status slot = writeSlot(name, password);
        AuditLog(m_pool).record(QStringLiteral("user.keyslot"), name, slot ? QString() : slot.error().message);
    }
    AuditLog(m_pool).record(QStringLiteral("login"), name, role);
    tx.commit();
    m_pool.setRole(role);
    return *get(name);
}

} // namespace cluedesk
