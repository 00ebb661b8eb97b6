// Every ID number in a document gets a role, in every phrasing and document kind the generator
// writes (its persons and roles are the expectation), and a defendant is never a victim.
#include "casefiles/FactExtractor.h"
#include "documents/CaseDocumentGenerator.h"

#include "TestSupport.h"

#include <map>

using namespace cluedesk;

namespace {

CaseFileFacts readText(const QStringList& paragraphs)
{
    return FactExtractor(ExtractionRules::builtIn())
        .extract({{1, paragraphs.join(u'\n'), QStringLiteral("text"), 100}}, QDate(2026, 11, 23));
}

QString describe(const CaseFileFacts& f)
{
    QStringList s;
    for (const ExtractedPerson& p : f.persons)
        s << QStringLiteral("%1/%2/%3/%4").arg(p.name, p.role, p.key, p.problem);
    return s.join(QStringLiteral(" | "));
}

} // namespace

TEST_CASE("every phrasing and document kind: each ID gets its role, each victim is found", "[casefiles][roles]")
{
    const auto docs = CaseDocumentGenerator::generate(264, 7); // every phrasing several times over
    std::map<QString, std::pair<int, int>> byPhrasing;         // right, all
    std::map<QString, int> kinds;
    for (const SyntheticCaseDocument& d : docs) {
        const CaseFileFacts f = readText(d.paragraphs);
        INFO(d.fileStem.toStdString() << " " << d.docType.toStdString() << " " << d.phrasings.join(u' ').toStdString() << "\n"
                                      << d.paragraphs.join(u'\n').toStdString() << "\n-> " << describe(f).toStdString());
        ++kinds[f.docType];
        CHECK(f.docType == d.docType);
        CHECK(f.charge == d.charge);
        bool all = true;
        for (const auto& truth : d.persons) {
            const auto found =
                std::find_if(f.persons.begin(), f.persons.end(), [&](const ExtractedPerson& p) { return p.key == truth.id; });
            const bool right = found != f.persons.end() && found->role == truth.role && found->name == truth.name;
            CHECK(right);
            all = all && right;
        }
        for (const auto& v : d.victims) {
            const auto victims = f.victims();
            CHECK(std::any_of(victims.begin(), victims.end(), [&](const ExtractedPerson& p) { return p.name == v.name; }));
        }
        // No ID number is dropped: every one written is a person (with a role or for review).
        CHECK(f.persons.size() >= d.persons.size());
        for (const QString& p : d.phrasings) {
            byPhrasing[p].second += 1;
            byPhrasing[p].first += all ? 1 : 0;
        }
    }
    CHECK(kinds.size() == 8);
    for (const char* role : {"victim", "defendant", "relative", "witness"})
        CHECK(CaseDocumentGenerator::phrasingCount(QString::fromLatin1(role)) >= 10);
}

TEST_CASE("a defendant with a full ID is never recorded as a victim", "[casefiles][roles]")
{
    // A mutual fight: both are hurt, one is charged.
    const CaseFileFacts f = readText({QStringLiteral("被告人钱志强（身份证号码330382198503021115）与被害人孙丽华（身份证号码"
                                                     "330382198705061238）互殴，致钱志强、孙丽华受伤。钱志强住院治疗。")});
    INFO(describe(f).toStdString());
    const auto victims = f.victims();
    REQUIRE(victims.size() == 1);
    CHECK(victims[0].name == QStringLiteral("孙丽华"));
    CHECK(victims[0].key == QStringLiteral("330382198705061238"));
    const auto defendant = std::find_if(f.persons.begin(), f.persons.end(),
        [](const ExtractedPerson& p) { return p.key == QStringLiteral("330382198503021115"); });
    REQUIRE(defendant != f.persons.end());
    CHECK(defendant->role == QStringLiteral("defendant"));
    CHECK(defendant->phrase.contains(QStringLiteral("被告人")));
    for (const ExtractedFact& x : f.facts)
        if (x.kind == QLatin1String("victim"))
            CHECK(x.detail.value(QStringLiteral("id")).toString() != QStringLiteral("330382198503021115"));
}

TEST_CASE("an ID whose person no phrase explains, or with no name, waits for the officer", "[casefiles][roles]")
{
    const CaseFileFacts f = readText({QStringLiteral("张建国，男，身份证号码330382198503021115，住柳市镇。"),
        QStringLiteral("附：身份证号码330382198705061238。")});
    INFO(describe(f).toStdString());
    REQUIRE(f.persons.size() == 2);
    for (const ExtractedPerson& p : f.persons) {
        CHECK(p.role == QStringLiteral("other"));
        CHECK_FALSE(p.problem.isEmpty()); // to the review queue, with page and snippet
        CHECK_FALSE(p.snippet.isEmpty());
    }
    CHECK(f.persons[0].name == QStringLiteral("张建国"));
    CHECK(f.persons[1].name.isEmpty());
    int review = 0;
    for (const ExtractedFact& x : f.facts)
        review += x.kind == QLatin1String("person") && x.needsReview ? 1 : 0;
    CHECK(review == 2);
}
