#pragma once
// Reads every page of a case file: the PDF text layer where there is one, OCR otherwise,
// pages in parallel up to the number of cores, one Tesseract per worker, with progress per
// page and cancel.
#include "casefiles/FactExtractor.h"
#include "documents/OcrEngine.h"

#include <QThread>
#include <atomic>
#include <functional>

namespace cluedesk {

struct CaseFileReadOptions {
    int workers = QThread::idealThreadCount();
    int dpi = 300;
    int minTextChars = 20; // fewer characters in the text layer: treat the page as a scan
    OcrOptions ocr;
    bool forceOcr = false;
};

struct CaseFileRead {
    QString format;
    int pages = 0;
    int textPages = 0;
    int ocrPages = 0;
    double seconds = 0;
    std::vector<PageText> pageTexts; // in page order
};

// page done (1-based), pages done so far, total, how it was read ("text", "ocr")
using PageProgress = std::function<void(int page, int done, int total, const QString& how)>;

class CaseFileReader {
public:
    static Result<CaseFileRead> read(const QByteArray& bytes, const QString& fileName, const CaseFileReadOptions& options = {},
        const PageProgress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace cluedesk
