#include "pool/Pool.h"
#include "pool/Database.h"
#include "pool/DatasetStore.h"
#include "pool/Schema.h"

#include "TestSupport.h"

#include <QTemporaryDir>

using namespace cluedesk;

namespace {

// A pool file left at schema 14 with the rows the SQL inserts; returns its path.
QString schema14Pool(const QTemporaryDir& dir, const QString& sql)
{
    const QString path = dir.filePath(QStringLiteral("v14.pool"));
    auto db = Database::open(path, true);
    Schema::migrate(*db, 14);
    db->exec(sql);
    return path;
}

} // namespace

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

TEST_CASE("a pool of schema 14 keeps one index on persons, and a person's rows are found in every version", "[pool][migration]")
{
    QTemporaryDir dir;
    const QString path = schema14Pool(dir,
        QStringLiteral(
            "INSERT INTO datasets(id, type, as_of, imported_at, imported_by) VALUES(1, 'subsistence', '2024-01-31', 'x', 'old'), "
            "(2, 'subsistence', '2024-02-29', 'x', 'old'), (3, 'disabled', '2024-02-29', 'x', 'old');"
            "INSERT INTO records(id, dataset_id, file_id, row_no, data) VALUES(10, 1, 1, 2, '{}'), (11, 2, 1, 2, '{}'), "
            "(12, 2, 1, 3, '{}'), (13, 3, 1, 2, '{}');"
            "INSERT INTO record_persons(record_id, dataset_id, role, person_key, id_written) VALUES"
            "(10, 1, 'person', '330382198705061238', ''), (11, 2, 'person', '330382198705061238', ''), "
            "(12, 2, 'person', '330382194001010004', ''), (13, 3, 'guardian', '330382198705061238', '')"));
    auto pool = Pool::open(path);
    REQUIRE(pool.ok());
    Database& db = (*pool)->db();
    CHECK(db.scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND tbl_name = 'record_persons'"))
              .toString() == QStringLiteral("record_persons_dataset_person"));
    Statement st = db.prepare(QStringLiteral("SELECT group_concat(record_id) FROM (SELECT record_id FROM record_persons rp "
                                             "WHERE %1 ORDER BY record_id)")
                                  .arg(DatasetStore::personRowsSql(u"rp", u"= '330382198705061238'")));
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("10,11,13"));
    CHECK(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE(
    "opening an older pool says it upgrades, and again while it does; a new or current pool says nothing", "[pool][migration]")
{
    QTemporaryDir dir;
    // Enough persons that rebuilding their index takes many steps of SQLite's machine.
    const QString path = schema14Pool(dir,
        QStringLiteral(
            "INSERT INTO datasets(id, type, as_of, imported_at, imported_by) VALUES(1, 'subsistence', '2024-01-31', 'x', 'old');"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
            "INSERT INTO record_persons(record_id, dataset_id, role, person_key, id_written) "
            "SELECT i, 1, 'person', printf('3303821987%08d', i), '' FROM n"));
    std::vector<std::pair<int, int>> told;
    PoolOptions options;
    options.upgrading = [&](int from, int to) { told.emplace_back(from, to); };
    {
        auto pool = Pool::open(path, options);
        REQUIRE(pool.ok());
        CHECK(Schema::versionOf((*pool)->db()) == Schema::latestVersion());
    }
    REQUIRE(told.size() >= 2); // before the first step, and while the index is rebuilt
    for (const auto& [from, to] : told) {
        CHECK(from == 14);
        CHECK(to == Schema::latestVersion());
    }
    told.clear();
    {
        auto again = Pool::open(path, options);
        REQUIRE(again.ok());
        CHECK((*again)->db().scalar(QStringLiteral("SELECT count(*) FROM record_persons")).toInt() == 20000);
    }
    options.create = true;
    REQUIRE(Pool::open(dir.filePath(QStringLiteral("new.pool")), options).ok());
    CHECK(told.empty());
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
