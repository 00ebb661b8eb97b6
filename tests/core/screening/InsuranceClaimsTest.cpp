// Model 10 and the group step and not_role_of filter it is built from. Expectations are worked
// out by hand from the rows below.
#include "ScreeningTestSupport.h"

#include "pool/DatasetStore.h"
#include "screening/ModelDefinition.h"
#include "screening/SqlCompiler.h"

using namespace cluedesk;
using namespace screening_test;
using testing::PoolBuilder;

namespace {

const QStringList kHeader = {QStringLiteral("索赔人"), QStringLiteral("索赔人证件号码"), QStringLiteral("被保险人证件号码"),
    QStringLiteral("车主证件号码"), QStringLiteral("维修单位"), QStringLiteral("公估机构"), QStringLiteral("报案日期")};

QString person(int n)
{
    return PoolBuilder::person(QDate(1980, 1, 1).addDays(n * 37), n);
}

QStringList row(const QString& claimant, const QString& insured, const QString& owner, const QString& shop,
    const QString& assessor, int month)
{
    return {QStringLiteral("某"), claimant, insured, owner, shop, assessor,
        QDate(2022, 1, 15).addMonths(month).toString(Qt::ISODate)};
}

} // namespace

TEST_CASE("organised-false-litigation: one shop or assessor, or others' cars again and again", "[screening][models]")
{
    testing::TempPool pool;
    const QString red = person(1), orange = person(2), yellow = person(3), atShare = person(4), belowShare = person(5),
                  tooFew = person(6), unnamed = person(7), own = person(8);
    std::vector<QStringList> rows = {kHeader};
    // red: 宏达 in 4 of 5 (written three ways), all for others' cars
    const QStringList hongda = {QStringLiteral("乐清市宏达汽车修理有限公司"), QStringLiteral("乐清市 宏达汽车修理有限责任公司"),
        QStringLiteral("樂清市宏達汽車修理有限公司"), QStringLiteral("乐清市宏达汽车修理有限公司")};
    for (int k = 0; k < 5; ++k)
        rows.push_back(row(red, person(100 + k), QString(), k < 4 ? hongda[k] : QStringLiteral("别家修理厂"),
            QStringLiteral("公估%1").arg(k), k));
    // orange: one assessor in 3 of 4, own car
    for (int k = 0; k < 4; ++k)
        rows.push_back(row(orange, orange, orange, QStringLiteral("修理厂%1").arg(k),
            k < 3 ? QStringLiteral("温州安信保险公估有限公司") : QStringLiteral("其他公估"), k));
    // yellow: five claims within five years, for others' cars, nothing concentrated
    for (int k = 0; k < 5; ++k)
        rows.push_back(
            row(yellow, QString(), person(200 + k), QStringLiteral("厂%1").arg(k), QStringLiteral("估%1").arg(k), k * 6));
    // exactly 60%: 3 of 5 at one shop (own car) -> flagged; 3 of 6 -> not
    for (int k = 0; k < 5; ++k)
        rows.push_back(
            row(atShare, atShare, QString(), k < 3 ? QStringLiteral("甲修理厂") : QStringLiteral("乙%1").arg(k), QString(), k));
    for (int k = 0; k < 6; ++k)
        rows.push_back(row(
            belowShare, belowShare, QString(), k < 3 ? QStringLiteral("甲修理厂") : QStringLiteral("丙%1").arg(k), QString(), k));
    // decoys: 3 of 3 at one shop (fewer than 4 in all); others' cars not named by ID; own car often
    for (int k = 0; k < 3; ++k)
        rows.push_back(row(tooFew, tooFew, QString(), QStringLiteral("甲修理厂"), QString(), k));
    for (int k = 0; k < 5; ++k)
        rows.push_back(row(unnamed, QString(), QString(), QStringLiteral("丁%1").arg(k), QString(), k));
    for (int k = 0; k < 6; ++k)
        rows.push_back(row(own, own, own, QStringLiteral("戊%1").arg(k), QString(), k));
    PoolBuilder(pool).list(QStringLiteral("insurance-claims"), rows).importAll();

    const char* model = "organised-false-litigation";
    run(*pool, model);
    CHECK(clueKeys(*pool, model) == std::set<QString>{red, orange, yellow, atShare});
    CHECK(clueOf(*pool, model, red).grade == QStringLiteral("red"));
    CHECK(clueOf(*pool, model, orange).grade == QStringLiteral("orange"));
    CHECK(clueOf(*pool, model, yellow).grade == QStringLiteral("yellow"));
    const ClueRow r = clueOf(*pool, model, red);
    CHECK(r.reasonZh.contains(QStringLiteral("4次由乐清市宏达汽车修理有限公司修理")));
    CHECK(r.reasonZh.contains(QStringLiteral("5次为他人车辆索赔")));
    // The shop's rows keep the name as each file wrote it.
    int written = 0;
    for (const EvidenceRow& e : ClueStore(*pool).evidence(r.id))
        written +=
            e.fields().value(QStringLiteral("repair_shop_text")).toString() == QStringLiteral("樂清市宏達汽車修理有限公司");
    CHECK(written == 1);
}

