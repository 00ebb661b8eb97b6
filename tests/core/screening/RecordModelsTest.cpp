// Models 6-8, 15 and 16: intervals, relations and counting over records.
#include "ScreeningTestSupport.h"

#include <ranges>

using namespace cluedesk;
using namespace screening_test;
using testing::PoolBuilder;

namespace {

QString id(int n)
{
    return PoolBuilder::person(QDate(1955, 1, 1).addDays(n * 41), n);
}

std::vector<QStringList> pensionRows(
    const QString& name, const QString& key, const QString& from, const QString& to, const QString& amount)
{
    std::vector<QStringList> rows;
    for (QDate m = QDate::fromString(from + QStringLiteral("-01"), Qt::ISODate);
         m <= QDate::fromString(to + QStringLiteral("-01"), Qt::ISODate); m = m.addMonths(1))
        rows.push_back({name, key, m.toString(QStringLiteral("yyyyMM")), amount});
    return rows;
}

} // namespace

TEST_CASE("pension-during-imprisonment: whole months only, and not for probation", "[screening][models]")
{
    testing::TempPool pool;
    const QString prison = id(1), life = id(2), probation = id(3), probationWritten = id(4), shortStay = id(5), stopped = id(6);
    std::vector<QStringList> pension = {
        {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额")}};
    for (const QString& key : {prison, life, probation, probationWritten, shortStay})
        for (auto& r :
            pensionRows(QStringLiteral("某"), key, QStringLiteral("2023-01"), QStringLiteral("2023-12"), QStringLiteral("2000")))
            pension.push_back(r);
    for (auto& r :
        pensionRows(QStringLiteral("某"), stopped, QStringLiteral("2023-01"), QStringLiteral("2023-02"), QStringLiteral("2000")))
        pension.push_back(r);
    PoolBuilder(pool)
        .list(QStringLiteral("pension"), pension)
        .list(QStringLiteral("custody"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("刑种"), QStringLiteral("刑期起日"),
                 QStringLiteral("刑期止日")},
                // 15 March to 10 June: only April and May lie wholly inside
                {QStringLiteral("甲"), prison, QStringLiteral("有期徒刑"), QStringLiteral("2023-03-15"),
                    QStringLiteral("2023-06-10")},
                {QStringLiteral("乙"), life, QStringLiteral("无期徒刑"), QStringLiteral("2023-10-01"), QString()},
                {QStringLiteral("丙"), probation, QStringLiteral("缓刑"), QStringLiteral("2023-01-01"),
                    QStringLiteral("2024-12-31")},
                {QStringLiteral("丁"), probationWritten, QStringLiteral("有期徒刑（缓刑）"), QStringLiteral("2023-01-01"),
                    QStringLiteral("2024-12-31")},
                {QStringLiteral("戊"), shortStay, QStringLiteral("拘役"), QStringLiteral("2023-05-10"),
                    QStringLiteral("2023-06-05")},
                {QStringLiteral("己"), stopped, QStringLiteral("有期徒刑"), QStringLiteral("2023-03-01"),
                    QStringLiteral("2023-12-31")}})
        .importAll();
    run(*pool, "pension-during-imprisonment");
    CHECK(clueKeys(*pool, "pension-during-imprisonment") == std::set<QString>{prison, life});

    const ClueRow p = clueOf(*pool, "pension-during-imprisonment", prison);
    CHECK(p.reasonZh.contains(QStringLiteral("2023-04至2023-05")));
    CHECK(p.reasonZh.contains(QStringLiteral("共2个月")));
    CHECK(p.reasonZh.contains(QStringLiteral("合计4000元")));
    CHECK(p.grade == QStringLiteral("orange"));
    QStringList months;
    bool custodyRow = false;
    for (const EvidenceRow& e : ClueStore(*pool).evidence(p.id)) {
        if (e.type == QLatin1String("pension"))
            months << e.fields().value(QStringLiteral("month")).toString();
        custodyRow = custodyRow || e.type == QLatin1String("custody");
    }
    months.sort();
    CHECK(months == QStringList{QStringLiteral("2023-04"), QStringLiteral("2023-05")});
    CHECK(custodyRow);
    const ClueRow l = clueOf(*pool, "pension-during-imprisonment", life);
    CHECK(l.reasonZh.contains(QStringLiteral("2023-10至2023-12")));
    CHECK_FALSE(l.reasonZh.contains(QStringLiteral("起至"))); // no dangling "to" for an open-ended sentence
}
TEST_CASE("bigamy: a second marriage without divorcing the first spouse", "[screening][models]")
{
    testing::TempPool pool;
    const QString a = id(1), b = id(2), c = id(3);               // a marries b, then c: bigamy
    const QString d = id(4), e = id(5), f = id(6);               // d divorces e, then marries f: lawful
    const QString g = id(7), h = id(8);                          // g and h remarry each other: lawful
    const QString k = id(9), m = id(10), n = id(11), o = id(12); // k's divorce is from o, not m: bigamy
    const QStringList header = {QStringLiteral("业务类型"), QStringLiteral("登记日期"), QStringLiteral("男方姓名"),
        QStringLiteral("男方身份证号码"), QStringLiteral("女方姓名"), QStringLiteral("女方身份证号码")};
    auto row = [](const char* kind, const char* date, const QString& man, const QString& woman) {
        return QStringList{
            QString::fromUtf8(kind), QString::fromLatin1(date), QStringLiteral("男"), man, QStringLiteral("女"), woman};
    };
    PoolBuilder(pool)
        .list(QStringLiteral("marriage"),
            {header, row("结婚登记", "2015-05-01", a, b), row("结婚登记", "2019-10-01", a, c),
                row("结婚登记", "2010-01-01", d, e), row("离婚登记", "2016-01-01", d, e), row("结婚登记", "2018-01-01", d, f),
                row("结婚登记", "2011-01-01", g, h), row("离婚登记", "2014-01-01", g, h), row("复婚登记", "2017-01-01", g, h),
                row("结婚登记", "2012-01-01", k, m), row("离婚登记", "2013-01-01", k, o), row("结婚登记", "2016-01-01", k, n)})
        .importAll();
    run(*pool, "bigamy");
    CHECK(clueKeys(*pool, "bigamy") == std::set<QString>{a, k});
    const ClueRow clue = clueOf(*pool, "bigamy", a);
    CHECK(clue.grade == QStringLiteral("red"));
    CHECK(clue.reasonZh.contains(QStringLiteral("2015-05-01")));
    CHECK(clue.reasonZh.contains(QStringLiteral("2019-10-01")));
    CHECK(ClueStore(*pool).evidence(clue.id).size() == 2); // both registrations
}
TEST_CASE("frequent-litigants: five cases as plaintiff or applicant within five years", "[screening][models]")
{
    testing::TempPool pool;
    const QString mixed = id(1), four = id(2), spread = id(3), defendant = id(4);
    std::vector<QStringList> civil = {{QStringLiteral("案号"), QStringLiteral("原告"), QStringLiteral("原告证件号码"),
        QStringLiteral("被告"), QStringLiteral("被告证件号码"), QStringLiteral("立案日期"), QStringLiteral("案由")}};
    int n = 0;
    auto add = [&](const QString& plaintiff, const QString& def, const QString& date) {
        civil.push_back({QStringLiteral("C%1").arg(++n), QStringLiteral("原"), plaintiff, QStringLiteral("被"), def, date,
            QStringLiteral("民间借贷纠纷")});
    };
    for (const char* d : {"2020-01-01", "2021-01-01", "2022-01-01"})
        add(mixed, id(50 + n), QString::fromLatin1(d));
    for (const char* d : {"2020-01-01", "2020-06-01", "2021-01-01", "2022-01-01"})
        add(four, id(50 + n), QString::fromLatin1(d));
    for (const char* d : {"2014-01-01", "2016-01-01", "2018-01-01", "2020-01-01", "2022-06-01"})
        add(spread, id(50 + n), QString::fromLatin1(d));
    for (const char* d : {"2020-01-01", "2020-02-01", "2020-03-01", "2020-04-01", "2020-05-01"})
        add(id(80 + n), defendant, QString::fromLatin1(d));
    PoolBuilder(pool)
        .list(QStringLiteral("civil-cases"), civil)
        .list(QStringLiteral("execution"),
            {{QStringLiteral("执行案号"), QStringLiteral("申请执行人"), QStringLiteral("申请执行人证件号码"),
                 QStringLiteral("立案日期"), QStringLiteral("结案方式")},
                {QStringLiteral("E1"), QStringLiteral("甲"), mixed, QStringLiteral("2023-01-01"), QStringLiteral("执行完毕")},
                {QStringLiteral("E2"), QStringLiteral("甲"), mixed, QStringLiteral("2024-06-01"), QStringLiteral("执行完毕")}})
        .importAll();
    run(*pool, "frequent-litigants");
    CHECK(clueKeys(*pool, "frequent-litigants") == std::set<QString>{mixed});
    CHECK(clueOf(*pool, "frequent-litigants", mixed).reasonZh.contains(QStringLiteral("5件")));
}
TEST_CASE("names that differ for the same ID are shown on the clue", "[screening]")
{
    testing::TempPool pool;
    const QString key = id(1);
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {{QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")},
                {QStringLiteral("故意伤害"), QStringLiteral("陈丽华"), key}})
        .list(QStringLiteral("subsistence"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("陳麗華"), key}})
        .importAll();
    run(*pool, "uncompensated-victims-in-hardship");
    CHECK(clueOf(*pool, "uncompensated-victims-in-hardship", key).names ==
        QStringList{QStringLiteral("陈丽华"), QStringLiteral("陳麗華")});
}
TEST_CASE("frequent-litigants: a lawsuit and the enforcement of its own judgment count once", "[screening][models]")
{
    testing::TempPool pool;
    const QString enforcer = id(1), other = id(2);
    std::vector<QStringList> civil = {{QStringLiteral("案号"), QStringLiteral("原告证件号码"), QStringLiteral("立案日期")}};
    std::vector<QStringList> execution = {{QStringLiteral("执行案号"), QStringLiteral("申请执行人证件号码"),
        QStringLiteral("立案日期"), QStringLiteral("执行依据")}};
    // Three lawsuits, each enforced: three cases. The basis is written with other brackets.
    for (int k = 1; k <= 3; ++k) {
        civil.push_back({QStringLiteral("（2022）浙0382民初%1号").arg(k), enforcer, QStringLiteral("2022-0%1-01").arg(k)});
        execution.push_back({QStringLiteral("（2022）浙0382执%1号").arg(k), enforcer, QStringLiteral("2022-0%1-15").arg(k + 3),
            QStringLiteral("(2022)浙0382民初%1号").arg(k)});
    }
    // Three lawsuits and two enforcements of someone else's judgments: five cases.
    for (int k = 11; k <= 13; ++k)
        civil.push_back({QStringLiteral("（2022）浙0382民初%1号").arg(k), other, QStringLiteral("2022-01-%1").arg(k)});
    for (int k = 21; k <= 22; ++k)
        execution.push_back({QStringLiteral("（2022）浙0382执%1号").arg(k), other, QStringLiteral("2022-03-%1").arg(k),
            QStringLiteral("（2021）浙0382民初%1号").arg(k)});
    PoolBuilder(pool).list(QStringLiteral("civil-cases"), civil).list(QStringLiteral("execution"), execution).importAll();
    run(*pool, "frequent-litigants");
    CHECK(clueKeys(*pool, "frequent-litigants") == std::set<QString>{other});
}
TEST_CASE(
    "pension-during-imprisonment: 死缓, parole, the correction type, and custody without an end date", "[screening][models]")
{
    testing::TempPool pool;
    const QString reprieve = id(11), paroled = id(12), outside = id(13), open = id(14), life = id(15);
    std::vector<QStringList> pension = {
        {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额")}};
    for (const QString& key : {reprieve, paroled, outside, open, life})
        for (auto& r :
            pensionRows(QStringLiteral("某"), key, QStringLiteral("2023-01"), QStringLiteral("2023-12"), QStringLiteral("2000")))
            pension.push_back(r);
    const auto row = [](const QString& name, const QString& key, const char* sentence, const char* correction, const char* from,
                         const char* to) {
        return QStringList{name, key, QString::fromUtf8(sentence), QString::fromUtf8(correction), QString::fromUtf8(from),
            QString::fromUtf8(to)};
    };
    PoolBuilder(pool)
        .list(QStringLiteral("pension"), pension)
        .list(QStringLiteral("custody"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("刑种"), QStringLiteral("矫正类别"),
                 QStringLiteral("刑期起日"), QStringLiteral("刑期止日")},
                row(QStringLiteral("甲"), reprieve, "死缓", "", "2023-03-01", ""),
                // in prison from 2022, paroled on 15 July 2023: only January to June count
                row(QStringLiteral("乙"), paroled, "有期徒刑", "", "2022-01-01", "2025-12-31"),
                row(QStringLiteral("乙"), paroled, "有期徒刑", "假释", "2023-07-15", "2025-12-31"),
                // a fixed-term sentence served outside prison: the correction type decides
                row(QStringLiteral("丙"), outside, "有期徒刑", "暂予监外执行", "2023-01-01", "2024-12-31"),
                // no end date on a fixed-term sentence: to review, never as confirmed months
                row(QStringLiteral("丁"), open, "有期徒刑", "", "2023-09-01", ""),
                row(QStringLiteral("戊"), life, "无期徒刑", "", "2023-01-01", "")})
        .importAll();
    run(*pool, "pension-during-imprisonment");
    CHECK(clueKeys(*pool, "pension-during-imprisonment") == std::set<QString>{reprieve, paroled, open, life});

    const ClueRow r = clueOf(*pool, "pension-during-imprisonment", reprieve);
    CHECK(r.reasonZh.startsWith(QStringLiteral("死缓")));
    CHECK(r.reasonZh.contains(QStringLiteral("2023-03至2023-12，共10个月")));
    CHECK(r.grade == QStringLiteral("orange"));

    const ClueRow p = clueOf(*pool, "pension-during-imprisonment", paroled);
    CHECK(p.reasonZh.contains(QStringLiteral("2023-01至2023-06，共6个月")));
    CHECK(p.reasonZh.contains(QStringLiteral("假释自2023-07-15起")));

    const ClueRow o = clueOf(*pool, "pension-during-imprisonment", open);
    CHECK(o.grade == QStringLiteral("yellow"));
    CHECK(o.reasonZh.contains(QStringLiteral("刑期止日缺失")));
    CHECK(o.reasonZh.contains(QStringLiteral("2023-09至2023-12共4个月")));
    CHECK_FALSE(o.reasonZh.contains(QStringLiteral("服刑期间仍领取")));

    const ClueRow l = clueOf(*pool, "pension-during-imprisonment", life);
    CHECK(l.grade == QStringLiteral("red")); // twelve months
    CHECK_FALSE(l.reasonZh.contains(QStringLiteral("刑期止日缺失")));
}
TEST_CASE("pension-increase-during-correction: a yearly increase paid on probation or outside prison", "[screening][models]")
{
    testing::TempPool pool;
    const QString probation = id(21), outside = id(22), raisedBefore = id(23), prison = id(24), flat = id(25);
    std::vector<QStringList> pension = {
        {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额")}};
    // the July increase, for everyone but `flat`
    for (const QString& key : {probation, outside, raisedBefore, prison, flat})
        for (auto& r :
            pensionRows(QStringLiteral("某"), key, QStringLiteral("2023-01"), QStringLiteral("2023-12"), QStringLiteral("2000")))
            pension.push_back(r);
    for (QStringList& r : pension | std::views::drop(1))
        if (r[1] != flat && r[2] >= QStringLiteral("202307"))
            r[3] = QStringLiteral("2080");
    PoolBuilder(pool)
        .list(QStringLiteral("pension"), pension)
        .list(QStringLiteral("custody"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("刑种"), QStringLiteral("矫正类别"),
                 QStringLiteral("刑期起日"), QStringLiteral("刑期止日")},
                {QStringLiteral("甲"), probation, QStringLiteral("有期徒刑缓刑"), QString(), QStringLiteral("2023-03-01"),
                    QStringLiteral("2024-02-28")},
                {QStringLiteral("乙"), outside, QStringLiteral("有期徒刑"), QStringLiteral("暂予监外执行"),
                    QStringLiteral("2023-05-01"), QStringLiteral("2024-04-30")},
                // correction ended before the increase
                {QStringLiteral("丙"), raisedBefore, QStringLiteral("管制"), QString(), QStringLiteral("2022-07-01"),
                    QStringLiteral("2023-06-30")},
                // in prison: the other model's business, not an increase question
                {QStringLiteral("丁"), prison, QStringLiteral("有期徒刑"), QString(), QStringLiteral("2023-01-01"),
                    QStringLiteral("2024-12-31")},
                {QStringLiteral("戊"), flat, QStringLiteral("缓刑"), QString(), QStringLiteral("2023-01-01"),
                    QStringLiteral("2024-12-31")}})
        .importAll();
    run(*pool, "pension-increase-during-correction");
    CHECK(clueKeys(*pool, "pension-increase-during-correction") == std::set<QString>{probation, outside});
    const ClueRow c = clueOf(*pool, "pension-increase-during-correction", outside);
    CHECK(c.workflow == QStringLiteral("supervision"));
    CHECK(c.reasonZh.startsWith(QStringLiteral("待遇计发错误：暂予监外执行")));
    CHECK(c.reasonZh.contains(QStringLiteral("2023-07")));
    CHECK(c.reasonZh.contains(QStringLiteral("2080")));
    CHECK_FALSE(c.reasonZh.contains(QStringLiteral("2023-08"))); // only the month it went up
    // the people in prison and on probation are not dropped by the imprisonment model either
    run(*pool, "pension-during-imprisonment");
    CHECK(clueKeys(*pool, "pension-during-imprisonment") == std::set<QString>{prison});
}
TEST_CASE("bigamy: a court's divorce ends a marriage; certificates the registry does not know", "[screening][models]")
{
    testing::TempPool pool;
    const QString a = id(31), b = id(32), c = id(33); // a divorced b in court, then married c: lawful
    const QString d = id(34), e = id(35), f = id(36); // the court refused d's divorce from e: bigamy
    const QStringList header = {QStringLiteral("业务类型"), QStringLiteral("登记日期"), QStringLiteral("男方姓名"),
        QStringLiteral("男方身份证号码"), QStringLiteral("女方姓名"), QStringLiteral("女方身份证号码"),
        QStringLiteral("证书编号")};
    auto row = [](const char* kind, const char* date, const QString& man, const QString& woman, const char* cert) {
        return QStringList{QString::fromUtf8(kind), QString::fromLatin1(date), QStringLiteral("男"), man, QStringLiteral("女"),
            woman, QString::fromLatin1(cert)};
    };
    const QStringList courtHeader = {QStringLiteral("案号"), QStringLiteral("原告"), QStringLiteral("原告身份证号码"),
        QStringLiteral("被告"), QStringLiteral("被告身份证号码"), QStringLiteral("结案方式"), QStringLiteral("生效日期"),
        QStringLiteral("结婚证字号")};
    PoolBuilder(pool)
        .list(QStringLiteral("marriage"),
            {header, row("结婚登记", "2010-05-01", a, b, "J330382-2010-000001"),
                row("结婚登记", "2016-05-01", a, c, "J330382-2016-000002"),
                row("结婚登记", "2011-05-01", d, e, "J330382-2011-000003"),
                row("结婚登记", "2017-05-01", d, f, "J330382-2017-000004")})
        .list(QStringLiteral("divorce-judgments"),
            {courtHeader,
                {QStringLiteral("（2014）浙0382民初1号"), QStringLiteral("甲"), a, QStringLiteral("乙"), b,
                    QStringLiteral("判决准予离婚"), QStringLiteral("2014-03-01"), QStringLiteral("J330382-2010-000001")},
                {QStringLiteral("（2015）浙0382民初2号"), QStringLiteral("丁"), d, QStringLiteral("戊"), e,
                    QStringLiteral("判决不准予离婚"), QStringLiteral("2015-03-01"), QStringLiteral("J330382-2011-000003")},
                // a certificate no registration here carries
                {QStringLiteral("（2023）浙0382民初3号"), QStringLiteral("庚"), id(37), QStringLiteral("辛"), id(38),
                    QStringLiteral("调解离婚"), QStringLiteral("2023-03-01"), QStringLiteral("J330324-2009-000777")}})
        .importAll();
    run(*pool, "bigamy");
    CHECK(clueKeys(*pool, "bigamy") == std::set<QString>{d});
    run(*pool, "marriage-certificates-unknown-to-the-registry");
    CHECK(clueKeys(*pool, "marriage-certificates-unknown-to-the-registry") ==
        std::set<QString>{QStringLiteral("J330324-2009-000777")});
    const ClueRow cert = clueOf(*pool, "marriage-certificates-unknown-to-the-registry", QStringLiteral("J330324-2009-000777"));
    CHECK(cert.subjectKind == QStringLiteral("item"));
    CHECK(cert.workflow == QStringLiteral("supervision"));
    CHECK(cert.names.join(u' ').contains(QStringLiteral("庚")));
    INFO(cert.reasonZh.toStdString());
    CHECK(cert.reasonZh.contains(QStringLiteral("浙0382民初3号")));
}
TEST_CASE(
    "count within years: a window ends the day before, undated rows open none, by counts each value alone", "[screening][count]")
{
    testing::TempPool pool;
    const QString inside = id(1), onTheDay = id(2), undated = id(3), mixed = id(4), same = id(5);
    std::vector<QStringList> civil = {
        {QStringLiteral("案号"), QStringLiteral("原告证件号码"), QStringLiteral("立案日期"), QStringLiteral("案由")}};
    int n = 0;
    auto add = [&](const QString& plaintiff, const char* date, const char* cause) {
        civil.push_back({QStringLiteral("C%1").arg(++n), plaintiff, QString::fromLatin1(date), QString::fromUtf8(cause)});
    };
    // Three within two years, the last on the window's last day.
    add(inside, "2020-01-01", "借款");
    add(inside, "2021-06-01", "借款");
    add(inside, "2021-12-31", "借款");
    // The third falls on the day two years after the first: outside that window and the next.
    add(onTheDay, "2020-01-01", "借款");
    add(onTheDay, "2021-06-01", "借款");
    add(onTheDay, "2022-01-01", "借款");
    // Two dated and one without a date.
    add(undated, "2020-01-01", "借款");
    add(undated, "2020-02-01", "借款");
    add(undated, "", "借款");
    // Three in a year, of two causes.
    add(mixed, "2020-01-01", "借款");
    add(mixed, "2020-03-01", "借款");
    add(mixed, "2020-05-01", "买卖");
    // Three of one cause in a year and one of another between them.
    add(same, "2020-01-01", "借款");
    add(same, "2020-02-01", "买卖");
    add(same, "2020-03-01", "借款");
    add(same, "2020-04-01", "借款");
    PoolBuilder(pool).list(QStringLiteral("civil-cases"), civil).importAll();

    // frequent-litigants with its count step over plaintiffs only: three within two years.
    auto variant = [&](const char* modelId, bool byCause) {
        QJsonObject json = builtIn("frequent-litigants").toJson();
        json.insert(QStringLiteral("id"), QString::fromLatin1(modelId));
        QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QJsonObject s = steps[i].toObject();
            if (s.value(QStringLiteral("kind")).toString() != QLatin1String("count"))
                continue;
            s.insert(QStringLiteral("from"), QStringLiteral("plaintiffs"));
            s.insert(QStringLiteral("min"), 3);
            s.insert(QStringLiteral("within_years"), 2);
            if (byCause)
                s.insert(QStringLiteral("by"), QStringLiteral("cause"));
            steps[i] = s;
        }
        json.insert(QStringLiteral("steps"), steps);
        auto model = ModelDefinition::fromJson(json);
        INFO(model.errorMessage().toStdString());
        REQUIRE(model);
        auto r = ScreeningRunner(*pool, DatasetCatalog::forPool(*pool)).run(*model, nullptr, true);
        INFO(r.errorMessage().toStdString());
        REQUIRE(r.ok());
    };
    auto evidenceRows = [&](const char* model, const QString& key) {
        return ClueStore(*pool).evidence(clueOf(*pool, model, key).id).size();
    };

    variant("count-test", false);
    CHECK(clueKeys(*pool, "count-test") == std::set<QString>{inside, mixed, same});
    CHECK(evidenceRows("count-test", same) == 4); // every row of a person found
    variant("count-test-by", true);
    CHECK(clueKeys(*pool, "count-test-by") == std::set<QString>{inside, same});
    CHECK(evidenceRows("count-test-by", same) == 3); // the rows of the cause found, not the other
    CHECK(evidenceRows("count-test-by", inside) == 3);
}
