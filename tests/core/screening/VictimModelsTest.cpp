// Models 1-5: victims, applicants and key groups against hardship and aid lists.
#include "ScreeningTestSupport.h"

#include "pool/DatasetStore.h"

#include <QJsonArray>

using namespace cluedesk;
using namespace screening_test;
using testing::PoolBuilder;

namespace {

const QStringList kVictimHeader = {QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
    QStringLiteral("被害人身份证号码"), QStringLiteral("受理日期"), QStringLiteral("伤情"), QStringLiteral("案情摘要")};
const QStringList kListHeader = {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("乡镇（街道）")};
const QStringList kAidHeader = {QStringLiteral("救助申请人"), QStringLiteral("救助申请人身份证号码"), QStringLiteral("救助金额"),
    QStringLiteral("发放日期"), QStringLiteral("决定书文号")};

QString id(int n, int year = 1980)
{
    return PoolBuilder::person(QDate(year, 1, 1).addDays(n * 37), n);
}

} // namespace

TEST_CASE("uncompensated-victims-in-hardship: positives and every decoy", "[screening][models]")
{
    testing::TempPool pool;
    const QString injured = id(1), traffic = id(2), negated = id(3), dead = id(4);
    const QString theft = id(10), mediated = id(11), forgiven = id(12), aided = id(13), notPoor = id(14), respondentOnly = id(15);
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {kVictimHeader,
                {QStringLiteral("A1"), QStringLiteral("故意伤害"), QStringLiteral("张一"), injured, QStringLiteral("2024-01-05"),
                    QStringLiteral("轻伤二级"), QStringLiteral("被告人持棍殴打被害人，至今未赔偿。")},
                {QStringLiteral("A2"), QStringLiteral("交通肇事罪"), QStringLiteral("李二"), traffic,
                    QStringLiteral("2024-02-05"), QString(), QString()},
                {QStringLiteral("A3"), QStringLiteral("故意伤害"), QStringLiteral("王三"), negated, QStringLiteral("2024-03-05"),
                    QString(), QStringLiteral("双方未达成调解协议，被告人拒绝赔偿，被害人不予谅解。")},
                {QStringLiteral("A4"), QStringLiteral("交通肇事"), QStringLiteral("赵四"), dead, QStringLiteral("2024-03-06"),
                    QStringLiteral("死亡"), QStringLiteral("被害人经抢救无效死亡。")},
                {QStringLiteral("B1"), QStringLiteral("盗窃"), QStringLiteral("钱十"), theft, QStringLiteral("2024-01-05"),
                    QString(), QString()},
                {QStringLiteral("B2"), QStringLiteral("故意伤害"), QStringLiteral("孙十一"), mediated,
                    QStringLiteral("2024-01-05"), QString(), QStringLiteral("双方达成调解协议，被告人已赔偿三万元。")},
                {QStringLiteral("B3"), QStringLiteral("故意伤害"), QStringLiteral("周十二"), forgiven,
                    QStringLiteral("2024-01-05"), QString(), QStringLiteral("被告人取得被害人谅解。")},
                {QStringLiteral("B4"), QStringLiteral("故意伤害"), QStringLiteral("吴十三"), aided, QStringLiteral("2024-01-05"),
                    QString(), QString()},
                {QStringLiteral("B5"), QStringLiteral("故意伤害"), QStringLiteral("郑十四"), notPoor,
                    QStringLiteral("2024-01-05"), QString(), QString()}})
        .list(QStringLiteral("subsistence"),
            {kListHeader, {QStringLiteral("张一"), injured, QStringLiteral("柳市镇")}, {QStringLiteral("錢十"), theft, QString()},
                {QStringLiteral("孙十一"), mediated, QString()}, {QStringLiteral("周十二"), forgiven, QString()},
                {QStringLiteral("吴十三"), aided, QString()}, {QStringLiteral("冯十五"), respondentOnly, QString()}})
        .list(QStringLiteral("disabled"),
            {kListHeader, {QStringLiteral("李二"), traffic, QString()}, {QStringLiteral("赵四"), dead, QString()}})
        .list(QStringLiteral("medical-aid"),
            {kListHeader, {QStringLiteral("王三"), negated, QString()}, {QStringLiteral("赵四"), dead, QString()}})
        .list(QStringLiteral("judicial-aid"),
            {kAidHeader,
                {QStringLiteral("吴十三"), aided, QStringLiteral("20000"), QStringLiteral("2024-04-01"),
                    QStringLiteral("乐检救决〔2024〕1号")}})
        .importAll();

    const auto result = run(*pool, "uncompensated-victims-in-hardship");
    CHECK(result.clues == 4);
    CHECK(clueKeys(*pool, "uncompensated-victims-in-hardship") == std::set<QString>{injured, traffic, negated, dead});

    const ClueRow a = clueOf(*pool, "uncompensated-victims-in-hardship", injured);
    CHECK(a.grade == QStringLiteral("orange")); // on the subsistence list
    CHECK(a.town == QStringLiteral("柳市镇"));
    CHECK(a.reasonZh.contains(QStringLiteral("故意伤害")));
    CHECK(a.reasonZh.contains(QStringLiteral("低保、特困、低保边缘人员")));
    CHECK(clueOf(*pool, "uncompensated-victims-in-hardship", dead).grade == QStringLiteral("red")); // death, two lists
    CHECK(clueOf(*pool, "uncompensated-victims-in-hardship", negated).grade == QStringLiteral("yellow"));

    const Evidence ev = ClueStore(*pool).evidence(a.id);
    REQUIRE(ev.size() == 2);
    std::set<QString> types;
    for (const EvidenceRow& e : ev) {
        types.insert(e.type);
        CHECK(e.row == 2); // the first data row of both files
        CHECK(e.fileName.endsWith(QStringLiteral(".csv")));
    }
    CHECK(types == std::set<QString>{QStringLiteral("victims"), QStringLiteral("subsistence")});
}

