// The amount by the coefficient rules, checked against sums done by hand.
#include "ReviewTestSupport.h"

#include "assistance/CalculationStore.h"

using namespace cluedesk;

namespace {

const ParameterSet& builtIn(const char* id)
{
    for (const ParameterSet& p : ParameterStore::builtIns())
        if (p.id == QString::fromLatin1(id))
            return p;
    FAIL("no built-in parameter set " << id);
    throw std::logic_error("unreachable");
}

CalculationInput input(const char* caseType, const char* band, double hardship)
{
    CalculationInput in;
    in.caseType = QString::fromLatin1(caseType);
    in.hardshipBand = QString::fromLatin1(band);
    in.hardship = hardship;
    in.date = QDate(2024, 7, 1);
    return in;
}

Calculation calculate(const ParameterSet& p, const CalculationInput& in)
{
    auto c = AssistanceCalculator::calculate(p, in);
    INFO(c.errorMessage().toStdString());
    REQUIRE(c.ok());
    return *c;
}

qint64 step(const Calculation& c, const char* key)
{
    for (const auto& s : c.steps)
        if (s.key == QString::fromLatin1(key))
            return s.value;
    FAIL("no step " << key);
    return -1;
}

ParameterSet variant(const char* id, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject json = builtIn("guanyun-2024").json;
    json[QStringLiteral("id")] = QString::fromLatin1(id);
    change(json);
    auto p = ParameterSet::fromJson(json);
    INFO(p.errorMessage().toStdString());
    REQUIRE(p.ok());
    return *p;
}

} // namespace

TEST_CASE("intentional injury, general hardship, a woman in need, victim partly at fault", "[assistance]")
{
    // 2000 x (4 + 3) = 14000; 2000 x 2 = 4000; (14000 + 4000) x 0.8 = 14400
    auto in = input("intentional-injury", "general", 3);
    in.groups = {{QStringLiteral("women-in-need"), 2}};
    in.faultPreset = QStringLiteral("minor");
    const Calculation c = calculate(builtIn("guanyun-2024"), in);
    CHECK(step(c, "basic") == 1400000);
    CHECK(step(c, "additional") == 400000);
    CHECK(step(c, "total") == 1800000);
    CHECK(step(c, "fault") == 80);
    CHECK(c.amountFen == 1440000);
    CHECK_FALSE(c.capped);
    const QStringList lines = c.lines(Language::Chinese);
    CHECK(lines.contains(QStringLiteral("4. 基础救助金: 2000.00 × (4 + 3) = 14000.00 元")));
    CHECK(lines.last() == QStringLiteral("11. 救助金额: min(14400.00, 259200.00) = 14400.00 元"));
    CHECK(c.lines(Language::English).contains(QStringLiteral("9. After fault: 18000.00 × 0.8 = 14400.00 yuan")));
}

TEST_CASE("fractional coefficients round to the fen", "[assistance]")
{
    // 2000 x (3 + 2.5) = 11000; nothing additional; x 0.3 = 3300
    auto in = input("traffic", "general", 2.5);
    in.faultPreset = QStringLiteral("major");
    CHECK(calculate(builtIn("guanyun-2024"), in).amountFen == 330000);
    // a free fault coefficient: 11000 x 0.33 = 3630
    in.faultPreset.clear();
    in.fault = 0.33;
    CHECK(calculate(builtIn("guanyun-2024"), in).amountFen == 363000);
}

TEST_CASE("the cap of 36 months of the average wage", "[assistance]")
{
    // 2000 x (8 + 15) = 46000; 2000 x 10 = 20000; 66000 > 36 x 1000 = 36000
    const ParameterSet lowCap = variant("low-cap", [](QJsonObject& j) {
        QJsonObject cap = j[QStringLiteral("cap")].toObject();
        cap[QStringLiteral("monthly_wage")] = 1000;
        j[QStringLiteral("cap")] = cap;
    });
    auto in = input("death", "extreme", 15);
    in.groups = {{QStringLiteral("children-in-distress"), 10}};
    const Calculation c = calculate(lowCap, in);
    CHECK(step(c, "adjusted") == 6600000);
    CHECK(step(c, "cap") == 3600000);
    CHECK(c.capped);
    CHECK(c.amountFen == 3600000);
    // the same under the real 2024 cap (36 x 7200 = 259200) is not capped
    CHECK(calculate(builtIn("guanyun-2024"), in).amountFen == 6600000);
}

TEST_CASE("several additional groups: the highest k, or their sum where the rules say so", "[assistance]")
{
    auto in = input("intentional-injury", "general", 1);
    in.groups = {{QStringLiteral("disabled-3-4"), 2}, {QStringLiteral("medical-aid"), 3}};
    // 2000 x 5 + 2000 x 3 = 16000
    CHECK(calculate(builtIn("guanyun-2024"), in).amountFen == 1600000);
    const ParameterSet summing =
        variant("summing", [](QJsonObject& j) { j[QStringLiteral("additional_rule")] = QStringLiteral("sum"); });
    // 2000 x 5 + 2000 x 5 = 20000
    CHECK(calculate(summing, in).amountFen == 2000000);
}