TEST_CASE("a group step names only fields its lists have", "[screening][validation]")
{
    auto model = ModelDefinition::fromJson(builtIn("organised-false-litigation").toJson());
    REQUIRE(model);
    for (StepSpec& s : model->steps)
        if (s.id == QLatin1String("shop"))
            s.byField = QStringLiteral("repair_shop') OR 1=1 --");
    const Status checked = model->check(DatasetCatalog::builtIn());
    REQUIRE_FALSE(checked);
    CHECK(checked.error().message.contains(QStringLiteral("\"shop\"")));
    CHECK(checked.error().message.contains(QStringLiteral("repair_shop') OR 1=1 --")));
}

TEST_CASE("organised-false-litigation: one lawyer's clients at one repair shop", "[screening][models]")
{
    testing::TempPool pool;
    std::vector<QStringList> rows = {
        {QStringLiteral("索赔人证件号码"), QStringLiteral("维修单位"), QStringLiteral("代理人"), QStringLiteral("报案日期")}};
    auto add = [&](const QString& who, const QString& shop, const QString& agent, int month) {
        rows.push_back({who, shop, agent, QDate(2022, 1, 15).addMonths(month).toString(Qt::ISODate)});
    };
    // 张: five clients, four at 顺风 (80% of 5) -> those four. 李: 3 of 5 at 顺风 but 60% exactly
    // -> flagged too. 赵: 3 of 6 (50%) -> no. 钱: three claims of one client... fewer than four.
    std::set<QString> expected;
    for (int k = 0; k < 5; ++k) {
        const QString client = person(300 + k);
        add(client, k < 4 ? QStringLiteral("顺风修理厂") : QStringLiteral("别家"), QStringLiteral("张律师"), k);
        if (k < 4)
            expected.insert(client);
    }
    for (int k = 0; k < 5; ++k) {
        const QString client = person(310 + k);
        add(client, k < 3 ? QStringLiteral("顺风修理厂") : QStringLiteral("别家%1").arg(k), QStringLiteral("李律师"), k);
        if (k < 3)
            expected.insert(client);
    }
    for (int k = 0; k < 6; ++k)
        add(person(320 + k), k < 3 ? QStringLiteral("顺风修理厂") : QStringLiteral("别家%1").arg(k), QStringLiteral("赵律师"), k);
    for (int k = 0; k < 3; ++k)
        add(person(330), QStringLiteral("甲厂"), QStringLiteral("钱律师"), k);
    // 孙: 3 of 4 at 甲厂, but all for one client, whose own six claims are only half at 甲厂 -> no.
    for (int k = 0; k < 6; ++k)
        add(person(340), k < 3 ? QStringLiteral("甲厂") : QStringLiteral("乙%1").arg(k),
            k < 4 ? QStringLiteral("孙律师") : QString(), k);
    PoolBuilder(pool).list(QStringLiteral("insurance-claims"), rows).importAll();

    const char* model = "organised-false-litigation";
    run(*pool, model);
    CHECK(clueKeys(*pool, model) == expected);
    const ClueRow c = clueOf(*pool, model, person(300));
    CHECK(c.grade == QStringLiteral("orange"));
    CHECK(c.reasonZh.contains(QStringLiteral("代理人张律师代理的索赔多由顺风修理厂修理")));
}

