// Model 9 and the same_person step: one human (name, sex and birth date) under numbers of
// different regions. Expectations are written out by hand from the rows below.
#include "ScreeningTestSupport.h"

using namespace cluedesk;
using namespace screening_test;
using testing::PoolBuilder;

namespace {

const QStringList kHousehold = {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期"),
    QStringLiteral("公民身份号码"), QStringLiteral("户口状态")};
const QStringList kSubsistence = {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("保障类别")};
const QStringList kDisabled = {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("残疾类别")};

// A number for a man born on 1970-03-0n (odd sequence) or a woman (even).
QString number(const char* region, int day, int sequence)
{
    return PoolBuilder::person(QDate(1970, 3, day), sequence, QString::fromLatin1(region));
}

} // namespace

TEST_CASE(
    "double-household-registration: one human under two regions' numbers, graded by what hangs on them", "[screening][models]")
{
    testing::TempPool pool;
    // Man born 1970-03-01 as 王伟 in Yueqing and in Lucheng: a clue, filed under the smaller number.
    const QString wangA = number("330382", 1, 11), wangB = number("330302", 1, 13);
    // Woman born 1970-03-02, the name written with a space once, subsistence under one number: orange.
    const QString liA = number("330382", 2, 22), liB = number("330681", 2, 24);
    // Man born 1970-03-03, subsistence under one number, a disability card under the other: red.
    const QString zhaoA = number("330382", 3, 31), zhaoB = number("511025", 3, 33);
    // Decoys: another sex; the same region twice; one number cancelled; another name.
    const QString chenM = number("330382", 4, 41), chenF = number("330302", 4, 42);
    const QString sunA = number("330382", 5, 51), sunB = number("330382", 5, 53);
    const QString zhouA = number("330382", 6, 61), zhouB = number("330302", 6, 63);
    const QString wuA = number("330382", 7, 71), wuB = number("330302", 7, 73);
    PoolBuilder(pool)
        .list(QStringLiteral("household-registrations"),
            {kHousehold,
                {QStringLiteral("王伟"), QStringLiteral("男"), QStringLiteral("1970-03-01"), wangA, QStringLiteral("正常")},
                {QStringLiteral("王伟"), QStringLiteral("男"), QStringLiteral("1970-03-01"), wangB, QStringLiteral("正常")},
                {QStringLiteral("李芳"), QStringLiteral("女"), QStringLiteral("1970-03-02"), liA, QStringLiteral("正常")},
                {QStringLiteral("李 芳"), QStringLiteral("女"), QStringLiteral("1970-03-02"), liB, QStringLiteral("正常")},
                {QStringLiteral("赵强"), QStringLiteral("男"), QStringLiteral("1970-03-03"), zhaoA, QStringLiteral("正常")},
                {QStringLiteral("赵强"), QStringLiteral("男"), QStringLiteral("1970-03-03"), zhaoB, QStringLiteral("")},
                {QStringLiteral("陈明"), QStringLiteral("男"), QStringLiteral("1970-03-04"), chenM, QStringLiteral("正常")},
                {QStringLiteral("陈明"), QStringLiteral("女"), QStringLiteral("1970-03-04"), chenF, QStringLiteral("正常")},
                {QStringLiteral("孙杰"), QStringLiteral("男"), QStringLiteral("1970-03-05"), sunA, QStringLiteral("正常")},
                {QStringLiteral("孙杰"), QStringLiteral("男"), QStringLiteral("1970-03-05"), sunB, QStringLiteral("正常")},
                {QStringLiteral("周涛"), QStringLiteral("男"), QStringLiteral("1970-03-06"), zhouA, QStringLiteral("正常")},
                {QStringLiteral("周涛"), QStringLiteral("男"), QStringLiteral("1970-03-06"), zhouB,
                    QStringLiteral("注销（迁出）")},
                {QStringLiteral("吴军"), QStringLiteral("男"), QStringLiteral("1970-03-07"), wuA, QStringLiteral("正常")},
                {QStringLiteral("吴俊"), QStringLiteral("男"), QStringLiteral("1970-03-07"), wuB, QStringLiteral("正常")}})
        .list(QStringLiteral("subsistence"),
            {kSubsistence, {QStringLiteral("李芳"), liB, QStringLiteral("城乡低保")},
                {QStringLiteral("赵强"), zhaoA, QStringLiteral("特困供养")}})
        .list(QStringLiteral("disabled"), {kDisabled, {QStringLiteral("赵强"), zhaoB, QStringLiteral("肢体")}})
        .importAll();

    run(*pool, "double-household-registration");
    const char* model = "double-household-registration";
    CHECK(clueKeys(*pool, model) == std::set<QString>{std::min(wangA, wangB), std::min(liA, liB), std::min(zhaoA, zhaoB)});

    CHECK(clueOf(*pool, model, std::min(wangA, wangB)).grade == QStringLiteral("yellow"));
    const ClueRow li = clueOf(*pool, model, std::min(liA, liB));
    CHECK(li.grade == QStringLiteral("orange"));
    CHECK(li.reasonZh.contains(QStringLiteral("2个公民身份号码")));
    CHECK(li.reasonZh.contains(QStringLiteral("地区码330382、330681")));
    CHECK(li.reasonZh.contains(QStringLiteral("低保")));
    const ClueRow zhao = clueOf(*pool, model, std::min(zhaoA, zhaoB));
    CHECK(zhao.grade == QStringLiteral("red"));

    // The evidence shows each row under the number it was written with.
    std::set<QString> written;
    for (const EvidenceRow& e : ClueStore(*pool).evidence(zhao.id))
        written.insert(e.type + u':' + e.idWritten);
    CHECK(written ==
        std::set<QString>{QStringLiteral("household-registrations:") + zhaoA, QStringLiteral("household-registrations:") + zhaoB,
            QStringLiteral("subsistence:") + zhaoA, QStringLiteral("disabled:") + zhaoB});
}

