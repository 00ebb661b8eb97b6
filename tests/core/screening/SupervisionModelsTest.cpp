// Models 12-14 (subjects that are cases, claimants against a company, auction lots) and the
// language features they are built from. Every expectation is worked out by hand from the rows
// written here; the demo set's own oracle is checked in ModelDefinitionTest.
#include "ScreeningTestSupport.h"

#include "review/ReviewStore.h"
#include "review/Statistics.h"
#include "screening/ModelDefinition.h"
#include "screening/SqlCompiler.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cluedesk;
using namespace screening_test;
using testing::PoolBuilder;

namespace {

QString person(int n)
{
    return PoolBuilder::person(QDate(1970, 1, 1).addDays(n * 53), n);
}

// Valid unified social credit codes (checked with python-stdnum: tests/data/identity/uscc.tsv).
const QString kCodeA = QStringLiteral("91687551T453AQFR3J");
const QString kCodeB = QStringLiteral("59298318E9GJRFYBUH");
const QString kCodeC = QStringLiteral("536979162FCBYNF36Q");
const QString kCodeD = QStringLiteral("51895958T8C0H0U87W");

// Months as contribution lists write them: 202001, 202002 ...
QStringList months(const QDate& from, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << from.addMonths(i).toString(QStringLiteral("yyyyMM"));
    return out;
}

} // namespace

TEST_CASE("admin-cases-not-transferred: over the threshold or three times in two years, no police case", "[screening][models]")
{
    testing::TempPool pool;
    const QString over = person(1), under = person(2), sent = person(3), fisher = person(4), slow = person(5);
    auto penalty = [](int n, const QString& party, const QString& code, const char* violation, const char* amount,
                       const char* date) {
        return QStringList{QStringLiteral("乐市监罚决字〔2023〕%1号").arg(n), QStringLiteral("当事人%1").arg(n), party, code,
            QString::fromUtf8(violation), QString::fromUtf8(amount), QString::fromUtf8(date)};
    };
    std::vector<QStringList> penalties = {{QStringLiteral("行政处罚决定书文号"), QStringLiteral("当事人名称"),
        QStringLiteral("当事人身份证号码"), QStringLiteral("统一社会信用代码"), QStringLiteral("违法行为类型"),
        QStringLiteral("涉案货值金额"), QStringLiteral("处罚决定日期")}};
    penalties.push_back(penalty(1, over, QString(), "销售伪劣产品", "60000", "2023-03-01"));            // flagged
    penalties.push_back(penalty(2, QString(), kCodeA.toLower(), "非法经营", "50,000元", "2023-04-01")); // at the threshold
    penalties.push_back(penalty(3, under, QString(), "销售伪劣产品", "49999", "2023-05-01"));           // under it
    penalties.push_back(penalty(4, sent, QString(), "销售伪劣产品", "90000", "2023-06-01"));            // with the police
    penalties.push_back(penalty(11, QString(), kCodeB, "非法采矿", "200000", "2023-06-02"));            // with the police
    penalties.push_back(penalty(5, fisher, QString(), "非法捕捞水产品", "800", "2022-01-01"));
    penalties.push_back(penalty(6, fisher, QString(), "非法捕捞水产品", "800", "2022-12-01"));
    penalties.push_back(penalty(7, fisher, QString(), "非法捕捞水产品", "800", "2023-12-31")); // three within two years
    penalties.push_back(penalty(8, slow, QString(), "非法捕捞水产品", "800", "2021-01-01"));
    penalties.push_back(penalty(9, slow, QString(), "非法捕捞水产品", "800", "2022-06-01"));
    penalties.push_back(penalty(10, slow, QString(), "非法捕捞水产品", "800", "2023-01-02")); // two years and a day
    const std::vector<QStringList> police = {{QStringLiteral("受案编号"), QStringLiteral("嫌疑人身份证号码"),
                                                 QStringLiteral("涉案单位统一社会信用代码"), QStringLiteral("受案时间")},
        {QStringLiteral("A1"), sent, QString(), QStringLiteral("2023-07-01")},
        {QStringLiteral("A2"), QString(), kCodeB, QStringLiteral("2023-07-02")}};
    PoolBuilder(pool).list(QStringLiteral("admin-penalties"), penalties).list(QStringLiteral("police-cases"), police).importAll();

    const char* model = "admin-cases-not-transferred";
    run(*pool, model);
    auto no = [](int n) { return QStringLiteral("乐市监罚决字(2023)%1号").arg(n); };
    CHECK(clueKeys(*pool, model) == std::set<QString>{no(1), no(2), no(5), no(6), no(7)});
    const ClueRow first = clueOf(*pool, model, no(1));
    CHECK(first.subjectKind == QStringLiteral("case"));
    CHECK(first.grade == QStringLiteral("orange"));
    CHECK(first.names == QStringList{QStringLiteral("当事人1")});
    CHECK(first.reasonZh.contains(QStringLiteral("涉案金额60000元，达到刑事立案追诉标准")));
    CHECK(clueOf(*pool, model, no(6)).grade == QStringLiteral("yellow"));
    CHECK(clueOf(*pool, model, no(6)).reasonZh.contains(QStringLiteral("同类违法受罚3次")));
    // A case number is no one's ID: not masked for a role that sees IDs masked.
    CHECK(first.personKey == no(1));
}

