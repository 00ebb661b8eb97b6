// Re-runs: what a model keeps, renews and skips when it runs again, what a cancel leaves, and
// several models at a time.
#include "ScreeningTestSupport.h"

#include "pool/DatasetStore.h"

using namespace cluedesk;
using namespace screening_test;
using testing::PoolBuilder;

namespace {

QString id(int n)
{
    return PoolBuilder::person(QDate(1955, 1, 1).addDays(n * 41), n);
}

} // namespace

TEST_CASE("re-runs: the same clue stays, is marked gone and comes back, review state kept", "[screening][rerun]")
{
    testing::TempPool pool;
    const QString victim = id(1), other = id(2);
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {vh, {QStringLiteral("故意伤害"), QStringLiteral("甲"), victim},
                {QStringLiteral("故意伤害"), QStringLiteral("乙"), other}})
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), victim}, {QStringLiteral("乙"), other}},
            QStringLiteral("2024-05-31"))
        .importAll();
    auto r1 = run(*pool, "uncompensated-victims-in-hardship");
    CHECK(r1.added == 2);
    const qint64 clueId = clueOf(*pool, "uncompensated-victims-in-hardship", victim).id;
    pool->db().prepare(QStringLiteral("UPDATE clues SET status = 'verifying' WHERE id = ?1")).bind(1, clueId).run();

    // Nothing changed: the model is not run again and says so.
    auto same = run(*pool, "uncompensated-victims-in-hardship");
    CHECK(same.skipped);
    CHECK(same.runId == r1.runId);
    CHECK(same.clues == 2);
    CHECK(clueOf(*pool, "uncompensated-victims-in-hardship", victim).presence == QStringLiteral("new"));

    auto r2 = run(*pool, "uncompensated-victims-in-hardship", true);
    CHECK_FALSE(r2.skipped);
    CHECK(r2.added == 0);
    CHECK(r2.stillPresent == 2);
    CHECK(clueOf(*pool, "uncompensated-victims-in-hardship", victim).presence == QStringLiteral("present"));

    // June's list no longer has 甲: the clue is gone, not deleted.
    PoolBuilder(pool)
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("乙"), other}}, QStringLiteral("2024-06-30"))
        .importAll();
    auto r3 = run(*pool, "uncompensated-victims-in-hardship");
    CHECK(r3.gone == 1);
    CHECK(clueKeys(*pool, "uncompensated-victims-in-hardship") == std::set<QString>{other});
    const ClueRow gone = clueOf(*pool, "uncompensated-victims-in-hardship", victim);
    CHECK(gone.presence == QStringLiteral("gone"));
    CHECK(gone.id == clueId);
    CHECK(gone.status == QStringLiteral("verifying"));

    // July's list has 甲 again: the same clue returns with its review state.
    PoolBuilder(pool)
        .list(QStringLiteral("subsistence"),
            {lh, {QStringLiteral("甲"), victim}, {QStringLiteral("乙"), other}, {QStringLiteral("丙"), id(3)}},
            QStringLiteral("2024-07-31"))
        .importAll();
    auto r4 = run(*pool, "uncompensated-victims-in-hardship");
    CHECK(r4.added == 0);
    const ClueRow back = clueOf(*pool, "uncompensated-victims-in-hardship", victim);
    CHECK(back.id == clueId);
    CHECK(back.presence == QStringLiteral("present"));
    CHECK(back.status == QStringLiteral("verifying"));
    CHECK(ClueStore(*pool).runs(QStringLiteral("uncompensated-victims-in-hardship")).size() == 4);
}
TEST_CASE("re-runs: a renewed clue gets the model's new wording, an open one its new path", "[screening][rerun]")
{
    testing::TempPool pool;
    const QString open = id(1), decided = id(2), fresh = id(3);
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {vh, {QStringLiteral("故意伤害"), QStringLiteral("甲"), open},
                {QStringLiteral("故意伤害"), QStringLiteral("乙"), decided},
                {QStringLiteral("故意伤害"), QStringLiteral("丙"), fresh}})
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), open}, {QStringLiteral("乙"), decided}},
            QStringLiteral("2024-05-31"))
        .importAll();
    const char* id = "uncompensated-victims-in-hardship";
    const auto catalog = DatasetCatalog::forPool(*pool);
    ModelDefinition model = builtIn(id);
    const auto first = ScreeningRunner(*pool, catalog).run(model);
    REQUIRE(first.ok());
    CHECK(first->added == 2);
    const qint64 openId = clueOf(*pool, id, open).id, decidedId = clueOf(*pool, id, decided).id;
    pool->db().prepare(QStringLiteral("UPDATE clues SET status = 'eligible' WHERE id = ?1")).bind(1, decidedId).run();

    // The office edits the model: another path for its clues, another reason; and 丙 is now on
    // the subsistence list too.
    PoolBuilder(pool)
        .list(QStringLiteral("subsistence"),
            {lh, {QStringLiteral("甲"), open}, {QStringLiteral("乙"), decided}, {QStringLiteral("丙"), fresh}},
            QStringLiteral("2024-06-30"))
        .importAll();
    model.workflow = QStringLiteral("supervision");
    model.reason = LocalText{QStringLiteral("改写后的理由"), QStringLiteral("reworded reason")};
    const auto second = ScreeningRunner(*pool, catalog).run(model);
    REQUIRE(second.ok());
    CHECK(second->added == 1);
    CHECK(second->stillPresent == 2);
    const ClueRow o = clueOf(*pool, id, open), d = clueOf(*pool, id, decided), f = clueOf(*pool, id, fresh);
    CHECK(o.id == openId);
    CHECK(d.id == decidedId);
    CHECK(o.workflow == QStringLiteral("supervision")); // still open: it follows the model
    CHECK(d.workflow == QStringLiteral("aid"));         // decided on the aid path: it stays there
    CHECK(d.status == QStringLiteral("eligible"));
    CHECK(f.workflow == QStringLiteral("supervision"));
    for (const ClueRow& c : {o, d, f}) {
        CHECK(c.reasonZh == QStringLiteral("改写后的理由"));
        CHECK(c.presence == (c.id == f.id ? QStringLiteral("new") : QStringLiteral("present")));
    }
    CHECK(o.firstSeenAt <= o.lastSeenAt);
}
TEST_CASE("re-runs: a clue found again keeps its evidence rows when they are the same", "[screening][rerun]")
{
    testing::TempPool pool;
    const QString victim = id(1);
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"), {vh, {QStringLiteral("故意伤害"), QStringLiteral("甲"), victim}})
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), victim}}, QStringLiteral("2024-05-31"))
        .importAll();
    const char* model = "uncompensated-victims-in-hardship";
    const qint64 firstRun = run(*pool, model).runId;
    const qint64 clueId = clueOf(*pool, model, victim).id;
    // The evidence as stored: the run that wrote each row and the record it is about.
    const auto evidence = [&] {
        std::set<std::pair<qint64, qint64>> rows;
        Statement st = pool->db().prepare(QStringLiteral("SELECT run_id, record_id FROM clue_evidence WHERE clue_id = ?1"));
        st.bind(1, clueId);
        while (st.step())
            rows.insert({st.int64(0), st.int64(1)});
        return rows;
    };
    const auto recordsOf = [&](const QString& type) {
        std::set<qint64> ids;
        Statement st = pool->db().prepare(QStringLiteral(
            "SELECT r.id FROM records r JOIN datasets d ON d.id = r.dataset_id WHERE d.type = ?1 AND d.status = 'active'"));
        st.bind(1, type);
        while (st.step())
            ids.insert(st.int64(0));
        return ids;
    };
    const auto first = evidence();
    REQUIRE(first.size() == 2);
    CHECK(first.begin()->first == firstRun);

    // Run again by force over the same lists: the same evidence rows, not deleted and rewritten.
    CHECK(run(*pool, model, true).stillPresent == 1);
    CHECK(evidence() == first);

    // June's list replaces May's: the subsistence row behind the clue is another record now.
    PoolBuilder(pool)
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("乙"), id(2)}, {QStringLiteral("甲"), victim}},
            QStringLiteral("2024-06-30"))
        .importAll();
    const qint64 june = DatasetStore(*pool).currentVersions(QStringLiteral("subsistence")).back();
    const qint64 juneRecord = pool->db()
                                  .scalar(QStringLiteral("SELECT record_id FROM record_persons WHERE dataset_id = ?1 "
                                                         "AND person_key = ?2"),
                                      {june, victim})
                                  .toLongLong();
    CHECK(run(*pool, model).stillPresent == 1);
    std::set<qint64> records;
    for (const auto& [runId, record] : evidence())
        records.insert(record);
    std::set<qint64> expected = recordsOf(QStringLiteral("victims"));
    expected.insert(juneRecord);
    CHECK(records == expected);
}
TEST_CASE("re-runs: evidence that differs in any detail or in its number of rows is written anew", "[screening][rerun]")
{
    // Three victims on the subsistence list: three clues of two rows each. Before the second run
    // (by force, over the same lists), the first victim's record is corrected in place (the town) and one of
    // the second clue's stored rows is there twice; the third clue's rows stay as they were.
    testing::TempPool pool;
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {vh, {QStringLiteral("故意伤害"), QStringLiteral("甲"), id(1)},
                {QStringLiteral("故意伤害"), QStringLiteral("乙"), id(2)},
                {QStringLiteral("故意伤害"), QStringLiteral("丙"), id(3)}})
        .list(QStringLiteral("subsistence"),
            {lh, {QStringLiteral("甲"), id(1)}, {QStringLiteral("乙"), id(2)}, {QStringLiteral("丙"), id(3)}},
            QStringLiteral("2024-05-31"))
        .importAll();
    const char* model = "uncompensated-victims-in-hardship";
    const qint64 firstRun = run(*pool, model).runId;
    Database& db = pool->db();
    const auto clue = [&](int n) { return clueOf(*pool, model, id(n)).id; };
    // Each stored row of a clue: the run that wrote it and its record's fields.
    const auto rows = [&](int n) {
        std::multiset<std::pair<qint64, QString>> out;
        Statement st = db.prepare(QStringLiteral("SELECT run_id, fields FROM clue_evidence WHERE clue_id = ?1"));
        st.bind(1, clue(n));
        while (st.step())
            out.insert({st.int64(0), st.text(1)});
        return out;
    };
    for (int n = 1; n <= 3; ++n)
        REQUIRE(rows(n).size() == 2);
    const auto third = rows(3);

    const qint64 victimRecord = db.scalar(QStringLiteral("SELECT r.id FROM records r JOIN record_persons p ON p.record_id = "
                                                         "r.id JOIN datasets d ON d.id = r.dataset_id WHERE d.type = "
                                                         "'victims' AND p.person_key = ?1"),
                                      {id(1)})
                                    .toLongLong();
    db.prepare(QStringLiteral("UPDATE records SET data = json_set(data, '$.town', '城关镇') WHERE id = ?1"))
        .bind(1, victimRecord)
        .run();
    db.prepare(QStringLiteral("INSERT INTO clue_evidence(clue_id, run_id, steps, record_id, dataset_id, dataset_type, file_name, "
                              "sheet, row_no, role, name_written, id_written, fields) SELECT clue_id, run_id, steps, record_id, "
                              "dataset_id, dataset_type, file_name, sheet, row_no, role, name_written, id_written, fields "
                              "FROM clue_evidence WHERE clue_id = ?1 LIMIT 1"))
        .bind(1, clue(2))
        .run();
    REQUIRE(rows(2).size() == 3);

    const qint64 secondRun = run(*pool, model, true).runId;
    REQUIRE(secondRun > firstRun);
    const auto first = rows(1), second = rows(2);
    REQUIRE(first.size() == 2);
    REQUIRE(second.size() == 2);
    for (const auto& [runId, fields] : first)
        CHECK(runId == secondRun);
    CHECK(std::count_if(first.begin(), first.end(), [](const auto& r) { return r.second.contains(QStringLiteral("城关镇")); }) ==
        1);
    for (const auto& [runId, fields] : second)
        CHECK(runId == secondRun);
    CHECK(rows(3) == third);
}
TEST_CASE("screening: cancelling stops the model's query and changes nothing", "[screening][rerun]")
{
    testing::TempPool pool;
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    std::vector<QStringList> victims{vh}, subsistence{lh};
    for (int i = 1; i <= 300; ++i) {
        victims.push_back({QStringLiteral("故意伤害"), QStringLiteral("甲"), id(i)});
        subsistence.push_back({QStringLiteral("甲"), id(i)});
    }
    PoolBuilder(pool).list(QStringLiteral("victims"), victims).list(QStringLiteral("subsistence"), subsistence).importAll();
    const auto catalog = DatasetCatalog::forPool(*pool);
    std::atomic_bool cancel{true}; // the officer pressed 取消 as the query started
    auto r = ScreeningRunner(*pool, catalog).run(builtIn("uncompensated-victims-in-hardship"), &cancel);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("screen.cancelled"));
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM clues")).toInt() == 0);
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM screening_runs")).toInt() == 0);
    // Not cancelled, the same run finds all 300.
    cancel = false;
    auto again = ScreeningRunner(*pool, catalog).run(builtIn("uncompensated-victims-in-hardship"), &cancel);
    REQUIRE(again.ok());
    CHECK(again->added == 300);
}
TEST_CASE("re-runs: a model runs again when anything it reads changes, and only then", "[screening][rerun]")
{
    testing::TempPool pool;
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"), {vh, {QStringLiteral("故意伤害"), QStringLiteral("甲"), id(1)}})
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), id(1)}}, QStringLiteral("2024-05-31"))
        .importAll();
    const char* model = "uncompensated-victims-in-hardship";
    const auto first = run(*pool, model);
    CHECK_FALSE(first.skipped);
    const auto unchanged = [&] { return run(*pool, model).skipped; };
    CHECK(unchanged());

    // A list the model does not read: still unchanged.
    PoolBuilder(pool)
        .list(QStringLiteral("pension"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额")},
                {QStringLiteral("乙"), id(2), QStringLiteral("202405"), QStringLiteral("100")}})
        .importAll();
    CHECK(unchanged());

    // A row of a list it reads changed after its import (a confirmed match, a corrected case file).
    const qint64 record = pool->db()
                              .scalar(QStringLiteral("SELECT r.id FROM records r JOIN datasets d ON d.id = r.dataset_id "
                                                     "WHERE d.type = 'victims' LIMIT 1"))
                              .toLongLong();
    DatasetStore(*pool).markChanged(record);
    CHECK_FALSE(unchanged());
    CHECK(unchanged());

    // The county, which grades and reasons use.
    pool->setSetting(QStringLiteral("county.name"), QStringLiteral("乐清市"));
    CHECK_FALSE(unchanged());
    CHECK(unchanged());

    // The model itself: an office's edited copy is a different model.
    ModelDefinition edited = builtIn(model);
    edited.reason = LocalText{edited.reason.text(Language::Chinese) + QStringLiteral("（已修改）"),
        edited.reason.text(Language::English) + QStringLiteral(" (edited)")};
    const auto catalog = DatasetCatalog::forPool(*pool);
    auto e1 = ScreeningRunner(*pool, catalog).run(edited);
    REQUIRE(e1.ok());
    CHECK_FALSE(e1->skipped);
    CHECK(clueOf(*pool, model, id(1)).reasonZh.endsWith(QStringLiteral("（已修改）")));
    CHECK_FALSE(unchanged()); // and back to the built-in one

    // A newer version of a list it reads, and withdrawing it again.
    PoolBuilder(pool)
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), id(1)}, {QStringLiteral("丙"), id(3)}},
            QStringLiteral("2024-06-30"))
        .importAll();
    CHECK_FALSE(unchanged());
    CHECK(unchanged());
    const qint64 june = DatasetStore(*pool).currentVersions(QStringLiteral("subsistence")).back();
    REQUIRE(DatasetStore(*pool).withdraw(june).ok());
    CHECK_FALSE(unchanged());

    // Every real run is in the history; skipped ones are not.
    CHECK(ClueStore(*pool).runs(QString::fromLatin1(model)).size() == 7);
}
TEST_CASE("screening: the step tables live only while a model runs, cancelled or not", "[screening][rerun]")
{
    testing::TempPool pool;
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"), {vh, {QStringLiteral("故意伤害"), QStringLiteral("甲"), id(1)}})
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), id(1)}})
        .importAll();
    const auto tempTables = [&] {
        return pool->db().scalar(QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'")).toInt();
    };
    CHECK(run(*pool, "uncompensated-victims-in-hardship").added == 1);
    CHECK(tempTables() == 0);
    const auto catalog = DatasetCatalog::forPool(*pool);
    std::atomic_bool cancel{true};
    CHECK_FALSE(ScreeningRunner(*pool, catalog).run(builtIn("key-groups-in-proceedings"), &cancel).ok());
    CHECK(tempTables() == 0);
    // The same clues with the planner's statistics gathered as without them.
    pool->db().exec(QStringLiteral("ANALYZE"));
    const auto again = run(*pool, "uncompensated-victims-in-hardship", true);
    CHECK(again.stillPresent == 1);
    CHECK(again.added == 0);
}
TEST_CASE("running several models: without a second connection one after another; cancelled, nothing kept", "[screening][rerun]")
{
    testing::TempPool pool;
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"), {vh, {QStringLiteral("故意伤害"), QStringLiteral("甲"), id(1)}})
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), id(1)}, {QStringLiteral("乙"), id(2)}})
        .importAll();
    const std::vector<ModelDefinition> models = {
        builtIn("uncompensated-victims-in-hardship"), builtIn("key-groups-in-proceedings"), builtIn("bigamy")};
    const auto catalog = DatasetCatalog::forPool(*pool);
    const auto noConnection = [] { return Result<std::unique_ptr<Pool>>(fail(QStringLiteral("no second connection"))); };
    const auto runs = [&] { return pool->db().scalar(QStringLiteral("SELECT count(*) FROM screening_runs")).toInt(); };

    // Cancelled before the first: every model says so, and no run, clue or audit line is kept.
    std::atomic_bool cancel{true};
    auto cancelled = ScreeningRunner(*pool, catalog).runAll(models, noConnection, &cancel);
    REQUIRE(cancelled.size() == 3);
    for (const auto& r : cancelled)
        CHECK(r.error().code == QStringLiteral("screen.cancelled"));
    CHECK(runs() == 0);
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM clues")).toInt() == 0);

    // No second connection: the same models on this one, in order. 甲 is a victim on the
    // subsistence list (model 1) and in proceedings on a key list (model 5); no marriages.
    std::vector<size_t> order;
    auto results =
        ScreeningRunner(*pool, catalog)
            .runAll(models, noConnection, nullptr, false, [&](size_t i, const Result<ModelRunResult>&) { order.push_back(i); });
    CHECK(order == std::vector<size_t>{0, 1, 2});
    REQUIRE(results.size() == 3);
    CHECK(results[0]->modelId == QStringLiteral("uncompensated-victims-in-hardship"));
    CHECK(results[0]->added == 1);
    CHECK(results[1]->added == 1);
    CHECK(results[2]->clues == 0);
    CHECK(clueKeys(*pool, "uncompensated-victims-in-hardship") == std::set<QString>{id(1)});
    CHECK(clueKeys(*pool, "key-groups-in-proceedings") == std::set<QString>{id(1)});
    CHECK(runs() == 3);
    // Again with a second connection: nothing changed, every model says so.
    results = ScreeningRunner(*pool, catalog).runAll(models, [&] { return pool->openAnother(); });
    for (const auto& r : results)
        CHECK(r->skipped);
    CHECK(runs() == 3);
}