TEST_CASE("double-household-registration: a large list is read for the registered persons only", "[screening][models]")
{
    testing::TempPool pool;
    const QString wangA = number("330382", 1, 11), wangB = number("330302", 1, 13);
    std::vector<QStringList> household{kHousehold,
        {QStringLiteral("王伟"), QStringLiteral("男"), QStringLiteral("1970-03-01"), wangA, QStringLiteral("正常")},
        {QStringLiteral("王伟"), QStringLiteral("男"), QStringLiteral("1970-03-01"), wangB, QStringLiteral("正常")}};
    // Twelve subsistence rows, one of them 王伟's under his second number: over twice the
    // registry's five rows.
    std::vector<QStringList> subsistence{kSubsistence, {QStringLiteral("王伟"), wangB, QStringLiteral("城乡低保")}};
    for (int n = 1; n <= 3; ++n)
        household.push_back({QStringLiteral("住户%1").arg(n), QStringLiteral("女"), QStringLiteral("1980-01-0%1").arg(n),
            number("330382", 10 + n, 2 * n), QStringLiteral("正常")});
    for (int n = 1; n <= 11; ++n)
        subsistence.push_back(
            {QStringLiteral("某人%1").arg(n), number("330521", 1 + n % 20, 2 * n + 1), QStringLiteral("城乡低保")});
    PoolBuilder(pool)
        .list(QStringLiteral("household-registrations"), household)
        .list(QStringLiteral("subsistence"), subsistence)
        .importAll();
    const char* model = "double-household-registration";
    run(*pool, model);
    const QString key = std::min(wangA, wangB);
    CHECK(clueKeys(*pool, model) == std::set<QString>{key});
    CHECK(clueOf(*pool, model, key).grade == QStringLiteral("orange"));
    CHECK(ClueStore(*pool).evidence(clueOf(*pool, model, key).id).size() == 3); // two registry rows, one subsistence

    // The run's SQL reads the benefits (s1) for the registered persons (s0) only.
    CHECK(runSql(*pool, model).contains(QStringLiteral("AND rp.person_key IN (SELECT pk FROM s0)")));
    CompileContext ctx = sizedContext(*pool, model);
    qint64 whole = 0, narrowed = 0;
    ctx.narrow = false;
    const auto plain = outputRows(*pool, model, ctx, "benefits", &whole);
    ctx.narrow = true;
    CHECK(outputRows(*pool, model, ctx, "benefits", &narrowed) == plain);
    CHECK(plain.size() == 3);
    CHECK(whole == 12);
    CHECK(narrowed == 1);
}
