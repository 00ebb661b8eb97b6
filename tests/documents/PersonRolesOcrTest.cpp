// The same documents scanned and read by OCR: every kind, every phrasing. OCR garbles words around names,
// so an ID may lose its role; then it must wait for the officer, never be dropped, and a
// defendant must still never become a victim.
#include "casefiles/FactExtractor.h"
#include "documents/CaseDocumentGenerator.h"
#include "documents/CaseFileReader.h"

#include "GuiSupport.h"
#include "TestSupport.h"

#include <set>

using namespace cluedesk;

TEST_CASE("scanned documents of every kind: each ID gets its role or waits for review", "[casefiles][roles][ocr]")
{
    testing::ensureGuiApp();
    const auto docs = CaseDocumentGenerator::generate(24, 11); // every kind, every phrasing of every role
    std::set<QString> kinds, phrasings;
    int right = 0, persons = 0;
    for (const SyntheticCaseDocument& d : docs) {
        CaseFileReadOptions options;
        options.workers = 2;
        auto read = CaseFileReader::read(CaseDocumentGenerator::pdf(d, false, 300), d.fileStem + QStringLiteral(".pdf"), options);
        REQUIRE(read.ok());
        const CaseFileFacts f = FactExtractor(ExtractionRules::builtIn()).extract(read->pageTexts, QDate(2026, 11, 23));
        kinds.insert(d.docType);
        for (const QString& p : d.phrasings)
            phrasings.insert(p);
        INFO(d.fileStem.toStdString() << " " << d.docType.toStdString());
        for (const auto& truth : d.persons) {
            ++persons;
            const auto found =
                std::find_if(f.persons.begin(), f.persons.end(), [&](const ExtractedPerson& p) { return p.key == truth.id; });
            if (found != f.persons.end() && found->role == truth.role) {
                ++right;
                continue;
            }
            // Not right: then it is with the officer, on its page.
            const bool queued = std::any_of(f.persons.begin(), f.persons.end(),
                [&](const ExtractedPerson& p) { return !p.problem.isEmpty() && (p.key == truth.id || p.key.isEmpty()); });
            INFO(truth.name.toStdString() << " " << truth.role.toStdString());
            CHECK(queued);
        }
        for (const auto& truth : d.persons)
            if (truth.role == QLatin1String("defendant"))
                for (const ExtractedPerson& v : f.victims())
                    CHECK(v.key != truth.id);
    }
    CHECK(kinds.size() == 8);
    int roles = 1; // the victim list
    for (const char* role : {"victim", "defendant", "relative", "witness"})
        roles += CaseDocumentGenerator::phrasingCount(QString::fromLatin1(role));
    CHECK(int(phrasings.size()) == roles);
    CHECK(right * 10 >= persons * 8);
    WARN("roles right after OCR: " << right << "/" << persons); // most roles survive OCR; the benchmark prints the figures
}
