// The demo's supervision lists (models 12-14): administrative penalties and police cases,
// company register, contributions and employee claims in a bankruptcy, judicial auctions and
// the court staff list. Each plant writes rows as the bureaus do (full-width brackets, codes in
// lower case, dates as text) and records the facts; expectSupervision() works out by plain set
// logic which cases, claimants and lots each model must flag.
#include "demo/DemoBuilder.h"

#include "identity/CreditCode.h"

#include <algorithm>

namespace cluedesk::demo {
namespace {

// The prosecution thresholds the demo's violations are planted against (立案追诉标准).
double thresholdFor(const QString& violation)
{
    if (violation.contains(QStringLiteral("伪劣产品")) || violation.contains(QStringLiteral("非法经营")))
        return 50000;
    if (violation.contains(QStringLiteral("逃税")))
        return 100000;
    if (violation.contains(QStringLiteral("非法采矿")))
        return 100000;
    return 0; // no amount threshold
}

QString month(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QString Builder::creditCode()
{
    static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString first17 = QStringLiteral("91") + QString::fromLatin1(DemoPeople::kCountyPrefix);
    while (first17.size() < 17)
        first17 += chars[people.between(0, int(chars.size()) - 1)];
    return first17 + CreditCode::checkCharacter(first17);
}

void Builder::penalty(const QString& party, const QString& partyName, bool organisation, const QString& violation,
    double involved, const QDate& decided, const QString& caseWritten, const QString& caseNo)
{
    rows[QStringLiteral("admin-penalties")].push_back({caseWritten, partyName, organisation ? QString() : party,
        organisation ? party.toLower() : QString(), violation, QStringLiteral("罚款、没收违法所得"),
        DemoValue::n(std::max(2000.0, involved * 0.3)), DemoValue::n(involved * 0.1), QStringLiteral("%1元").arg(involved),
        DemoValue::d(decided, DateStyle::Chinese), QStringLiteral("乐清市市场监督管理局")});
    penalties.push_back({caseNo, party, violation, involved, decided});
}

void Builder::policeCase(const QString& suspect, const QString& suspectName, bool organisation, const QDate& accepted)
{
    rows[QStringLiteral("police-cases")].push_back(
        {QStringLiteral("A3303825%1").arg(rows[QStringLiteral("police-cases")].size() + 100001), QStringLiteral("涉嫌非法经营案"),
            suspectName, organisation ? QString() : suspect, organisation ? suspect : QString(),
            DemoValue::d(accepted, DateStyle::Slash), QStringLiteral("行政执法机关移送"), QStringLiteral("已立案")});
    policeSuspects.insert(suspect);
}

void Builder::plantAdminPenalties()
{
    // Model 12: over the threshold, or three times for one conduct in two years, and no police case.
    int seq = 300;
    auto next = [&](const char* agency, QString* written) {
        const int n = ++seq;
        *written = QStringLiteral("乐%1罚决字〔2023〕%2号").arg(QString::fromUtf8(agency)).arg(n);
        return QStringLiteral("乐%1罚决字(2023)%2号").arg(QString::fromUtf8(agency)).arg(n);
    };
    auto person = [&](double involved, const QString& violation, const QDate& decided) {
        const DemoPerson p = people.make(1960, 1995);
        QString written;
        const QString no = next("市监", &written);
        penalty(p.id, p.name, false, violation, involved, decided, written, no);
        return p;
    };
    auto organisation = [&](const QString& name, double involved, const QString& violation, const QDate& decided) {
        const QString code = creditCode();
        QString written;
        const QString no = next("市监", &written);
        penalty(code, name, true, violation, involved, decided, written, no);
        return code;
    };
    person(86000, QStringLiteral("销售伪劣产品"), QDate(2023, 4, 12));                                             // flagged
    organisation(QStringLiteral("乐清市恒达电器有限公司"), 120000, QStringLiteral("非法经营"), QDate(2023, 6, 3)); // flagged
    const DemoPerson sent = person(92000, QStringLiteral("销售伪劣产品"), QDate(2023, 2, 20)); // transferred: decoy
    policeCase(sent.id, sent.name, false, QDate(2023, 3, 15));
    organisation(QStringLiteral("乐清市顺发贸易有限公司"), 60000, QStringLiteral("逃税"), QDate(2023, 5, 9)); // under 100000
    const QString mine =
        organisation(QStringLiteral("乐清市石门矿业有限公司"), 150000, QStringLiteral("非法采矿"), QDate(2023, 7, 1));
    policeCase(mine, QStringLiteral("乐清市石门矿业有限公司"), true, QDate(2023, 8, 2)); // transferred: decoy
    person(3000, QStringLiteral("销售伪劣产品"), QDate(2023, 9, 9));                     // small: decoy

    // Three times for illegal fishing within 18 months: every one of the three cases.
    const DemoPerson fisher = people.make(1965, 1985);
    for (const QDate& d : {QDate(2022, 3, 1), QDate(2022, 11, 20), QDate(2023, 8, 5)}) {
        QString written;
        const QString no = next("农", &written);
        penalty(fisher.id, fisher.name, false, QStringLiteral("非法捕捞水产品"), 1500, d, written, no);
    }
    // Three times, but over three years: decoy.
    const DemoPerson slow = people.make(1965, 1985);
    for (const QDate& d : {QDate(2020, 1, 10), QDate(2021, 6, 1), QDate(2023, 2, 1)}) {
        QString written;
        const QString no = next("农", &written);
        penalty(slow.id, slow.name, false, QStringLiteral("非法捕捞水产品"), 1200, d, written, no);
    }
    // Three penalties in a year for three different things: decoy.
    const DemoPerson varied = people.make(1965, 1985);
    const char* things[] = {"占道经营", "非法捕捞水产品", "无照经营"};
    for (int i = 0; i < 3; ++i) {
        QString written;
        const QString no = next("综执", &written);
        penalty(varied.id, varied.name, false, QString::fromUtf8(things[i]), 800, QDate(2023, 1 + 3 * i, 10), written, no);
    }
    for (int i = 0; i < 6; ++i) { // someone else's police case
        const DemoPerson p = people.make(1970, 1995);
        policeCase(p.id, p.name, false, QDate(2023, 1 + i, 5));
    }
}

void Builder::company(const Company& c, const QString& name, const QString& representativeName)
{
    rows[QStringLiteral("enterprises")].push_back(
        {name, c.code, representativeName, c.representative.isEmpty() ? QString() : c.representative, c.representativeAddress,
            c.shareholders, DemoValue::d(QDate(2012, 5, 18), DateStyle::Chinese),
            c.revoked.isValid() ? QStringLiteral("吊销") : QStringLiteral("存续"),
            c.revoked.isValid() ? DemoValue::d(c.revoked, DateStyle::Dot) : DemoValue(), QStringLiteral("乐清市柳市镇工业区")});
    companies.push_back(c);
}

void Builder::contribute(
    const DemoPerson& p, const QString& employer, const QString& employerCode, const QDate& from, const QDate& to)
{
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        rows[QStringLiteral("social-insurance")].push_back({employer, employerCode, p.name, p.id,
            DemoValue::d(m, DateStyle::CompactMonth), QStringLiteral("4200"), QStringLiteral("企业职工基本养老保险")});
        contributions.push_back({p.id, employerCode, m});
    }
}

void Builder::labourClaim(const DemoPerson& p, const QString& debtor, const QString& debtorCode, double amount, const QDate& from,
    const QDate& to, const QString& address)
{
    const QString home = address.isEmpty() ? QStringLiteral("乐清市%1%2号").arg(p.town).arg(people.between(1, 300)) : address;
    rows[QStringLiteral("bankruptcy-claims")].push_back(
        {QString::number(rows[QStringLiteral("bankruptcy-claims")].size() + 1), debtor, debtorCode, p.name, p.id, home,
            DemoValue::n(amount), from.isValid() ? DemoValue::d(from, DateStyle::Chinese) : DemoValue(),
            to.isValid() ? DemoValue::d(to, DateStyle::Chinese) : DemoValue(), QStringLiteral("普工")});
    labourClaims.push_back({p.id, p.name, home, debtorCode, amount, from, to});
}

void Builder::plantBankruptcyClaims()
{
    // Model 13: a bankrupt company revoked in March 2023, its owners and a few made-up workers.
    const QString debtor = QStringLiteral("乐清市宏运电气有限公司"), code = creditCode();
    const DemoPerson boss = people.make(1965, 1980, true), partner = people.make(1965, 1980, true);
    const QString bossHome = QStringLiteral("乐清市柳市镇长虹路18号");
    company({code, boss.id, bossHome, boss.name + QStringLiteral("、") + partner.name, QDate(2023, 3, 31)}, debtor, boss.name);
    std::vector<DemoPerson> workers;
    for (int i = 0; i < 6; ++i) {
        workers.push_back(people.make(1975, 1998));
        contribute(workers.back(), debtor, code, QDate(2019, 1, 1), QDate(2022, 12, 1));
    }
    labourClaim(workers[0], debtor, code, 23456, QDate(2019, 1, 1), QDate(2022, 12, 31)); // genuine
    labourClaim(workers[1], debtor, code, 31000, QDate(2020, 3, 1), QDate(2022, 12, 31)); // genuine
    for (int i = 2; i < 5; ++i) // three genuine workers with one amount: a group
        labourClaim(workers[i], debtor, code, 48000, QDate(2019, 6, 1), QDate(2022, 12, 31));
    const DemoPerson ghost = people.make(1980, 1995);
    labourClaim(ghost, debtor, code, 52000, QDate(2020, 1, 1), QDate(2022, 6, 30)); // never insured
    const DemoPerson elsewhere = people.make(1980, 1995);
    contribute(elsewhere, QStringLiteral("乐清市某物流有限公司"), creditCode(), QDate(2020, 1, 1), QDate(2022, 6, 1));
    labourClaim(elsewhere, debtor, code, 41000, QDate(2020, 1, 1), QDate(2022, 6, 30)); // insured by another employer
    labourClaim(boss, debtor, code, 150000, QDate(2012, 6, 1), QDate(2023, 3, 31), bossHome);
    labourClaim(partner, debtor, code, 98000, QDate(2012, 6, 1), QDate(2023, 3, 31));
    const DemoPerson relative = people.make(1990, 2000);
    labourClaim(relative, debtor, code, 60000, QDate(2018, 1, 1), QDate(2022, 12, 31), bossHome);
    const DemoPerson late = people.make(1985, 1998);
    labourClaim(late, debtor, code, 36000, QDate(2023, 5, 1), QDate(2023, 12, 31)); // after revocation
    const DemoPerson undated = people.make(1985, 1998);
    contribute(undated, debtor, code, QDate(2021, 1, 1), QDate(2022, 12, 1));
    labourClaim(undated, debtor, code, 27000, QDate(), QDate());                          // no dates: decoy
    labourClaim(workers[5], debtor, code, 31000, QDate(2019, 1, 1), QDate(2022, 12, 31)); // 31000 twice only: decoy

    // A second debtor insured out of county: no contribution rows at all, so nothing is known.
    const QString other = QStringLiteral("乐清市远航船舶修造有限公司"), otherCode = creditCode();
    const DemoPerson owner2 = people.make(1960, 1975);
    company({otherCode, owner2.id, QStringLiteral("乐清市翁垟街道海滨路2号"), owner2.name, QDate()}, other, owner2.name);
    for (int i = 0; i < 2; ++i)
        labourClaim(people.make(1975, 1995), other, otherCode, 20000 + 1000 * i, QDate(2021, 1, 1), QDate(2023, 6, 30));
}

void Builder::auction(const AuctionRound& a, const QString& caseWritten, const DemoPerson* buyer, const DemoPerson* debtor)
{
    const bool sold = buyer != nullptr;
    rows[QStringLiteral("auctions")].push_back({caseWritten, a.lot,
        a.realEstate ? QStringLiteral("不动产") : QStringLiteral("动产"), DemoValue::n(a.appraised), DemoValue::n(a.start),
        DemoValue::d(a.announced, DateStyle::Slash), DemoValue::d(a.starts, DateStyle::Chinese), a.round,
        sold ? DemoValue::n(a.start * 1.05) : DemoValue(), sold ? buyer->name : QString(), sold ? buyer->id : QString(),
        debtor ? debtor->name : QString(), debtor ? debtor->id : QString(), QStringLiteral("乐清市人民法院")});
    auctionRounds.push_back(a);
    if (sold)
        auctionRounds.back().buyer = buyer->id;
    if (debtor)
        auctionRounds.back().debtor = debtor->id;
}

void Builder::plantAuctions()
{
    // Model 14: one clue per lot (case number / lot).
    int seq = 500;
    auto lot = [&](const QString& name, bool realEstate, QString* written) {
        const int n = ++seq;
        *written = QStringLiteral("（2023）浙0382执%1号").arg(n);
        AuctionRound a;
        a.caseNo = QStringLiteral("(2023)浙0382执%1号").arg(n);
        a.lot = name;
        a.realEstate = realEstate;
        a.round = QStringLiteral("一拍");
        return a;
    };
    auto round = [&](AuctionRound a, double appraised, double start, int noticeDays, const QDate& starts) {
        a.appraised = appraised;
        a.start = start;
        a.starts = starts;
        a.announced = starts.addDays(-noticeDays);
        return a;
    };
    const DemoPerson debtorA = people.make(1960, 1985), buyerA = people.make(1960, 1990);
    QString w;
    AuctionRound a = lot(QStringLiteral("乐清市城南街道某小区3幢501室"), true, &w);
    auction(round(a, 1200000, 800000, 32, QDate(2023, 5, 10)), w, &buyerA, &debtorA); // under 70%
    a = lot(QStringLiteral("浙C·A1234小型轿车"), false, &w);
    auction(round(a, 100000, 70000, 16, QDate(2023, 6, 1)), w, &buyerA, &debtorA); // exactly 70%: decoy
    // Two rounds of one lot, the case number written two ways; the second 25% cheaper.
    a = lot(QStringLiteral("乐清市柳市镇某厂房"), true, &w);
    auction(round(a, 1200000, 840000, 31, QDate(2023, 3, 1)), w, nullptr, &debtorA);
    a.round = QStringLiteral("二拍");
    auction(round(a, 1200000, 630000, 16, QDate(2023, 4, 10)), a.caseNo, &buyerA, &debtorA);
    a = lot(QStringLiteral("乐清市虹桥镇某商铺"), true, &w); // 20% exactly: decoy
    auction(round(a, 1200000, 840000, 31, QDate(2023, 3, 5)), w, nullptr, &debtorA);
    a.round = QStringLiteral("二拍");
    auction(round(a, 1200000, 672000, 16, QDate(2023, 4, 15)), w, &buyerA, &debtorA);
    a = lot(QStringLiteral("挖掘机一台"), false, &w); // movable, 10 days' notice
    auction(round(a, 300000, 240000, 10, QDate(2023, 7, 1)), w, &buyerA, &debtorA);
    a = lot(QStringLiteral("乐清市乐成街道某住宅"), true, &w); // real estate, 20 days' notice
    auction(round(a, 900000, 700000, 20, QDate(2023, 8, 1)), w, &buyerA, &debtorA);
    a = lot(QStringLiteral("乐清市白石街道某住宅"), true, &w); // 35 days: decoy
    auction(round(a, 900000, 700000, 35, QDate(2023, 9, 1)), w, &buyerA, &debtorA);
    const DemoPerson debtorB = people.make(1960, 1985);
    a = lot(QStringLiteral("红木家具一批"), false, &w); // bought by the judgment debtor himself
    auction(round(a, 80000, 60000, 16, QDate(2023, 10, 1)), w, &debtorB, &debtorB);
    const DemoPerson clerk = people.make(1975, 1995);
    rows[QStringLiteral("court-staff")].push_back({clerk.name, clerk.id, QStringLiteral("乐清市人民法院"),
        QStringLiteral("执行局"), QStringLiteral("书记员"), QStringLiteral("本人")});
    courtStaff.insert(clerk.id);
    a = lot(QStringLiteral("浙C·B5678小型客车"), false, &w); // bought by a court clerk
    auction(round(a, 120000, 90000, 16, QDate(2023, 11, 1)), w, &clerk, &debtorB);
    const DemoPerson buyerC = people.make(1960, 1990);
    a = lot(QStringLiteral("乐清市北白象镇某车库"), true, &w); // nothing wrong
    auction(round(a, 200000, 160000, 31, QDate(2023, 11, 20)), w, &buyerC, &debtorB);
}

void Builder::plantCourtLists()
{
    // Court staff not buying anything, divorce judgments and supported lawsuits (for the
    // bigamy and support-prosecution work of issue 15): rows no model here may flag.
    for (int i = 0; i < 5; ++i) {
        const DemoPerson p = people.make(1970, 1998);
        rows[QStringLiteral("court-staff")].push_back({p.name, p.id, QStringLiteral("乐清市人民法院"),
            i % 2 ? QStringLiteral("民一庭") : QStringLiteral("执行局"), QStringLiteral("法官助理"), QStringLiteral("本人")});
        courtStaff.insert(p.id);
    }
    // Divorce cases naming the marriage certificate: two the registry issued, one it does not know
    // (registered in another county, or false: model 16), one naming none.
    for (int i = 0; i < 4; ++i) {
        const DemoPerson man = people.make(1970, 1995, true), woman = people.make(1970, 1995, true);
        QString cert;
        if (i < 2)
            cert = marriage(man, woman, QStringLiteral("结婚登记"), QDate(2012 + i, 5, 20));
        else if (i == 2)
            cert = QStringLiteral("J330324-2011-004417");
        courtDivorce(
            man, woman, i % 2 ? QStringLiteral("调解离婚") : QStringLiteral("判决准予离婚"), QDate(2023, 2 + i, 12), cert);
    }
    for (int i = 0; i < 4; ++i) {
        const DemoPerson p = people.make(1955, 1990);
        rows[QStringLiteral("support-prosecutions")].push_back(
            {QStringLiteral("乐检民支诉〔2023〕%1号").arg(i + 1), p.name, p.id, QStringLiteral("乐清市某建筑劳务有限公司"),
                QStringLiteral("追索劳动报酬纠纷"), DemoValue::d(QDate(2023, 3 + i, 8)), QStringLiteral("已起诉")});
    }
}

void Builder::expectSupervision(std::map<QString, Set>& e) const
{
    // Model 12: per party, the cases over their threshold and the cases of any two-year window
    // with three penalties for one violation; parties with a police case drop out.
    std::map<QString, Set> flaggedCases;
    for (const Penalty& p : penalties) {
        const double threshold = thresholdFor(p.violation);
        if (threshold > 0 && p.involved >= threshold)
            flaggedCases[p.party].insert(p.caseNo);
        Set window;
        for (const Penalty& q : penalties)
            if (q.party == p.party && q.violation == p.violation && q.decided >= p.decided && q.decided < p.decided.addYears(2))
                window.insert(q.caseNo);
        if (window.size() >= 3)
            flaggedCases[p.party].insert(window.begin(), window.end());
    }
    Set notTransferred;
    for (const auto& [party, cases] : flaggedCases)
        if (!policeSuspects.count(party))
            notTransferred.insert(cases.begin(), cases.end());
    e[QStringLiteral("admin-cases-not-transferred")] = notTransferred;

    // Model 13.
    Set claimants;
    std::map<std::pair<QString, double>, Set> sameAmount;
    for (const LabourClaim& c : labourClaims) {
        bool debtorContributes = false, inPeriod = false, fromStartOn = false;
        for (const Contribution& k : contributions) {
            if (k.employerCode != c.debtorCode)
                continue;
            debtorContributes = true;
            fromStartOn = fromStartOn || (c.from.isValid() && month(k.month) >= month(c.from));
            inPeriod = inPeriod ||
                (k.id == c.claimant && (!c.from.isValid() || month(k.month) >= month(c.from)) &&
                    (!c.to.isValid() || month(k.month) <= month(c.to)));
        }
        bool flagged = debtorContributes && (!inPeriod || (c.from.isValid() && !fromStartOn));
        for (const Company& co : companies) {
            if (co.code != c.debtorCode)
                continue;
            flagged = flagged || co.representative == c.claimant || co.shareholders.contains(c.name) ||
                (!c.address.isEmpty() && co.representativeAddress == c.address) ||
                (co.revoked.isValid() && c.from.isValid() && c.from > co.revoked);
        }
        if (flagged)
            claimants.insert(c.claimant);
        sameAmount[{c.debtorCode, c.amount}].insert(c.claimant);
    }
    for (const auto& [key, who] : sameAmount)
        if (who.size() >= 3)
            claimants.insert(who.begin(), who.end());
    e[QStringLiteral("false-labour-claims-in-bankruptcy")] = claimants;

    // Model 14: per lot (case number / lot name), its rounds in the order they started.
    Set lots;
    std::map<QString, std::vector<const AuctionRound*>> byLot;
    for (const AuctionRound& a : auctionRounds)
        byLot[a.caseNo + QStringLiteral(" / ") + a.lot].push_back(&a);
    for (auto& [key, rounds] : byLot) {
        std::sort(
            rounds.begin(), rounds.end(), [](const AuctionRound* x, const AuctionRound* y) { return x->starts < y->starts; });
        for (size_t i = 0; i < rounds.size(); ++i) {
            const AuctionRound& a = *rounds[i];
            const bool first = a.round == QStringLiteral("一拍");
            const qint64 notice = a.announced.daysTo(a.starts);
            const bool shortNotice = first ? notice < (a.realEstate ? 30 : 15)
                                           : (a.round != QStringLiteral("变卖") && notice < (a.realEstate ? 15 : 7));
            const bool low = first && a.start < 0.7 * a.appraised;
            const bool drop = !first && i > 0 && a.start < 0.8 * rounds[i - 1]->start;
            const bool barred = !a.buyer.isEmpty() && (a.buyer == a.debtor || courtStaff.count(a.buyer));
            if (shortNotice || low || drop || barred)
                lots.insert(key);
        }
    }
    e[QStringLiteral("judicial-auction-irregularities")] = lots;
}

void Builder::supervisionFiles(std::vector<DemoFile>& out)
{
    auto sheet = [&](const QString& type, const QString& name, const QStringList& header, const QString& title = {}) {
        DemoSheet s;
        s.name = name;
        s.headerRows.push_back(header);
        s.rows = rows[type];
        if (!title.isEmpty())
            s.titleLines = {title};
        return s;
    };
    auto list = [](std::initializer_list<const char*> names) {
        QStringList l;
        for (const char* n : names)
            l << QString::fromUtf8(n);
        return l;
    };
    out.push_back({QStringLiteral("admin-penalties"), QStringLiteral("行政处罚案件信息.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("admin-penalties"), QStringLiteral("处罚决定"),
            list({"行政处罚决定书文号", "当事人名称", "当事人身份证号码", "统一社会信用代码", "违法行为类型", "处罚种类",
                "罚款金额（元）", "没收违法所得", "涉案货值金额", "处罚决定日期", "处罚机关"}),
            QStringLiteral("乐清市行政处罚案件信息（2020—2023年）"))}});
    out.push_back({QStringLiteral("police-cases"), QStringLiteral("公安受案立案信息.csv"), DemoFormat::CsvGb18030,
        {sheet(QStringLiteral("police-cases"), QString(),
            list({"受案编号", "案件名称", "嫌疑人姓名", "嫌疑人身份证号码", "涉案单位统一社会信用代码", "受案时间", "案件来源",
                "办理状态"}))}});
    out.push_back({QStringLiteral("enterprises"), QStringLiteral("企业登记信息.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("enterprises"), QStringLiteral("企业"),
            list({"企业名称", "统一社会信用代码", "法定代表人", "法定代表人身份证号码", "法定代表人住所", "股东（发起人）",
                "成立日期", "登记状态", "吊销/注销日期", "住所"}))}});
    out.push_back({QStringLiteral("social-insurance"), QStringLiteral("社保参保缴费明细.csv"), DemoFormat::CsvUtf8Bom,
        {sheet(QStringLiteral("social-insurance"), QString(),
            list({"参保单位", "统一社会信用代码", "姓名", "公民身份号码", "费款所属期", "缴费基数", "险种"}))}});
    out.push_back({QStringLiteral("bankruptcy-claims"), QStringLiteral("破产职工债权清单.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("bankruptcy-claims"), QStringLiteral("职工债权"),
            list({"序号", "债务人", "债务人统一社会信用代码", "职工姓名", "身份证号码", "住址", "申报金额", "入职日期",
                "离职日期", "岗位"}),
            QStringLiteral("（2023）浙0382破12号 职工债权清单"))}});
    out.push_back({QStringLiteral("auctions"), QStringLiteral("网络司法拍卖记录.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("auctions"), QStringLiteral("拍卖"),
            list({"案号", "标的物名称", "标的物类型", "评估价", "起拍价", "公告日期", "拍卖开始时间", "拍卖轮次", "成交价",
                "买受人", "买受人证件号码", "被执行人", "被执行人证件号码", "处置法院"}))}});
    out.push_back({QStringLiteral("court-staff"), QStringLiteral("法院工作人员名单.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("court-staff"), QStringLiteral("名单"),
            list({"姓名", "身份证号码", "单位", "部门", "职务", "与工作人员关系"}))}});
    out.push_back({QStringLiteral("divorce-judgments"), QStringLiteral("离婚案件结案信息.csv"), DemoFormat::CsvUtf8Bom,
        {sheet(QStringLiteral("divorce-judgments"), QString(),
            list({"案号", "原告", "原告身份证号码", "被告", "被告身份证号码", "结案方式", "生效日期", "结婚证字号"}))}});
    out.push_back({QStringLiteral("support-prosecutions"), QStringLiteral("支持起诉案件.xlsx"), DemoFormat::Xlsx,
        {sheet(QStringLiteral("support-prosecutions"), QStringLiteral("支持起诉"),
            list({"案号", "申请人", "申请人身份证号码", "对方当事人", "案由", "受理日期", "办理结果"}))}});
}

} // namespace cluedesk::demo