TEST_CASE("unpaid-judgments-in-hardship: victims who are applicants, not respondents; unpaid closures only; the wide form",
    "[screening][models]")
{
    testing::TempPool pool;
    const QString applicant = id(1), respondent = id(2), paidApplicant = id(3), aidedApplicant = id(4), terminated = id(5);
    const QString lender = id(6), wageClaimant = id(7);
    const QStringList header = {QStringLiteral("执行案号"), QStringLiteral("申请执行人"), QStringLiteral("申请执行人证件号码"),
        QStringLiteral("被执行人"), QStringLiteral("被执行人证件号码"), QStringLiteral("结案方式"),
        QStringLiteral("未执行到位金额")};
    PoolBuilder(pool)
        .list(QStringLiteral("execution"),
            {header,
                {QStringLiteral("E1"), QStringLiteral("甲"), applicant, QStringLiteral("乙"), respondent,
                    QStringLiteral("终结本次执行程序"), QStringLiteral("150000")},
                {QStringLiteral("E2"), QStringLiteral("丙"), paidApplicant, QStringLiteral("丁"), id(20),
                    QStringLiteral("执行完毕"), QStringLiteral("0")},
                {QStringLiteral("E3"), QStringLiteral("戊"), aidedApplicant, QStringLiteral("己"), id(21),
                    QStringLiteral("终结本次执行程序"), QString()},
                {QStringLiteral("E4"), QStringLiteral("庚"), terminated, QStringLiteral("辛"), id(22), QStringLiteral("终结执行"),
                    QStringLiteral("5000")},
                {QStringLiteral("E5"), QStringLiteral("壬"), lender, QStringLiteral("癸"), id(23),
                    QStringLiteral("终结本次执行程序"), QStringLiteral("80000")},
                {QStringLiteral("E6"), QStringLiteral("子"), wageClaimant, QStringLiteral("丑"), id(24),
                    QStringLiteral("终结本次执行程序"), QStringLiteral("30000")}})
        // the victims behind the enforcements: a crime victim and a wage claimant; the lender's
        // suit is a loan, not an injury
        .list(QStringLiteral("victims"),
            {kVictimHeader,
                {QStringLiteral("V1"), QStringLiteral("故意伤害"), QStringLiteral("甲"), applicant, QStringLiteral("2023-01-05"),
                    QString(), QStringLiteral("已调解")},
                {QStringLiteral("V2"), QStringLiteral("交通肇事"), QStringLiteral("乙"), respondent, QStringLiteral("2023-01-05"),
                    QString(), QString()},
                {QStringLiteral("V3"), QStringLiteral("诈骗"), QStringLiteral("庚"), terminated, QStringLiteral("2023-01-05"),
                    QString(), QString()},
                {QStringLiteral("V4"), QStringLiteral("故意伤害"), QStringLiteral("丙"), paidApplicant,
                    QStringLiteral("2023-01-05"), QString(), QString()},
                {QStringLiteral("V5"), QStringLiteral("故意伤害"), QStringLiteral("戊"), aidedApplicant,
                    QStringLiteral("2023-01-05"), QString(), QString()}})
        .list(QStringLiteral("civil-cases"),
            {{QStringLiteral("案号"), QStringLiteral("案由"), QStringLiteral("原告"), QStringLiteral("原告身份证号码"),
                 QStringLiteral("立案日期")},
                {QStringLiteral("M1"), QStringLiteral("民间借贷纠纷"), QStringLiteral("壬"), lender,
                    QStringLiteral("2022-01-05")},
                {QStringLiteral("M2"), QStringLiteral("追索劳动报酬纠纷"), QStringLiteral("子"), wageClaimant,
                    QStringLiteral("2022-01-05")}})
        .list(QStringLiteral("poverty-monitoring"),
            {kListHeader, {QStringLiteral("甲"), applicant, QString()}, {QStringLiteral("乙"), respondent, QString()},
                {QStringLiteral("丙"), paidApplicant, QString()}, {QStringLiteral("戊"), aidedApplicant, QString()},
                {QStringLiteral("庚"), terminated, QString()}, {QStringLiteral("壬"), lender, QString()},
                {QStringLiteral("子"), wageClaimant, QString()}})
        .list(QStringLiteral("judicial-aid"),
            {kAidHeader,
                {QStringLiteral("戊"), aidedApplicant, QStringLiteral("5000"), QStringLiteral("2024-04-01"),
                    QStringLiteral("X")}})
        .importAll();
    run(*pool, "unpaid-judgments-in-hardship");
    CHECK(clueKeys(*pool, "unpaid-judgments-in-hardship") == std::set<QString>{applicant, terminated, wageClaimant});
    const ClueRow c = clueOf(*pool, "unpaid-judgments-in-hardship", applicant);
    CHECK(c.grade == QStringLiteral("red")); // 150,000 unpaid
    CHECK(c.reasonZh.contains(QStringLiteral("150000元")));
    CHECK(c.reasonZh.startsWith(QStringLiteral("V1案件被害人")));
    CHECK(clueOf(*pool, "unpaid-judgments-in-hardship", terminated).grade == QStringLiteral("yellow"));
    CHECK(clueOf(*pool, "unpaid-judgments-in-hardship", wageClaimant)
              .reasonZh.startsWith(QStringLiteral("追索劳动报酬纠纷案件原告")));

    // the wide form: any applicant whose enforcement ended unpaid
    QJsonObject json = builtIn("unpaid-judgments-in-hardship").toJson();
    QJsonArray params = json.value(QStringLiteral("parameters")).toArray();
    QJsonObject wide = params[0].toObject();
    REQUIRE(wide.value(QStringLiteral("name")) == QStringLiteral("any_applicant"));
    wide.insert(QStringLiteral("value"), 1);
    params[0] = wide;
    json.insert(QStringLiteral("parameters"), params);
    auto m = ModelDefinition::fromJson(json);
    REQUIRE(m.ok());
    const auto catalog = DatasetCatalog::forPool(*pool);
    REQUIRE(m->check(catalog).ok());
    REQUIRE(ScreeningRunner(*pool, catalog).run(*m).ok());
    CHECK(clueKeys(*pool, "unpaid-judgments-in-hardship") == std::set<QString>{applicant, terminated, wageClaimant, lender});
}