TEST_CASE("false-labour-claims-in-bankruptcy: no contributions, insiders, after revocation, one amount", "[screening][models]")
{
    testing::TempPool pool;
    const QString boss = person(1), genuine = person(2), elsewhere = person(3), shareholder = person(4), housemate = person(5),
                  late = person(6), g1 = person(7), g2 = person(8), g3 = person(9), undated = person(10),
                  unknownDebtor = person(11);
    const QString home = QStringLiteral("乐清市柳市镇长虹路18号");
    const std::vector<QStringList> companies = {
        {QStringLiteral("企业名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("法定代表人"),
            QStringLiteral("法定代表人身份证号码"), QStringLiteral("法定代表人住所"), QStringLiteral("股东"),
            QStringLiteral("吊销/注销日期")},
        {QStringLiteral("乐清市甲电气有限公司"), kCodeA, QStringLiteral("王五"), boss, home, QStringLiteral("王五、李四"),
            QStringLiteral("2023-03-31")}};
    std::vector<QStringList> insurance = {{QStringLiteral("参保单位"), QStringLiteral("统一社会信用代码"),
        QStringLiteral("公民身份号码"), QStringLiteral("费款所属期")}};
    auto contribute = [&](const QString& code, const QString& id, const QDate& from, int count) {
        for (const QString& m : months(from, count))
            insurance.push_back({QStringLiteral("某单位"), code, id, m});
    };
    contribute(kCodeA, genuine, QDate(2020, 1, 1), 36);
    contribute(kCodeC, elsewhere, QDate(2021, 1, 1), 6); // insured, but by another employer
    contribute(kCodeA, late, QDate(2020, 1, 1), 12);     // the debtor's last contribution: 2020-12
    for (const QString& g : {g1, g2, g3})
        contribute(kCodeA, g, QDate(2020, 1, 1), 3);
    contribute(kCodeA, undated, QDate(2020, 1, 1), 3);
    std::vector<QStringList> claims = {{QStringLiteral("债务人"), QStringLiteral("债务人统一社会信用代码"),
        QStringLiteral("职工姓名"), QStringLiteral("身份证号码"), QStringLiteral("住址"), QStringLiteral("申报金额"),
        QStringLiteral("入职日期"), QStringLiteral("离职日期")}};
    auto claim = [&](const QString& code, const char* name, const QString& id, const QString& address, const char* amount,
                     const char* from, const char* to) {
        claims.push_back({QStringLiteral("某公司"), code, QString::fromUtf8(name), id, address, QString::fromUtf8(amount),
            QString::fromUtf8(from), QString::fromUtf8(to)});
    };
    claim(kCodeA, "王五", boss, QString(), "100000", "2015-01-01", "2023-03-31");
    claim(kCodeA, "赵一", genuine, QString(), "30000", "2020-01-01", "2022-12-31");
    claim(kCodeA, "钱二", elsewhere, QString(), "30001", "2021-01-01", "2021-06-30");
    claim(kCodeA, "李四", shareholder, QString(), "30002", "2022-01-01", "2022-12-31");
    claim(kCodeA, "孙三", housemate, home, "30003", "2022-01-01", "2022-12-31");
    claim(kCodeA, "周六", late, QString(), "30004", "2023-05-01", "2023-12-31");
    claim(kCodeA, "吴七", g1, QString(), "45000", "2020-01-01", "2020-03-31");
    claim(kCodeA, "郑八", g2, QString(), "45000", "2020-01-01", "2020-03-31");
    claim(kCodeA, "冯九", g3, QString(), "45000", "2020-01-01", "2020-03-31");
    claim(kCodeA, "陈十", undated, QString(), "30005", "", "");
    claim(kCodeD, "褚十一", unknownDebtor, QString(), "30006", "2021-01-01", "2021-12-31"); // nothing known of this debtor
    PoolBuilder(pool)
        .list(QStringLiteral("enterprises"), companies)
        .list(QStringLiteral("social-insurance"), insurance)
        .list(QStringLiteral("bankruptcy-claims"), claims)
        .importAll();

    const char* model = "false-labour-claims-in-bankruptcy";
    run(*pool, model);
    CHECK(clueKeys(*pool, model) == std::set<QString>{boss, elsewhere, shareholder, housemate, late, g1, g2, g3});
    for (const QString& red : {boss, shareholder, housemate, late})
        CHECK(clueOf(*pool, model, red).grade == QStringLiteral("red"));
    CHECK(clueOf(*pool, model, elsewhere).grade == QStringLiteral("orange"));
    CHECK(clueOf(*pool, model, g2).grade == QStringLiteral("yellow"));
    const ClueRow h = clueOf(*pool, model, housemate);
    CHECK(h.names == QStringList{QStringLiteral("孙三")}); // not the legal representative's name from the paired row
    CHECK(h.reasonZh.startsWith(QStringLiteral("孙三向某公司申报职工债权30003元")));
    CHECK(clueOf(*pool, model, late).reasonZh.contains(QStringLiteral("主张2023-05-01入职，而企业已于2023-03-31吊销或注销")));
    CHECK(clueOf(*pool, model, boss).reasonZh.contains(QStringLiteral("其为乐清市甲电气有限公司的法定代表人")));
    CHECK(h.reasonZh.contains(QStringLiteral("是某公司的股东或与其法定代表人同住（股东：王五、李四）")));
    CHECK_FALSE(clueOf(*pool, model, elsewhere).reasonZh.contains(QStringLiteral("股东")));
    CHECK(clueOf(*pool, model, g1).reasonZh.contains(QStringLiteral("多人申报相同金额45000元")));
}

TEST_CASE("judicial-auction-irregularities: one clue per lot, whatever the brackets", "[screening][models]")
{
    testing::TempPool pool;
    const QString debtor = person(1), clerk = person(2), stranger = person(3);
    std::vector<QStringList> lots = {{QStringLiteral("案号"), QStringLiteral("标的物名称"), QStringLiteral("标的物类型"),
        QStringLiteral("评估价"), QStringLiteral("起拍价"), QStringLiteral("公告日期"), QStringLiteral("拍卖开始时间"),
        QStringLiteral("拍卖轮次"), QStringLiteral("买受人证件号码"), QStringLiteral("被执行人证件号码")}};
    auto lot = [&](const QString& caseNo, const char* name, const char* kind, const char* appraised, const char* start,
                   const char* announced, const char* starts, const char* round, const QString& buyer = {}) {
        lots.push_back(
            {caseNo, QString::fromUtf8(name), QString::fromUtf8(kind), QString::fromUtf8(appraised), QString::fromUtf8(start),
                QString::fromUtf8(announced), QString::fromUtf8(starts), QString::fromUtf8(round), buyer, debtor});
    };
    auto no = [](int n) { return QStringLiteral("(2023)浙0382执%1号").arg(n); };
    lot(no(1), "房屋A", "不动产", "1000000", "690000", "2023-01-01", "2023-02-05", "一拍"); // under 70%
    lot(no(2), "车B", "动产", "100000", "70000", "2023-01-01", "2023-01-20", "一拍");       // 70% exactly
    lot(QStringLiteral("（2023）浙0382执3号"), "厂房C", "不动产", "1000000", "700000", "2023-01-01", "2023-02-05", "一拍");
    lot(no(3), "厂房C", "不动产", "1000000", "559999", "2023-02-10", "2023-03-01", "二拍"); // more than 20% down
    lot(no(4), "商铺D", "不动产", "1000000", "700000", "2023-01-01", "2023-02-05", "一拍");
    lot(no(4), "商铺D", "不动产", "1000000", "560000", "2023-02-14", "2023-03-01", "二拍"); // 20% exactly, 15 days
    lot(no(5), "设备E", "动产", "100000", "80000", "2023-01-01", "2023-01-15", "一拍");     // 14 days
    lot(no(6), "住宅F", "不动产", "1000000", "800000", "2023-01-01", "2023-01-30", "一拍"); // 29 days
    lot(no(7), "设备G", "动产", "100000", "80000", "2023-01-01", "2023-01-20", "一拍");
    lot(no(7), "设备G", "动产", "100000", "70000", "2023-01-25", "2023-01-31", "二拍");          // 6 days
    lot(no(8), "家具H", "动产", "100000", "80000", "2023-01-01", "2023-01-20", "一拍", debtor);  // the debtor buys
    lot(no(9), "车I", "动产", "100000", "80000", "2023-01-01", "2023-01-20", "一拍", clerk);     // a court clerk buys
    lot(no(10), "车J", "动产", "100000", "80000", "2023-01-01", "2023-01-20", "一拍", stranger); // nothing wrong
    const std::vector<QStringList> staff = {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("部门")},
        {QStringLiteral("书记员甲"), clerk, QStringLiteral("执行局")}};
    PoolBuilder(pool).list(QStringLiteral("auctions"), lots).list(QStringLiteral("court-staff"), staff).importAll();

    const char* model = "judicial-auction-irregularities";
    run(*pool, model);
    auto key = [&](int n, const char* name) -> QString { return no(n) + QStringLiteral(" / ") + QString::fromUtf8(name); };
    CHECK(clueKeys(*pool, model) ==
        std::set<QString>{
            key(1, "房屋A"), key(3, "厂房C"), key(5, "设备E"), key(6, "住宅F"), key(7, "设备G"), key(8, "家具H"), key(9, "车I")});
    CHECK(clueOf(*pool, model, key(1, "房屋A")).grade == QStringLiteral("orange"));
    CHECK(clueOf(*pool, model, key(3, "厂房C")).grade == QStringLiteral("orange"));
    CHECK(clueOf(*pool, model, key(5, "设备E")).grade == QStringLiteral("yellow"));
    CHECK(clueOf(*pool, model, key(8, "家具H")).grade == QStringLiteral("red"));
    const ClueRow staffLot = clueOf(*pool, model, key(9, "车I"));
    CHECK(staffLot.grade == QStringLiteral("red"));
    CHECK(staffLot.subjectKind == QStringLiteral("item"));
    CHECK(staffLot.names == QStringList{QStringLiteral("车I")});
    CHECK(staffLot.reasonZh.contains(QStringLiteral("买受人书记员甲在法院工作人员及近亲属名单中")));
    // Both rounds of the lot are evidence, under the two ways its case number was written.
    int rounds = 0;
    for (const EvidenceRow& e : ClueStore(*pool).evidence(clueOf(*pool, model, key(3, "厂房C")).id))
        rounds += e.type == QLatin1String("auctions");
    CHECK(rounds == 2);
}

