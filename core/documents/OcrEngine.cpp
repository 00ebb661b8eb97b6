#include "documents/OcrEngine.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTransform>
#include <climits>
#include <clocale>
#ifdef Q_OS_LINUX
#endif
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <omp.h>

#include "identity/IdNumber.h"

#include <QDate>
#include <algorithm>
#include <vector>

namespace cluedesk {
namespace {

struct PixDeleter {
    void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

PixPtr toPix(const QImage& image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    Pix* p = pixCreate(g.width(), g.height(), 8);
    l_uint32* data = pixGetData(p);
    const int wpl = pixGetWpl(p);
    for (int y = 0; y < g.height(); ++y) {
        const uchar* src = g.constScanLine(y);
        l_uint32* line = data + y * wpl;
        for (int x = 0; x < g.width(); ++x)
            SET_DATA_BYTE(line, x, src[x]);
    }
    const int dpi = image.dotsPerMeterX() > 0 ? qRound(image.dotsPerMeterX() * 0.0254) : 300;
    pixSetResolution(p, dpi, dpi);
    return PixPtr(p);
}

struct Monitor {
    tesseract::ETEXT_DESC desc;
    const std::atomic_bool* cancel = nullptr;
    const std::function<void(int)>* progress = nullptr;
};

bool cancelCallback(void* data, int)
{
    auto* m = static_cast<Monitor*>(data);
    if (m->progress && *m->progress)
        (*m->progress)(m->desc.progress);
    return m->cancel && m->cancel->load();
}

} // namespace

void OcrEngine::singleThreadedInThisThread()
{
    omp_set_max_active_levels(0);
    omp_set_num_threads(1);
}

OcrEngine::OcrEngine(const OcrOptions& options) : m_options(options)
{
    singleThreadedInThisThread();
    // Tesseract parses its data files with the C library; a decimal comma would break them.
    setlocale(LC_NUMERIC, "C");
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray path = options.dataPath.toLocal8Bit();
    const QByteArray lang = options.language.toLatin1();
    if (m_api->Init(path.isEmpty() ? nullptr : path.constData(), lang.constData(), tesseract::OEM_LSTM_ONLY) != 0)
        m_error = QCoreApplication::translate("OcrEngine",
            "Tesseract could not load the \"%1\" language data; install tesseract-ocr-chi-sim (scripts/setup.sh does)")
                      .arg(options.language);
    else
        m_api->SetPageSegMode(tesseract::PSM_AUTO);
    m_api->SetVariable("debug_file", "/dev/null"); // Tesseract's own chatter ("Detected 30 diacritics")
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

Result<OcrResult> OcrEngine::readOnce(Pix* pix, const std::atomic_bool* cancel, const std::function<void(int)>& progress)
{
    m_api->SetImage(pix);
    Monitor monitor;
    monitor.cancel = cancel;
    monitor.progress = &progress;
    monitor.desc.cancel = cancelCallback;
    monitor.desc.cancel_this = &monitor;
    if (m_api->Recognize(&monitor.desc) != 0) {
        if (cancel && cancel->load())
            return fail(QCoreApplication::translate("OcrEngine", "Reading cancelled."), QStringLiteral("ocr.cancelled"));
        return fail(QCoreApplication::translate("OcrEngine", "Tesseract could not read the page."), QStringLiteral("ocr.failed"));
    }
    OcrResult r;
    std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    r.text = QString::fromUtf8(text.get());
    r.confidence = m_api->MeanTextConf();
    r.idsReread = rereadIdNumbers(pix, r.text);
    m_api->Clear();
    return r;
}

int OcrEngine::rereadIdNumbers(Pix* pix, QString& text)
{
    static const QString idChars = QStringLiteral("0123456789OoDQlIi|SsBZzGbXx×");
    static const QStringList markers = {
        QStringLiteral("身份证"), QStringLiteral("身份号码"), QStringLiteral("证件号码"), QStringLiteral("号码")};
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return 0;
    int fixed = 0;
    QString previous;
    do {
        std::unique_ptr<char[]> l(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
        if (!l)
            continue;
        const QString line = QString::fromUtf8(l.get()).trimmed();
        const QString before = previous;
        previous = line;
        // The longest run of ID-like characters in the line, as chi_sim read it.
        QString run, current;
        for (QChar c : QString(line + u' ')) {
            if (idChars.contains(c)) {
                current += c;
            } else {
                if (current.size() > run.size())
                    run = current;
                current.clear();
            }
        }
        const int digits = int(std::count_if(run.begin(), run.end(), [](QChar c) { return c.isDigit(); }));
        bool nearMarker = false;
        for (const QString& m : markers)
            nearMarker = nearMarker || line.contains(m) || before.right(10).contains(m);
        if ((digits < 8 && !nearMarker) || IdParser::parse(run).ok())
            continue;
        int x1, y1, x2, y2;
        if (!it->BoundingBox(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2))
            continue;
        // Lines set close together come back merged; the line itself is the top part.
        std::vector<int> heights;
        tesseract::ResultIterator symbol(*it);
        do {
            int a, b, c, d;
            if (symbol.BoundingBox(tesseract::RIL_SYMBOL, &a, &b, &c, &d))
                heights.push_back(d - b);
        } while (!symbol.IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_SYMBOL) && symbol.Next(tesseract::RIL_SYMBOL));
        if (!heights.empty()) {
            std::sort(heights.begin(), heights.end());
            const int median = heights[heights.size() / 2];
            if (median > 0 && y2 - y1 > median * 8 / 5)
                y2 = y1 + median * 13 / 10;
        }
        if (!m_digits) {
            m_digits = std::make_unique<tesseract::TessBaseAPI>();
            if (m_digits->Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0) {
                m_digits.reset();
                return fixed;
            }
            m_digits->SetVariable("tessedit_char_whitelist", "0123456789X");
            m_digits->SetVariable("debug_file", "/dev/null");
            m_digits->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        }
        BOX* box = boxCreate(std::max(0, x1 - 10), std::max(0, y1 - 8), x2 - x1 + 20, y2 - y1 + 16);
        PixPtr crop(pixClipRectangle(pix, box, nullptr));
        boxDestroy(&box);
        if (!crop)
            continue;
        m_digits->SetImage(crop.get());
        std::unique_ptr<char[]> read(m_digits->GetUTF8Text());
        // Chinese text comes back as digit noise; only a token that is a valid ID is taken.
        for (const QString& token :
            QString::fromUtf8(read.get()).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            QString id;
            for (qsizetype n : {18, 15})
                for (qsizetype i = 0; id.isEmpty() && i + n <= token.size(); ++i)
                    if (IdParser::parse(token.mid(i, n)).ok())
                        id = token.mid(i, n);
            if (id.isEmpty() || text.contains(id))
                continue;
            const qsizetype at = run.isEmpty() ? -1 : text.indexOf(run);
            if (at >= 0 && digits >= 8)
                text.replace(at, run.size(), id);
            else if (const qsizetype lineAt = text.indexOf(line); lineAt >= 0)
                text.insert(lineAt, id + u' ');
            else
                text += u'\n' + id;
            ++fixed;
        }
    } while (it->Next(tesseract::RIL_TEXTLINE));
    return fixed;
}

Result<OcrResult> OcrEngine::recognise(
    const QImage& page, const std::atomic_bool* cancel, const std::function<void(int)>& progress)
{
    if (!ready())
        return fail(m_error, QStringLiteral("ocr.no-data"));
    singleThreadedInThisThread();
    PixPtr pix = toPix(page);
    double skew = 0;
    if (m_options.deskew) {
        l_float32 angle = 0, conf = 0;
        PixPtr binary(pixConvertTo1(pix.get(), 160));
        if (binary && pixFindSkew(binary.get(), &angle, &conf) == 0 && conf > 2.5 && std::abs(angle) > 0.2) {
            if (Pix* d = pixDeskew(pix.get(), 0)) {
                pix.reset(d);
                skew = angle;
            }
        }
    }
    auto best = readOnce(pix.get(), cancel, progress);
    if (!best)
        return best;
    best->skew = skew;
    if (m_options.tryRotations && best->confidence < m_options.rotateBelowConfidence) {
        for (int quads : {1, 3, 2}) {
            PixPtr turned(pixRotateOrth(pix.get(), quads));
            auto r = readOnce(turned.get(), cancel, progress);
            if (!r)
                return r;
            if (r->confidence > best->confidence) {
                r->rotation = quads * 90;
                r->skew = skew;
                best = r;
            }
            if (best->confidence >= 80)
                break;
        }
    }
    return best;
}

} // namespace cluedesk
