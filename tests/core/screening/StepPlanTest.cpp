// Which sources a model's plan narrows to the subjects of an intersection's other side, and the
// order it builds the steps in. Expectations are read off the small models below by hand.
#include "screening/StepPlan.h"

#include "TestSupport.h"

using namespace cluedesk;

namespace {

StepSpec step(const char* id, const char* kind, const QString& from = {}, const QStringList& operands = {})
{
    StepSpec s;
    s.id = QString::fromLatin1(id);
    s.kind = QString::fromLatin1(kind);
    s.from = from;
    s.operands = operands;
    return s;
}

// claims; suits; counted = suits counted within years; both = claims also counted; out = both.
ModelDefinition claimsAndSuits()
{
    ModelDefinition m;
    m.steps = {step("claims", "source"), step("suits", "source"), step("counted", "count", QStringLiteral("suits")),
        step("both", "intersect", {}, {QStringLiteral("claims"), QStringLiteral("counted")})};
    m.steps[2].withinYears = 5;
    m.output = QStringLiteral("both");
    return m;
}

QStringList ids(const ModelDefinition& m, const StepPlan& plan)
{
    QStringList out;
    for (size_t i : plan.order)
        out << m.steps[i].id;
    return out;
}

} // namespace

TEST_CASE("a source read only to be counted for an intersection takes the other side's subjects", "[screening][plan]")
{
    ModelDefinition m = claimsAndSuits();
    StepPlan plan = StepPlan::of(m);
    CHECK(plan.narrowedBy == std::map<QString, QStringList>{{QStringLiteral("suits"), {QStringLiteral("claims")}}});
    CHECK(ids(m, plan) ==
        QStringList{QStringLiteral("claims"), QStringLiteral("suits"), QStringLiteral("counted"), QStringLiteral("both")});

    // Defined before the claims, the suits now wait for them.
    std::swap(m.steps[0], m.steps[1]);
    plan = StepPlan::of(m);
    CHECK(plan.narrowedBy.at(QStringLiteral("suits")) == QStringList{QStringLiteral("claims")});
    CHECK(ids(m, plan) ==
        QStringList{QStringLiteral("claims"), QStringLiteral("suits"), QStringLiteral("counted"), QStringLiteral("both")});
}

TEST_CASE("nothing is narrowed where a step looks across subjects or is read elsewhere", "[screening][plan]")
{
    SECTION("grouped per agent: another subject's rows count")
    {
        ModelDefinition m = claimsAndSuits();
        m.steps[2] = step("counted", "group", QStringLiteral("suits"));
        m.steps[2].perField = QStringLiteral("agent");
        CHECK(StepPlan::of(m).narrowedBy.empty());
        m.steps[2].perField.clear(); // per subject: narrowed again
        CHECK(StepPlan::of(m).narrowedBy.size() == 1);
    }
    SECTION("compared with rows paired on a field alone")
    {
        ModelDefinition m = claimsAndSuits();
        m.steps[2] = step("counted", "compare", QStringLiteral("suits"));
        m.steps[2].within = QStringLiteral("claims");
        m.steps[2].join = {{QStringLiteral("debtor"), QStringLiteral("code")}};
        CHECK(StepPlan::of(m).narrowedBy.empty());
        m.steps[2].sameSubject = true; // paired on the subject too
        CHECK(StepPlan::of(m).narrowedBy.size() == 1);
    }
    SECTION("the same person under another number")
    {
        ModelDefinition m = claimsAndSuits();
        m.steps[2] = step("counted", "same_person", {}, {QStringLiteral("suits")});
        CHECK(StepPlan::of(m).narrowedBy.empty());
    }
    SECTION("the suits are evidence of the output as well")
    {
        ModelDefinition m = claimsAndSuits();
        m.steps.push_back(step("all", "union", {}, {QStringLiteral("both"), QStringLiteral("suits")}));
        m.output = QStringLiteral("all");
        CHECK(StepPlan::of(m).narrowedBy.empty());
    }
    SECTION("the counted step is the output")
    {
        ModelDefinition m = claimsAndSuits();
        m.steps.push_back(step("all", "union", {}, {QStringLiteral("both"), QStringLiteral("counted")}));
        m.output = QStringLiteral("all");
        CHECK(StepPlan::of(m).narrowedBy.empty());
    }
    SECTION("sources alone, of sizes not known: narrowing them costs about what it saves")
    {
        ModelDefinition m = claimsAndSuits();
        m.steps[2] = step("counted", "filter", QStringLiteral("suits"));
        CHECK(StepPlan::of(m).narrowedBy.empty());
        CHECK(ids(m, StepPlan::of(m)) ==
            QStringList{QStringLiteral("claims"), QStringLiteral("suits"), QStringLiteral("counted"), QStringLiteral("both")});
    }
}

