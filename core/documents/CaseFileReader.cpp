#include "documents/CaseFileReader.h"

#include "documents/CaseFileSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <mutex>
#include <thread>

namespace cluedesk {

Result<CaseFileRead> CaseFileReader::read(const QByteArray& bytes, const QString& fileName, const CaseFileReadOptions& options,
    const PageProgress& progress, const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto source = CaseFileSource::open(bytes, fileName);
    if (!source)
        return source.error();
    const int pages = (*source)->pageCount();
    CaseFileRead result;
    result.format = (*source)->format();
    result.pages = pages;
    result.pageTexts.resize(size_t(pages));

    std::atomic_int next{0};
    std::atomic_int done{0};
    std::mutex lock;
    std::optional<Error> failure;
    auto worker = [&] {
        std::unique_ptr<PageReader> reader = (*source)->reader();
        std::unique_ptr<OcrEngine> ocr; // made only when a page needs it
        for (int i = next++; i < pages; i = next++) {
            if ((cancel && cancel->load()))
                return;
            PageText page;
            page.page = i + 1;
            const QString layer = options.forceOcr ? QString() : reader->textLayer(i);
            if (QString(layer).remove(QRegularExpression(QStringLiteral("\\s"))).size() >= options.minTextChars) {
                page.text = layer;
                page.source = QStringLiteral("text");
            } else {
                const QImage image = reader->render(i, options.dpi);
                if (!ocr)
                    ocr = std::make_unique<OcrEngine>(options.ocr);
                auto r = image.isNull()
                    ? Result<OcrResult>(fail(QCoreApplication::translate("CaseFileReader", "page %1 of %2 cannot be rendered")
                                                 .arg(i + 1)
                                                 .arg(fileName)))
                    : ocr->recognise(image, cancel);
                if (!r) {
                    std::lock_guard<std::mutex> guard(lock);
                    if (!failure)
                        failure = r.error();
                    return;
                }
                page.text = r->text;
                page.confidence = r->confidence;
                page.source = r->text.trimmed().isEmpty() ? QStringLiteral("empty") : QStringLiteral("ocr");
            }
            const QString how = page.source;
            {
                std::lock_guard<std::mutex> guard(lock);
                result.pageTexts[size_t(i)] = std::move(page);
            }
            const int n = ++done;
            if (progress)
                progress(i + 1, n, pages, how);
        }
    };
    const int workers = std::max(1, std::min(options.workers, pages));
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads)
        t.join();
    if (cancel && cancel->load())
        return fail(QCoreApplication::translate("CaseFileReader", "Reading %1 was cancelled; nothing was added.").arg(fileName),
            QStringLiteral("casefile.cancelled"));
    if (failure)
        return *failure;
    for (const PageText& p : result.pageTexts)
        (p.source == QLatin1String("text") ? result.textPages : result.ocrPages)++;
    result.seconds = double(timer.elapsed()) / 1000.0;
    return result;
}

} // namespace cluedesk
