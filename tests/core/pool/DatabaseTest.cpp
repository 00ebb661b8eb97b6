#include "pool/Database.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <sqlite3.h>

using namespace cluedesk;

TEST_CASE("SQLite keeps no statistics of its memory, so allocations take no process-wide lock", "[pool][sqlite]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")), true);
    db->exec(QStringLiteral("CREATE TABLE t(x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                            "i < 1000) INSERT INTO t SELECT hex(randomblob(64)) FROM n"));
    REQUIRE(db->scalar(QStringLiteral("SELECT count(*) FROM t")).toInt() == 1000);
    // With statistics on (SQLite's default), both count every byte held and the most ever held.
    CHECK(sqlite3_memory_used() == 0);
    CHECK(sqlite3_memory_highwater(0) == 0);
}
