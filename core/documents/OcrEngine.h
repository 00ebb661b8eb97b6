#pragma once
// Tesseract behind a small adapter: one engine per worker thread, OpenMP threading off (pages
// are parallelised across workers instead), C numeric locale, cancel and progress through
// Tesseract's own monitor. Pages are deskewed with Leptonica; a page read with low confidence
// is tried at 90/180/270 degrees (Tesseract's orientation detection does not work on
// Chinese pages).
#include "util/Result.h"

#include <QImage>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

struct Pix; // Leptonica

namespace tesseract {
class TessBaseAPI;
}

namespace cluedesk {

struct OcrOptions {
    QString language = QStringLiteral("chi_sim");
    QString dataPath; // empty: Tesseract's default (TESSDATA_PREFIX or the system tessdata)
    bool deskew = true;
    bool tryRotations = true;
    double rotateBelowConfidence = 55; // try other orientations when the upright read is worse
};

struct OcrResult {
    QString text;
    double confidence = 0; // mean word confidence 0..100
    int rotation = 0;      // degrees the page was turned to read it
    double skew = 0;       // degrees corrected by deskewing
    int idsReread = 0;     // ID numbers corrected by the digits-only second pass
};

class OcrEngine {
public:
    explicit OcrEngine(const OcrOptions& options = {});
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    bool ready() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // progress: percent of the page (0..100). Returns an error when cancelled or on failure.
    Result<OcrResult> recognise(
        const QImage& page, const std::atomic_bool* cancel = nullptr, const std::function<void(int)>& progress = {});
    // Makes Tesseract's OpenMP use one thread in the calling thread: pages are read in parallel
    // by workers instead (2.2 s a dense page single-threaded, 11.4 s with Tesseract's own threads
    // on 2 cores). Tesseract asks for threads with explicit num_threads clauses, which
    // omp_set_num_threads does not cap; no active parallel level (max-active-levels 0) does,
    // per thread, without OMP_THREAD_LIMIT in the environment. recognise() calls it.
    static void singleThreadedInThisThread();

private:
    Result<OcrResult> readOnce(Pix* pix, const std::atomic_bool* cancel, const std::function<void(int)>& progress);
    // chi_sim misreads long digit runs at the start of a line; words that look like ID
    // numbers are read again with a digits-only engine, kept only when the check validates.
    int rereadIdNumbers(Pix* pix, QString& text);
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<tesseract::TessBaseAPI> m_digits; // made on first use
    OcrOptions m_options;
    QString m_error;
};

} // namespace cluedesk
