#include "pool/DeferredIndexes.h"
#include "pool/Database.h"
#include "pool/DatasetStore.h"
#include "pool/Pool.h"

#include "TestSupport.h"

using namespace cluedesk;

namespace {

const QStringList kTables = {QStringLiteral("records"), QStringLiteral("record_persons")};

// The secondary indexes of records and record_persons, name and definition, as the pool has them.
QStringList indexes(Pool& pool)
{
    Statement st = pool.db().prepare(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' "
                                                    "AND sql IS NOT NULL AND tbl_name IN ('records', 'record_persons') "
                                                    "ORDER BY name"));
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

// How a person's rows are found, as the person's screen finds them.
QString personPlan(Pool& pool)
{
    Statement st = pool.db().prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT record_id FROM record_persons rp WHERE %1")
                                         .arg(DatasetStore::personRowsSql(u"rp", u"= '330382198705061238'")));
    QString plan;
    while (st.step())
        plan += st.text(3);
    return plan;
}

void addRows(Pool& pool, int n)
{
    DatasetStore store(pool);
    const qint64 dataset = store.createVersion(QStringLiteral("subsistence"), QString(), QStringLiteral("2026-01-01"), {});
    for (int i = 0; i < n; ++i) {
        const qint64 id = store.addRecord(dataset, 1, QString(), i + 2, QStringLiteral("{}"));
        store.addPerson(id, dataset, QStringLiteral("person"), QStringLiteral("33038219870506%1").arg(1000 + i), QString(),
            QStringLiteral("人"), QString());
    }
}

} // namespace

TEST_CASE("a load into an empty pool drops the secondary indexes and builds them again as defined", "[pool][indexes]")
{
    testing::TempPool pool;
    const QStringList schema = indexes(*pool);
    // What the schema defines, written out: if it changes, this list says what to check.
    REQUIRE(schema.size() == 2);
    CHECK(schema.join(u'\n').contains(QStringLiteral("record_persons_dataset_person: CREATE INDEX record_persons_dataset_person "
                                                     "ON record_persons(dataset_id, person_key, role)")));
    Transaction tx(pool->db());
    DeferredIndexes deferred(pool->db(), kTables, 1000);
    CHECK(deferred.deferred());
    CHECK(indexes(*pool).isEmpty());
    addRows(*pool, 50);
    deferred.rebuild();
    tx.commit();
    CHECK(indexes(*pool) == schema);
    CHECK(personPlan(*pool).contains(QStringLiteral("record_persons_dataset_person (dataset_id=? AND person_key=?)")));
    CHECK(pool->db().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("a load much smaller than the pool keeps the indexes and writes into them", "[pool][indexes]")
{
    testing::TempPool pool;
    const QStringList schema = indexes(*pool);
    addRows(*pool, 200);
    Transaction tx(pool->db());
    DeferredIndexes kept(pool->db(), kTables, 199);
    CHECK_FALSE(kept.deferred());
    CHECK(indexes(*pool) == schema);
    DeferredIndexes dropped(pool->db(), kTables, 200); // as large as the pool: rebuilt
    CHECK(dropped.deferred());
    dropped.rebuild();
    tx.commit();
    CHECK(indexes(*pool) == schema);
}

TEST_CASE("a load that fails before its commit leaves the indexes in place", "[pool][indexes]")
{
    testing::TempPool pool;
    const QStringList schema = indexes(*pool);
    {
        Transaction tx(pool->db());
        DeferredIndexes deferred(pool->db(), kTables, 1000);
        REQUIRE(indexes(*pool).isEmpty());
        addRows(*pool, 10);
    } // rolled back, rebuild never called
    CHECK(indexes(*pool) == schema);
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM records")).toInt() == 0);
    CHECK(personPlan(*pool).contains(QStringLiteral("record_persons_dataset_person (dataset_id=? AND person_key=?)")));
}