TEST_CASE("inputs outside the rules are refused with what was expected", "[assistance]")
{
    const ParameterSet& p = builtIn("guanyun-2024");
    auto r = AssistanceCalculator::calculate(p, input("intentional-injury", "general", 6));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("calc.out-of-band"));
    CHECK(r.error().message.contains(QStringLiteral("1 to 5")));
    CHECK(
        AssistanceCalculator::calculate(p, input("robbery", "general", 2)).error().code == QStringLiteral("calc.bad-case-type"));
    CHECK(AssistanceCalculator::calculate(p, input("traffic", "dire", 2)).error().code == QStringLiteral("calc.bad-band"));
    auto in = input("traffic", "general", 2);
    in.groups = {{QStringLiteral("key-special-care"), 3}};
    CHECK(AssistanceCalculator::calculate(p, in).error().code == QStringLiteral("calc.out-of-range"));
    in.groups.clear();
    in.fault = 1.5;
    CHECK(AssistanceCalculator::calculate(p, in).error().code == QStringLiteral("calc.bad-fault"));
}

TEST_CASE("a new parameter set applies from its date; old calculations keep theirs", "[assistance]")
{
    review_test::VictimPool v;
    const qint64 clue = v.clueOf(v.first);
    ParameterStore params(*v.pool);
    CHECK(params.inForce(QDate(2023, 12, 31)) == std::nullopt);
    CHECK(params.inForce(QDate(2024, 7, 1))->id == QStringLiteral("guanyun-2024"));
    CHECK(params.inForce(QDate(2025, 3, 1))->id == QStringLiteral("guanyun-2025"));

    const auto in = input("intentional-injury", "general", 3); // 2000 x 7 = 14000
    const Calculation before = calculate(*params.inForce(in.date), in);
    CalculationStore store(*v.pool);
    const auto saved = store.save(clue, v.first, before, true);
    REQUIRE(saved.ok());

    // The office revises the 2024 benchmark to 3000 from 2024-06-01.
    QJsonObject revised = builtIn("guanyun-2024").json;
    revised[QStringLiteral("id")] = QStringLiteral("guanyun-2024-revised");
    revised[QStringLiteral("effective_from")] = QStringLiteral("2024-06-01");
    QJsonObject benchmark = revised[QStringLiteral("benchmark")].toObject();
    benchmark[QStringLiteral("amount")] = 3000;
    revised[QStringLiteral("benchmark")] = benchmark;
    REQUIRE(params.import(revised).ok());
    CHECK(params.inForce(QDate(2024, 5, 31))->id == QStringLiteral("guanyun-2024"));
    CHECK(params.inForce(QDate(2024, 7, 1))->id == QStringLiteral("guanyun-2024-revised"));
    CHECK(calculate(*params.inForce(in.date), in).amountFen == 2100000);

    const auto old = store.get(*saved);
    REQUIRE(old);
    CHECK(old->calculation.parameterSet == QStringLiteral("guanyun-2024"));
    CHECK(old->calculation.amountFen == 1400000);
    CHECK(old->calculation.parameters.value(QStringLiteral("benchmark")).toObject().value(QStringLiteral("amount")).toInt() ==
        2000);
    CHECK(old->calculation.steps.size() == before.steps.size());
    // a built-in set cannot be replaced
    CHECK(params.import(builtIn("guanyun-2024").json).error().code == QStringLiteral("params.builtin"));
}

TEST_CASE("an amount far from past decisions of the same case type is flagged", "[assistance]")
{
    review_test::VictimPool v;
    CalculationStore store(*v.pool);
    const ParameterSet& p = builtIn("guanyun-2024");
    CHECK(store.medianFor(QStringLiteral("intentional-injury")) == std::nullopt);
    for (double h : {1.0, 2.0, 3.0}) { // 10000, 12000, 14000 -> median 12000
        const Calculation c = calculate(p, input("intentional-injury", "general", h));
        REQUIRE(store.save(std::nullopt, v.first, c, true).ok());
    }
    // a draft does not count
    REQUIRE(store.save(std::nullopt, v.first, calculate(p, input("intentional-injury", "extreme", 15)), false).ok());
    CHECK(store.medianFor(QStringLiteral("intentional-injury")) == 1200000);

    Calculation near = calculate(p, input("intentional-injury", "general", 4)); // 16000: +33%
    store.check(near);
    REQUIRE(near.warnings.size() == 1);
    CHECK(near.warnings[0].contains(QStringLiteral("12000.00")));
    Calculation within = calculate(p, input("intentional-injury", "general", 3.5)); // 15000: +25%
    store.check(within);
    CHECK(within.warnings.isEmpty());
    Calculation otherType = calculate(p, input("traffic", "extreme", 15));
    store.check(otherType);
    CHECK(otherType.warnings.isEmpty());
}