TEST_CASE("social-assistance-recipients-eligible and aided-without-social-assistance", "[screening][models]")
{
    testing::TempPool pool;
    pool->setSetting(QStringLiteral("county.prefix"), QStringLiteral("330382"));
    pool->setSetting(QStringLiteral("county.historic_codes"), QStringLiteral("330399"));
    pool->setSetting(QStringLiteral("county.name"), QStringLiteral("乐清市"));
    const QString victim = id(1), applicant = id(2), compensated = id(3), aidedVictim = id(4);
    const QString aidedLocal = id(5), aidedElsewhere = PoolBuilder::person(QDate(1975, 5, 5), 7, QStringLiteral("511025"));
    // born elsewhere but living here, and born under the county's former code
    const QString movedHere = PoolBuilder::person(QDate(1976, 6, 6), 8, QStringLiteral("511025"));
    const QString oldCode = PoolBuilder::person(QDate(1960, 2, 2), 9, QStringLiteral("330399"));
    const QStringList social = {
        QStringLiteral("受救助人"), QStringLiteral("身份证号码"), QStringLiteral("救助类型"), QStringLiteral("救助金额")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {kVictimHeader,
                {QStringLiteral("A1"), QStringLiteral("故意伤害"), QStringLiteral("甲"), victim, QStringLiteral("2024-01-05"),
                    QString(), QString()},
                {QStringLiteral("A2"), QStringLiteral("故意伤害"), QStringLiteral("丙"), compensated,
                    QStringLiteral("2024-01-05"), QString(), QStringLiteral("已赔偿到位")},
                {QStringLiteral("A3"), QStringLiteral("交通肇事"), QStringLiteral("丁"), aidedVictim,
                    QStringLiteral("2024-01-05"), QString(), QString()}})
        .list(QStringLiteral("execution"),
            {{QStringLiteral("执行案号"), QStringLiteral("申请执行人"), QStringLiteral("申请执行人证件号码"),
                 QStringLiteral("结案方式")},
                {QStringLiteral("E1"), QStringLiteral("乙"), applicant, QStringLiteral("终结本次执行程序")}})
        .list(QStringLiteral("social-assistance"),
            {social, {QStringLiteral("甲"), victim, QStringLiteral("临时救助"), QStringLiteral("2000")},
                {QStringLiteral("乙"), applicant, QStringLiteral("临时救助"), QStringLiteral("1500")},
                {QStringLiteral("丙"), compensated, QStringLiteral("临时救助"), QStringLiteral("1000")},
                {QStringLiteral("丁"), aidedVictim, QStringLiteral("临时救助"), QStringLiteral("1000")}})
        .list(QStringLiteral("judicial-aid"),
            {kAidHeader + QStringList{QStringLiteral("户籍地址")},
                {QStringLiteral("丁"), aidedVictim, QStringLiteral("8000"), QStringLiteral("2024-04-01"), QStringLiteral("X1"),
                    QString()},
                {QStringLiteral("戊"), aidedLocal, QStringLiteral("9000"), QStringLiteral("2024-04-02"), QStringLiteral("X2"),
                    QString()},
                {QStringLiteral("己"), aidedElsewhere, QStringLiteral("6000"), QStringLiteral("2024-04-03"), QStringLiteral("X3"),
                    QStringLiteral("四川省泸县福集镇")},
                {QStringLiteral("庚"), movedHere, QStringLiteral("5000"), QStringLiteral("2024-04-04"), QStringLiteral("X4"),
                    QStringLiteral("浙江省乐清市柳市镇长虹村")},
                {QStringLiteral("辛"), oldCode, QStringLiteral("5000"), QStringLiteral("2024-04-05"), QStringLiteral("X5"),
                    QString()}})
        .importAll();
    run(*pool, "social-assistance-recipients-eligible");
    CHECK(clueKeys(*pool, "social-assistance-recipients-eligible") == std::set<QString>{victim, applicant});
    CHECK(clueOf(*pool, "social-assistance-recipients-eligible", victim).reasonZh.contains(QStringLiteral("2000元")));

    run(*pool, "aided-without-social-assistance");
    CHECK(
        clueKeys(*pool, "aided-without-social-assistance") == std::set<QString>{aidedLocal, aidedElsewhere, movedHere, oldCode});
    const ClueRow local = clueOf(*pool, "aided-without-social-assistance", aidedLocal);
    const ClueRow elsewhere = clueOf(*pool, "aided-without-social-assistance", aidedElsewhere);
    CHECK(local.reasonZh.startsWith(QStringLiteral("本地（身份证号码地区码330382）：已获司法救助9000元")));
    CHECK(elsewhere.reasonZh.startsWith(QStringLiteral("外地：")));
    CHECK(elsewhere.reasonEn.startsWith(QStringLiteral("non-local")));
    CHECK(local.grade == QStringLiteral("orange"));
    CHECK(elsewhere.grade == QStringLiteral("yellow"));
    const ClueRow moved = clueOf(*pool, "aided-without-social-assistance", movedHere);
    CHECK(moved.reasonZh.startsWith(QStringLiteral("本地（住址“浙江省乐清市柳市镇长虹村”）")));
    CHECK(moved.grade == QStringLiteral("orange"));
    const ClueRow old = clueOf(*pool, "aided-without-social-assistance", oldCode);
    CHECK(old.reasonZh.startsWith(QStringLiteral("本地（身份证号码地区码330399）")));

    // without a county the model still runs, says so, and calls nobody local or non-local
    for (const char* key : {"county.prefix", "county.historic_codes", "county.name"})
        pool->setSetting(QString::fromLatin1(key), QString());
    const ModelRunResult unset = run(*pool, "aided-without-social-assistance");
    CHECK(unset.warnings.join(u' ').contains(QStringLiteral("county")));
    CHECK(clueOf(*pool, "aided-without-social-assistance", aidedLocal).reasonZh.startsWith(QStringLiteral("已获司法救助")));
    CHECK(clueOf(*pool, "aided-without-social-assistance", aidedLocal).grade == QStringLiteral("yellow"));
}

