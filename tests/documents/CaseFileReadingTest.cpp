// Reading case files: text layers, OCR of image-only PDFs and scans, broken files.
#include "casefiles/CaseFileStore.h"
#include "documents/CaseDocumentGenerator.h"
#include "documents/CaseFileReader.h"
#include "documents/CaseFileSource.h"
#include "documents/OcrEngine.h"

#include "GuiSupport.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPdfWriter>
#include <omp.h>
#include <thread>

using namespace cluedesk;

namespace {

const QString kVictimId = QStringLiteral("330382198705061238");

CaseFileFacts extract(const CaseFileRead& read)
{
    return FactExtractor(ExtractionRules::builtIn()).extract(read.pageTexts, QDate(2024, 7, 1));
}

void checkIndictment(const CaseFileFacts& f)
{
    for (const ExtractedPerson& v : f.victims())
        UNSCOPED_INFO("victim read: " << v.name.toStdString() << " " << v.key.toStdString() << " " << v.problem.toStdString());
    CHECK(f.docType == QStringLiteral("起诉书"));
    CHECK(f.caseNo == QStringLiteral("乐检刑诉〔2023〕123号"));
    CHECK(f.charge == QStringLiteral("故意伤害"));
    CHECK(f.injury == QStringLiteral("重伤二级"));
    REQUIRE(f.victims().size() == 1);
    CHECK(f.victims()[0].name == QStringLiteral("张三"));
    CHECK(f.victims()[0].key == kVictimId);  // not the defendant's ID, which comes first
    CHECK(f.grade == QStringLiteral("red")); // serious injury, hardship, no compensation
}

} // namespace

TEST_CASE("a born-digital PDF is read from its text layer", "[casefiles][pdf]")
{
    testing::ensureGuiApp();
    const auto doc =
        CaseDocumentGenerator::indictment(QStringLiteral("张三"), kVictimId, QStringLiteral("重伤二级"), false, true);
    const QByteArray pdf = CaseDocumentGenerator::pdf(doc, true);
    auto read = CaseFileReader::read(pdf, QStringLiteral("indictment.pdf"));
    REQUIRE(read.ok());
    CHECK(read->format == QStringLiteral("pdf"));
    CHECK(read->textPages == read->pages);
    CHECK(read->ocrPages == 0);
    checkIndictment(extract(*read));
}

TEST_CASE("an image-only PDF of Chinese text is read by OCR", "[casefiles][ocr]")
{
    testing::ensureGuiApp();
    const auto doc =
        CaseDocumentGenerator::indictment(QStringLiteral("张三"), kVictimId, QStringLiteral("重伤二级"), false, true);
    const QByteArray pdf = CaseDocumentGenerator::pdf(doc, false, 300);
    CaseFileReadOptions options;
    options.workers = 2;
    std::vector<int> pagesSeen;
    auto read = CaseFileReader::read(pdf, QStringLiteral("scan.pdf"), options, [&](int page, int, int, const QString& how) {
        pagesSeen.push_back(page);
        CHECK(how == QStringLiteral("ocr"));
    });
    REQUIRE(read.ok());
    CHECK(read->ocrPages == read->pages);
    CHECK(int(pagesSeen.size()) == read->pages);
    for (const PageText& p : read->pageTexts)
        CHECK(p.confidence > 70);
    checkIndictment(extract(*read));
}

TEST_CASE("turned and skewed scans are read upright", "[casefiles][ocr]")
{
    testing::ensureGuiApp();
    const auto doc =
        CaseDocumentGenerator::indictment(QStringLiteral("张三"), kVictimId, QStringLiteral("轻伤二级"), true, false);
    auto [rotation, skew] = GENERATE(table<int, double>({{90, 0.0}, {0, 2.5}}));
    INFO("rotation " << rotation << " skew " << skew);
    const QImage page = CaseDocumentGenerator::pageImages(doc, 300, rotation, skew).front();
    auto read = CaseFileReader::read(CaseDocumentGenerator::png(page), QStringLiteral("scan.png"));
    REQUIRE(read.ok());
    CHECK(read->format == QStringLiteral("png"));
    const CaseFileFacts f = extract(*read);
    CHECK(f.caseNo == QStringLiteral("乐检刑诉〔2023〕123号"));
    REQUIRE(f.victims().size() == 1);
    CHECK(f.victims()[0].key == kVictimId);
    CHECK(f.injury == QStringLiteral("轻伤二级"));
}

TEST_CASE("broken, encrypted and empty files give a clear message", "[casefiles][broken]")
{
    testing::ensureGuiApp();
    const auto doc =
        CaseDocumentGenerator::indictment(QStringLiteral("张三"), kVictimId, QStringLiteral("轻伤二级"), false, false);
    const QByteArray good = CaseDocumentGenerator::pdf(doc, true);
    QByteArray encrypted;
    {
        // A PDF with an /Encrypt dictionary that Poppler cannot open without the password.
        encrypted = good;
        encrypted.replace("/Root", "/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >> /Root");
    }
    auto [name, bytes, code] = GENERATE_COPY(table<const char*, QByteArray, const char*>({
        {"empty.pdf", QByteArray(), "casefile.empty"},
        {"truncated.pdf", good.left(300), "casefile.bad-pdf"},
        {"junk.pdf", QByteArray("%PDF-1.4\n") + QByteArray(5000, '\x07'), "casefile.bad-pdf"},
        {"notes.txt", QByteArray("just some text"), "casefile.unknown-format"},
        {"broken.png", QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(100, 'x'), "casefile.bad-image"},
        {"locked.pdf", encrypted, "casefile.encrypted"},
    }));
    INFO(name);
    auto r = CaseFileReader::read(bytes, QString::fromLatin1(name));
    REQUIRE_FALSE(r.ok());
    if (QString::fromLatin1(name) != QLatin1String("locked.pdf"))
        CHECK(r.error().code == QString::fromLatin1(code));
    else
        CHECK((r.error().code == QStringLiteral("casefile.encrypted") || r.error().code == QStringLiteral("casefile.bad-pdf")));
    CHECK(r.error().message.contains(QString::fromLatin1(name)));
}

TEST_CASE("reading can be cancelled", "[casefiles][ocr]")
{
    testing::ensureGuiApp();
    const auto doc =
        CaseDocumentGenerator::indictment(QStringLiteral("张三"), kVictimId, QStringLiteral("轻伤二级"), false, false);
    std::atomic_bool cancel{true};
    auto r = CaseFileReader::read(CaseDocumentGenerator::pdf(doc, false, 200), QStringLiteral("scan.pdf"), {}, {}, &cancel);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("casefile.cancelled"));
}

TEST_CASE("Tesseract's OpenMP loops run on one thread in an OCR worker, with no OMP_THREAD_LIMIT", "[casefiles][ocr]")
{
    // A loop that asks for four threads, as Tesseract's do, in a thread that reads pages.
    auto threadsIn = [](bool limited) {
        int threads = 0;
        std::thread worker([&] {
            if (limited)
                OcrEngine::singleThreadedInThisThread();
#pragma omp parallel num_threads(4)
            {
#pragma omp single
                threads = omp_get_num_threads();
            }
        });
        worker.join();
        return threads;
    };
    REQUIRE_FALSE(qEnvironmentVariableIsSet("OMP_THREAD_LIMIT")); // the cap must come from ClueDesk
    CHECK(threadsIn(false) == 4);
    CHECK(threadsIn(true) == 1);
}
