// Case-file benchmark: pages per minute for text-layer extraction and for OCR with 1 and 2
// workers, and extraction accuracy (fields right / fields present) against the facts the
// documents were generated with.
//   cluedesk-bench-casefiles [DOCUMENTS]   (default 24)
#include "casefiles/FactExtractor.h"
#include "documents/CaseDocumentGenerator.h"
#include "documents/CaseFileReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace cluedesk;

namespace {

struct Accuracy {
    int present = 0;
    int right = 0;
    std::map<QString, std::pair<int, int>> byField; // field -> right, present
    void add(const char* field, bool ok)
    {
        ++present;
        right += ok ? 1 : 0;
        auto& f = byField[QString::fromLatin1(field)];
        f.first += ok ? 1 : 0;
        f.second += 1;
    }
};

// A keyword of a category against the need (compensated, settled, understanding).
bool against(const ExtractedFact& k)
{
    const KeywordCategory* c = ExtractionRules::builtIn().category(k.detail.value(QStringLiteral("category")).toString());
    return k.kind == QLatin1String("keyword") && c && c->against;
}

void score(const SyntheticCaseDocument& doc, const CaseFileFacts& f, Accuracy& a)
{
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        bool comp = false;
        for (const ExtractedFact& k : f.facts)
            comp = comp || against(k);
        QStringList names;
        for (const ExtractedPerson& e : f.victims())
            names << e.name + u'/' + e.key;
        QStringList want;
        for (const auto& v : doc.victims)
            want << v.name + u'/' + v.id;
        printf("%s: type %s|%s case %s|%s charge %s|%s comp %d|%d victims %s | %s\n", qPrintable(doc.fileStem),
            qPrintable(doc.docType), qPrintable(f.docType), qPrintable(doc.caseNo), qPrintable(f.caseNo), qPrintable(doc.charge),
            qPrintable(f.charge), doc.compensated, comp, qPrintable(want.join(u' ')), qPrintable(names.join(u' ')));
    }
    a.add("document type", f.docType == doc.docType);
    a.add("case number", f.caseNo == doc.caseNo);
    a.add("charge", f.charge == doc.charge);
    if (!doc.injury.isEmpty())
        a.add("injury", f.injury == doc.injury);
    bool compensation = false;
    for (const ExtractedFact& k : f.facts)
        compensation = compensation || against(k);
    a.add("compensation", compensation == doc.compensated);
    const std::vector<ExtractedPerson> victims = f.victims();
    for (const auto& v : doc.victims) {
        const ExtractedPerson* found = nullptr;
        for (const ExtractedPerson& e : victims)
            if (e.name == v.name)
                found = &e;
        a.add("victim name", found != nullptr);
        if (!v.id.isEmpty())
            a.add("victim ID", found && found->key == v.id);
    }
    // Every person given an ID: found by the ID, with the role the document gives them.
    for (const auto& truth : doc.persons) {
        const auto found =
            std::find_if(f.persons.begin(), f.persons.end(), [&](const ExtractedPerson& p) { return p.key == truth.id; });
        const bool right = found != f.persons.end() && found->role == truth.role;
        a.add("role", right);
        a.add(qPrintable(QStringLiteral("role: %1").arg(truth.role)), right);
        // Not right: then it waits for the officer (never dropped silently).
        if (!right)
            a.add("  wrong role but in review", std::any_of(f.persons.begin(), f.persons.end(), [&](const ExtractedPerson& p) {
                return !p.problem.isEmpty() && (p.key == truth.id || p.key.isEmpty());
            }));
        if (truth.role == QLatin1String("defendant"))
            a.add("defendant never a victim",
                std::none_of(victims.begin(), victims.end(), [&](const ExtractedPerson& p) { return p.key == truth.id; }));
    }
}

double run(const std::vector<QByteArray>& files, const std::vector<SyntheticCaseDocument>& docs, int workers, int& pages,
    Accuracy* accuracy)
{
    CaseFileReadOptions options;
    options.workers = workers;
    pages = 0;
    QElapsedTimer t;
    t.start();
    for (size_t i = 0; i < files.size(); ++i) {
        auto read = CaseFileReader::read(files[i], docs[i].fileStem, options);
        if (!read) {
            fprintf(stderr, "%s: %s\n", qPrintable(docs[i].fileStem), qPrintable(read.error().message));
            continue;
        }
        pages += read->pages;
        if (qEnvironmentVariableIsSet("BENCH_DUMP") && docs[i].fileStem == qEnvironmentVariable("BENCH_DUMP"))
            for (const PageText& p : read->pageTexts)
                printf("--- %s page %d (%s)\n%s\n", qPrintable(docs[i].fileStem), p.page, qPrintable(p.source),
                    qPrintable(FactExtractor::normalise(p.text)));
        if (accuracy)
            score(docs[i], FactExtractor(ExtractionRules::builtIn()).extract(read->pageTexts), *accuracy);
    }
    return double(t.elapsed()) / 1000.0;
}