TEST_CASE("key-groups-in-proceedings: minors on the case date and key lists", "[screening][models]")
{
    testing::TempPool pool;
    const QString minor = PoolBuilder::person(QDate(2010, 6, 1), 1);         // 13 when accepted
    const QString eighteenToday = PoolBuilder::person(QDate(2006, 3, 1), 2); // 18 exactly on 2024-03-01
    const QString adult = id(3), listedPetitioner = id(4), aidedMinor = PoolBuilder::person(QDate(2011, 1, 1), 5);
    const QString adultPetitioner = id(6);
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {kVictimHeader,
                {QStringLiteral("A1"), QStringLiteral("故意伤害"), QStringLiteral("小明"), minor, QStringLiteral("2024-03-01"),
                    QString(), QString()},
                {QStringLiteral("A2"), QStringLiteral("故意伤害"), QStringLiteral("小红"), eighteenToday,
                    QStringLiteral("2024-03-01"), QString(), QString()},
                {QStringLiteral("A3"), QStringLiteral("盗窃"), QStringLiteral("老王"), adult, QStringLiteral("2024-03-01"),
                    QString(), QString()},
                {QStringLiteral("A4"), QStringLiteral("故意伤害"), QStringLiteral("小刚"), aidedMinor,
                    QStringLiteral("2024-03-01"), QString(), QString()}})
        .list(QStringLiteral("petitions"),
            {{QStringLiteral("信访人"), QStringLiteral("信访人身份证号码"), QStringLiteral("类型"), QStringLiteral("来访日期")},
                {QStringLiteral("老李"), listedPetitioner, QStringLiteral("民事诉讼监督申请"), QStringLiteral("2024-02-01")},
                {QStringLiteral("老张"), adultPetitioner, QStringLiteral("信访"), QStringLiteral("2024-02-01")}})
        .list(QStringLiteral("poverty-monitoring"), {kListHeader, {QStringLiteral("老李"), listedPetitioner, QString()}})
        .list(QStringLiteral("children-in-distress"), {kListHeader, {QStringLiteral("小明"), minor, QString()}})
        .list(QStringLiteral("judicial-aid"),
            {kAidHeader,
                {QStringLiteral("小刚"), aidedMinor, QStringLiteral("3000"), QStringLiteral("2024-04-01"), QStringLiteral("X")}})
        .importAll();
    run(*pool, "key-groups-in-proceedings");
    CHECK(clueKeys(*pool, "key-groups-in-proceedings") == std::set<QString>{minor, listedPetitioner});
    const ClueRow m = clueOf(*pool, "key-groups-in-proceedings", minor);
    CHECK(m.grade == QStringLiteral("red")); // a minor on the children-in-distress list
    CHECK(m.reasonZh.contains(QStringLiteral("13岁")));
    const ClueRow p = clueOf(*pool, "key-groups-in-proceedings", listedPetitioner);
    CHECK(p.grade == QStringLiteral("yellow"));
    CHECK(p.reasonZh.contains(QStringLiteral("民事诉讼监督申请")));
    CHECK_FALSE(p.reasonZh.contains(QStringLiteral("未成年")));
}

