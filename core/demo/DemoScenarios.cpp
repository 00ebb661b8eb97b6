// The planted scenarios of the demo set and, independently of the screening engine, the people
// each built-in model should flag in them.
#include "demo/DemoBuilder.h"

namespace cluedesk::demo {

void Builder::plantScenarios()
{
    const QDate from(2022, 1, 1), to(2024, 5, 31);
    auto adult = [&] { return people.make(1950, 1995); };

    // Model 1: uncompensated victims of intentional injury or traffic cases in a hardship list.
    for (int i = 0; i < 6; ++i) {
        DemoPerson p = adult();
        victim(p, i % 2 ? QStringLiteral("交通肇事") : QStringLiteral("故意伤害"),
            QString::fromUtf8(kUncompensated[i % std::size(kUncompensated)]), true, people.dateBetween(from, to));
        const QString list = kHardshipTypes[i % kHardshipTypes.size()];
        if (i == 0) // traditional characters and a 15-digit legacy ID in the civil-affairs list
            hardship(QStringLiteral("subsistence"), p, DemoPeople::to15(p.id),
                QString(p.name)
                        .replace(QStringLiteral("陈"), QStringLiteral("陳"))
                        .replace(QStringLiteral("刘"), QStringLiteral("劉")) +
                    QStringLiteral("\u3000"));
        else
            hardship(list, p);
        if (i == 3)
            hardship(QStringLiteral("medical-aid"), p); // in two lists: one clue, two pieces of evidence
        if (i == 5)
            social(p); // also a model 3 positive
    }
    // Decoys: wrong charge, compensation given, already aided, no hardship.
    for (int i = 0; i < 2; ++i) {
        DemoPerson theft = adult();
        victim(theft, QStringLiteral("盗窃"), QStringLiteral("被盗电动车一辆，价值人民币三千元。"), true,
            people.dateBetween(from, to));
        hardship(QStringLiteral("subsistence"), theft);
        DemoPerson paid = adult();
        victim(paid, QStringLiteral("故意伤害"), QString::fromUtf8(kCompensated[i]), false, people.dateBetween(from, to));
        hardship(QStringLiteral("subsistence"), paid);
        DemoPerson done = adult();
        victim(done, QStringLiteral("故意伤害"), QString::fromUtf8(kUncompensated[0]), true, people.dateBetween(from, to));
        hardship(QStringLiteral("disabled"), done);
        aided(done);
        DemoPerson fine = adult();
        victim(fine, QStringLiteral("交通肇事"), QString::fromUtf8(kUncompensated[1]), true, people.dateBetween(from, to));
    }

    // Model 2: applicants whose enforcement ended without payment, in hardship.
    for (int i = 0; i < 5; ++i) {
        DemoPerson a = adult();
        DemoPerson r = adult();
        execution(&a, &r, i == 4 ? QStringLiteral("终结执行") : QStringLiteral("终结本次执行程序"),
            people.dateBetween(QDate(2021, 1, 1), to));
        if (i == 1)
            hardship(QStringLiteral("disabled"), a, DemoPeople::fullWidth(a.id));
        else
            hardship(kHardshipTypes[(i + 2) % kHardshipTypes.size()], a);
        if (i == 2)
            social(a);                 // also a model 3 positive
        unpaidApplicants.push_back(a); // their cases: plantFaithfulModels()
    }
    for (int i = 0; i < 2; ++i) {
        DemoPerson a = adult(), r = adult();
        execution(&a, &r, QStringLiteral("终结本次执行程序"), people.dateBetween(QDate(2021, 1, 1), to));
        hardship(QStringLiteral("subsistence"), r); // the respondent is poor, not the applicant
        DemoPerson paidA = adult(), paidR = adult();
        execution(&paidA, &paidR, QStringLiteral("执行完毕"), people.dateBetween(QDate(2021, 1, 1), to));
        hardship(QStringLiteral("subsistence"), paidA);
    }
    {
        DemoPerson a = adult(), r = adult();
        execution(&a, &r, QStringLiteral("终结本次执行程序"), people.dateBetween(QDate(2021, 1, 1), to));
        hardship(QStringLiteral("poverty-monitoring"), a);
        aided(a);
    }
    execution(nullptr, nullptr, QStringLiteral("终结本次执行程序"), QDate(2022, 3, 1)); // a bank applicant

    // Model 3: social assistance given to uncompensated victims or unpaid applicants.
    for (int i = 0; i < 3; ++i) {
        DemoPerson v = adult();
        victim(v, QStringLiteral("故意伤害"), QString::fromUtf8(kUncompensated[i]), true, people.dateBetween(from, to));
        social(v);
    }
    for (int i = 0; i < 2; ++i) {
        DemoPerson a = adult(), r = adult();
        execution(&a, &r, QStringLiteral("终结本次执行程序"), people.dateBetween(QDate(2021, 1, 1), to));
        social(a);
    }
    {
        DemoPerson paid = adult();
        victim(paid, QStringLiteral("故意伤害"), QString::fromUtf8(kCompensated[2]), false, people.dateBetween(from, to));
        social(paid);
        DemoPerson both = adult();
        victim(both, QStringLiteral("交通肇事"), QString::fromUtf8(kUncompensated[1]), true, people.dateBetween(from, to));
        social(both);
        aided(both);
    }

    // Model 4: judicial aid without social assistance, local and from elsewhere.
    for (int i = 0; i < 4; ++i)
        aided(people.make(1950, 1995, i % 2 == 0));

    // Model 5: minors and key groups among victims and petitioners.
    for (int i = 0; i < 2; ++i) {
        const QDate when = people.dateBetween(from, to);
        victim(people.makeMinor(when), QStringLiteral("故意伤害"), QString::fromUtf8(kCompensated[0]), false, when);
    }
    for (int i = 0; i < 2; ++i) {
        DemoPerson p = adult();
        petition(p, QStringLiteral("信访"), people.dateBetween(from, to));
        hardship(QStringLiteral("poverty-monitoring"), p);
    }
    {
        const QDate when = people.dateBetween(from, to);
        petition(people.makeMinor(when), QStringLiteral("民事诉讼监督申请"), when);
        petition(adult(), QStringLiteral("信访"), people.dateBetween(from, to)); // adult, no list: decoy
        DemoPerson aidedMinor = people.makeMinor(when);
        victim(aidedMinor, QStringLiteral("故意伤害"), QString::fromUtf8(kUncompensated[0]), true, when);
        aided(aidedMinor);
    }

    // Model 6: pension paid while imprisoned (not for probation or public surveillance).
    // Model 7: a court's divorce ends a marriage as a registered one does; a refused divorce does not.
    {
        const DemoPerson x = people.makeOfSex(1960, 1985, true), a = people.makeOfSex(1960, 1985, false),
                         b = people.makeOfSex(1960, 1985, false);
        const QString cert = marriage(x, a, QStringLiteral("结婚登记"), QDate(2008, 5, 1));
        courtDivorce(x, a, QStringLiteral("判决准予离婚"), QDate(2012, 3, 1), cert);
        marriage(x, b, QStringLiteral("结婚登记"), QDate(2015, 6, 1));
        const DemoPerson y = people.makeOfSex(1960, 1985, true), c = people.makeOfSex(1960, 1985, false),
                         d = people.makeOfSex(1960, 1985, false);
        const QString cert2 = marriage(y, c, QStringLiteral("结婚登记"), QDate(2009, 5, 1));
        courtDivorce(y, c, QStringLiteral("判决不准予离婚"), QDate(2013, 3, 1), cert2);
        marriage(y, d, QStringLiteral("结婚登记"), QDate(2016, 6, 1));
        bigamists.insert(y.id);
    }
    // Weidu's collisions. Petitioners (one asking for civil-litigation supervision) whose
    // enforcement is still open or ended unpaid; one whose enforcement was paid is not a clue.
    {
        const DemoPerson p = people.make(1960, 1990), q = people.make(1960, 1990), paid = people.make(1960, 1990);
        const DemoPerson r1 = people.make(1960, 1990), r2 = people.make(1960, 1990), r3 = people.make(1960, 1990);
        petition(p, QStringLiteral("信访"), QDate(2024, 3, 5));
        execution(&p, &r1, QStringLiteral("终结本次执行程序"), QDate(2022, 6, 1));
        petition(q, QStringLiteral("民事诉讼监督申请"), QDate(2024, 4, 9));
        execution(&q, &r2, QStringLiteral("执行中"), QDate(2023, 9, 1));
        petition(paid, QStringLiteral("信访"), QDate(2024, 2, 1));
        execution(&paid, &r3, QStringLiteral("执行完毕"), QDate(2022, 1, 10));
    }
    // A defendant who is already an execution respondent with nothing to take: the victims of his
    // case. Another defendant who paid his own debts leaves his victim to the other models.
    {
        const DemoPerson offender = people.make(1970, 1995), creditor = people.make(1960, 1990);
        const DemoPerson v1 = people.make(1960, 1995), v2 = people.make(1960, 1995);
        execution(&creditor, &offender, QStringLiteral("终结本次执行程序"), QDate(2021, 8, 1));
        victim(v1, QStringLiteral("故意伤害"), QString::fromUtf8(kCompensated[0]), false, QDate(2024, 1, 20), {}, &offender);
        const DemoPerson solvent = people.make(1970, 1995), other = people.make(1960, 1990);
        execution(&other, &solvent, QStringLiteral("执行完毕"), QDate(2021, 8, 1));
        victim(v2, QStringLiteral("故意伤害"), QString::fromUtf8(kCompensated[1]), false, QDate(2024, 2, 20), {}, &solvent);
    }
    const QDate pFrom(2022, 1, 1), pTo(2023, 12, 1);
    auto pensioner = [&] { return people.make(1945, 1962); };
    {
        DemoPerson a = pensioner();
        pension(a, pFrom, pTo);
        custody(a, QStringLiteral("有期徒刑"), QDate(2022, 3, 15), QDate(2023, 8, 20));
        DemoPerson b = pensioner();
        pension(b, pFrom, pTo);
        custody(b, QStringLiteral("拘役"), QDate(2023, 2, 1), QDate(2023, 4, 30));
        DemoPerson c = pensioner();
        pension(c, pFrom, pTo);
        custody(c, QStringLiteral("无期徒刑"), QDate(2021, 6, 10), QDate());
        DemoPerson d = pensioner();
        pension(d, pFrom, pTo);
        custody(d, QStringLiteral("缓刑"), QDate(2022, 5, 1), QDate(2024, 4, 30));
        DemoPerson e = pensioner();
        pension(e, pFrom, pTo);
        custody(e, QStringLiteral("管制"), QDate(2022, 7, 1), QDate(2023, 6, 30));
        DemoPerson f = pensioner();
        pension(f, pFrom, pTo);
        custody(f, QStringLiteral("有期徒刑"), QDate(2023, 5, 10), QDate(2023, 6, 5)); // no whole month inside
        DemoPerson g = pensioner();
        pension(g, pFrom, QDate(2022, 5, 1)); // payments stopped before custody
        custody(g, QStringLiteral("有期徒刑"), QDate(2022, 6, 1), QDate(2023, 11, 30));
    }

    // Model 7: a marriage while an earlier one has no divorce between the same two people.
    auto man = [&] { return people.makeOfSex(1965, 1995, true); };
    auto woman = [&] { return people.makeOfSex(1965, 1995, false); };
    {
        DemoPerson a = man(), b = woman(), c = woman();
        marriage(a, b, QStringLiteral("结婚登记"), QDate(2015, 5, 1));
        marriage(a, c, QStringLiteral("结婚登记"), QDate(2019, 10, 1));
        bigamists.insert(a.id);
        DemoPerson w = woman(), m1 = man(), m2 = man(), other = woman();
        marriage(m1, w, QStringLiteral("结婚登记"), QDate(2012, 2, 14));
        marriage(m1, other, QStringLiteral("离婚登记"), QDate(2014, 1, 1)); // a divorce from someone else ends nothing
        marriage(m2, w, QStringLiteral("结婚登记"), QDate(2018, 8, 8));
        bigamists.insert(w.id); // m1 has one open marriage only: his divorce is from someone else
        DemoPerson d = man(), e = woman(), f = woman();
        marriage(d, e, QStringLiteral("结婚登记"), QDate(2010, 6, 1));
        marriage(d, e, QStringLiteral("离婚登记"), QDate(2016, 3, 1));
        marriage(d, f, QStringLiteral("结婚登记"), QDate(2018, 9, 9));
        DemoPerson g = man(), h = woman();
        marriage(g, h, QStringLiteral("结婚登记"), QDate(2011, 1, 1));
        marriage(g, h, QStringLiteral("离婚登记"), QDate(2014, 1, 1));
        marriage(g, h, QStringLiteral("结婚登记"), QDate(2017, 1, 1));
    }

    // Case files: victims that no list of victims names, found by reading the documents.
    {
        DemoPerson a = adult(), b = adult();
        hardship(QStringLiteral("subsistence"), a);
        hardship(QStringLiteral("poverty-monitoring"), b);
        caseFiles.push_back({QStringLiteral("起诉书-乐检刑诉〔2024〕88号.pdf"), false, QStringLiteral("乐检刑诉〔2024〕88号"),
            a.name, a.id, QStringLiteral("重伤二级"), false, true});
        caseFiles.push_back({QStringLiteral("起诉书扫描件-乐检刑诉〔2024〕91号.pdf"), true,
            QStringLiteral("乐检刑诉〔2024〕91号"), b.name, b.id, QStringLiteral("轻伤二级"), true, false});
        caseFiles.push_back({QStringLiteral("和解材料扫描件.png"), true, QStringLiteral("乐检刑诉〔2024〕95号"),
            QStringLiteral("王某"), QString(), QStringLiteral("轻微伤"), true, false});
    }

    // Model 8: the same plaintiff or applicant in 5 or more cases within 5 years.
    {
        DemoPerson lender = adult();
        for (int i = 0; i < 6; ++i)
            civil(lender, QDate(2021, 3, 1).addDays(i * 200));
        DemoPerson mixed = adult();
        for (int i = 0; i < 3; ++i)
            civil(mixed, QDate(2022, 1, 10).addDays(i * 150));
        for (int i = 0; i < 2; ++i) {
            DemoPerson r = adult();
            execution(&mixed, &r, QStringLiteral("执行完毕"), QDate(2023, 2, 1).addDays(i * 100));
        }
        DemoPerson four = adult();
        for (int i = 0; i < 4; ++i)
            civil(four, QDate(2022, 1, 1).addDays(i * 120));
        DemoPerson spread = adult();
        for (int i = 0; i < 5; ++i)
            civil(spread, QDate(2015, 1, 1).addDays(i * 700)); // five cases over eight years
        // Three lawsuits and the enforcement of each judgment: three cases, not six.
        DemoPerson enforcer = adult();
        for (int i = 0; i < 3; ++i) {
            const QString lawsuit = civil(enforcer, QDate(2022, 2, 1).addDays(i * 90));
            DemoPerson r = adult();
            QString written = lawsuit; // the execution list writes the brackets half-width
            written.replace(QStringLiteral("（"), QStringLiteral("(")).replace(QStringLiteral("）"), QStringLiteral(")"));
            execution(&enforcer, &r, QStringLiteral("执行完毕"), QDate(2022, 9, 1).addDays(i * 90), written);
        }
    }
}

void Builder::plantDoubleRegistrations()
{
    // Model 9: one human, same name, sex and birth date, under numbers of two regions.
    auto secondNumber = [&](const DemoPerson& p, const QString& region) {
        return DemoPeople::idFor(region, p.birth, 700 + people.between(0, 49) * 2 + (p.male ? 1 : 0));
    };
    const QString otherRegion = QStringLiteral("330302"), sameRegion = QString::fromLatin1(DemoPeople::kCountyPrefix);
    DemoPerson plain = people.make(1960, 1990, true);
    household(plain);
    household(plain, secondNumber(plain, otherRegion));
    DemoPerson aided = people.make(1960, 1990, true); // subsistence under one number: orange
    household(aided);
    const QString aidedSecond = secondNumber(aided, otherRegion);
    household(aided, aidedSecond, aided.name.left(1) + QStringLiteral(" ") + aided.name.mid(1)); // written with a space
    hardship(QStringLiteral("subsistence"), aided, aidedSecond);
    DemoPerson both = people.make(1950, 1960, true); // subsistence under one number, disability under the other: red
    household(both);
    const QString bothSecond = secondNumber(both, QStringLiteral("330681"));
    household(both, bothSecond);
    hardship(QStringLiteral("subsistence"), both);
    hardship(QStringLiteral("disabled"), both, bothSecond);
    // Decoys: another sex; the same region; one number cancelled; one character of the name differs.
    DemoPerson sexless = people.make(1960, 1990, true);
    household(sexless);
    DemoPerson other = sexless;
    other.male = !sexless.male;
    household(other, secondNumber(other, otherRegion));
    DemoPerson local = people.make(1960, 1990, true);
    household(local);
    household(local, secondNumber(local, sameRegion));
    DemoPerson moved = people.make(1960, 1990, true);
    household(moved);
    household(moved, secondNumber(moved, otherRegion), {}, QStringLiteral("注销（迁出）"));
    DemoPerson named = people.make(1960, 1990, true);
    household(named);
    DemoPerson renamed = named;
    renamed.name =
        named.name.left(named.name.size() - 1) + (named.name.endsWith(u'伟') ? QStringLiteral("强") : QStringLiteral("伟"));
    household(renamed, secondNumber(named, otherRegion));
}

void Builder::plantInsuranceClaims()
{
    // Model 10: claims concentrated at one repair shop or assessor, or made for others' cars.
    const QString hongda = QStringLiteral("乐清市宏达汽车修理有限公司"), anxin = QStringLiteral("温州安信保险公估有限公司");
    const QStringList hongdaWritten = {hongda, QStringLiteral("乐清市 宏达汽车修理有限责任公司"),
        QStringLiteral("乐清市宏达汽车修理有限公司 "), QStringLiteral("樂清市宏達汽車修理有限公司")};
    int shopNo = 0;
    auto anyShop = [&] {
        const QString s = QStringLiteral("乐清市第%1汽车修理厂").arg(++shopNo);
        return std::pair{s, s};
    };
    auto anyAssessor = [&] { return QStringLiteral("浙江第%1保险公估有限公司").arg(++shopNo); };
    auto when = [&](int k) { return QDate(2022, 1, 10).addDays(k * 97); };
    // Red: five of six at 宏达 (written four ways), each for another's car.
    DemoPerson red = people.make(1975, 1990, true);
    for (int k = 0; k < 6; ++k) {
        DemoPerson car = people.make(1960, 1995);
        const auto [shopWritten, shop] = k < 5 ? std::pair{hongdaWritten[k % 4], hongda} : anyShop();
        claim(red, &car, &car, shopWritten, shop, anyAssessor(), when(k));
    }
    // Orange: three of four assessed by 安信, for the claimant's own car.
    DemoPerson orange = people.make(1975, 1990, true);
    for (int k = 0; k < 4; ++k) {
        const auto [shopWritten, shop] = anyShop();
        claim(orange, &orange, &orange, shopWritten, shop, k < 3 ? anxin : anyAssessor(), when(k));
    }
    // Yellow: five claims for five other people's cars, each at another shop.
    DemoPerson yellow = people.make(1975, 1990, true);
    for (int k = 0; k < 5; ++k) {
        DemoPerson car = people.make(1960, 1995);
        const auto [shopWritten, shop] = anyShop();
        claim(yellow, &car, nullptr, shopWritten, shop, anyAssessor(), when(k));
    }
    // Decoys: six claims for one's own car; three at one shop (too few in all); five for cars the
    // rows do not name by ID; six split three and three between two shops.
    DemoPerson own = people.make(1975, 1990, true), few = people.make(1975, 1990, true), unnamed = people.make(1975, 1990, true),
               split = people.make(1975, 1990, true);
    for (int k = 0; k < 6; ++k) {
        const auto [shopWritten, shop] = anyShop();
        claim(own, &own, &own, shopWritten, shop, anyAssessor(), when(k));
    }
    for (int k = 0; k < 3; ++k)
        claim(few, &few, nullptr, hongda, hongda, anyAssessor(), when(k));
    for (int k = 0; k < 5; ++k) {
        const auto [shopWritten, shop] = anyShop();
        claim(unnamed, nullptr, nullptr, shopWritten, shop, anyAssessor(), when(k));
    }
    for (int k = 0; k < 6; ++k) {
        const QString shop = k % 2 ? hongda : QStringLiteral("乐清市第一汽车修理厂");
        claim(split, &split, nullptr, shop, shop, anyAssessor(), when(k));
    }
    // One lawyer's five clients, one claim each, four of them repaired at 顺风: those four. Another
    // lawyer's clients at five different shops, and a third lawyer's three claims (fewer than four).
    const QString shunfeng = QStringLiteral("乐清市顺风汽车修理有限公司");
    for (int k = 0; k < 5; ++k) {
        DemoPerson client = people.make(1975, 1995, true);
        const auto [shopWritten, shop] = k < 4 ? std::pair{shunfeng, shunfeng} : anyShop();
        claim(client, &client, &client, shopWritten, shop, anyAssessor(), when(k), QStringLiteral("浙江某律师事务所 张某"));
    }
    for (int k = 0; k < 5; ++k) {
        DemoPerson client = people.make(1975, 1995, true);
        const auto [shopWritten, shop] = anyShop();
        claim(client, &client, &client, shopWritten, shop, anyAssessor(), when(k), QStringLiteral("浙江某律师事务所 李某"));
    }
    DemoPerson single = people.make(1975, 1995, true);
    for (int k = 0; k < 3; ++k)
        claim(single, &single, &single, shunfeng, shunfeng, anyAssessor(), when(k), QStringLiteral("王某"));
}

void Builder::plantForestSubsidies()
{
    // Model 11: paid for years after death; paid in two villages for one year.
    DemoPerson dead = people.make(1935, 1950, true), diedLate = people.make(1935, 1950, true),
               twice = people.make(1950, 1970, true), moved = people.make(1950, 1970, true);
    death(dead, QDate(2022, 5, 10));
    for (int year : {2021, 2022, 2023})
        subsidy(dead, year, QStringLiteral("南山村"));
    death(diedLate, QDate(2023, 8, 1)); // paid up to the year of death: lawful
    for (int year : {2022, 2023})
        subsidy(diedLate, year, QStringLiteral("石门村"));
    subsidy(twice, 2023, QStringLiteral("东村"));
    subsidy(twice, 2023, QStringLiteral("西岙村"), QStringLiteral("2023年度"));
    subsidy(moved, 2022, QStringLiteral("东村")); // moved between years: lawful
    subsidy(moved, 2023, QStringLiteral("西岙村"));
    // Paid for more than all the registered plots in the village; two plots that add up; a plot
    // in another village only (nothing registered where it was paid tells nothing).
    DemoPerson over = people.make(1950, 1970, true), sum = people.make(1950, 1970, true), exact = people.make(1950, 1970, true),
               elsewhere = people.make(1950, 1970, true);
    plot(over, QStringLiteral("南山村"), 12);
    plot(over, QStringLiteral("南山村"), 8);
    subsidy(over, 2023, QStringLiteral("南山村"), {}, 25);
    plot(sum, QStringLiteral("石门村"), 12);
    plot(sum, QStringLiteral("石门村"), 8);
    subsidy(sum, 2023, QStringLiteral("石门村"), {}, 20);
    plot(exact, QStringLiteral("东村"), 30);
    subsidy(exact, 2023, QStringLiteral("东村"), {}, 30);
    plot(elsewhere, QStringLiteral("东村"), 5);
    subsidy(elsewhere, 2023, QStringLiteral("西岙村"), {}, 40);
}

std::map<QString, Set> Builder::expected() const
{
    auto m = [this](const QString& t) { return members.count(t) ? members.at(t) : Set(); };
    Set hardshipAny, keyGroups;
    for (const QString& t : kHardshipTypes)
        hardshipAny = unite(hardshipAny, m(t));
    for (const QString& t : kKeyGroupTypes)
        keyGroups = unite(keyGroups, m(t));
    const Set aidedSet = m(QStringLiteral("judicial-aid"));
    const Set socialSet = m(QStringLiteral("social-assistance"));
    std::map<QString, Set> e;
    e[QStringLiteral("uncompensated-victims-in-hardship")] = minus(intersect(victimsUncompensated, hardshipAny), aidedSet);
    e[QStringLiteral("unpaid-judgments-in-hardship")] =
        minus(intersect(intersect(applicantsUnpaid, unite(victimsAll, civilVictims)), hardshipAny), aidedSet);
    e[QStringLiteral("social-assistance-recipients-eligible")] =
        minus(intersect(socialSet, unite(victimsUncompensated, applicantsUnpaid)), aidedSet);
    e[QStringLiteral("aided-without-social-assistance")] = minus(aidedSet, socialSet);
    const Set inProceedings = unite(victimsAll, petitioners);
    e[QStringLiteral("key-groups-in-proceedings")] =
        minus(unite(minorsInProceedings, intersect(inProceedings, keyGroups)), aidedSet);

    expectPensions(e);
    e[QStringLiteral("bigamy")] = bigamists;
    e[QStringLiteral("petitioners-with-unfinished-executions")] = minus(intersect(petitioners, applicantsUnfinished), aidedSet);
    Set ofInsolvent;
    for (const auto& [suspect, victim] : offences)
        if (respondentsUnfinished.count(suspect))
            ofInsolvent.insert(victim);
    e[QStringLiteral("victims-of-insolvent-offenders")] = minus(ofInsolvent, aidedSet);
    e[QStringLiteral("marriage-certificates-unknown-to-the-registry")] = minus(courtCerts, registeredCerts);

    // One human: active registrations with the same true name, sex and birth date, filed under
    // the smallest number when the numbers name two regions or more.
    std::map<std::tuple<QString, bool, QDate>, Set> humans;
    for (const Registration& r : registrations)
        if (r.active)
            humans[{r.name, r.male, r.birth}].insert(r.id);
    Set doubles;
    for (const auto& [who, ids] : humans) {
        Set regions;
        for (const QString& id : ids)
            regions.insert(id.left(6));
        if (ids.size() >= 2 && regions.size() >= 2)
            doubles.insert(*ids.begin());
    }
    e[QStringLiteral("double-household-registration")] = doubles;

    // Claims per claimant: one shop or assessor in >= 3 and >= 60% of >= 4 claims; or a claim for
    // a car whose insured or owner is named by ID and is someone else, with >= 5 claims in 5 years.
    std::map<QString, std::vector<const Claim*>> byClaimant;
    for (const Claim& c : claims)
        byClaimant[c.claimant].push_back(&c);
    Set flaggedClaimants;
    for (const auto& entry : byClaimant) {
        const QString& who = entry.first; // not a structured binding: lambdas below capture it (clang 14)
        const std::vector<const Claim*>& list = entry.second;
        const auto concentrated = [&](QString Claim::*counterpart) {
            std::map<QString, int> n;
            for (const Claim* c : list)
                ++n[c->*counterpart];
            for (const auto& [value, count] : n)
                if (!value.isEmpty() && count >= 3 && list.size() >= 4 && count >= 0.6 * double(list.size()))
                    return true;
            return false;
        };
        bool forOthers = false;
        std::vector<QDate> dates;
        for (const Claim* c : list) {
            forOthers = forOthers || ((!c->insured.isEmpty() || !c->owner.isEmpty()) && c->insured != who && c->owner != who);
            dates.push_back(c->filed);
        }
        std::sort(dates.begin(), dates.end());
        bool frequentClaims = false;
        for (size_t i = 0; i + 4 < dates.size(); ++i)
            frequentClaims = frequentClaims || dates[i + 4] < dates[i].addYears(5);
        if (concentrated(&Claim::shop) || concentrated(&Claim::assessor) || (forOthers && frequentClaims))
            flaggedClaimants.insert(who);
    }
    // Per agent: one shop in >= 3 and >= 60% of >= 4 of the agent's claims, for >= 2 claimants.
    std::map<QString, std::vector<const Claim*>> byAgent;
    for (const Claim& c : claims)
        if (!c.agent.isEmpty())
            byAgent[c.agent].push_back(&c);
    for (const auto& [agent, list] : byAgent) {
        std::map<QString, std::vector<const Claim*>> byShop;
        for (const Claim* c : list)
            if (!c->shop.isEmpty())
                byShop[c->shop].push_back(c);
        for (const auto& [shop, at] : byShop) {
            Set clients;
            for (const Claim* c : at)
                clients.insert(c->claimant);
            if (at.size() >= 3 && list.size() >= 4 && double(at.size()) >= 0.6 * double(list.size()) && clients.size() >= 2)
                flaggedClaimants.insert(clients.begin(), clients.end());
        }
    }
    e[QStringLiteral("organised-false-litigation")] = flaggedClaimants;

    // A payment for a year after the recipient's year of death; for more than the recipient's
    // registered plots in the village (where there are any); two villages for one year.
    Set forest;
    for (const Subsidy& a : subsidies) {
        const auto died = deaths.find(a.id);
        if (died != deaths.end() && a.year > died->second.year())
            forest.insert(a.id);
        int registered = 0, plotsThere = 0;
        for (const Plot& p : plots)
            if (p.id == a.id && p.village == a.village) {
                registered += p.area;
                ++plotsThere;
            }
        if (plotsThere > 0 && a.area > registered)
            forest.insert(a.id);
        for (const Subsidy& b : subsidies)
            if (b.id == a.id && b.year == a.year && b.village != a.village)
                forest.insert(a.id);
    }
    e[QStringLiteral("forest-subsidy-irregularities")] = forest;

    // A lawsuit and the enforcement of its own judgment are one case.
    std::map<QString, Set> lawsuits;
    for (const Filing& f : filings)
        if (!f.caseNo.isEmpty())
            lawsuits[f.id].insert(f.caseNo);
    std::map<QString, std::vector<QDate>> byPerson;
    for (const Filing& f : filings)
        if (f.lawsuit.isEmpty() ||
            !lawsuits[f.id].count(QString(f.lawsuit).replace(u'(', QStringLiteral("（")).replace(u')', QStringLiteral("）"))))
            byPerson[f.id].push_back(f.filed);
    Set frequent;
    for (auto& [id, dates] : byPerson) {
        std::sort(dates.begin(), dates.end());
        for (size_t i = 0; i + 4 < dates.size(); ++i)
            if (dates[i + 4] < dates[i].addYears(5))
                frequent.insert(id);
    }
    e[QStringLiteral("frequent-litigants")] = frequent;
    expectSupervision(e);
    return e;
}

} // namespace cluedesk::demo
