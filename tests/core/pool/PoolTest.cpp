#include "pool/Pool.h"
#include "pool/Database.h"
#include "pool/Schema.h"

#include "TestSupport.h"

#include <QTemporaryDir>

using namespace cluedesk;

TEST_CASE("opening a missing pool without create says so", "[pool]")
{
    QTemporaryDir dir;
    auto r = Pool::open(dir.filePath(QStringLiteral("none.pool")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("pool.missing"));
}

TEST_CASE("files that are no pool are refused without being changed", "[pool]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.pool"));
    testing::writeFile(text, QByteArray(8192, 'x'));
    auto r = Pool::open(text);
    REQUIRE_FALSE(r.ok());
    CHECK(testing::readFile(text) == QByteArray(8192, 'x'));

    const QString other = dir.filePath(QStringLiteral("other.db"));
    {
        auto db = Database::open(other, true);
        db->exec(QStringLiteral("CREATE TABLE t(x)"));
    }
    auto foreign = Pool::open(other);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == QStringLiteral("pool.foreign"));
    CHECK(Pool::open(dir.path()).error().code == QStringLiteral("pool.is-folder"));
}

TEST_CASE("a new pool is in WAL mode at the latest schema, with settings", "[pool]")
{
    testing::TempPool pool;
    CHECK(Schema::versionOf(pool->db()) == Schema::latestVersion());
    CHECK(pool->db().scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pool->db().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK_FALSE(pool->setting(QStringLiteral("pool.id")).isEmpty());
    pool->setSetting(QStringLiteral("county.prefix"), QStringLiteral("330382"));
    CHECK(pool->setting(QStringLiteral("county.prefix")) == QStringLiteral("330382"));
    CHECK(pool->setting(QStringLiteral("absent"), QStringLiteral("fallback")) == QStringLiteral("fallback"));
}

TEST_CASE("a pool of every older schema version opens and keeps its data", "[pool][migration]")
{
    for (int version = 1; version < Schema::latestVersion() + 1; ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.pool"));
        {
            auto db = Database::open(path, true);
            Schema::migrate(*db, version);
            REQUIRE(Schema::versionOf(*db) == version);
            db->exec(
                QStringLiteral("INSERT INTO datasets(type, as_of, imported_at, imported_by) VALUES('subsistence', '2024-01-31', "
                               "'2024-02-01T09:00:00+08:00', 'old')"));
        }
        auto pool = Pool::open(path);
        REQUIRE(pool.ok());
        CHECK(Schema::versionOf((*pool)->db()) == Schema::latestVersion());
        CHECK((*pool)->db().scalar(QStringLiteral("SELECT imported_by FROM datasets")).toString() == QStringLiteral("old"));
    }
}

TEST_CASE("a pool from a newer ClueDesk is refused, not damaged", "[pool][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.pool"));
    {
        auto db = Database::open(path, true);
        Schema::migrate(*db);
        db->exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'"));
    }
    auto r = Pool::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("newer")));
    auto db = Database::open(path, false);
    CHECK(Schema::versionOf(*db) == 999);
}

TEST_CASE("a failed transaction leaves nothing behind", "[pool]")
{
    testing::TempPool pool;
    try {
        Transaction tx(pool->db());
        pool->db().exec(QStringLiteral("INSERT INTO datasets(type, as_of, imported_at, imported_by) VALUES('x', 'd', 'n', 'u')"));
        pool->db().exec(QStringLiteral("INSERT INTO no_such_table VALUES(1)"));
        tx.commit();
    } catch (const DbError&) {
    }
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM datasets")).toInt() == 0);
}