TEST_CASE("a shared step is not narrowed, the steps only the counted side reads are", "[screening][plan]")
{
    // suits feeds both the counted side and a filter of its own that the output reads: suits
    // stays whole; a second source read only by the counted side is narrowed.
    ModelDefinition m;
    m.steps = {step("suits", "source"), step("big", "filter", QStringLiteral("suits")), step("appeals", "source"),
        step("cases", "union", {}, {QStringLiteral("suits"), QStringLiteral("appeals")}),
        step("counted", "count", QStringLiteral("cases")), step("claims", "source"),
        step("both", "intersect", {}, {QStringLiteral("counted"), QStringLiteral("claims")}),
        step("out", "union", {}, {QStringLiteral("both"), QStringLiteral("big")})};
    m.output = QStringLiteral("out");
    const StepPlan plan = StepPlan::of(m);
    CHECK(plan.narrowedBy == std::map<QString, QStringList>{{QStringLiteral("appeals"), {QStringLiteral("claims")}}});
    // Every step after its inputs, and the narrowed ones after the claims.
    CHECK(ids(m, plan) ==
        QStringList{QStringLiteral("suits"), QStringLiteral("big"), QStringLiteral("claims"), QStringLiteral("appeals"),
            QStringLiteral("cases"), QStringLiteral("counted"), QStringLiteral("both"), QStringLiteral("out")});
}

TEST_CASE("sources alone are narrowed when their lists hold at least twice the other side's rows", "[screening][plan]")
{
    // lists: a union of two key lists; victims filtered; both = victims also on a list.
    ModelDefinition m;
    m.steps = {step("victims", "source"), step("hurt", "filter", QStringLiteral("victims")), step("poor", "source"),
        step("disabled", "source"), step("lists", "union", {}, {QStringLiteral("poor"), QStringLiteral("disabled")}),
        step("both", "intersect", {}, {QStringLiteral("hurt"), QStringLiteral("lists")})};
    m.output = QStringLiteral("both");
    const auto rows = [](qint64 victims, qint64 poor, qint64 disabled) {
        return std::map<QString, qint64>{
            {QStringLiteral("victims"), victims}, {QStringLiteral("poor"), poor}, {QStringLiteral("disabled"), disabled}};
    };
    const std::map<QString, QStringList> listsNarrowed{
        {QStringLiteral("poor"), {QStringLiteral("hurt")}}, {QStringLiteral("disabled"), {QStringLiteral("hurt")}}};

    // 1,000 victims at most (a filter keeps at most its input); 1,500 + 500 on the lists: 2x.
    StepPlan plan = StepPlan::of(m, rows(1000, 1500, 500));
    CHECK(plan.narrowedBy == listsNarrowed);
    CHECK(ids(m, plan) ==
        QStringList{QStringLiteral("victims"), QStringLiteral("hurt"), QStringLiteral("poor"), QStringLiteral("disabled"),
            QStringLiteral("lists"), QStringLiteral("both")});
    // One row fewer on the lists: not twice the victims, nothing narrowed.
    CHECK(StepPlan::of(m, rows(1000, 1500, 499)).narrowedBy.empty());
    // The other way round: the victims narrowed to the subjects on the lists, built after them.
    plan = StepPlan::of(m, rows(4000, 1500, 500));
    CHECK(plan.narrowedBy == std::map<QString, QStringList>{{QStringLiteral("victims"), {QStringLiteral("lists")}}});
    CHECK(ids(m, plan) ==
        QStringList{QStringLiteral("poor"), QStringLiteral("disabled"), QStringLiteral("lists"), QStringLiteral("victims"),
            QStringLiteral("hurt"), QStringLiteral("both")});
    // A list of unknown size (no rows known for it): the union's size is not known either.
    CHECK(StepPlan::of(m, {{QStringLiteral("victims"), 10}, {QStringLiteral("poor"), 5000}}).narrowedBy.empty());
    // The lists intersected instead: at most the smaller list. Inside, the poor (1,000) are
    // narrowed to the disabled (400); outside, 3,000 victims to the lists (at most 400).
    m.steps[4] = step("lists", "intersect", {}, {QStringLiteral("poor"), QStringLiteral("disabled")});
    CHECK(StepPlan::of(m, rows(3000, 1000, 400)).narrowedBy ==
        std::map<QString, QStringList>{
            {QStringLiteral("poor"), {QStringLiteral("disabled")}}, {QStringLiteral("victims"), {QStringLiteral("lists")}}});
    // 1,500 victims are still twice the lists' 400 at most.
    CHECK(StepPlan::of(m, rows(1500, 1000, 400)).narrowedBy.count(QStringLiteral("victims")) == 1);
    // With 100 victims it is the lists' sources that take the victims' subjects, the poor both.
    plan = StepPlan::of(m, rows(100, 1000, 400));
    CHECK(plan.narrowedBy ==
        std::map<QString, QStringList>{{QStringLiteral("poor"), {QStringLiteral("disabled"), QStringLiteral("hurt")}},
            {QStringLiteral("disabled"), {QStringLiteral("hurt")}}});
    CHECK(ids(m, plan) ==
        QStringList{QStringLiteral("victims"), QStringLiteral("hurt"), QStringLiteral("disabled"), QStringLiteral("poor"),
            QStringLiteral("lists"), QStringLiteral("both")});
}

