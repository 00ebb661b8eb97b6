#include "security/Keyring.h"

#include "security/CryptoVfs.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <sodium.h>

namespace cluedesk::crypto {
namespace {

const QLatin1String kFormat("cluedesk-keyring-1");
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
static_assert(crypto_box_SECRETKEYBYTES == kKeyBytes && crypto_box_PUBLICKEYBYTES == kKeyBytes);

QByteArray slotAd(const QString& user)
{
    return QByteArrayLiteral("cdslot1") + user.toUtf8();
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

Error damaged(const QString& path, const QString& why)
{
    return Error{QCoreApplication::translate("Keyring", "The keyring %1 is damaged (%2); open the pool with its passphrase.")
                     .arg(path, why),
        QStringLiteral("keyring.damaged")};
}

Error wrongPassword()
{
    return Error{QCoreApplication::translate("UserStore", "Wrong user name or password."), QStringLiteral("login.failed")};
}

// Keeps the keyring to one writer at a time: a wrong password is counted even when several
// attempts run side by side.
class KeyringLock {
public:
    explicit KeyringLock(const QString& poolPath) : m_lock(Keyring::pathFor(poolPath) + QStringLiteral(".lock"))
    {
        m_lock.setStaleLockTime(60000);
        m_locked = m_lock.tryLock(30000);
    }
    // The keyring, read while this lock is held.
    Result<Keyring> load(const QString& poolPath) const
    {
        if (!m_locked)
            return fail(QCoreApplication::translate("Keyring", "The keyring of %1 is busy; try again.").arg(poolPath),
                QStringLiteral("keyring.busy"));
        return Keyring::load(poolPath);
    }

private:
    QLockFile m_lock;
    bool m_locked = false;
};

} // namespace

QString Keyring::pathFor(const QString& poolPath)
{
    return poolPath + QStringLiteral(".keys");
}

Result<Keyring> Keyring::load(const QString& poolPath)
{
    Keyring ring;
    QFile f(pathFor(poolPath));
    if (!f.exists())
        return ring;
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Keyring", "Cannot read the keyring %1: %2").arg(f.fileName(), f.errorString()),
            QStringLiteral("keyring.read"));
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat)
        return damaged(f.fileName(), QCoreApplication::translate("Keyring", "not a ClueDesk keyring"));
    ring.m_poolSalt = unb64(root.value(QStringLiteral("pool_salt")));
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.user = o.value(QStringLiteral("user")).toString();
        s.publicKey = unb64(o.value(QStringLiteral("public_key")));
        s.salt = unb64(o.value(QStringLiteral("salt")));
        s.params = {quint64(o.value(QStringLiteral("ops")).toDouble()), quint64(o.value(QStringLiteral("mem")).toDouble())};
        s.wrappedSecret = unb64(o.value(QStringLiteral("wrapped_secret")));
        s.sealedKey = unb64(o.value(QStringLiteral("sealed_key")));
        s.failures = o.value(QStringLiteral("failures")).toInt();
        s.lastFailedAt = o.value(QStringLiteral("last_failed_at")).toString();
        if (s.user.isEmpty() || s.publicKey.size() != crypto_box_PUBLICKEYBYTES || s.salt.size() != kSaltBytes ||
            s.wrappedSecret.size() != kNonceBytes + kKeyBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
            s.sealedKey.size() != kKeyBytes + int(crypto_box_SEALBYTES))
            return damaged(f.fileName(), QCoreApplication::translate("Keyring", "slot of \"%1\"").arg(s.user));
        ring.m_slots.push_back(std::move(s));
    }
    return ring;
}