TEST_CASE("model files: unknown keys are refused with the file and the path named", "[screening][validation]")
{
    QJsonObject json = builtIn("judicial-auction-irregularities").toJson();
    QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QJsonObject second = steps[1].toObject();
    second.insert(QStringLiteral("min_shares"), 0.5);
    steps[1] = second;
    json.insert(QStringLiteral("steps"), steps);
    auto m = ModelDefinition::fromBytes(QJsonDocument(json).toJson(), QStringLiteral("office-auctions.json"));
    REQUIRE_FALSE(m);
    CHECK(m.error().message.contains(QStringLiteral("office-auctions.json")));
    CHECK(m.error().message.contains(QStringLiteral("steps[1] (\"low_start\")")));
    CHECK(m.error().message.contains(QStringLiteral("\"min_shares\"")));

    QJsonObject output = builtIn("judicial-auction-irregularities").toJson();
    QJsonObject out = output.value(QStringLiteral("output")).toObject();
    QJsonArray grades = out.value(QStringLiteral("grades")).toArray();
    QJsonObject g = grades[0].toObject();
    g.insert(QStringLiteral("colour"), QStringLiteral("red"));
    grades[0] = g;
    out.insert(QStringLiteral("grades"), grades);
    output.insert(QStringLiteral("output"), out);
    auto m2 = ModelDefinition::fromJson(output);
    REQUIRE_FALSE(m2);
    CHECK(m2.error().message.contains(QStringLiteral("output.grades[0]")));
}