TEST_CASE("rows carried over to the same person take the subjects of the step the persons are found in", "[screening][plan]")
{
    // registered; benefits; suits, filtered into cases; same: one human under several numbers
    // of the registered, with their benefits and cases carried over.
    ModelDefinition m;
    m.steps = {step("registered", "source"), step("benefits", "source"), step("suits", "source"),
        step("cases", "filter", QStringLiteral("suits")),
        step("same", "same_person", QStringLiteral("registered"), {QStringLiteral("benefits"), QStringLiteral("cases")})};
    m.output = QStringLiteral("same");
    const auto rows = [](qint64 registered, qint64 benefits, qint64 suits) {
        return std::map<QString, qint64>{
            {QStringLiteral("registered"), registered}, {QStringLiteral("benefits"), benefits}, {QStringLiteral("suits"), suits}};
    };
    const std::map<QString, QStringList> both{
        {QStringLiteral("benefits"), {QStringLiteral("registered")}}, {QStringLiteral("suits"), {QStringLiteral("registered")}}};
    CHECK(StepPlan::of(m, rows(100, 200, 300)).narrowedBy == both);
    // One row short of twice the registered: the benefits are read whole.
    CHECK(StepPlan::of(m, rows(100, 199, 300)).narrowedBy ==
        std::map<QString, QStringList>{{QStringLiteral("suits"), {QStringLiteral("registered")}}});
    CHECK(StepPlan::of(m).narrowedBy.empty()); // sizes not known

    // Defined last, the registered are built first: the carried sources wait for them.
    std::rotate(m.steps.begin(), m.steps.begin() + 1, m.steps.begin() + 4);
    const StepPlan plan = StepPlan::of(m, rows(100, 200, 300));
    CHECK(plan.narrowedBy == both);
    CHECK(ids(m, plan) ==
        QStringList{QStringLiteral("registered"), QStringLiteral("benefits"), QStringLiteral("suits"), QStringLiteral("cases"),
            QStringLiteral("same")});

    // The cases are evidence of the output as well: they and their suits stay whole.
    m.steps.push_back(step("out", "union", {}, {QStringLiteral("same"), QStringLiteral("cases")}));
    m.output = QStringLiteral("out");
    CHECK(StepPlan::of(m, rows(100, 200, 300)).narrowedBy ==
        std::map<QString, QStringList>{{QStringLiteral("benefits"), {QStringLiteral("registered")}}});
}
