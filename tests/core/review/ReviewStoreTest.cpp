// The review state machine, its history, and that re-running a model never loses it.
#include "ReviewTestSupport.h"

#include "assistance/CalculationStore.h"
#include "ingest/DatasetCatalog.h"
#include "review/ClueStatus.h"
#include "review/PersonProfile.h"
#include "review/VisitStore.h"

using namespace cluedesk;
using review_test::VictimPool;

TEST_CASE("every allowed and every refused status change", "[review]")
{
    // The full tables: from each status of each path, which changes are allowed.
    const std::map<QString, QStringList> aid = {
        {QStringLiteral("new"), {QStringLiteral("verifying"), QStringLiteral("ineligible")}},
        {QStringLiteral("verifying"),
            {QStringLiteral("eligible"), QStringLiteral("ineligible"), QStringLiteral("referred"), QStringLiteral("new")}},
        {QStringLiteral("eligible"), {QStringLiteral("assisted"), QStringLiteral("referred"), QStringLiteral("verifying")}},
        {QStringLiteral("ineligible"), {QStringLiteral("verifying")}},
        {QStringLiteral("referred"), {QStringLiteral("assisted"), QStringLiteral("verifying")}},
        {QStringLiteral("assisted"), {}},
    };
    const std::map<QString, QStringList> supervision = {
        {QStringLiteral("new"), {QStringLiteral("verifying"), QStringLiteral("unfounded")}},
        {QStringLiteral("verifying"), {QStringLiteral("confirmed"), QStringLiteral("unfounded"), QStringLiteral("new")}},
        {QStringLiteral("confirmed"), {QStringLiteral("suggested"), QStringLiteral("verifying")}},
        {QStringLiteral("unfounded"), {QStringLiteral("verifying")}},
        {QStringLiteral("suggested"), {QStringLiteral("corrected"), QStringLiteral("confirmed")}},
        {QStringLiteral("corrected"), {}},
    };
    for (const auto& [workflow, allowed] :
        {std::pair{QStringLiteral("aid"), aid}, std::pair{QStringLiteral("supervision"), supervision}})
        for (const QString& from : ClueStatus::all())
            for (const QString& to : ClueStatus::all()) {
                INFO(workflow.toStdString() << ": " << from.toStdString() << " -> " << to.toStdString());
                const bool expected = allowed.count(from) && allowed.at(from).contains(to);
                CHECK(ClueStatus::nextFrom(from, workflow).contains(to) == expected);
                CHECK(ClueStatus::known(from, workflow) == (allowed.count(from) > 0));
            }
    CHECK(ClueStatus::isDecision(QStringLiteral("confirmed")));
    CHECK(ClueStatus::isDecision(QStringLiteral("corrected")));
    CHECK(ClueStatus::title(QStringLiteral("confirmed")).zh == QStringLiteral("违法属实"));
    CHECK(ClueStatus::isDecision(QStringLiteral("eligible")));
    CHECK(ClueStatus::isDecision(QStringLiteral("referred")));
    CHECK_FALSE(ClueStatus::isDecision(QStringLiteral("verifying")));
}

