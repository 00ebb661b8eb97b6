// Each user's own password opens an encrypted pool through a key slot of their own, so the pool
// passphrase is no secret every assistant must know. The slot format is checked with libsodium
// directly, independently of the code that writes it; the attacks are a disabled user, a keyring
// whose public key was swapped, and guessing passwords.
#include "TestSupport.h"

#include "security/AuditLog.h"
#include "security/CryptoVfs.h"
#include "security/Keyring.h"
#include "security/PoolCrypto.h"
#include "security/PoolLogin.h"
#include "security/UserStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <sodium.h>

using namespace cluedesk;

namespace {

const QByteArray kPassphrase = "office passphrase 2024";
const QByteArray kAdminPw = "admin password", kAssistantPw = "assistant password";

struct EncryptedOffice {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.pool"));

    EncryptedOffice()
    {
        PoolOptions o;
        o.create = true;
        o.passphrase = kPassphrase;
        o.kdf = crypto::KdfParams::interactive(); // the cost is not under test
        auto pool = Pool::open(path, o);
        REQUIRE(pool);
        UserStore users(**pool);
        REQUIRE(users.add(QStringLiteral("admin"), QStringLiteral("administrator"), kAdminPw));
        REQUIRE(users.add(QStringLiteral("xiaoli"), QStringLiteral("assistant"), kAssistantPw));
    }
    Result<std::unique_ptr<Pool>> as(const QString& user, const QByteArray& password) const
    {
        return PoolLogin::open(path, {}, user, password);
    }
    std::unique_ptr<Pool> admin() const
    {
        auto pool = as(QStringLiteral("admin"), kAdminPw);
        INFO((pool ? QString() : pool.error().message).toStdString());
        REQUIRE(pool);
        return std::move(*pool);
    }
    QJsonObject keyring() const
    {
        QFile f(crypto::Keyring::pathFor(path));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    // Rewrites every slot of the keyring file with edit, as someone with the file could.
    void editSlots(const std::function<void(QJsonObject&)>& edit) const
    {
        QJsonObject ring = keyring();
        QJsonArray list = ring.value(QStringLiteral("slots")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            QJsonObject s = list[i].toObject();
            edit(s);
            list[i] = s;
        }
        ring[QStringLiteral("slots")] = list;
        QFile f(crypto::Keyring::pathFor(path));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(ring).toJson());
    }
    QJsonObject slotOf(const QString& user) const
    {
        for (const QJsonValue& v : keyring().value(QStringLiteral("slots")).toArray())
            if (v.toObject().value(QStringLiteral("user")).toString() == user)
                return v.toObject();
        return {};
    }
};

QByteArray bytes(const QJsonObject& o, const char* field)
{
    return QByteArray::fromBase64(o.value(QLatin1String(field)).toString().toLatin1());
}

// The pool key as the passphrase makes it, with libsodium alone: Argon2id over the header's salt
// (page 1, bytes 0-16) with the limits the test chose.
QByteArray keyFromPassphrase(const QString& path, const QByteArray& passphrase)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray salt = f.read(crypto_pwhash_SALTBYTES);
    QByteArray key(32, '\0');
    REQUIRE(crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), 32, passphrase.constData(), quint64(passphrase.size()),
                reinterpret_cast<const unsigned char*>(salt.constData()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) == 0);
    return key;
}