TEST_CASE("uncompensated victims: an order to compensate is not a payment; charges and the elderly are parameters",
    "[screening][models]")
{
    testing::TempPool pool;
    const QString ordered = id(31), paid = id(32), robbed = id(33), elderlyFraud = id(34, 1950), youngFraud = id(35),
                  relative = id(36), killed = id(37);
    const QStringList header = {QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
        QStringLiteral("被害人身份证号码"), QStringLiteral("近亲属姓名"), QStringLiteral("近亲属身份证号码"),
        QStringLiteral("受理日期"), QStringLiteral("案情摘要")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {header,
                {QStringLiteral("C1"), QStringLiteral("故意伤害"), QStringLiteral("甲"), ordered, QString(), QString(),
                    QStringLiteral("2024-01-05"), QStringLiteral("判决判令被告人予以赔偿，至今未履行。")},
                {QStringLiteral("C2"), QStringLiteral("故意伤害"), QStringLiteral("乙"), paid, QString(), QString(),
                    QStringLiteral("2024-01-05"), QStringLiteral("被告人家属已予以赔偿。")},
                {QStringLiteral("C3"), QStringLiteral("抢劫"), QStringLiteral("丙"), robbed, QString(), QString(),
                    QStringLiteral("2024-01-05"), QString()},
                {QStringLiteral("C4"), QStringLiteral("诈骗"), QStringLiteral("丁"), elderlyFraud, QString(), QString(),
                    QStringLiteral("2024-01-05"), QStringLiteral("被骗养老钱八万元")},
                {QStringLiteral("C5"), QStringLiteral("诈骗"), QStringLiteral("戊"), youngFraud, QString(), QString(),
                    QStringLiteral("2024-01-05"), QString()},
                {QStringLiteral("C6"), QStringLiteral("故意杀人"), QStringLiteral("己"), killed, QStringLiteral("庚"), relative,
                    QStringLiteral("2024-01-05"), QStringLiteral("被害人死亡")}})
        .list(QStringLiteral("subsistence"),
            {kListHeader, {QStringLiteral("甲"), ordered, QString()}, {QStringLiteral("乙"), paid, QString()},
                {QStringLiteral("丙"), robbed, QString()}, {QStringLiteral("丁"), elderlyFraud, QString()},
                {QStringLiteral("戊"), youngFraud, QString()}, {QStringLiteral("庚"), relative, QString()}})
        .importAll();
    const auto catalog = DatasetCatalog::forPool(*pool);
    for (const char* model : {"uncompensated-victims-in-hardship", "social-assistance-recipients-eligible"}) {
        INFO(model);
        // as shipped: intentional injury and traffic cases only
        run(*pool, model);
        if (QLatin1String(model) == QLatin1String("uncompensated-victims-in-hardship"))
            CHECK(clueKeys(*pool, model) == std::set<QString>{ordered});

        // the office widens the charges and takes in elderly fraud victims
        QJsonObject json = builtIn(model).toJson();
        QJsonArray params = json.value(QStringLiteral("parameters")).toArray();
        for (qsizetype i = 0; i < params.size(); ++i) {
            QJsonObject p = params[i].toObject();
            if (p.value(QStringLiteral("name")) == QStringLiteral("charges"))
                p.insert(QStringLiteral("value"), QStringLiteral("故意伤害、交通肇事、故意杀人、抢劫"));
            if (p.value(QStringLiteral("name")) == QStringLiteral("elderly_charges"))
                p.insert(QStringLiteral("value"), QStringLiteral("诈骗"));
            params[i] = p;
        }
        json.insert(QStringLiteral("parameters"), params);
        auto widened = ModelDefinition::fromJson(json);
        REQUIRE(widened.ok());
        REQUIRE(widened->check(catalog).ok());
        REQUIRE(ScreeningRunner(*pool, catalog).run(*widened).ok());
    }
    CHECK(clueKeys(*pool, "uncompensated-victims-in-hardship") == std::set<QString>{ordered, robbed, elderlyFraud, relative});
    CHECK(clueOf(*pool, "uncompensated-victims-in-hardship", elderlyFraud).reasonZh.startsWith(QStringLiteral("诈骗")));
}