TEST_CASE("hostile step ids, key fields and parameter values never reach the SQL text", "[screening][validation]")
{
    const QString hostile = QStringLiteral("x'); DROP TABLE clues; --");
    QJsonObject json = builtIn("judicial-auction-irregularities").toJson();
    // A parameter's text value is bound like any other value.
    QJsonArray params = json.value(QStringLiteral("parameters")).toArray();
    QJsonObject ratio = params[0].toObject();
    ratio.insert(QStringLiteral("value"), hostile);
    params[0] = ratio;
    json.insert(QStringLiteral("parameters"), params);
    auto model = ModelDefinition::fromJson(json);
    REQUIRE(model);
    model->steps.front().id = hostile; // the lots step, renamed everywhere it is used
    for (StepSpec& s : model->steps) {
        if (s.from == QLatin1String("lots"))
            s.from = hostile;
    }
    REQUIRE(model->check(DatasetCatalog::builtIn()));
    CompileContext ctx;
    ctx.currentVersions[QStringLiteral("auctions")] = {1};
    auto compiled = SqlCompiler::compile(*model, ctx);
    REQUIRE(compiled);
    CHECK_FALSE(compiled->with.contains(QStringLiteral("DROP")));
    CHECK(compiled->binds.contains(QVariant(hostile)));

    // A key field or a parameter that does not exist is named, not compiled.
    auto bad = ModelDefinition::fromJson(builtIn("judicial-auction-irregularities").toJson());
    REQUIRE(bad);
    bad->steps.front().keyFields = {QStringLiteral("case_no"), QStringLiteral("lot') OR 1=1 --")};
    Status checked = bad->check(DatasetCatalog::builtIn());
    REQUIRE_FALSE(checked);
    CHECK(checked.error().message.contains(QStringLiteral("lot') OR 1=1 --")));
    bad = ModelDefinition::fromJson(builtIn("judicial-auction-irregularities").toJson());
    bad->steps[1].expression = QStringLiteral("start_price < $no_such * appraised_value");
    checked = bad->check(DatasetCatalog::builtIn());
    REQUIRE_FALSE(checked);
    CHECK(checked.error().message.contains(QStringLiteral("$no_such")));
}

