#pragma once
// A case file as pages: a PDF through Poppler (text layer, or a page image to OCR) or a scan
// (PNG, JPEG, TIFF with several pages, BMP) through Leptonica. Poppler documents are not
// shared between threads, so each worker asks for its own PageReader.
#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <memory>

namespace cluedesk {

class PageReader {
public:
    virtual ~PageReader() = default;
    virtual QString textLayer(int index) = 0;      // empty for scans and image-only PDF pages
    virtual QImage render(int index, int dpi) = 0; // null image on failure
};

class CaseFileSource {
public:
    static Result<std::shared_ptr<CaseFileSource>> open(const QByteArray& bytes, const QString& fileName);
    QString format() const { return m_format; } // pdf, png, jpeg, tiff, bmp
    int pageCount() const { return m_pages; }
    std::unique_ptr<PageReader> reader() const;
    // A page rendered for viewing (the UI's page viewer).
    QImage pageImage(int index, int dpi = 110) const { return reader()->render(index, dpi); }

private:
    QByteArray m_bytes;
    QString m_format;
    int m_pages = 0;
    std::vector<QImage> m_images; // decoded scans
};

} // namespace cluedesk
