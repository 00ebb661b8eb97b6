// Encryption at rest: no plain text on disk, wrong passphrases and tampering detected, plain
// sqlite3 locked out, plain pools converted, backups encrypted and restorable.
#include "pool/Pool.h"
#include "security/CryptoVfs.h"
#include "security/PoolCrypto.h"
#include "util/Sha256.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <sqlite3.h>

using namespace cluedesk;

namespace {

const QByteArray kPass = "correct horse battery";
const QString kMarker = QStringLiteral("机密标记-张三丰-330382198705061238");

std::unique_ptr<Pool> openPool(const QString& path, const QByteArray& passphrase, bool create = false)
{
    PoolOptions o;
    o.create = create;
    o.passphrase = passphrase;
    auto p = Pool::open(path, o);
    INFO(p.errorMessage().toStdString());
    REQUIRE(p.ok());
    return std::move(*p);
}

void fill(Pool& pool, int rows)
{
    pool.setSetting(QStringLiteral("note"), kMarker);
    pool.db().exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bulk(n INTEGER, text TEXT)"));
    Transaction tx(pool.db());
    for (int i = 0; i < rows; ++i)
        pool.db()
            .prepare(QStringLiteral("INSERT INTO bulk VALUES(?1, ?2)"))
            .bind(1, i)
            .bind(2, kMarker + QString::number(i))
            .run();
    tx.commit();
}

bool holds(const QString& path, const QByteArray& needle)
{
    return QFile::exists(path) && testing::readFile(path).contains(needle);
}

} // namespace

TEST_CASE("an encrypted pool keeps no plain text in its file, WAL or elsewhere", "[security][crypto]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.pool"));
    {
        auto pool = openPool(path, kPass, true);
        CHECK(pool->encrypted());
        fill(*pool, 3000); // many pages, some still in the WAL
        CHECK(QFile::exists(path + QStringLiteral("-wal")));
        for (const QString& f : QDir(dir.path()).entryList(QDir::Files)) {
            INFO(f.toStdString());
            CHECK_FALSE(holds(dir.filePath(f), kMarker.toUtf8()));
            CHECK_FALSE(holds(dir.filePath(f), QByteArray("330382198705061238")));
            CHECK_FALSE(holds(dir.filePath(f), QByteArray("CREATE TABLE")));
        }
        CHECK(QDir(dir.path()).entryList(QDir::Files).size() <= 3); // the pool, its WAL and shared-memory index
    }
    CHECK(crypto::isEncrypted(path));
    CHECK_FALSE(holds(path, QByteArray("SQLite format 3")));
    auto again = openPool(path, kPass);
    CHECK(again->setting(QStringLiteral("note")) == kMarker);
    CHECK(again->db().scalar(QStringLiteral("SELECT count(*) FROM bulk")).toInt() == 3000);
    CHECK(again->db().scalar(QStringLiteral("PRAGMA quick_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("plain sqlite3 cannot read an encrypted pool", "[security][crypto]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.pool"));
    fill(*openPool(path, kPass, true), 10);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    CHECK(rc == SQLITE_NOTADB);
    sqlite3_close(db);
}

TEST_CASE("a wrong or missing passphrase gives a clear message and never changes the file", "[security][crypto]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.pool"));
    fill(*openPool(path, kPass, true), 10);
    const QString before = Sha256::ofBytes(testing::readFile(path));
    PoolOptions wrong;
    wrong.passphrase = "incorrect horse";
    auto r = Pool::open(path, wrong);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    CHECK(r.error().code == QStringLiteral("pool.wrong-passphrase"));
    CHECK(r.error().message.contains(QStringLiteral("Wrong passphrase")));
    CHECK(Pool::open(path).error().code == QStringLiteral("pool.needs-passphrase"));
    CHECK(Sha256::ofBytes(testing::readFile(path)) == before);
    CHECK(openPool(path, kPass)->setting(QStringLiteral("note")) == kMarker);
    // a plain pool refuses a passphrase rather than staying plain unnoticed
    const QString plain = dir.filePath(QStringLiteral("plain.pool"));
    openPool(plain, {}, true);
    CHECK(Pool::open(plain, wrong).error().code == QStringLiteral("pool.not-encrypted"));
}