TEST_CASE("a supervision clue goes new -> confirmed -> suggested -> corrected, with the money recovered", "[review]")
{
    testing::TempPool pool;
    PoolBuilder(pool)
        .list(QStringLiteral("auctions"),
            {{QStringLiteral("案号"), QStringLiteral("标的物名称"), QStringLiteral("标的物类型"), QStringLiteral("评估价"),
                 QStringLiteral("起拍价"), QStringLiteral("拍卖开始时间"), QStringLiteral("拍卖轮次"),
                 QStringLiteral("买受人证件号码")},
                {QStringLiteral("（2023）浙0382执1号"), QStringLiteral("房屋A"), QStringLiteral("不动产"),
                    QStringLiteral("1000000"), QStringLiteral("600000"), QStringLiteral("2023-02-05"), QStringLiteral("一拍"),
                    person(5)}})
        .importAll();
    run(*pool, "judicial-auction-irregularities");
    const ClueRow c = clueOf(*pool, "judicial-auction-irregularities", QStringLiteral("(2023)浙0382执1号 / 房屋A"));
    CHECK(c.workflow == QStringLiteral("supervision"));
    ReviewStore review(*pool);
    REQUIRE(review.setStatus(c.id, QStringLiteral("verifying"), QString()));
    // the judicial-aid decisions are not on this clue's path
    auto s = review.setStatus(c.id, QStringLiteral("eligible"), QStringLiteral("x"));
    REQUIRE_FALSE(s);
    CHECK(s.error().code == QStringLiteral("review.bad-status"));
    CHECK(review.setStatus(c.id, QStringLiteral("confirmed"), QString()).error().code == QStringLiteral("review.no-reason"));
    REQUIRE(review.setStatus(c.id, QStringLiteral("confirmed"), QStringLiteral("起拍价为评估价六成，违反第十条")));
    s = review.setStatus(c.id, QStringLiteral("suggested"), QStringLiteral("已发检察建议"), 100);
    CHECK(s.error().code == QStringLiteral("review.bad-recovery")); // money is recorded on correction
    REQUIRE(review.setStatus(c.id, QStringLiteral("suggested"), QStringLiteral("已发检察建议书")));
    REQUIRE(review.setStatus(c.id, QStringLiteral("corrected"), QStringLiteral("法院撤销拍卖并重新评估"), 12345678));
    const ClueRow done = clueOf(*pool, "judicial-auction-irregularities", c.personKey);
    CHECK(done.status == QStringLiteral("corrected"));
    CHECK(done.recoveredFen == 12345678);
    const Statistics stats = Statistics::collect(*pool, 2023);
    CHECK(stats.found == 1);
    CHECK(stats.decided == 1); // a supervision decision counts in the dashboard's funnel
    CHECK(review.setStatus(c.id, QStringLiteral("verifying"), QString()).error().code == QStringLiteral("review.bad-transition"));
    // a re-run keeps the decision and the path
    run(*pool, "judicial-auction-irregularities");
    CHECK(clueOf(*pool, "judicial-auction-irregularities", c.personKey).status == QStringLiteral("corrected"));
}

TEST_CASE("person filters on a case or a lot, and a source keyed both ways, are refused", "[screening][validation]")
{
    auto m = ModelDefinition::fromJson(builtIn("judicial-auction-irregularities").toJson());
    REQUIRE(m);
    FilterSpec local;
    local.op = QStringLiteral("local");
    m->steps.front().filters.push_back(local);
    Status checked = m->check(DatasetCatalog::builtIn());
    REQUIRE_FALSE(checked);
    CHECK(checked.error().code == QStringLiteral("model.not-persons"));
    CHECK(checked.error().message.contains(QStringLiteral("\"lots\"")));

    m = ModelDefinition::fromJson(builtIn("judicial-auction-irregularities").toJson());
    m->steps.front().roles = {QStringLiteral("buyer")};
    checked = m->check(DatasetCatalog::builtIn());
    REQUIRE_FALSE(checked);
    CHECK(checked.error().code == QStringLiteral("model.key-and-roles"));
}
