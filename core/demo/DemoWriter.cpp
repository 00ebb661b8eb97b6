#include "demo/DemoWriter.h"

#include "ingest/XlsxWriter.h"
#include "util/Text.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>

namespace cluedesk {

QString DemoValue::asText() const
{
    switch (kind) {
    case Kind::Text: return text;
    case Kind::Number: return QString::number(number, 'f', number == qint64(number) ? 0 : 2);
    case Kind::DamagedId: return QString::number(text.toDouble(), 'g', 15).toUpper(); // what Excel shows and exports
    case Kind::Date:
        switch (style) {
        case DateStyle::Iso: return date.toString(QStringLiteral("yyyy-MM-dd"));
        case DateStyle::Slash: return date.toString(QStringLiteral("yyyy/M/d"));
        case DateStyle::Dot: return date.toString(QStringLiteral("yyyy.MM.dd"));
        case DateStyle::Chinese: return date.toString(QStringLiteral("yyyy年M月d日"));
        case DateStyle::Compact: return date.toString(QStringLiteral("yyyyMMdd"));
        case DateStyle::Month: return date.toString(QStringLiteral("yyyy-MM"));
        case DateStyle::CompactMonth: return date.toString(QStringLiteral("yyyyMM"));
        }
    }
    return text;
}

namespace {

std::vector<QStringList> flatten(const DemoSheet& s)
{
    std::vector<QStringList> lines;
    for (const QString& t : s.titleLines)
        lines.push_back({t});
    for (const QStringList& h : s.headerRows)
        lines.push_back(h);
    for (const auto& r : s.rows) {
        QStringList l;
        for (const DemoValue& v : r)
            l << v.asText();
        lines.push_back(l);
    }
    for (const QStringList& f : s.footerRows)
        lines.push_back(f);
    return lines;
}

Status writeXlsx(const QString& path, const DemoFile& file)
{
    XlsxWriter w(path);
    for (const DemoSheet& s : file.sheets) {
        const int width = s.headerRows.empty() ? 1 : int(s.headerRows.back().size());
        std::vector<double> widths(size_t(width), 14);
        if (Status st = w.beginSheet(s.name, widths); !st)
            return st;
        for (int i = 0; i < s.titleLines.size(); ++i) {
            w.addTextRow({s.titleLines[i]});
            if (i == 0 && width > 1)
                w.mergeCells(QStringLiteral("A1:") + text::columnLetters(width - 1) + QStringLiteral("1"));
        }
        for (const QStringList& h : s.headerRows)
            w.addTextRow(h);
        for (const auto& r : s.rows) {
            std::vector<XlsxWriter::Cell> cells;
            for (const DemoValue& v : r) {
                switch (v.kind) {
                case DemoValue::Kind::Text: cells.push_back(XlsxWriter::Cell::t(v.text)); break;
                case DemoValue::Kind::Number: cells.push_back(XlsxWriter::Cell::n(v.number)); break;
                case DemoValue::Kind::DamagedId: cells.push_back(XlsxWriter::Cell::rawNumber(v.text)); break;
                case DemoValue::Kind::Date:
                    // Some offices type dates as text; the style says which.
                    cells.push_back(v.style == DemoValue().style ? XlsxWriter::Cell::d(v.date) : XlsxWriter::Cell::t(v.asText()));
                    break;
                }
            }
            w.addRow(cells);
        }
        for (const QStringList& f : s.footerRows)
            w.addTextRow(f);
        if (Status st = w.endSheet(); !st)
            return st;
    }
    return w.close();
}

QString htmlEscape(const QString& s)
{
    return QString(s).toHtmlEscaped();
}

Status writeHtml(const QString& path, const DemoFile& file)
{
    QString html = QStringLiteral(
        "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head>"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><table border=\"1\">");
    for (const DemoSheet& s : file.sheets) {
        const int width = s.headerRows.empty() ? 1 : int(s.headerRows.back().size());
        for (const QString& t : s.titleLines)
            html += QStringLiteral("<tr><td colspan=\"%1\" style=\"font-size:16pt\">%2</td></tr>").arg(width).arg(htmlEscape(t));
        for (const QStringList& h : s.headerRows) {
            html += QStringLiteral("<tr>");
            for (const QString& c : h)
                html += QStringLiteral("<th>%1</th>").arg(htmlEscape(c));
            html += QStringLiteral("</tr>");
        }
        for (const auto& r : s.rows) {
            html += QStringLiteral("<tr>");
            for (const DemoValue& v : r)
                html += QStringLiteral("<td style=\"mso-number-format:'\\@'\">%1</td>").arg(htmlEscape(v.asText()));
            html += QStringLiteral("</tr>\n");
        }
    }
    html += QStringLiteral("</table></body></html>");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(f.errorString());
    QStringEncoder gbk("GB18030");
    f.write(gbk.encode(html));
    return success();
}

} // namespace

Status DemoWriter::write(const QString& dir, const DemoFile& file)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(file.fileName);
    switch (file.format) {
    case DemoFormat::Xlsx: return writeXlsx(path, file);
    case DemoFormat::HtmlXls: return writeHtml(path, file);
    default: break;
    }
    std::vector<QStringList> lines;
    for (const DemoSheet& s : file.sheets)
        for (QStringList& l : flatten(s))
            lines.push_back(std::move(l));
    if (file.format == DemoFormat::TsvGb18030) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(f.errorString());
        QStringEncoder gbk("GB18030");
        for (const QStringList& l : lines)
            f.write(gbk.encode(l.join(u'\t') + QStringLiteral("\r\n")));
        return success();
    }
    return CsvWriter::write(path, lines, file.format == DemoFormat::CsvGb18030, file.format == DemoFormat::CsvUtf8Bom);
}

} // namespace cluedesk