TEST_CASE("a changed byte anywhere in a page is detected", "[security][crypto]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.pool"));
    fill(*openPool(path, kPass, true), 2000);
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
    QByteArray bytes = testing::readFile(path);
    REQUIRE(bytes.size() > 8 * crypto::kPageSize);
    const qsizetype at = bytes.size() - crypto::kPageSize * 3 + 1234; // inside a data page
    bytes[at] = char(bytes[at] ^ 0x01);
    testing::writeFile(path, bytes);
    PoolOptions o;
    o.passphrase = kPass;
    auto pool = Pool::open(path, o);
    if (!pool.ok()) {
        CHECK(pool.error().code == QStringLiteral("pool.tampered"));
        return;
    }
    bool detected = false;
    try {
        (*pool)->db().scalar(QStringLiteral("SELECT sum(length(text)) FROM bulk"));
    } catch (const DbError& e) {
        detected = e.code() == SQLITE_IOERR_DATA && e.message().contains(QStringLiteral("integrity check"));
    }
    CHECK(detected);
}

TEST_CASE("a plain pool is converted; backups are encrypted and restore", "[security][crypto]")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.pool"));
    fill(*openPool(plain, {}, true), 500);
    const QString encrypted = dir.filePath(QStringLiteral("encrypted.pool"));
    Status s = PoolCrypto::encryptCopy(plain, encrypted, kPass);
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());
    CHECK(crypto::isEncrypted(encrypted));
    CHECK_FALSE(holds(encrypted, kMarker.toUtf8()));
    CHECK(PoolCrypto::encryptCopy(plain, encrypted, kPass).error().code == QStringLiteral("crypto.exists"));
    {
        auto pool = openPool(encrypted, kPass);
        CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM bulk")).toInt() == 500);
        fill(*pool, 10); // keeps working after the conversion

        const QString backup = dir.filePath(QStringLiteral("backup.cdbak"));
        const auto head = PoolCrypto::backup(*pool, backup, "backup passphrase");
        INFO(head.errorMessage().toStdString());
        REQUIRE(head.ok());
        CHECK(testing::readFile(backup + QStringLiteral(".audit-head")).trimmed() == head->toUtf8());
        CHECK(crypto::isEncrypted(backup));
        CHECK_FALSE(holds(backup, kMarker.toUtf8()));
        PoolOptions o;
        o.passphrase = kPass;
        CHECK(Pool::open(backup, o).error().code == QStringLiteral("pool.wrong-passphrase"));

        const QString restored = dir.filePath(QStringLiteral("restored.pool"));
        s = PoolCrypto::restore(backup, "backup passphrase", restored, "new office passphrase");
        INFO(s.errorMessage().toStdString());
        REQUIRE(s.ok());
        auto back = openPool(restored, "new office passphrase");
        CHECK(back->db().scalar(QStringLiteral("SELECT count(*) FROM bulk")).toInt() == 510);
        CHECK(back->setting(QStringLiteral("note")) == kMarker);
    }
    // a plain pool can be backed up too, and the backup is encrypted
    auto plainPool = openPool(plain, {});
    const QString plainBackup = dir.filePath(QStringLiteral("plain-backup.cdbak"));
    REQUIRE(PoolCrypto::backup(*plainPool, plainBackup, kPass).ok());
    CHECK(crypto::isEncrypted(plainBackup));
    CHECK(openPool(plainBackup, kPass)->db().scalar(QStringLiteral("SELECT count(*) FROM bulk")).toInt() == 500);
}

TEST_CASE("a transaction larger than the page cache survives closing and opening again", "[security][crypto]")
{
    // The cache spills pages to the WAL before the commit and SQLite rewrites such frames in
    // place when the same page changes again; then it rewrites their checksums.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enc.pool"));
    {
        auto pool = openPool(path, kPass, true);
        Database& db = pool->db();
        db.exec(QStringLiteral("PRAGMA cache_size = 20"));
        db.exec(QStringLiteral("CREATE TABLE big(n INTEGER PRIMARY KEY, x TEXT)"));
        Transaction tx(db);
        db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                               "INSERT INTO big SELECT i, hex(randomblob(100)) FROM n"));
        db.exec(QStringLiteral("UPDATE big SET x = x || 'a' WHERE n % 3 = 0"));
        db.exec(QStringLiteral("UPDATE big SET x = x || 'b' WHERE n % 5 = 0"));
        tx.commit();
    }
    auto pool = openPool(path, kPass);
    CHECK(pool->db().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM big WHERE x GLOB '*ab'")).toInt() == 20000 / 15);
}
