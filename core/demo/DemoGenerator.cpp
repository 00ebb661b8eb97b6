#include "demo/DemoGenerator.h"

#include "demo/DemoBuilder.h"

#include <QDir>
#include <QFile>

namespace cluedesk {
namespace demo {

void Builder::hardship(const QString& type, const DemoPerson& p, const QString& idText, const QString& nameText)
{
    const QString id = idText.isEmpty() ? p.id : idText;
    const QString name = nameText.isEmpty() ? p.name : nameText;
    Row r;
    if (type == QLatin1String("subsistence")) {
        static const char* cats[] = {"城乡低保", "特困供养", "低保边缘"};
        r = {QString::number(rows[type].size() + 1), p.town, people.village(), name + QStringLiteral("  "), id,
            QString::fromUtf8(cats[people.between(0, 2)]), QString::number(people.between(1, 5)),
            QStringLiteral("%1元").arg(people.between(4, 12) * 100),
            DemoValue::d(people.dateBetween(QDate(2015, 1, 1), QDate(2024, 3, 1)), DateStyle::Slash)};
    } else if (type == QLatin1String("disabled")) {
        static const char* cats[] = {"肢体", "视力", "听力", "智力", "精神", "多重"};
        static const char* levels[] = {"一级", "二级", "3级", "四级"};
        r = {name, p.male ? QStringLiteral("男") : QStringLiteral("女"), id, QString::fromUtf8(cats[people.between(0, 5)]),
            QString::fromUtf8(levels[people.between(0, 3)]), p.id + QString::number(people.between(11, 74)), p.town,
            people.village()};
    } else if (type == QLatin1String("poverty-monitoring")) {
        static const char* cats[] = {"脱贫不稳定户", "边缘易致贫户", "突发严重困难户", "脱贫户"};
        static const char* risks[] = {"因病", "因残", "因意外事故", "因学", "缺劳力"};
        r = {p.town, people.village(), name, id, QString::fromUtf8(cats[people.between(0, 3)]),
            QString::fromUtf8(risks[people.between(0, 4)]),
            DemoValue::d(people.dateBetween(QDate(2020, 1, 1), QDate(2024, 5, 1))), QStringLiteral("否")};
    } else if (type == QLatin1String("children-in-distress")) {
        static const char* cats[] = {"孤儿", "事实无人抚养儿童", "困境儿童"};
        const DemoPerson guardian = people.make(1960, 1985);
        r = {name, id, QString::fromUtf8(cats[people.between(0, 2)]), guardian.name, guardian.id, p.town};
    } else if (type == QLatin1String("women-in-need")) {
        static const char* cats[] = {"单亲困难母亲", "大病妇女", "残疾妇女"};
        r = {name, id, QString::fromUtf8(cats[people.between(0, 2)]), p.town,
            QStringLiteral("1381234%1").arg(people.between(1000, 9999))};
    } else if (type == QLatin1String("workers-in-difficulty")) {
        static const char* cats[] = {"本人患重病", "家庭成员患重病", "因意外致困", "子女教育"};
        static const char* firms[] = {"乐清市某电器有限公司", "柳市某开关厂", "虹桥某服装厂", "乐清市某物流公司"};
        r = {name, id, QString::fromUtf8(firms[people.between(0, 3)]), QString::fromUtf8(cats[people.between(0, 3)]), p.town};
    } else if (type == QLatin1String("medical-aid")) {
        static const char* ill[] = {"尿毒症", "恶性肿瘤", "白血病", "重症精神病", "脑卒中"};
        // Amounts with thousands separators, as clerks type them.
        QString amount = QStringLiteral("%1.%2").arg(people.between(1000, 40000)).arg(people.between(10, 99));
        if (amount.indexOf(u'.') > 3)
            amount.insert(amount.indexOf(u'.') - 3, u',');
        r = {name, id, QStringLiteral("低保对象"), QString::fromUtf8(ill[people.between(0, 4)]),
            DemoValue::d(people.dateBetween(QDate(2023, 1, 1), QDate(2024, 6, 1)), DateStyle::Compact), amount};
    }
    rows[type].push_back(r);
    members[type].insert(p.id);
}

void Builder::victim(const DemoPerson& p, const QString& charge, const QString& summary, bool uncompensated,
    const QDate& accepted, const QString& idText, const DemoPerson* suspect)
{
    static const char* stages[] = {"审查起诉", "审查逮捕", "提起公诉", "一审判决"};
    static const char* injuries[] = {"轻伤二级", "轻伤一级", "重伤二级", "死亡", ""};
    rows[QStringLiteral("victims")].push_back(
        {QString::number(rows[QStringLiteral("victims")].size() + 1), caseNo("乐检刑诉〔%1〕%2号"), charge, p.name,
            idText.isEmpty() ? p.id : idText, QString::fromUtf8(stages[people.between(0, 3)]), DemoValue::d(accepted),
            QString::fromUtf8(injuries[people.between(0, 4)]), summary, suspect ? suspect->name : QString(),
            suspect ? suspect->id : QString()});
    if (suspect)
        offences.emplace_back(suspect->id, p.id);
    victimsAll.insert(p.id);
    if (uncompensated && (charge == QStringLiteral("故意伤害") || charge == QStringLiteral("交通肇事")))
        victimsUncompensated.insert(p.id);
    if (p.birth.addYears(18) > accepted)
        minorsInProceedings.insert(p.id);
}

void Builder::execution(
    const DemoPerson* applicant, const DemoPerson* respondent, const QString& closure, const QDate& filed, const QString& basis)
{
    static const char* causes[] = {"民间借贷纠纷", "机动车交通事故责任纠纷", "劳务合同纠纷", "生命权、身体权、健康权纠纷"};
    const double amount = people.between(5, 300) * 1000;
    const QDate closed = filed.addDays(people.between(90, 400));
    rows[QStringLiteral("execution")].push_back({caseNo("（%1）浙0382执%2号"), QString::fromUtf8(causes[people.between(0, 3)]),
        applicant ? applicant->name : QStringLiteral("乐清农村商业银行股份有限公司"),
        applicant ? applicant->id : QStringLiteral("91330382MA2AB3CD4E"), respondent ? respondent->name : QStringLiteral("某某"),
        respondent ? respondent->id : QString(), DemoValue::n(amount),
        DemoValue::n(closure == QStringLiteral("执行完毕") ? 0 : amount * 0.8), closure, DemoValue::d(closed),
        DemoValue::d(filed), basis});
    if (applicant && (closure == QStringLiteral("终结本次执行程序") || closure == QStringLiteral("终结执行")))
        applicantsUnpaid.insert(applicant->id);
    if (closure != QStringLiteral("执行完毕")) {
        if (applicant)
            applicantsUnfinished.insert(applicant->id);
        if (respondent)
            respondentsUnfinished.insert(respondent->id);
    }
    if (applicant)
        filings.push_back({applicant->id, filed, basis, {}});
}

QString Builder::civil(const DemoPerson& plaintiff, const QDate& filed, const QString& cause)
{
    const DemoPerson defendant = people.make(1960, 1995);
    const QString no = caseNo("（%1）浙0382民初%2号");
    for (const char* personal : {"交通事故", "人身损害", "劳动报酬", "赡养"})
        if (cause.contains(QString::fromUtf8(personal)))
            civilVictims.insert(plaintiff.id);
    rows[QStringLiteral("civil-cases")].push_back({no, cause, plaintiff.name, plaintiff.id, defendant.name, defendant.id,
        QStringLiteral("%1").arg(people.between(2, 50) * 10000), DemoValue::d(filed, DateStyle::Slash), QStringLiteral("判决")});
    filings.push_back({plaintiff.id, filed, {}, no});
    return no;
}

void Builder::petition(const DemoPerson& p, const QString& kind, const QDate& date)
{
    rows[QStringLiteral("petitions")].push_back({QStringLiteral("XF%1").arg(++caseSeq), p.name, p.id, kind, DemoValue::d(date),
        QStringLiteral("反映原审判决赔偿数额过低，生活困难")});
    petitioners.insert(p.id);
    if (p.birth.addYears(18) > date)
        minorsInProceedings.insert(p.id);
}

void Builder::aided(const DemoPerson& p)
{
    rows[QStringLiteral("judicial-aid")].push_back(
        {caseNo("乐检刑诉〔%1〕%2号"), p.name, p.id, caseNo("乐检救决〔%1〕%2号"), DemoValue::n(people.between(5, 40) * 1000),
            DemoValue::d(people.dateBetween(QDate(2022, 1, 1), QDate(2024, 5, 1))), QStringLiteral("乐清市人民检察院")});
    members[QStringLiteral("judicial-aid")].insert(p.id);
    if (!p.local)
        nonLocalAided.insert(p.id);
}

void Builder::social(const DemoPerson& p)
{
    static const char* kinds[] = {"临时救助", "急难型临时救助", "支出型临时救助"};
    rows[QStringLiteral("social-assistance")].push_back(
        {p.name, p.id, QString::fromUtf8(kinds[people.between(0, 2)]), QStringLiteral("%1").arg(people.between(5, 50) * 100),
            DemoValue::d(people.dateBetween(QDate(2022, 1, 1), QDate(2024, 5, 1)), DateStyle::Chinese),
            QStringLiteral("%1民政办").arg(p.town), p.town});
    members[QStringLiteral("social-assistance")].insert(p.id);
}

void Builder::pension(const DemoPerson& p, const QDate& from, const QDate& to, const QDate& raisedFrom)
{
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        rows[QStringLiteral("pension")].push_back({p.name, p.id, DemoValue::d(m, DateStyle::CompactMonth),
            DemoValue::n(raisedFrom.isValid() && m >= raisedFrom ? 2421.0 : 2350.5), QStringLiteral("城镇职工基本养老保险"),
            p.town});
    pensions.push_back({p.id, QDate(from.year(), from.month(), 1), QDate(to.year(), to.month(), 1), raisedFrom});
}

void Builder::custody(
    const DemoPerson& p, const QString& sentence, const QDate& start, const QDate& end, const QString& correction)
{
    const bool community = !correction.isEmpty() || sentence == QStringLiteral("缓刑") || sentence == QStringLiteral("管制");
    rows[QStringLiteral("custody")].push_back({p.name, p.id, sentence, correction, DemoValue::d(start, DateStyle::Dot),
        end.isValid() ? DemoValue::d(end, DateStyle::Dot) : DemoValue(),
        community ? QStringLiteral("乐清市司法局") : QStringLiteral("浙江省第一监狱"), caseNo("（%1）浙0382刑初%2号")});
    custodies.push_back({p.id, sentence, start, end, correction});
}

QString Builder::marriage(const DemoPerson& man, const DemoPerson& woman, const QString& kind, const QDate& date)
{
    // The certificate number as registries write it: J (marriage) or L (divorce), the office, year, sequence.
    const QString cert = QStringLiteral("%1330382-%2-%3")
                             .arg(kind.contains(QStringLiteral("离婚")) ? u'L' : u'J')
                             .arg(date.year())
                             .arg(++certSeq, 6, 10, QLatin1Char('0'));
    rows[QStringLiteral("marriage")].push_back(
        {kind, DemoValue::d(date), man.name, man.id, woman.name, woman.id, QStringLiteral("乐清市民政局婚姻登记处"), cert});
    registeredCerts.insert(cert);
    return cert;
}

void Builder::courtDivorce(
    const DemoPerson& man, const DemoPerson& woman, const QString& outcome, const QDate& effective, const QString& cert)
{
    const QString no = QStringLiteral("（%1）浙0382民初%2号").arg(effective.year()).arg(2000 + ++caseSeq);
    rows[QStringLiteral("divorce-judgments")].push_back(
        {no, man.name, man.id, woman.name, woman.id, outcome, DemoValue::d(effective, DateStyle::Chinese), cert});
    if (!cert.isEmpty())
        courtCerts.insert(cert);
}

void Builder::household(const DemoPerson& p, const QString& id, const QString& nameText, const QString& state)
{
    const QString number = id.isEmpty() ? p.id : id;
    const QString shownState = state.isEmpty() ? QStringLiteral("正常") : state;
    rows[QStringLiteral("household-registrations")].push_back(
        {nameText.isEmpty() ? p.name : nameText, p.male ? QStringLiteral("男") : QStringLiteral("女"),
            DemoValue::d(p.birth, DateStyle::Chinese), number, QStringLiteral("浙江省乐清市%1%2").arg(p.town, people.village()),
            shownState, QStringLiteral("乐清市公安局%1派出所").arg(p.town.left(2)),
            DemoValue::d(people.dateBetween(p.birth, kAsOf), DateStyle::Slash)});
    registrations.push_back({number, p.name, p.male, p.birth, shownState == QStringLiteral("正常")});
}

void Builder::claim(const DemoPerson& claimant, const DemoPerson* insured, const DemoPerson* owner, const QString& shopWritten,
    const QString& shop, const QString& assessor, const QDate& filed, const QString& agent)
{
    const DemoPerson& car = insured ? *insured : claimant;
    rows[QStringLiteral("insurance-claims")].push_back({QStringLiteral("PDAA%1%2")
                                                            .arg(filed.year())
                                                            .arg(rows[QStringLiteral("insurance-claims")].size() + 1, 6, 10,
                                                                QLatin1Char('0')),
        QStringLiteral("浙C·%1").arg(people.between(10000, 99999)), car.name, insured ? insured->id : QString(),
        owner ? owner->name : car.name, owner ? owner->id : QString(), claimant.name, claimant.id, shopWritten, assessor,
        QStringLiteral("%1元").arg(people.between(30, 400) * 100),
        DemoValue::d(filed.addDays(-people.between(3, 40)), DateStyle::Chinese), DemoValue::d(filed, DateStyle::Slash), agent});
    claims.push_back(
        {claimant.id, insured ? insured->id : QString(), owner ? owner->id : QString(), shop, assessor, filed, agent});
}

void Builder::subsidy(const DemoPerson& p, int year, const QString& village, const QString& yearText, int paidArea)
{
    const int area = paidArea > 0 ? paidArea : people.between(3, 60);
    rows[QStringLiteral("forest-subsidies")].push_back({yearText.isEmpty() ? QString::number(year) : yearText, p.town, village,
        p.name, p.id, DemoValue::n(area), DemoValue::n(area * 31.0), DemoValue::d(QDate(year, 11, 20), DateStyle::Dot)});
    subsidies.push_back({p.id, year, village, area});
}

void Builder::plot(const DemoPerson& p, const QString& village, int area)
{
    rows[QStringLiteral("forest-register")].push_back({p.name, p.id,
        QStringLiteral("乐林证字（2009）第%1号")
            .arg(rows[QStringLiteral("forest-register")].size() + 1001, 6, 10, QLatin1Char('0')),
        village, DemoValue::n(area)});
    plots.push_back({p.id, village, area});
}

void Builder::death(const DemoPerson& p, const QDate& date)
{
    rows[QStringLiteral("deaths")].push_back({p.name, p.id, DemoValue::d(date, DateStyle::Chinese),
        people.uniform() < 0.5 ? QStringLiteral("火化") : QStringLiteral("户籍注销")});
    deaths[p.id] = date;
}

void Builder::background()
{
    // Everyone here appears in exactly one list, so no model may flag them.
    const QStringList lists = {QStringLiteral("subsistence"), QStringLiteral("disabled"), QStringLiteral("poverty-monitoring"),
        QStringLiteral("children-in-distress"), QStringLiteral("women-in-need"), QStringLiteral("workers-in-difficulty"),
        QStringLiteral("medical-aid"), QStringLiteral("social-assistance"), QStringLiteral("victims"),
        QStringLiteral("execution"), QStringLiteral("civil-cases"), QStringLiteral("petitions"), QStringLiteral("pension"),
        QStringLiteral("custody"), QStringLiteral("marriage")};
    for (int i = 0; i < options.background; ++i) {
        const QString list = lists[i % lists.size()];
        DemoPerson p = list == QLatin1String("children-in-distress") ? people.makeMinor(kAsOf)
                                                                     : people.make(1950, 1990, people.uniform() < 0.9);
        if (list == QLatin1String("victims"))
            victim(p, QStringLiteral("故意伤害"), QString::fromUtf8(kUncompensated[i % 5]), true,
                people.dateBetween(QDate(2022, 1, 1), kAsOf));
        else if (list == QLatin1String("execution")) {
            DemoPerson r = people.make(1960, 1990);
            execution(&p, &r, i % 2 ? QStringLiteral("终结本次执行程序") : QStringLiteral("执行完毕"),
                people.dateBetween(QDate(2021, 1, 1), kAsOf));
        } else if (list == QLatin1String("civil-cases"))
            civil(p, people.dateBetween(QDate(2020, 1, 1), kAsOf));
        else if (list == QLatin1String("petitions"))
            petition(p, QStringLiteral("信访"), people.dateBetween(QDate(2022, 1, 1), kAsOf));
        else if (list == QLatin1String("social-assistance"))
            social(p);
        else if (list == QLatin1String("pension")) {
            DemoPerson old = people.make(1945, 1962);
            pension(old, QDate(2023, 1, 1), QDate(2023, 12, 1));
        } else if (list == QLatin1String("custody"))
            custody(p, i % 3 ? QStringLiteral("有期徒刑") : QStringLiteral("缓刑"), QDate(2022, 1, 1).addDays(i),
                QDate(2025, 1, 1).addDays(i));
        else if (list == QLatin1String("marriage")) {
            DemoPerson w = people.make(1960, 1995);
            marriage(p.male ? p : w, p.male ? w : p, QStringLiteral("结婚登记"), people.dateBetween(QDate(2000, 1, 1), kAsOf));
        } else
            hardship(list, p);
        if (i % 3 == 0 && list != QLatin1String("pension"))
            household(p);
        if (i % 5 == 0)
            subsidy(p, 2023, people.village());
        else if (i % 11 == 0)
            death(p, people.dateBetween(QDate(2021, 1, 1), kAsOf));
        if (i % 7 == 0) { // one claim each, for a car of one's own or another's
            DemoPerson other = people.make(1960, 1995);
            claim(p, i % 2 ? &p : &other, nullptr, QStringLiteral("乐清市%1汽车维修服务部").arg(p.town.left(2)),
                QStringLiteral("乐清市%1汽车维修服务部").arg(p.town.left(2)), QStringLiteral("浙江恒信保险公估有限公司"),
                people.dateBetween(QDate(2021, 1, 1), kAsOf));
        }
    }
}

void Builder::junkRows()
{
    // Rows a careful import must reject, with people no model may ever see.
    DemoPerson lost = people.make(1970, 1990);
    while (lost.id.endsWith(u'X')) // an ID ending in X stays text in Excel; only digits become numbers
        lost = people.make(1970, 1990);
    rows[QStringLiteral("victims")].push_back({QStringLiteral("99"), QStringLiteral("乐检刑诉〔2024〕999号"),
        QStringLiteral("故意伤害"), lost.name, DemoValue::damaged(lost.id), QStringLiteral("审查起诉"),
        DemoValue::d(QDate(2024, 1, 5)), QString(), QString::fromUtf8(kUncompensated[0])});
    DemoPerson typo = people.make(1970, 1990);
    QString bad = typo.id;
    bad[5] = bad[5] == u'9' ? u'1' : QChar(bad[5].unicode() + 1);
    rows[QStringLiteral("subsistence")].push_back(
        {QStringLiteral("999"), typo.town, people.village(), typo.name, bad, QStringLiteral("城乡低保"), QStringLiteral("1"),
            QStringLiteral("600元"), DemoValue::d(QDate(2020, 1, 1), DateStyle::Slash)});
    // The same person is registered with the number as it should read: the rejected row's
    // possible match, which only the officer may confirm.
    household(typo, {}, {}, {});
    rows[QStringLiteral("subsistence")].push_back(rows[QStringLiteral("subsistence")].front()); // a copied row
}

std::vector<DemoFile> Builder::files()
{
    auto sheet = [&](const QString& type, const QString& name, QStringList header) {
        DemoSheet s;
        s.name = name;
        s.headerRows.push_back(std::move(header));
        s.rows = rows[type];
        return s;
    };
    std::vector<DemoFile> out;
    {
        DemoSheet s = sheet(QStringLiteral("victims"), QStringLiteral("被害人信息"),
            {QStringLiteral("序号"), QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
                QStringLiteral("被害人身份证号码"), QStringLiteral("诉讼阶段"), QStringLiteral("受理日期"),
                QStringLiteral("伤情"), QStringLiteral("案情摘要"), QStringLiteral("犯罪嫌疑人姓名"),
                QStringLiteral("犯罪嫌疑人身份证号码")});
        s.titleLines = {QStringLiteral("乐清市人民检察院刑事案件被害人信息表"),
            QStringLiteral("填报单位：案件管理部    统计截止：2024年6月30日")};
        s.rows.insert(s.rows.begin() + qsizetype(s.rows.size() / 2), Row{});
        s.footerRows = {{QStringLiteral("合计"), QStringLiteral("%1人").arg(rows[QStringLiteral("victims")].size())},
            {QStringLiteral("制表人：案管部"), QString(), QString(), QStringLiteral("审核人：王某")}};
        out.push_back({QStringLiteral("victims"), QStringLiteral("2024年上半年刑事案件被害人信息.xlsx"), DemoFormat::Xlsx, {s}});
    }
    {
        DemoSheet s;
        s.name = QStringLiteral("终本案件");
        s.titleLines = {QStringLiteral("乐清市人民法院执行案件清单（2021年至2024年6月）")};
        s.headerRows = {
            {QStringLiteral("执行案号"), QStringLiteral("案由"), QStringLiteral("申请执行人"), QString(),
                QStringLiteral("被执行人"), QString(), QStringLiteral("执行标的（元）"), QStringLiteral("未执行到位金额"),
                QStringLiteral("结案方式"), QStringLiteral("结案日期"), QStringLiteral("立案日期"), QStringLiteral("执行依据")},
            {QString(), QString(), QStringLiteral("姓名"), QStringLiteral("证件号码"), QStringLiteral("姓名"),
                QStringLiteral("证件号码"), QString(), QString(), QString(), QString(), QString(), QString()}};
        s.rows = rows[QStringLiteral("execution")];
        out.push_back({QStringLiteral("execution"), QStringLiteral("执行案件清单.xlsx"), DemoFormat::Xlsx, {s}});
    }
    out.push_back({QStringLiteral("civil-cases"), QStringLiteral("民事案件原告信息.csv"), DemoFormat::CsvUtf8Bom,
        {sheet(QStringLiteral("civil-cases"), QString(),
            {QStringLiteral("案号"), QStringLiteral("案由"), QStringLiteral("原告"), QStringLiteral("原告证件号码"),
                QStringLiteral("被告"), QStringLiteral("被告证件号码"), QStringLiteral("标的额"), QStringLiteral("立案日期"),
                QStringLiteral("结案方式")})}});
    {
        DemoSheet s = sheet(QStringLiteral("subsistence"), QString(),
            {QStringLiteral("序号"), QStringLiteral("乡镇（街道）"), QStringLiteral("村（社区）"), QStringLiteral("户主姓名"),
                QStringLiteral("身份证号码"), QStringLiteral("保障类别"), QStringLiteral("保障人数"),
                QStringLiteral("月保障金额"), QStringLiteral("纳入日期")});
        s.titleLines = {QStringLiteral("乐清市2024年6月城乡低保、特困、低保边缘对象花名册")};
        out.push_back(
            {QStringLiteral("subsistence"), QStringLiteral("低保对象花名册（2024年6月）.csv"), DemoFormat::CsvGb18030, {s}});
    }
    out.push_back({QStringLiteral("disabled"), QStringLiteral("持证残疾人名单.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("disabled"), QStringLiteral("残疾人"),
            {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("身份证号"), QStringLiteral("残疾类别"),
                QStringLiteral("残疾等级"), QStringLiteral("残疾人证号"), QStringLiteral("乡镇"), QStringLiteral("村社区")})}});
    {
        const QStringList header = {QStringLiteral("乡镇"), QStringLiteral("村"), QStringLiteral("户主姓名"),
            QStringLiteral("公民身份号码"), QStringLiteral("监测对象类别"), QStringLiteral("风险类型"),
            QStringLiteral("纳入监测时间"), QStringLiteral("风险是否消除")};
        DemoSheet all = sheet(QStringLiteral("poverty-monitoring"), QString(), header);
        DemoSheet a = all, b = all, notes;
        a.name = QStringLiteral("监测户");
        b.name = QStringLiteral("脱贫户");
        const size_t half = all.rows.size() / 2;
        a.rows.assign(all.rows.begin(), all.rows.begin() + qsizetype(half));
        b.rows.assign(all.rows.begin() + qsizetype(half), all.rows.end());
        notes.name = QStringLiteral("填表说明");
        notes.titleLines = {QStringLiteral("1. 监测对象类别按省定口径填写。"), QStringLiteral("2. 身份证号码请设置为文本格式。")};
        out.push_back(
            {QStringLiteral("poverty-monitoring"), QStringLiteral("防返贫监测对象.xlsx"), DemoFormat::Xlsx, {a, b, notes}});
    }
    out.push_back({QStringLiteral("children-in-distress"), QStringLiteral("困境儿童名册.txt"), DemoFormat::TsvGb18030,
        {sheet(QStringLiteral("children-in-distress"), QString(),
            {QStringLiteral("儿童姓名"), QStringLiteral("儿童身份证号码"), QStringLiteral("儿童类别"),
                QStringLiteral("监护人姓名"), QStringLiteral("监护人身份证号码"), QStringLiteral("乡镇（街道）")})}});
    {
        DemoSheet s = sheet(QStringLiteral("women-in-need"), QString(),
            {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("困难类型"), QStringLiteral("乡镇（街道）"),
                QStringLiteral("联系电话")});
        s.titleLines = {QStringLiteral("乐清市困难妇女帮扶名单")};
        out.push_back({QStringLiteral("women-in-need"), QStringLiteral("困难妇女名单.xls"), DemoFormat::HtmlXls, {s}});
    }
    out.push_back({QStringLiteral("workers-in-difficulty"), QStringLiteral("困难职工档案.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("workers-in-difficulty"), QStringLiteral("困难职工"),
            {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("工作单位"), QStringLiteral("困难原因"),
                QStringLiteral("所在乡镇")})}});
    out.push_back({QStringLiteral("medical-aid"), QStringLiteral("医疗救助明细.csv"), DemoFormat::CsvGb18030,
        {sheet(QStringLiteral("medical-aid"), QString(),
            {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("人员类别"), QStringLiteral("病种"),
                QStringLiteral("结算日期"), QStringLiteral("医疗救助金额")})}});
    out.push_back({QStringLiteral("social-assistance"), QStringLiteral("临时救助发放名单.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("social-assistance"), QStringLiteral("临时救助"),
            {QStringLiteral("受救助人"), QStringLiteral("身份证号码"), QStringLiteral("救助类型"), QStringLiteral("救助金额"),
                QStringLiteral("救助日期"), QStringLiteral("实施单位"), QStringLiteral("乡镇（街道）")})}});
    out.push_back({QStringLiteral("judicial-aid"), QStringLiteral("司法救助台账.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("judicial-aid"), QStringLiteral("台账"),
            {QStringLiteral("原案号"), QStringLiteral("救助申请人"), QStringLiteral("救助申请人身份证号码"),
                QStringLiteral("决定书文号"), QStringLiteral("救助金额"), QStringLiteral("发放日期"),
                QStringLiteral("救助机关")})}});
    out.push_back({QStringLiteral("petitions"), QStringLiteral("控申信访登记.csv"), DemoFormat::CsvUtf8,
        {sheet(QStringLiteral("petitions"), QString(),
            {QStringLiteral("登记号"), QStringLiteral("信访人"), QStringLiteral("信访人身份证号码"), QStringLiteral("类型"),
                QStringLiteral("来访日期"), QStringLiteral("反映问题")})}});
    out.push_back({QStringLiteral("pension"), QStringLiteral("养老金发放明细.csv"), DemoFormat::CsvUtf8,
        {sheet(QStringLiteral("pension"), QString(),
            {QStringLiteral("姓名"), QStringLiteral("社会保障号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额"),
                QStringLiteral("险种类型"), QStringLiteral("所属乡镇")})}});
    out.push_back({QStringLiteral("custody"), QStringLiteral("在押及社区矫正人员.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("custody"), QStringLiteral("人员信息"),
            {QStringLiteral("罪犯姓名"), QStringLiteral("身份证号码"), QStringLiteral("刑种"), QStringLiteral("矫正类别"),
                QStringLiteral("刑期起日"), QStringLiteral("刑期止日"), QStringLiteral("执行机关"),
                QStringLiteral("判决书案号")})}});
    out.push_back({QStringLiteral("marriage"), QStringLiteral("婚姻登记信息.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("marriage"), QStringLiteral("登记信息"),
            {QStringLiteral("业务类型"), QStringLiteral("登记日期"), QStringLiteral("男方姓名"), QStringLiteral("男方身份证号码"),
                QStringLiteral("女方姓名"), QStringLiteral("女方身份证号码"), QStringLiteral("登记机关"),
                QStringLiteral("证书编号")})}});
    {
        DemoSheet s = sheet(QStringLiteral("household-registrations"), QStringLiteral("常住人口"),
            {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期"), QStringLiteral("公民身份号码"),
                QStringLiteral("户籍地址"), QStringLiteral("户口状态"), QStringLiteral("登记派出所"),
                QStringLiteral("登记日期")});
        s.titleLines = {QStringLiteral("乐清市公安局常住人口信息（导出）")};
        out.push_back({QStringLiteral("household-registrations"), QStringLiteral("常住人口信息.xlsx"), DemoFormat::Xlsx, {s}});
    }
    {
        DemoSheet s = sheet(QStringLiteral("forest-subsidies"), QStringLiteral("发放明细"),
            {QStringLiteral("补偿年度"), QStringLiteral("乡镇"), QStringLiteral("村"), QStringLiteral("户主姓名"),
                QStringLiteral("身份证号码"), QStringLiteral("补偿面积（亩）"), QStringLiteral("补偿金额"),
                QStringLiteral("发放日期")});
        s.titleLines = {QStringLiteral("乐清市公益林补偿资金发放明细表（2021—2024年度）")};
        out.push_back({QStringLiteral("forest-subsidies"), QStringLiteral("公益林补偿发放明细.xlsx"), DemoFormat::Xlsx, {s}});
    }
    {
        DemoSheet s = sheet(QStringLiteral("forest-register"), QStringLiteral("林权登记"),
            {QStringLiteral("权利人"), QStringLiteral("身份证号码"), QStringLiteral("林权证号"), QStringLiteral("村"),
                QStringLiteral("面积（亩）")});
        out.push_back({QStringLiteral("forest-register"), QStringLiteral("林权登记信息.xlsx"), DemoFormat::Xlsx, {s}});
    }
    out.push_back({QStringLiteral("deaths"), QStringLiteral("死亡人员信息.csv"), DemoFormat::CsvUtf8Bom,
        {sheet(QStringLiteral("deaths"), QString(),
            {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("死亡日期"), QStringLiteral("信息来源")})}});
    out.push_back({QStringLiteral("insurance-claims"), QStringLiteral("车险理赔及涉诉案件.csv"), DemoFormat::CsvGb18030,
        {sheet(QStringLiteral("insurance-claims"), QString(),
            {QStringLiteral("理赔编号"), QStringLiteral("车牌号"), QStringLiteral("被保险人"), QStringLiteral("被保险人证件号码"),
                QStringLiteral("车主"), QStringLiteral("车主证件号码"), QStringLiteral("索赔人"),
                QStringLiteral("索赔人证件号码"), QStringLiteral("维修单位"), QStringLiteral("公估机构"),
                QStringLiteral("定损金额"), QStringLiteral("出险日期"), QStringLiteral("报案日期"),
                QStringLiteral("委托代理人")})}});
    supervisionFiles(out);
    return out;
}