TEST_CASE("status changes are checked, need reasons, and are kept with who and when", "[review]")
{
    VictimPool v;
    v.pool->setUser(QStringLiteral("王检察官"));
    const qint64 clue = v.clueOf(v.first);
    ReviewStore review(*v.pool);
    CHECK(review.statusOf(clue) == QStringLiteral("new"));

    auto s = review.setStatus(clue, QStringLiteral("eligible"), QStringLiteral("理由"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("review.bad-transition"));
    CHECK(s.error().message.contains(QStringLiteral("verifying")));
    s = review.setStatus(clue, QStringLiteral("approved"), QString());
    CHECK(s.error().code == QStringLiteral("review.bad-status"));
    s = review.setStatus(9999, QStringLiteral("verifying"), QString());
    CHECK(s.error().code == QStringLiteral("review.no-clue"));

    REQUIRE(review.setStatus(clue, QStringLiteral("verifying"), QString()).ok());
    s = review.setStatus(clue, QStringLiteral("eligible"), QStringLiteral("  "));
    CHECK(s.error().code == QStringLiteral("review.no-reason"));
    CHECK(review.statusOf(clue) == QStringLiteral("verifying"));
    REQUIRE(review.setStatus(clue, QStringLiteral("eligible"), QStringLiteral("家庭困难属实")).ok());
    // assisted needs a decided amount first
    s = review.setStatus(clue, QStringLiteral("assisted"), QStringLiteral("已发放"));
    CHECK(s.error().code == QStringLiteral("review.no-amount"));
    CHECK(review.statusOf(clue) == QStringLiteral("eligible"));

    const auto events = review.events(clue);
    REQUIRE(events.size() == 2);
    CHECK(events[0].from == QStringLiteral("new"));
    CHECK(events[0].to == QStringLiteral("verifying"));
    CHECK(events[1].to == QStringLiteral("eligible"));
    CHECK(events[1].note == QStringLiteral("家庭困难属实"));
    CHECK(events[1].by == QStringLiteral("王检察官"));
    CHECK(events[1].at.startsWith(QStringLiteral("2024-07-01")));

    REQUIRE(review.addNote(clue, QStringLiteral("电话联系其母亲")).ok());
    CHECK(review.addNote(clue, QStringLiteral(" ")).error().code == QStringLiteral("review.empty-note"));
    REQUIRE(review.attach(clue, QStringLiteral("低保证.jpg"), QByteArray("\xFF\xD8 photo")).ok());
    REQUIRE(review.notes(clue).size() == 1);
    const auto attachments = review.attachments(clue);
    REQUIRE(attachments.size() == 1);
    CHECK(attachments[0].name == QStringLiteral("低保证.jpg"));
    CHECK(review.attachmentData(attachments[0].id) == QByteArray("\xFF\xD8 photo"));
}

TEST_CASE("re-running the model keeps status, history and notes", "[review]")
{
    VictimPool v;
    const qint64 clue = v.clueOf(v.first);
    v.decide(clue, QStringLiteral("eligible"));
    REQUIRE(ReviewStore(*v.pool).addNote(clue, QStringLiteral("已入户")).ok());
    screening_test::run(*v.pool, "uncompensated-victims-in-hardship");
    CHECK(v.clueOf(v.first) == clue);
    ReviewStore review(*v.pool);
    CHECK(review.statusOf(clue) == QStringLiteral("eligible"));
    CHECK(review.events(clue).size() == 2);
    CHECK(review.notes(clue).size() == 1);
}

TEST_CASE("an assisted person is recorded as aided and not proposed again", "[review]")
{
    VictimPool v;
    const qint64 clue = v.clueOf(v.first);
    v.decide(clue, QStringLiteral("eligible"));
    ParameterStore params(*v.pool);
    const auto set = params.inForce(QDate(2024, 7, 1));
    REQUIRE(set);
    CalculationInput in;
    in.caseType = QStringLiteral("intentional-injury");
    in.hardshipBand = QStringLiteral("general");
    in.hardship = 3;
    in.date = QDate(2024, 7, 1);
    auto c = AssistanceCalculator::calculate(*set, in);
    REQUIRE(c.ok());
    REQUIRE(CalculationStore(*v.pool).save(clue, v.first, *c, true).ok());
    REQUIRE(ReviewStore(*v.pool).setStatus(clue, QStringLiteral("assisted"), QStringLiteral("已发放救助金")).ok());

    const auto profile = PersonProfile::load(*v.pool, v.first, DatasetCatalog::forPool(*v.pool));
    REQUIRE(profile.ok());
    CHECK(profile->judicialAidGiven);
    screening_test::run(*v.pool, "uncompensated-victims-in-hardship");
    const auto keys = screening_test::clueKeys(*v.pool, "uncompensated-victims-in-hardship");
    CHECK_FALSE(keys.count(v.first));
    CHECK(keys.count(v.second));
    // the clue itself is kept, gone from the queue, with its decision
    const auto kept = ClueStore(*v.pool).get(clue);
    REQUIRE(kept);
    CHECK(kept->presence == QStringLiteral("gone"));
    CHECK(kept->status == QStringLiteral("assisted"));
}

TEST_CASE("household visits are checked, kept and updated by revision", "[review]")
{
    VictimPool v;
    VisitStore visits(*v.pool);
    Visit bad;
    bad.personKey = v.first;
    bad.visitDate = QStringLiteral("2024-13-01");
    CHECK_FALSE(visits.add(bad).ok());
    bad.visitDate = QStringLiteral("2024-07-02");
    bad.personKey = QStringLiteral("330382198001011234");
    CHECK_FALSE(visits.add(bad).ok());

    Visit visit;
    visit.personKey = v.first;
    visit.clueId = v.clueOf(v.first);
    visit.visitDate = QStringLiteral("2024-07-02");
    visit.visitors = QStringLiteral("王检察官、李书记员");
    visit.family = {{QStringLiteral("张母"), QStringLiteral("母亲"), QStringLiteral("瘫痪在床"), 71}};
    visit.monthlyIncome = 650;
    visit.conclusion = QStringLiteral("家庭生活确有困难");
    auto id = visits.add(visit);
    REQUIRE(id.ok());
    auto stored = visits.get(*id);
    REQUIRE(stored);
    CHECK(stored->uuid.size() == 36);
    CHECK(stored->revision == 1);
    REQUIRE(stored->family.size() == 1);
    CHECK(stored->family[0].age == 71);
    CHECK(stored->monthlyIncome == 650);
    stored->conclusion = QStringLiteral("家庭生活确有困难，建议救助");
    REQUIRE(visits.update(*stored).ok());
    CHECK(visits.get(*id)->revision == 2);
    CHECK(visits.forPerson(v.first).size() == 1);
    CHECK(visits.forClue(v.clueOf(v.first)).front().conclusion == QStringLiteral("家庭生活确有困难，建议救助"));
    CHECK(visits.forPerson(v.second).empty());
}

TEST_CASE("the person profile gathers lists, clues, decisions and visits", "[review]")
{
    VictimPool v;
    const qint64 clue = v.clueOf(v.first);
    v.decide(clue, QStringLiteral("eligible"));
    const auto profile = PersonProfile::load(*v.pool, v.first, DatasetCatalog::forPool(*v.pool));
    REQUIRE(profile.ok());
    CHECK(profile->key == v.first);
    CHECK(profile->birth == QDate(1980, 3, 1));
    CHECK(profile->local == true);
    CHECK(profile->age == 44);
    CHECK(profile->names == QStringList{QStringLiteral("张一")});
    QStringList types;
    for (const auto& r : profile->records)
        types << r.type;
    types.sort();
    CHECK(types == QStringList{QStringLiteral("subsistence"), QStringLiteral("victims")});
    REQUIRE(profile->clues.size() == 1);
    CHECK(profile->clues[0].clue.status == QStringLiteral("eligible"));
    CHECK(profile->clues[0].events.size() == 2);
    CHECK_FALSE(profile->judicialAidGiven);
    CHECK_FALSE(PersonProfile::load(*v.pool, QStringLiteral("12345"), DatasetCatalog::forPool(*v.pool)).ok());
}