TEST_CASE("organised-false-litigation: a flagged claimant's lawsuits count, a lawsuit and its enforcement once",
    "[screening][models][plan]")
{
    testing::TempPool pool;
    const QString often = person(400), fewer = person(401), notClaimant = person(402);
    std::vector<QStringList> claims = {kHeader};
    // Both claimants: four claims on their own cars, all at 甲修理厂 -> flagged by the shop.
    for (const QString& who : {often, fewer})
        for (int k = 0; k < 4; ++k)
            claims.push_back(row(who, who, who, QStringLiteral("甲修理厂"), QString(), k));
    std::vector<QStringList> civil = {
        {QStringLiteral("案号"), QStringLiteral("原告证件号码"), QStringLiteral("立案日期"), QStringLiteral("案由")}};
    std::vector<QStringList> execution = {{QStringLiteral("执行案号"), QStringLiteral("申请执行人证件号码"),
        QStringLiteral("执行依据"), QStringLiteral("立案日期")}};
    int n = 0;
    const auto sue = [&](const QString& who, int year) {
        const QString no = QStringLiteral("（%1）浙0382民初%2号").arg(year).arg(++n);
        civil.push_back({no, who, QStringLiteral("%1-03-01").arg(year), QStringLiteral("借款")});
        return no;
    };
    const auto enforce = [&](const QString& who, const QString& basis, int year) {
        execution.push_back(
            {QStringLiteral("（%1）浙0382执%2号").arg(year).arg(++n), who, basis, QStringLiteral("%1-09-01").arg(year)});
    };
    // often: four lawsuits, the enforcement of one (the same case), and the enforcement of a
    // judgment not from a lawsuit of theirs: five cases within five years.
    const QString first = sue(often, 2019);
    for (int y : {2020, 2021, 2022})
        sue(often, y);
    enforce(often, first, 2019);
    enforce(often, QStringLiteral("（2018）浙0382民初999号"), 2021);
    // fewer: four lawsuits and the enforcement of one of them: four cases.
    const QString own = sue(fewer, 2019);
    for (int y : {2020, 2021, 2022})
        sue(fewer, y);
    enforce(fewer, own, 2020);
    // notClaimant: six lawsuits, but no claims at all.
    for (int y = 2018; y < 2024; ++y)
        sue(notClaimant, y);
    PoolBuilder(pool)
        .list(QStringLiteral("insurance-claims"), claims)
        .list(QStringLiteral("civil-cases"), civil)
        .list(QStringLiteral("execution"), execution)
        .importAll();

    const char* model = "organised-false-litigation";
    run(*pool, model);
    CHECK(clueKeys(*pool, model) == std::set<QString>{often, fewer});
    const ClueRow o = clueOf(*pool, model, often), f = clueOf(*pool, model, fewer);
    CHECK(o.grade == QStringLiteral("red"));
    CHECK(f.grade == QStringLiteral("orange"));
    INFO(o.reasonZh.toStdString());
    CHECK(o.reasonZh.contains(QStringLiteral("涉诉5件")));
    CHECK_FALSE(f.reasonZh.contains(QStringLiteral("涉诉")));
    // often: the four claims, the four lawsuits and the separate enforcement; fewer: the claims.
    std::map<QString, int> byType;
    for (const EvidenceRow& e : ClueStore(*pool).evidence(o.id))
        ++byType[e.type];
    CHECK(byType ==
        std::map<QString, int>{
            {QStringLiteral("insurance-claims"), 4}, {QStringLiteral("civil-cases"), 4}, {QStringLiteral("execution"), 1}});
    CHECK(ClueStore(*pool).evidence(f.id).size() == 4);

    // The same rows when every source is read whole; narrowed, the lawsuits are read for the two
    // flagged claimants only (the eight of theirs, not the six of notClaimant).
    CompileContext ctx;
    DatasetStore store(*pool);
    for (const char* t : {"insurance-claims", "civil-cases", "execution"})
        ctx.currentVersions[QString::fromLatin1(t)] = store.currentVersions(QString::fromLatin1(t));
    ctx.today = QDate(2025, 1, 1);
    // The rows of the output step, and how many the plaintiffs step holds.
    const auto rowsOf = [&](bool narrow, qint64* plaintiffs) {
        ctx.narrow = narrow;
        return outputRows(*pool, model, ctx, "plaintiffs", plaintiffs);
    };
    qint64 whole = 0, narrowed = 0;
    const auto plain = rowsOf(false, &whole);
    CHECK(rowsOf(true, &narrowed) == plain);
    CHECK(plain.size() == 4 + 4 + 5); // two claimants' claims; often's five cases
    CHECK(whole == 14);
    CHECK(narrowed == 8);
}