TEST_CASE(
    "Weidu's collisions: petitioners with open enforcements; victims of offenders with nothing to enforce", "[screening][models]")
{
    testing::TempPool pool;
    const QString petitioner = id(51), supervision = id(52), paidPetitioner = id(53);
    const QString offender = id(54), victimOfOffender = id(55), solvent = id(56), victimOfSolvent = id(57);
    PoolBuilder(pool)
        .list(QStringLiteral("petitions"),
            {{QStringLiteral("信访人"), QStringLiteral("信访人身份证号码"), QStringLiteral("类型"), QStringLiteral("受理日期")},
                {QStringLiteral("甲"), petitioner, QStringLiteral("信访"), QStringLiteral("2024-03-05")},
                {QStringLiteral("乙"), supervision, QStringLiteral("民事诉讼监督申请"), QStringLiteral("2024-04-09")},
                {QStringLiteral("丙"), paidPetitioner, QStringLiteral("信访"), QStringLiteral("2024-02-01")}})
        .list(QStringLiteral("execution"),
            {{QStringLiteral("执行案号"), QStringLiteral("申请执行人"), QStringLiteral("申请执行人证件号码"),
                 QStringLiteral("被执行人"), QStringLiteral("被执行人证件号码"), QStringLiteral("结案方式")},
                {QStringLiteral("E1"), QStringLiteral("甲"), petitioner, QStringLiteral("某"), id(60),
                    QStringLiteral("终结本次执行程序")},
                {QStringLiteral("E2"), QStringLiteral("乙"), supervision, QStringLiteral("某"), id(61), QStringLiteral("执行中")},
                {QStringLiteral("E3"), QStringLiteral("丙"), paidPetitioner, QStringLiteral("某"), id(62),
                    QStringLiteral("执行完毕")},
                {QStringLiteral("E4"), QStringLiteral("丁"), id(63), QStringLiteral("戊"), offender,
                    QStringLiteral("终结本次执行程序")},
                {QStringLiteral("E5"), QStringLiteral("己"), id(64), QStringLiteral("庚"), solvent, QStringLiteral("执行完毕")}})
        .list(QStringLiteral("victims"),
            {{QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
                 QStringLiteral("被害人身份证号码"), QStringLiteral("犯罪嫌疑人姓名"), QStringLiteral("犯罪嫌疑人身份证号码")},
                {QStringLiteral("V1"), QStringLiteral("故意伤害"), QStringLiteral("辛"), victimOfOffender, QStringLiteral("戊"),
                    offender},
                {QStringLiteral("V2"), QStringLiteral("故意伤害"), QStringLiteral("壬"), victimOfSolvent, QStringLiteral("庚"),
                    solvent}})
        .importAll();
    run(*pool, "petitioners-with-unfinished-executions");
    CHECK(clueKeys(*pool, "petitioners-with-unfinished-executions") == std::set<QString>{petitioner, supervision});
    CHECK(clueOf(*pool, "petitioners-with-unfinished-executions", supervision)
              .reasonZh.startsWith(QStringLiteral("民事诉讼监督申请")));
    run(*pool, "victims-of-insolvent-offenders");
    // the victim, never the offender
    CHECK(clueKeys(*pool, "victims-of-insolvent-offenders") == std::set<QString>{victimOfOffender});
    const ClueRow c = clueOf(*pool, "victims-of-insolvent-offenders", victimOfOffender);
    CHECK(c.reasonZh.contains(QStringLiteral("犯罪嫌疑人戊")));
    CHECK(c.reasonZh.contains(QStringLiteral("E4")));
    CHECK(c.names == QStringList{QStringLiteral("辛")});
}

