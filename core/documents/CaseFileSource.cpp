#include "documents/CaseFileSource.h"

#include <QCoreApplication>
#include <leptonica/allheaders.h>
#include <poppler-qt6.h>

namespace cluedesk {
namespace {

QImage fromPix(Pix* source)
{
    Pix* gray = pixConvertTo8(source, 0);
    if (!gray)
        return {};
    QImage img(int(pixGetWidth(gray)), int(pixGetHeight(gray)), QImage::Format_Grayscale8);
    const l_uint32* data = pixGetData(gray);
    const int wpl = pixGetWpl(gray);
    for (int y = 0; y < img.height(); ++y) {
        uchar* dst = img.scanLine(y);
        const l_uint32* line = data + y * wpl;
        for (int x = 0; x < img.width(); ++x)
            dst[x] = uchar(GET_DATA_BYTE(line, x));
    }
    l_int32 xres = 0, yres = 0;
    pixGetResolution(source, &xres, &yres);
    if (xres > 0) {
        img.setDotsPerMeterX(qRound(xres / 0.0254));
        img.setDotsPerMeterY(qRound((yres > 0 ? yres : xres) / 0.0254));
    }
    pixDestroy(&gray);
    return img;
}

class PdfReader final : public PageReader {
public:
    explicit PdfReader(const QByteArray& bytes) : m_doc(Poppler::Document::loadFromData(bytes))
    {
        if (m_doc) {
            m_doc->setRenderHint(Poppler::Document::Antialiasing);
            m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
        }
    }
    QString textLayer(int index) override
    {
        auto page = m_doc ? m_doc->page(index) : nullptr;
        return page ? page->text(QRectF()) : QString();
    }
    QImage render(int index, int dpi) override
    {
        auto page = m_doc ? m_doc->page(index) : nullptr;
        if (!page)
            return {};
        QImage img = page->renderToImage(dpi, dpi);
        img.setDotsPerMeterX(qRound(dpi / 0.0254));
        img.setDotsPerMeterY(qRound(dpi / 0.0254));
        return img;
    }

private:
    std::unique_ptr<Poppler::Document> m_doc;
};

class ImageReader final : public PageReader {
public:
    explicit ImageReader(const std::vector<QImage>& images) : m_images(images) { }
    QString textLayer(int) override { return {}; }
    QImage render(int index, int dpi) override
    {
        if (index < 0 || size_t(index) >= m_images.size())
            return {};
        const QImage& img = m_images[size_t(index)];
        const int own = img.dotsPerMeterX() > 0 ? qRound(img.dotsPerMeterX() * 0.0254) : 300;
        if (dpi >= own)
            return img; // scans are read at the resolution they were made
        return img.scaled(img.width() * dpi / own, img.height() * dpi / own, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

private:
    const std::vector<QImage>& m_images;
};

} // namespace

Result<std::shared_ptr<CaseFileSource>> CaseFileSource::open(const QByteArray& bytes, const QString& fileName)
{
    // Poppler and Leptonica print their own diagnostics; ours name the file and say what to do.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant());
        setMsgSeverity(L_SEVERITY_NONE);
        return true;
    }();
    Q_UNUSED(quiet);
    auto s = std::make_shared<CaseFileSource>();
    s->m_bytes = bytes;
    if (bytes.isEmpty())
        return fail(QCoreApplication::translate("CaseFileSource", "%1 is empty (0 bytes).").arg(fileName),
            QStringLiteral("casefile.empty"));
    if (bytes.startsWith("%PDF") || bytes.left(1024).contains("%PDF-")) {
        auto doc = Poppler::Document::loadFromData(bytes);
        if (!doc)
            return fail(QCoreApplication::translate("CaseFileSource",
                            "%1 is damaged: it is not a readable PDF. Ask for the file again or scan the paper file.")
                            .arg(fileName),
                QStringLiteral("casefile.bad-pdf"));
        if (doc->isLocked())
            return fail(QCoreApplication::translate("CaseFileSource",
                            "%1 is password-protected; open it with the password, save an unprotected copy and add that.")
                            .arg(fileName),
                QStringLiteral("casefile.encrypted"));
        if (doc->numPages() <= 0)
            return fail(QCoreApplication::translate("CaseFileSource", "%1 has no pages.").arg(fileName),
                QStringLiteral("casefile.no-pages"));
        s->m_format = QStringLiteral("pdf");
        s->m_pages = doc->numPages();
        return s;
    }
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.constData());
    l_int32 format = IFF_UNKNOWN;
    findFileFormatBuffer(data, &format);
    if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_LZW || format == IFF_TIFF_ZIP ||
        format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_G3 || format == IFF_TIFF_JPEG) {
        if (Pixa* pixa = pixaReadMemMultipageTiff(data, size_t(bytes.size()))) {
            for (int i = 0; i < pixaGetCount(pixa); ++i) {
                Pix* p = pixaGetPix(pixa, i, L_CLONE);
                s->m_images.push_back(fromPix(p));
                pixDestroy(&p);
            }
            pixaDestroy(&pixa);
        }
        s->m_format = QStringLiteral("tiff");
    } else if (format == IFF_PNG || format == IFF_JFIF_JPEG || format == IFF_BMP) {
        if (Pix* p = pixReadMem(data, size_t(bytes.size()))) {
            s->m_images.push_back(fromPix(p));
            pixDestroy(&p);
        }
        s->m_format = format == IFF_PNG ? QStringLiteral("png")
            : format == IFF_BMP         ? QStringLiteral("bmp")
                                        : QStringLiteral("jpeg");
    } else {
        return fail(QCoreApplication::translate(
                        "CaseFileSource", "%1 is neither a PDF nor a scanned image (PNG, JPEG, TIFF); expected a case document.")
                        .arg(fileName),
            QStringLiteral("casefile.unknown-format"));
    }
    s->m_images.erase(
        std::remove_if(s->m_images.begin(), s->m_images.end(), [](const QImage& i) { return i.isNull(); }), s->m_images.end());
    if (s->m_images.empty())
        return fail(QCoreApplication::translate("CaseFileSource", "%1 is damaged: the image cannot be decoded.").arg(fileName),
            QStringLiteral("casefile.bad-image"));
    s->m_pages = int(s->m_images.size());
    return s;
}

std::unique_ptr<PageReader> CaseFileSource::reader() const
{
    if (m_format == QLatin1String("pdf"))
        return std::make_unique<PdfReader>(m_bytes);
    return std::make_unique<ImageReader>(m_images);
}

} // namespace cluedesk
