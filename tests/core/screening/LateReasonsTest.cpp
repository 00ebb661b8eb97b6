// A clue's reason is rendered when the clue is read: it must still say what the model said when
// it last found the clue, whatever the model and the settings say today.
#include "ScreeningTestSupport.h"

#include "security/UserStore.h"

using namespace cluedesk;
using namespace screening_test;
using testing::PoolBuilder;

TEST_CASE("reasons: rendered when read, with what the run that last found the clue kept", "[screening][reasons]")
{
    testing::TempPool pool;
    const QString stays = PoolBuilder::person(QDate(1960, 3, 1), 1), leaves = PoolBuilder::person(QDate(1962, 7, 9), 2);
    const QString prefix = stays.left(6);
    REQUIRE(leaves.left(6) == prefix);
    const QStringList vh = {
        QStringLiteral("案由"), QStringLiteral("案号"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {vh, {QStringLiteral("故意伤害"), QStringLiteral("（2024）浙0382刑初1号"), QStringLiteral("甲"), stays},
                {QStringLiteral("交通肇事"), QStringLiteral("（2024）浙0382刑初2号"), QStringLiteral("乙"), leaves}})
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), stays}, {QStringLiteral("乙"), leaves}},
            QStringLiteral("2024-05-31"))
        .list(QStringLiteral("disabled"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("残疾类别")},
                {QStringLiteral("甲"), stays, QStringLiteral("肢体")}})
        .importAll();
    pool->setSetting(QStringLiteral("county.prefix"), prefix);
    const char* id = "uncompensated-victims-in-hardship";
    const auto catalog = DatasetCatalog::forPool(*pool);
    ModelDefinition model = builtIn(id);
    // The lists in the order the run read their rows (record order), not in the order a screen
    // shows them (by type: disabled before subsistence).
    model.reason = LocalText{
        QStringLiteral("{local}：{names}，{values:victims_listed.charge}（{types:hardship}，{count:hardship}条名单记录）"),
        QStringLiteral("{local}: {names}, {values:victims_listed.charge} ({types:hardship}; {count:hardship} list rows)")};
    REQUIRE(ScreeningRunner(*pool, catalog).run(model).ok());

    const QString localZh = QStringLiteral("本地（身份证号码地区码%1）").arg(prefix);
    const QString firstZh = localZh + QStringLiteral("：乙，交通肇事（低保、特困、低保边缘人员，1条名单记录）");
    CHECK(clueOf(*pool, id, leaves).reasonZh == firstZh);
    CHECK(clueOf(*pool, id, stays).reasonZh ==
        localZh + QStringLiteral("：甲，故意伤害（低保、特困、低保边缘人员、残疾人，2条名单记录）"));
    CHECK(clueOf(*pool, id, stays).reasonEn ==
        QStringLiteral("local (ID region code %1): 甲, 故意伤害 (Subsistence allowance recipients, Persons with "
                       "disabilities; 2 list rows)")
            .arg(prefix));
    // Nothing of it is stored with the clue.
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM clues WHERE reason_zh <> '' OR reason_en <> ''")).toInt() == 0);

    // Another county and another wording, not yet run: the clues say what the run said.
    pool->setSetting(QStringLiteral("county.prefix"), QStringLiteral("110101"));
    model.reason = LocalText{QStringLiteral("改写后：{local}{names}"), QStringLiteral("reworded: {local}{names}")};
    CHECK(clueOf(*pool, id, leaves).reasonZh == firstZh);

    // June's list no longer has 乙: the run renews 甲 with the new wording and county; 乙 is
    // gone and keeps what the run that last found it said.
    PoolBuilder(pool)
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), stays}}, QStringLiteral("2024-06-30"))
        .importAll();
    const auto second = ScreeningRunner(*pool, catalog).run(model);
    REQUIRE(second.ok());
    CHECK(second->gone == 1);
    CHECK(clueOf(*pool, id, stays).reasonZh == QStringLiteral("改写后：外地甲"));
    CHECK(clueOf(*pool, id, stays).reasonEn == QStringLiteral("reworded: non-local甲"));
    const ClueRow gone = clueOf(*pool, id, leaves);
    CHECK(gone.presence == QStringLiteral("gone"));
    CHECK(gone.reasonZh == firstZh);
    CHECK(ClueStore(*pool).get(gone.id)->reasonZh == firstZh);

    // A clue found before reasons were rendered late keeps the text stored with it.
    pool->db()
        .prepare(
            QStringLiteral("UPDATE clues SET reason_zh = '早先存下的理由', reason_en = 'a reason stored earlier' WHERE id = ?1"))
        .bind(1, gone.id)
        .run();
    CHECK(clueOf(*pool, id, leaves).reasonZh == QStringLiteral("早先存下的理由"));
    CHECK(ClueStore(*pool).get(gone.id)->reasonEn == QStringLiteral("a reason stored earlier"));
}

TEST_CASE("reasons: an evidence row keeps the number it is about when that is not the clue's", "[screening][reasons]")
{
    testing::TempPool pool;
    const QString victim = PoolBuilder::person(QDate(1958, 2, 3), 1);
    const QStringList vh = {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")};
    const QStringList lh = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"), {vh, {QStringLiteral("故意伤害"), QStringLiteral("甲"), victim}})
        .list(QStringLiteral("subsistence"), {lh, {QStringLiteral("甲"), victim}}, QStringLiteral("2024-05-31"))
        .importAll();
    run(*pool, "uncompensated-victims-in-hardship");
    const ClueRow clue = clueOf(*pool, "uncompensated-victims-in-hardship", victim);
    // The rows are about the clue's own number: none is kept with them.
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM clue_evidence WHERE clue_id = ?1"), {clue.id}).toInt() == 2);
    CHECK(pool->db()
              .scalar(QStringLiteral("SELECT count(*) FROM clue_evidence WHERE clue_id = ?1 AND person_key IS NULL"), {clue.id})
              .toInt() == 2);
    for (const EvidenceRow& e : ClueStore(*pool).evidence(clue.id))
        CHECK(e.personKey == victim);
    // An assistant reads IDs masked: the number a row is about too.
    UserStore users(*pool);
    REQUIRE(users.add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin-secret").ok());
    REQUIRE(users.add(QStringLiteral("li"), QStringLiteral("assistant"), "li-secret-1").ok());
    REQUIRE(users.login(QStringLiteral("li"), "li-secret-1").ok());
    const Evidence masked = ClueStore(*pool).evidence(clue.id);
    REQUIRE(masked.size() == 2);
    for (const EvidenceRow& e : masked) {
        CHECK(e.personKey.left(6) == victim.left(6));
        CHECK(e.personKey.right(4) == victim.right(4));
        CHECK_FALSE(e.personKey.contains(victim.mid(6, 8)));
    }
}