TEST_CASE(
    "uncompensated-victims-in-hardship: a list twice the victims' size is read for the victims only", "[screening][models][plan]")
{
    // Two victims of an assault; the subsistence list holds one of them and eleven others: 12 rows
    // against at most 4 (the model reads the victims' list twice). The step reading the hardship
    // lists keeps the victim's row alone, and the model finds the same rows as read whole.
    testing::TempPool pool;
    const QString listed = id(1), unlisted = id(2);
    std::vector<QStringList> poor{kListHeader, {QStringLiteral("张一"), listed, QStringLiteral("柳市镇")}};
    for (int n = 20; n < 31; ++n)
        poor.push_back({QStringLiteral("某人"), id(n), QString()});
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {kVictimHeader,
                {QStringLiteral("A1"), QStringLiteral("故意伤害"), QStringLiteral("张一"), listed, QStringLiteral("2024-01-05"),
                    QString(), QString()},
                {QStringLiteral("A2"), QStringLiteral("故意伤害"), QStringLiteral("李二"), unlisted, QStringLiteral("2024-01-05"),
                    QString(), QString()}})
        .list(QStringLiteral("subsistence"), poor)
        .importAll();
    const char* model = "uncompensated-victims-in-hardship";
    run(*pool, model);
    CHECK(clueKeys(*pool, model) == std::set<QString>{listed});
    CHECK(ClueStore(*pool).evidence(clueOf(*pool, model, listed).id).size() == 2);

    // The compiled model as a run compiles it: the lists' sizes are what the plan weighs.
    // the hardship lists (s3) take only the subjects of the victims' steps (their union, s2)
    CHECK(runSql(*pool, model).contains(QStringLiteral("rp.dataset_id IN (2) AND rp.person_key IN (SELECT pk FROM s2)")));
    CompileContext ctx = sizedContext(*pool, model);
    // The rows of the output step, and how many the hardship step holds.
    const auto rowsOf = [&](bool narrow, qint64* hardshipRows) {
        ctx.narrow = narrow;
        return outputRows(*pool, model, ctx, "hardship", hardshipRows);
    };
    qint64 whole = 0, narrowed = 0;
    const auto plain = rowsOf(false, &whole);
    CHECK(rowsOf(true, &narrowed) == plain);
    CHECK(plain.size() == 2); // the victim's row and the list's
    CHECK(whole == 12);
    CHECK(narrowed == 1);
    // Without the lists' sizes nothing is narrowed: sources alone relate no rows.
    ctx.datasetRows.clear();
    CHECK(rowsOf(true, &narrowed) == plain);
    CHECK(narrowed == 12);
}