DemoSet Builder::build()
{
    plantScenarios();
    plantDoubleRegistrations();
    plantInsuranceClaims();
    plantForestSubsidies();
    plantAdminPenalties();
    plantBankruptcyClaims();
    plantAuctions();
    plantCourtLists();
    plantFaithfulModels();
    background();
    junkRows();
    DemoSet set;
    set.expectedClues = expected();
    // Case-file victims count as victims: with the files added, the victim models see them.
    for (const DemoCaseFile& c : caseFiles) {
        if (c.victimId.isEmpty())
            continue;
        victimsAll.insert(c.victimId);
        if (!c.compensated)
            victimsUncompensated.insert(c.victimId);
    }
    set.expectedCluesWithCaseFiles = expected();
    set.caseFiles = caseFiles;
    set.nonLocalAided = nonLocalAided;
    set.files = files();
    QString readme = QStringLiteral("ClueDesk demo set (synthetic people; any likeness to real persons is chance)\n"
                                    "Import every file with the type named in manifest.tsv, then run the screening models.\n\n"
                                    "Clues each built-in model should find (persons, cases, companies or auction lots):\n");
    for (const auto& [model, ids] : set.expectedClues)
        readme += QStringLiteral("  %1: %2\n").arg(model).arg(ids.size());
    set.readme = readme;
    return set;
}

} // namespace demo

DemoSet DemoGenerator::generate(const Options& options)
{
    return demo::Builder(options).build();
}

Status DemoGenerator::writeTo(const QString& dir, const DemoSet& set)
{
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("Cannot create %1").arg(dir), QStringLiteral("demo.mkdir"));
    QString manifest;
    for (const DemoFile& f : set.files) {
        if (Status s = DemoWriter::write(dir, f); !s)
            return s;
        manifest += f.type + u'\t' + f.fileName + u'\n';
    }
    for (const DemoCaseFile& c : set.caseFiles) // rendered by the caller, which can paint
        manifest += QStringLiteral("casefile\t") + c.fileName + u'\n';
    for (const auto& [name, text] :
        {std::pair{QStringLiteral("manifest.tsv"), manifest}, std::pair{QStringLiteral("README.txt"), set.readme}}) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
            return fail(QStringLiteral("Cannot write %1").arg(f.fileName()), QStringLiteral("demo.write"));
    }
    return success();
}

} // namespace cluedesk