// What a slot yields for a password, with libsodium alone; empty when it does not open.
QByteArray openSlot(const QJsonObject& slot, const QByteArray& password)
{
    const QByteArray salt = bytes(slot, "salt"), wrapped = bytes(slot, "wrapped_secret"), sealed = bytes(slot, "sealed_key"),
                     pk = bytes(slot, "public_key");
    QByteArray kek(32, '\0'), sk(32, '\0'), key(32, '\0');
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(kek.data()), 32, password.constData(), quint64(password.size()),
            reinterpret_cast<const unsigned char*>(salt.constData()), quint64(slot.value(QStringLiteral("ops")).toDouble()),
            size_t(slot.value(QStringLiteral("mem")).toDouble()), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    const QByteArray ad = "cdslot1" + slot.value(QStringLiteral("user")).toString().toUtf8();
    const auto* w = reinterpret_cast<const unsigned char*>(wrapped.constData());
    unsigned long long n = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(sk.data()), &n, nullptr, w + 24,
            quint64(wrapped.size() - 24), reinterpret_cast<const unsigned char*>(ad.constData()), quint64(ad.size()), w,
            reinterpret_cast<const unsigned char*>(kek.constData())) != 0)
        return {};
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(key.data()),
            reinterpret_cast<const unsigned char*>(sealed.constData()), quint64(sealed.size()),
            reinterpret_cast<const unsigned char*>(pk.constData()), reinterpret_cast<const unsigned char*>(sk.constData())) != 0)
        return {};
    return key;
}

} // namespace

TEST_CASE("a user's own password opens an encrypted pool, without the pool passphrase", "[security][keyring]")
{
    EncryptedOffice office;
    auto pool = office.as(QStringLiteral("xiaoli"), kAssistantPw);
    INFO((pool ? QString() : pool.error().message).toStdString());
    REQUIRE(pool);
    CHECK((*pool)->role() == QStringLiteral("assistant"));
    CHECK((*pool)->user() == QStringLiteral("xiaoli"));
    CHECK(office.as(QStringLiteral("xiaoli"), "wrong password").error().code == QStringLiteral("login.failed"));
    CHECK(office.as(QStringLiteral("nobody"), kAssistantPw).error().code == QStringLiteral("login.failed"));
    CHECK(office.as(QString(), QByteArray()).error().code == QStringLiteral("login.needed"));
    // The passphrase still opens it (the administrator's way back in).
    PoolOptions o;
    o.passphrase = kPassphrase;
    CHECK(PoolLogin::open(office.path, o, QStringLiteral("admin"), kAdminPw));
}

