#include "ingest/HtmlTableReader.h"

#include "ingest/TextEncoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace cluedesk {
namespace {

QString decodeEntities(const QString& s)
{
    if (!s.contains(u'&'))
        return s;
    static const QRegularExpression re(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString e = m.captured(1);
        if (e.startsWith(QLatin1String("#x")))
            out += QChar(char16_t(e.mid(2).toUInt(nullptr, 16)));
        else if (e.startsWith(u'#'))
            out += QChar(char16_t(e.mid(1).toUInt()));
        else if (e == QLatin1String("nbsp"))
            out += u' ';
        else if (e == QLatin1String("amp"))
            out += u'&';
        else if (e == QLatin1String("lt"))
            out += u'<';
        else if (e == QLatin1String("gt"))
            out += u'>';
        else if (e == QLatin1String("quot"))
            out += u'"';
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

} // namespace

bool HtmlTableReader::looksLikeHtml(const QByteArray& head)
{
    const QByteArray h = head.left(4096).toLower();
    return h.contains("<table") || h.contains("<html") || h.contains("<!doctype html");
}

Result<std::unique_ptr<HtmlTableReader>> HtmlTableReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<HtmlTableReader> r(new HtmlTableReader());
    r->m_options = options;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("HtmlTableReader", "Cannot read %1: %2").arg(name, file.errorString()),
            QStringLiteral("file.unreadable"));
    if (file.size() > qint64(512) * 1024 * 1024)
        return fail(QCoreApplication::translate(
                        "HtmlTableReader", "%1 is an HTML table larger than 512 MB; save it as .xlsx or .csv first.")
                        .arg(name),
            QStringLiteral("html.too-large"));
    const QByteArray bytes = file.readAll();
    QString encoding = TextEncoding::canonicalName(options.encoding);
    if (encoding.isEmpty()) {
        static const QRegularExpression charset(
            QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)"), QRegularExpression::CaseInsensitiveOption);
        const auto m = charset.match(QString::fromLatin1(bytes.left(4096)));
        encoding = m.hasMatch() ? TextEncoding::canonicalName(m.captured(1)) : QString();
        QByteArray carry;
        if (encoding.isEmpty() || encoding == QLatin1String("utf-8"))
            encoding = TextEncoding::isValidUtf8(bytes.constData(), bytes.size(), carry) && carry.isEmpty()
                ? QStringLiteral("utf-8")
                : QStringLiteral("gb18030");
    }
    QStringDecoder decoder =
        encoding == QLatin1String("utf-8") ? QStringDecoder(QStringDecoder::Utf8) : QStringDecoder("GB18030");
    r->m_text = decoder.decode(bytes);
    r->m_encoding = encoding;
    return r;
}

bool HtmlTableReader::next(TableRow& row)
{
    row.cells.clear();
    row.problem.clear();
    row.problemCode.clear();
    static const QRegularExpression rowStart(QStringLiteral("<tr[\\s>]"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cellOrEnd(
        QStringLiteral("<(t[dh])([^>]*)>|</tr\\s*>|<tr[\\s>]|</table"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cellEnd(
        QStringLiteral("</t[dh]\\s*>|<t[dh][\\s>]|</tr\\s*>|<tr[\\s>]"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression colspan(
        QStringLiteral("colspan\\s*=\\s*[\"']?(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<br\\s*/?>|<[^>]*>"), QRegularExpression::CaseInsensitiveOption);

    const auto start = rowStart.match(m_text, m_pos);
    if (!start.hasMatch()) {
        m_pos = m_text.size();
        return false;
    }
    qsizetype pos = start.capturedEnd();
    row.number = ++m_row;
    for (;;) {
        const auto c = cellOrEnd.match(m_text, pos);
        if (!c.hasMatch() || c.captured(1).isEmpty()) {
            m_pos = c.hasMatch() ? c.capturedStart() + (c.captured(0).startsWith(QLatin1String("</")) ? c.capturedLength() : 0)
                                 : m_text.size();
            break;
        }
        const qsizetype contentStart = c.capturedEnd();
        const auto e = cellEnd.match(m_text, contentStart);
        const qsizetype contentEnd = e.hasMatch() ? e.capturedStart() : m_text.size();
        QString content = m_text.mid(contentStart, contentEnd - contentStart);
        content.replace(tag, QString()); // also <br>: cells are single-line in bureau tables
        content = decodeEntities(content).simplified();
        if (content.size() > m_options.maxCellChars) {
            content.truncate(m_options.maxCellChars);
            row.problem = QCoreApplication::translate("HtmlTableReader", "a cell is longer than %1 characters and was cut")
                              .arg(m_options.maxCellChars);
            row.problemCode = QStringLiteral("cell.too-long");
        }
        row.cells.push_back(content.isEmpty() ? Cell{} : Cell::ofText(content));
        const auto span = colspan.match(c.captured(2));
        for (int extra = span.hasMatch() ? span.captured(1).toInt() - 1 : 0; extra > 0 && extra < 1000; --extra)
            row.cells.emplace_back();
        pos = e.hasMatch() && e.captured(0).startsWith(QLatin1String("</t"), Qt::CaseInsensitive) ? e.capturedEnd() : contentEnd;
    }
    while (!row.cells.empty() && row.cells.back().isEmpty())
        row.cells.pop_back();
    return true;
}

} // namespace cluedesk