Status Keyring::saveFor(const QString& poolPath) const
{
    const QString path = pathFor(poolPath);
    if (m_slots.empty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(QCoreApplication::translate("Keyring", "Cannot remove the keyring %1.").arg(path),
                QStringLiteral("keyring.write"));
        return success();
    }
    QJsonArray list;
    for (const KeySlot& s : m_slots)
        list.append(QJsonObject{{QStringLiteral("user"), s.user}, {QStringLiteral("public_key"), b64(s.publicKey)},
            {QStringLiteral("salt"), b64(s.salt)}, {QStringLiteral("ops"), double(s.params.ops)},
            {QStringLiteral("mem"), double(s.params.mem)}, {QStringLiteral("wrapped_secret"), b64(s.wrappedSecret)},
            {QStringLiteral("sealed_key"), b64(s.sealedKey)}, {QStringLiteral("failures"), s.failures},
            {QStringLiteral("last_failed_at"), s.lastFailedAt}});
    const QJsonObject root{
        {QStringLiteral("format"), kFormat}, {QStringLiteral("pool_salt"), b64(m_poolSalt)}, {QStringLiteral("slots"), list}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0 || !f.commit())
        return fail(QCoreApplication::translate("Keyring", "Cannot write the keyring %1: %2").arg(path, f.errorString()),
            QStringLiteral("keyring.write"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

Status Keyring::edit(const QString& poolPath, const std::function<Status(Keyring&)>& change)
{
    const KeyringLock lock(poolPath);
    auto ring = lock.load(poolPath);
    if (!ring)
        return ring.error();
    if (Status s = change(*ring); !s)
        return s;
    return ring->saveFor(poolPath);
}

const KeySlot* Keyring::slot(const QString& user) const
{
    for (const KeySlot& s : m_slots)
        if (s.user == user)
            return &s;
    return nullptr;
}

void Keyring::remove(const QString& user)
{
    std::erase_if(m_slots, [&](const KeySlot& s) { return s.user == user; });
}

void Keyring::unlockSlot(const QString& user)
{
    for (KeySlot& s : m_slots)
        if (s.user == user) {
            s.failures = 0;
            s.lastFailedAt.clear();
        }
}

Status Keyring::put(const QString& user, const QByteArray& password, const SecretKey& poolKey)
{
    KeySlot s;
    s.user = user;
    s.params = poolKey.params();
    auto kek = SecretKey::derive(password, {}, s.params);
    if (!kek)
        return kek.error();
    s.salt = QByteArray(reinterpret_cast<const char*>((*kek)->salt().data()), kSaltBytes);
    s.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    const auto secret = SecretKey::filled(
        [&](unsigned char* sk) { return crypto_box_keypair(reinterpret_cast<unsigned char*>(s.publicKey.data()), sk) == 0; });
    s.wrappedSecret.resize(kNonceBytes + kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    auto* out = reinterpret_cast<unsigned char*>(s.wrappedSecret.data());
    randombytes_buf(out, kNonceBytes);
    const QByteArray ad = slotAd(user);
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonceBytes, nullptr, secret->bytes(), kKeyBytes,
        reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()), nullptr, out, (*kek)->bytes());
    s.sealedKey.resize(kKeyBytes + crypto_box_SEALBYTES);
    crypto_box_seal(reinterpret_cast<unsigned char*>(s.sealedKey.data()), poolKey.bytes(), kKeyBytes,
        reinterpret_cast<const unsigned char*>(s.publicKey.constData()));
    m_poolSalt = QByteArray(reinterpret_cast<const char*>(poolKey.salt().data()), kSaltBytes);
    remove(user);
    m_slots.push_back(std::move(s));
    return success();
}

Keyring Keyring::resealed(const SecretKey& poolKey, const std::map<QString, QByteArray>& publicKeys) const
{
    Keyring out;
    out.m_poolSalt = QByteArray(reinterpret_cast<const char*>(poolKey.salt().data()), kSaltBytes);
    for (const KeySlot& old : m_slots) {
        const auto recorded = publicKeys.find(old.user);
        if (recorded == publicKeys.end() || recorded->second != old.publicKey)
            continue; // not a user of this pool, or a key the pool never gave them
        KeySlot s = old;
        s.sealedKey.resize(kKeyBytes + crypto_box_SEALBYTES);
        crypto_box_seal(reinterpret_cast<unsigned char*>(s.sealedKey.data()), poolKey.bytes(), kKeyBytes,
            reinterpret_cast<const unsigned char*>(recorded->second.constData()));
        out.m_slots.push_back(std::move(s));
    }
    return out;
}

Result<Unlocked> Keyring::unlock(const QString& poolPath, const QString& user, const QByteArray& password, const QDateTime& now)
{
    const auto header = headerOf(poolPath);
    if (!header)
        return fail(QCoreApplication::translate("Keyring", "%1 is not an encrypted pool.").arg(poolPath),
            QStringLiteral("keyring.not-encrypted"));
    const KeyringLock lock(poolPath);
    auto ring = lock.load(poolPath);
    if (!ring)
        return ring.error();
    auto found = std::find_if(ring->m_slots.begin(), ring->m_slots.end(), [&](const KeySlot& s) { return s.user == user; });
    if (found == ring->m_slots.end()) {
        // As slow as a known name with a wrong password: the time tells no one which names exist.
        [[maybe_unused]] auto decoy = SecretKey::derive(password + QByteArray(8, '*'), {}, header->params);
        return wrongPassword();
    }
    KeySlot& slot = *found;
    // A slot costs at most what the pool's own key costs (or MODERATE): an edited keyring cannot
    // make a login take a gigabyte.
    const KdfParams most{
        std::max(header->params.ops, KdfParams::pool().ops), std::max(header->params.mem, KdfParams::pool().mem)};
    if (slot.params.ops > most.ops || slot.params.mem > most.mem)
        return damaged(pathFor(poolPath), QCoreApplication::translate("Keyring", "slot of \"%1\"").arg(user));
    const QDateTime lastFailed = QDateTime::fromString(slot.lastFailedAt, Qt::ISODate);
    const bool clockBack = lastFailed.isValid() && now < lastFailed;
    const QDateTime lockedUntil = lastFailed.addSecs(kLockMinutes * 60);
    if (slot.failures >= kMaxFailures && lockedUntil > now) // a clock set back stays inside the lock
        return fail(QCoreApplication::translate("UserStore",
                        "Too many failed logins: this user is locked until %1, or until the administrator unlocks it.")
                        .arg(lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            QStringLiteral("login.locked"));

    std::shared_ptr<const SecretKey> key;
    if (auto kek = SecretKey::derive(password, slot.salt, slot.params)) {
        const QByteArray ad = slotAd(user);
        const auto* in = reinterpret_cast<const unsigned char*>(slot.wrappedSecret.constData());
        const auto secret = SecretKey::filled([&](unsigned char* sk) {
            unsigned long long length = 0;
            return crypto_aead_xchacha20poly1305_ietf_decrypt(sk, &length, nullptr, in + kNonceBytes,
                       quint64(slot.wrappedSecret.size() - kNonceBytes), reinterpret_cast<const unsigned char*>(ad.constData()),
                       quint64(ad.size()), in, (*kek)->bytes()) == 0 &&
                length == kKeyBytes;
        });
        if (secret)
            key = SecretKey::filled(
                [&](unsigned char* out) {
                    return crypto_box_seal_open(out, reinterpret_cast<const unsigned char*>(slot.sealedKey.constData()),
                               quint64(slot.sealedKey.size()), reinterpret_cast<const unsigned char*>(slot.publicKey.constData()),
                               secret->bytes()) == 0;
                },
                header->salt, header->params);
    }
    if (key && !opensFirstPage(poolPath, *key))
        return fail(QCoreApplication::translate("Keyring",
                        "The password is right, but the keyring beside %1 belongs to another copy of the pool. Open it "
                        "with the pool passphrase; the administrator then sets the users' passwords again.")
                        .arg(poolPath),
            QStringLiteral("keyring.stale"));
    if (!key) {
        slot.failures += 1;
        slot.lastFailedAt = (clockBack ? lastFailed : now).toString(Qt::ISODate);
        if (Status s = ring->saveFor(poolPath); !s)
            return s.error(); // a wrong password that cannot be counted is not allowed to try again
        return wrongPassword();
    }
    Unlocked done{key, slot.failures, slot.lastFailedAt};
    if (slot.failures > 0) {
        slot.failures = 0;
        slot.lastFailedAt.clear();
        if (Status s = ring->saveFor(poolPath); !s)
            return s.error();
    }
    return done;
}

} // namespace cluedesk::crypto