TEST_CASE("a slot holds the pool key, sealed, behind the user's password alone", "[security][keyring]")
{
    EncryptedOffice office;
    const QByteArray poolKey = keyFromPassphrase(office.path, kPassphrase);
    CHECK(openSlot(office.slotOf(QStringLiteral("xiaoli")), kAssistantPw) == poolKey);
    CHECK(openSlot(office.slotOf(QStringLiteral("admin")), kAdminPw) == poolKey);
    CHECK(openSlot(office.slotOf(QStringLiteral("xiaoli")), kAdminPw).isEmpty());
    // A slot moved under another user's name does not open: it is bound to its user.
    QJsonObject moved = office.slotOf(QStringLiteral("xiaoli"));
    moved[QStringLiteral("user")] = QStringLiteral("admin");
    CHECK(openSlot(moved, kAssistantPw).isEmpty());
    // Nothing in the keyring is the key or the password in the clear.
    QFile f(crypto::Keyring::pathFor(office.path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray file = f.readAll();
    CHECK_FALSE(file.contains(poolKey.toBase64()));
    CHECK_FALSE(file.contains(kAssistantPw));
    CHECK((f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

TEST_CASE("an administrator adds and disables users without re-encrypting the pool", "[security][keyring]")
{
    EncryptedOffice office;
    QFile f(office.path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray saltBefore = f.read(16);
    f.close();
    {
        auto pool = office.admin();
        REQUIRE(UserStore(*pool).add(QStringLiteral("laozhang"), QStringLiteral("prosecutor"), "prosecutor password"));
        REQUIRE(UserStore(*pool).setDisabled(QStringLiteral("xiaoli"), true));
    }
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(16) == saltBefore); // the same key: nothing was re-encrypted
    f.close();
    CHECK(office.as(QStringLiteral("laozhang"), "prosecutor password"));
    // The disabled assistant's password no longer opens the key, with ClueDesk or without it.
    CHECK_FALSE(office.as(QStringLiteral("xiaoli"), kAssistantPw));
    CHECK(office.slotOf(QStringLiteral("xiaoli")).isEmpty());
    // Enabled again, she needs a new password from the administrator to get a slot back.
    {
        auto pool = office.admin();
        REQUIRE(UserStore(*pool).setDisabled(QStringLiteral("xiaoli"), false));
        REQUIRE(UserStore(*pool).setPassword(QStringLiteral("xiaoli"), "a new password"));
    }
    CHECK(office.as(QStringLiteral("xiaoli"), "a new password"));
    CHECK_FALSE(office.as(QStringLiteral("xiaoli"), kAssistantPw));
}

TEST_CASE("a re-key seals the new key to the public keys the pool records, not the keyring's", "[security][keyring]")
{
    EncryptedOffice office;
    // The attacker, who can write the keyring but not the pool, swaps in a public key of theirs,
    // hoping the next re-key seals the new key to it.
    unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(pk, sk);
    office.editSlots([&](QJsonObject& s) {
        if (s.value(QStringLiteral("user")).toString() == QStringLiteral("xiaoli"))
            s[QStringLiteral("public_key")] = QString::fromLatin1(QByteArray(reinterpret_cast<char*>(pk), sizeof pk).toBase64());
    });

    auto pool = office.admin();
    REQUIRE(PoolCrypto::rekey(pool, "a brand new passphrase"));
    for (const QJsonValue& v : office.keyring().value(QStringLiteral("slots")).toArray()) {
        const QByteArray sealed = bytes(v.toObject(), "sealed_key");
        unsigned char out[32];
        CHECK(crypto_box_seal_open(
                  out, reinterpret_cast<const unsigned char*>(sealed.constData()), quint64(sealed.size()), pk, sk) != 0);
    }
    CHECK(office.slotOf(QStringLiteral("xiaoli")).isEmpty()); // her tampered slot was dropped
    // The administrator's slot follows the new key; the old passphrase is gone.
    CHECK(office.as(QStringLiteral("admin"), kAdminPw));
    PoolOptions old;
    old.passphrase = kPassphrase;
    CHECK(Pool::open(office.path, old).error().code == QStringLiteral("pool.wrong-passphrase"));
}

TEST_CASE("a re-key keeps every user's password working; a keyring copied before it does not", "[security][keyring]")
{
    EncryptedOffice office;
    QFile::copy(crypto::Keyring::pathFor(office.path), office.dir.filePath(QStringLiteral("old.keys")));
    {
        auto pool = office.admin();
        REQUIRE(PoolCrypto::rekey(pool, "a brand new passphrase"));
    }
    CHECK(office.as(QStringLiteral("xiaoli"), kAssistantPw));
    QFile::remove(crypto::Keyring::pathFor(office.path));
    QFile::copy(office.dir.filePath(QStringLiteral("old.keys")), crypto::Keyring::pathFor(office.path));
    CHECK(office.as(QStringLiteral("xiaoli"), kAssistantPw).error().code == QStringLiteral("keyring.stale"));
}

TEST_CASE("wrong passwords lock the slot before the pool is open, and reach the audit log later", "[security][keyring]")
{
    EncryptedOffice office;
    const QDateTime now = QDateTime::currentDateTime();
    const QString xiaoli = QStringLiteral("xiaoli");
    for (int i = 0; i < crypto::Keyring::kMaxFailures; ++i)
        CHECK(crypto::Keyring::unlock(office.path, xiaoli, "guess number " + QByteArray::number(i), now).error().code ==
            QStringLiteral("login.failed"));
    CHECK(office.slotOf(xiaoli).value(QStringLiteral("failures")).toInt() == crypto::Keyring::kMaxFailures);
    // Locked: even the right password is refused, and setting the clock back does not help.
    CHECK(crypto::Keyring::unlock(office.path, xiaoli, kAssistantPw, now).error().code == QStringLiteral("login.locked"));
    CHECK(crypto::Keyring::unlock(office.path, xiaoli, kAssistantPw, now.addDays(-1)).error().code ==
        QStringLiteral("login.locked"));
    auto later = crypto::Keyring::unlock(office.path, xiaoli, kAssistantPw, now.addSecs(16 * 60));
    REQUIRE(later);
    CHECK(later->failuresBefore == crypto::Keyring::kMaxFailures);
    CHECK(office.slotOf(xiaoli).value(QStringLiteral("failures")).toInt() == 0);

    // Through the login, the failures counted at the keyring are written to the pool's log.
    CHECK_FALSE(office.as(xiaoli, "one more guess"));
    auto pool = office.admin();
    bool logged = false;
    for (const AuditEntry& e : AuditLog(*pool).list({QStringLiteral("login.failed"), {}, {}, 50}))
        logged = logged || (e.subject == xiaoli && e.detail.startsWith(QStringLiteral("1 wrong password")));
    CHECK_FALSE(logged); // not yet: xiaoli has not logged in since
    pool.reset();
    REQUIRE(office.as(xiaoli, kAssistantPw));
    pool = office.admin();
    for (const AuditEntry& e : AuditLog(*pool).list({QStringLiteral("login.failed"), {}, {}, 50}))
        logged = logged || (e.subject == xiaoli && e.detail.startsWith(QStringLiteral("1 wrong password")));
    CHECK(logged);
    // The administrator's unlock lifts a slot's lock too.
    pool.reset();
    for (int i = 0; i < crypto::Keyring::kMaxFailures; ++i)
        CHECK_FALSE(office.as(xiaoli, "guess " + QByteArray::number(i)));
    CHECK(office.as(xiaoli, kAssistantPw).error().code == QStringLiteral("login.locked"));
    pool = office.admin();
    REQUIRE(UserStore(*pool).unlock(xiaoli));
    pool.reset();
    CHECK(office.as(xiaoli, kAssistantPw));
}

TEST_CASE("backups and restores carry the users' slots, sealed to the copy's key", "[security][keyring]")
{
    EncryptedOffice office;
    const QString backup = office.dir.filePath(QStringLiteral("office.bak"));
    {
        auto pool = office.admin();
        REQUIRE(PoolCrypto::backup(*pool, backup, "backup passphrase"));
    }
    CHECK(PoolLogin::open(backup, {}, QStringLiteral("xiaoli"), kAssistantPw));
    CHECK(openSlot(office.slotOf(QStringLiteral("xiaoli")), kAssistantPw) != keyFromPassphrase(backup, "backup passphrase"));
    const QString restored = office.dir.filePath(QStringLiteral("restored.pool"));
    REQUIRE(PoolCrypto::restore(backup, "backup passphrase", restored, "laptop passphrase"));
    auto pool = PoolLogin::open(restored, {}, QStringLiteral("xiaoli"), kAssistantPw);
    INFO((pool ? QString() : pool.error().message).toStdString());
    CHECK(pool);
}

TEST_CASE("a user of a pool made before key slots gets one at the next login", "[security][keyring]")
{
    EncryptedOffice office;
    QFile::remove(crypto::Keyring::pathFor(office.path)); // as an older ClueDesk left it
    CHECK(office.as(QStringLiteral("xiaoli"), kAssistantPw).error().code == QStringLiteral("pool.needs-passphrase"));
    PoolOptions o;
    o.passphrase = kPassphrase;
    REQUIRE(PoolLogin::open(office.path, o, QStringLiteral("xiaoli"), kAssistantPw));
    CHECK(office.as(QStringLiteral("xiaoli"), kAssistantPw));
    CHECK_FALSE(office.as(QStringLiteral("admin"), kAdminPw)); // the administrator has not logged in since
}

TEST_CASE("a keyring edited to make a login cost a gigabyte is refused before any work", "[security][keyring]")
{
    EncryptedOffice office;
    office.editSlots([](QJsonObject& s) { s[QStringLiteral("mem")] = double(crypto_pwhash_MEMLIMIT_SENSITIVE); });
    CHECK(office.as(QStringLiteral("xiaoli"), kAssistantPw).error().code == QStringLiteral("keyring.damaged"));
}