void printAccuracy(const char* label, const Accuracy& a)
{
    printf("  %-34s %4d / %4d fields right (%.1f%%)\n", label, a.right, a.present, 100.0 * a.right / std::max(1, a.present));
    for (const auto& [field, counts] : a.byField)
        printf("      %-30s %3d / %3d\n", qPrintable(field), counts.first, counts.second);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::max(20, atoi(argv[1])) : 104;
    const auto docs = CaseDocumentGenerator::generate(count, 2024);
    std::vector<QByteArray> digital, scans;
    for (const auto& d : docs) {
        digital.push_back(CaseDocumentGenerator::pdf(d, true, 300));
        scans.push_back(CaseDocumentGenerator::pdf(d, false, 300));
    }
    std::map<QString, int> kinds;
    QSet<QString> phrasings;
    for (const auto& d : docs) {
        ++kinds[d.docType];
        for (const QString& p : d.phrasings)
            phrasings.insert(p);
    }
    printf("%d generated case documents of %d kinds (起诉书, 判决书, 不起诉决定书, 询问笔录, 鉴定意见, 道路交通事故认定书, "
           "和解协议, "
           "谅解书), %d phrasings (victim %d, defendant %d, relative %d, witness %d, and victims listed together), A4 at 300 "
           "dpi; OMP_THREAD_LIMIT=%s\n\n",
        count, int(kinds.size()), int(phrasings.size()), CaseDocumentGenerator::phrasingCount(QStringLiteral("victim")),
        CaseDocumentGenerator::phrasingCount(QStringLiteral("defendant")),
        CaseDocumentGenerator::phrasingCount(QStringLiteral("relative")),
        CaseDocumentGenerator::phrasingCount(QStringLiteral("witness")),
        qgetenv("OMP_THREAD_LIMIT").isEmpty() ? "unset" : qgetenv("OMP_THREAD_LIMIT").constData());
    int pages = 0;
    Accuracy textAccuracy, ocrAccuracy;
    const double textSeconds = run(digital, docs, 1, pages, &textAccuracy);
    printf("  %-34s %4d pages in %6.2f s = %8.0f pages/min\n", "text layer, 1 worker", pages, textSeconds,
        pages * 60.0 / textSeconds);
    const double ocr1 = run(scans, docs, 1, pages, &ocrAccuracy);
    printf("  %-34s %4d pages in %6.2f s = %8.1f pages/min\n", "OCR, 1 worker", pages, ocr1, pages * 60.0 / ocr1);
    // Two workers read the pages of one file in parallel; the documents are short, so the
    // comparison runs them as one multi-page file.
    std::vector<QImage> allPages;
    for (const auto& d : docs)
        for (const QImage& p : CaseDocumentGenerator::pageImages(d, 300))
            allPages.push_back(p);
    SyntheticCaseDocument merged;
    merged.fileStem = QStringLiteral("all-pages");
    QByteArray mergedPdf;
    {
        // one image-only PDF with every page
        std::vector<QByteArray> one{[&] {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setResolution(300);
            QPainter painter(&writer);
            for (size_t i = 0; i < allPages.size(); ++i) {
                if (i > 0)
                    writer.newPage();
                painter.drawImage(QRect(0, 0, writer.width(), writer.height()), allPages[i]);
            }
            painter.end();
            return bytes;
        }()};
        mergedPdf = one.front();
    }
    // 1 worker was measured file by file above; the same pages as one file with 2 workers:
    for (int workers : {2}) {
        const double s = run({mergedPdf}, {merged}, workers, pages, nullptr);
        printf("  %-34s %4d pages in %6.2f s = %8.1f pages/min\n",
            qPrintable(QStringLiteral("OCR of one %1-page file, %2 worker(s)").arg(pages).arg(workers)), pages, s,
            pages * 60.0 / s);
    }
    printf("\nExtraction accuracy (fields right / fields present):\n");
    printAccuracy("from text layers", textAccuracy);
    printAccuracy("from OCR of the same pages", ocrAccuracy);
    printf("\nBefore persons had roles (stop 14: 24 documents of 6 kinds, one phrasing per role): OCR victim ID 25/28, "
           "victim name 29/33, case number 18/24; no roles.\n");
    return 0;
}
