// The demo set with its case documents read: victims from case files count as victims.
#include "casefiles/CaseFileStore.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoPeople.h"
#include "documents/CaseDocumentGenerator.h"
#include "documents/CaseFileReader.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/Importer.h"
#include "screening/ClueStore.h"
#include "screening/ModelLibrary.h"
#include "screening/ScreeningRunner.h"

#include "GuiSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>

using namespace cluedesk;

TEST_CASE("the demo set with its case files yields the planted clues", "[casefiles][demo]")
{
    testing::ensureGuiApp();
    testing::TempPool pool;
    pool->setSetting(QStringLiteral("county.prefix"), QString::fromLatin1(DemoPeople::kCountyPrefix));
    const DemoSet demo = DemoGenerator::generate();
    const QString dir = pool.file(QStringLiteral("demo"));
    REQUIRE(DemoGenerator::writeTo(dir, demo));
    REQUIRE(CaseDocumentGenerator::writeDemoCaseFiles(dir, demo.caseFiles));
    for (const DemoFile& f : demo.files) {
        ImportRequest req;
        req.type = f.type;
        req.files = {QDir(dir).filePath(f.fileName)};
        REQUIRE(Importer(*pool, DatasetCatalog::forPool(*pool)).run(req).ok());
    }
    CaseFileStore store(*pool);
    for (const DemoCaseFile& c : demo.caseFiles) {
        INFO(c.fileName.toStdString());
        const QByteArray bytes = testing::readFile(QDir(dir).filePath(c.fileName));
        auto read = CaseFileReader::read(bytes, c.fileName);
        REQUIRE(read.ok());
        CHECK((read->ocrPages > 0) == c.scanned);
        const CaseFileFacts facts = FactExtractor(ExtractionRules::builtIn()).extract(read->pageTexts);
        CHECK(facts.caseNo == c.caseNo);
        REQUIRE(facts.victims().size() == 1);
        CHECK(facts.victims()[0].key == c.victimId);
        REQUIRE(store.add(c.fileName, bytes,
            {read->format, read->pages, read->textPages, read->ocrPages, read->seconds, read->pageTexts}, facts));
    }
    // The victim named without an ID waits for the officer; so does any other ID the scans
    // garbled (OCR reads a defendant's 3 as 8): none is dropped, none is a victim.
    int victimsWaiting = 0;
    for (const StoredFact& x : store.needingReview()) {
        INFO(x.kind.toStdString() << " " << x.value.toStdString() << ": " << x.reviewReason.toStdString());
        CHECK_FALSE(x.reviewReason.isEmpty());
        victimsWaiting += x.kind == QLatin1String("victim") ? 1 : 0;
        if (x.kind == QLatin1String("person"))
            CHECK(x.detail.value(QStringLiteral("role")).toString() != QStringLiteral("victim"));
    }
    CHECK(victimsWaiting == 1);
    const DatasetCatalog catalog = DatasetCatalog::forPool(*pool);
    for (const ModelDefinition& m : ModelLibrary::builtIns()) {
        INFO(m.id.toStdString());
        auto r = ScreeningRunner(*pool, catalog).run(m);
        REQUIRE(r.ok());
        ClueFilter f;
        f.models = {m.id};
        std::set<QString> keys;
        for (const ClueRow& c : ClueStore(*pool).list(f))
            keys.insert(c.personKey);
        CHECK(keys == demo.expectedCluesWithCaseFiles.at(m.id));
    }
    CHECK(demo.expectedCluesWithCaseFiles.at(QStringLiteral("uncompensated-victims-in-hardship")).size() ==
        demo.expectedClues.at(QStringLiteral("uncompensated-victims-in-hardship")).size() + 1);
}
