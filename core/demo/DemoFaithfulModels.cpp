// The cases of the audit of the built-in models (issue 15) and, independently of the screening
// engine, who the pension models should flag: periods in prison against months paid, with
// 死缓, parole and the correction type; increases paid during community correction.
#include "demo/DemoBuilder.h"

namespace cluedesk::demo {

// The cases of the audit of the built-in models (issue 15), planted after the others so that the
// people drawn before keep their names and numbers.
void Builder::plantFaithfulModels()
{
    const QDate from(2023, 1, 1), to(2024, 6, 30);
    // Model 2 takes applicants who are victims of the case behind the enforcement: of a crime
    // (restitution unpaid) or of a personal-injury or wage suit. The fifth is only an applicant.
    for (size_t i = 0; i < unpaidApplicants.size(); ++i) {
        const DemoPerson& a = unpaidApplicants[i];
        if (i == 0 || i == 2)
            victim(a, QStringLiteral("诈骗"), QStringLiteral("被告人退赔未到位"), false, people.dateBetween(from, to));
        else if (i == 1)
            civil(a, people.dateBetween(QDate(2020, 1, 1), to), QStringLiteral("机动车交通事故责任纠纷"));
        else if (i == 3)
            civil(a, people.dateBetween(QDate(2020, 1, 1), to), QStringLiteral("追索劳动报酬纠纷"));
    }
    const QDate pFrom(2022, 1, 1), pTo(2023, 12, 1);
    auto pensioner = [&] { return people.make(1945, 1962); };
    {
        // As prison exports write a death sentence with reprieve.
        DemoPerson h = pensioner();
        pension(h, pFrom, pTo);
        custody(h, QStringLiteral("死缓"), QDate(2022, 9, 1), QDate());
        // Paroled: the months after parole are not custody (the prison row still runs to 2025).
        DemoPerson i = pensioner();
        pension(i, pFrom, pTo);
        custody(i, QStringLiteral("有期徒刑"), QDate(2022, 2, 1), QDate(2025, 1, 31));
        custody(i, QStringLiteral("有期徒刑"), QDate(2023, 3, 10), QDate(2025, 1, 31), QStringLiteral("假释"));
        // A fixed-term sentence whose end the export left out: listed for review (yellow).
        DemoPerson j = pensioner();
        pension(j, pFrom, pTo);
        custody(j, QStringLiteral("有期徒刑"), QDate(2023, 6, 1), QDate());
        // Model 15: the yearly increase paid on probation and during temporary release outside
        // prison (a fixed-term sentence whose correction type decides); not after surveillance ended.
        DemoPerson k = pensioner();
        pension(k, pFrom, pTo, QDate(2023, 7, 1));
        custody(k, QStringLiteral("缓刑"), QDate(2022, 5, 1), QDate(2024, 4, 30));
        DemoPerson l = pensioner();
        pension(l, pFrom, pTo, QDate(2023, 7, 1));
        custody(l, QStringLiteral("有期徒刑"), QDate(2022, 10, 1), QDate(2024, 9, 30), QStringLiteral("暂予监外执行"));
        DemoPerson m = pensioner();
        pension(m, pFrom, pTo, QDate(2023, 7, 1));
        custody(m, QStringLiteral("管制"), QDate(2022, 7, 1), QDate(2023, 6, 30));
    }
}

void Builder::expectPensions(std::map<QString, Set>& e) const
{
    // The correction type, when the row has one, decides what kind of period it is.
    const auto community = [](const Custody& c) {
        const QString kind = c.correction.isEmpty() ? c.sentence : c.correction;
        return kind.contains(QStringLiteral("缓刑")) || kind.contains(QStringLiteral("管制")) ||
            kind.contains(QStringLiteral("监外执行"));
    };
    const auto paroledIn = [&](const QString& id, const QDate& month) {
        for (const Custody& c : custodies)
            if (c.id == id && c.correction == QStringLiteral("假释") && c.start <= month.addMonths(1).addDays(-1) &&
                (!c.end.isValid() || c.end >= month))
                return true;
        return false;
    };
    Set imprisoned, raisedInCorrection;
    for (const Custody& c : custodies) {
        for (const Pension& p : pensions) {
            if (p.id != c.id)
                continue;
            if (community(c)) {
                const QDate r = p.raisedFrom;
                if (r.isValid() && r > p.firstMonth && r <= p.lastMonth && r >= c.start &&
                    (!c.end.isValid() || r.addMonths(1).addDays(-1) <= c.end))
                    raisedInCorrection.insert(p.id);
                continue;
            }
            if (c.correction == QStringLiteral("假释"))
                continue;
            for (QDate month = p.firstMonth; month <= p.lastMonth; month = month.addMonths(1)) {
                const QDate monthEnd = month.addMonths(1).addDays(-1);
                if (month >= c.start && (!c.end.isValid() || monthEnd <= c.end) && !paroledIn(p.id, month))
                    imprisoned.insert(p.id);
            }
        }
    }
    e[QStringLiteral("pension-during-imprisonment")] = imprisoned;
    e[QStringLiteral("pension-increase-during-correction")] = raisedInCorrection;
}

} // namespace cluedesk::demo
