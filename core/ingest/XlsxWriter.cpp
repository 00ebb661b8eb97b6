#include "ingest/XlsxWriter.h"

#include "util/Text.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringEncoder>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace cluedesk {
namespace {

QByteArray xmlEscape(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        default:
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')
                out += QStringLiteral("_x%1_").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out.toUtf8();
}

const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="14"/><name val="宋体"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
</styleSheet>)";

} // namespace

XlsxWriter::XlsxWriter(const QString& path) : m_path(path), m_zip(std::make_unique<QuaZip>(path))
{
    m_failed = !m_zip->open(QuaZip::mdCreate);
}

XlsxWriter::~XlsxWriter()
{
    if (m_file)
        m_file->close();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

double XlsxWriter::serial(const QDate& date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

Status XlsxWriter::writePart(const QString& name, const QByteArray& bytes)
{
    QuaZipFile f(m_zip.get());
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || f.write(bytes) != bytes.size()) {
        m_failed = true;
        return fail(QCoreApplication::translate("XlsxWriter", "Cannot write %1").arg(m_path), QStringLiteral("xlsx.write"));
    }
    f.close();
    return success();
}

void XlsxWriter::write(const QByteArray& bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() > (1 << 20)) {
        if (m_file->write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
}

Status XlsxWriter::beginSheet(const QString& name, const std::vector<double>& widths)
{
    if (m_file) // the previous sheet is finished by starting the next
        if (Status s = endSheet(); !s)
            return s;
    if (m_failed)
        return fail(QCoreApplication::translate("XlsxWriter", "Cannot write %1").arg(m_path), QStringLiteral("xlsx.write"));
    m_sheets << name;
    m_merges.clear();
    m_row = 0;
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size())))) {
        m_failed = true;
        return fail(QCoreApplication::translate("XlsxWriter", "Cannot write %1").arg(m_path), QStringLiteral("xlsx.write"));
    }
    write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    if (!widths.empty()) {
        write("<cols>");
        for (size_t i = 0; i < widths.size(); ++i)
            write(
                QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>").arg(i + 1).arg(widths[i]).toUtf8());
        write("</cols>");
    }
    write("<sheetData>");
    return success();
}

void XlsxWriter::addRow(const std::vector<Cell>& cells)
{
    ++m_row;
    QByteArray out = "<row r=\"" + QByteArray::number(m_row) + "\">";
    for (size_t c = 0; c < cells.size(); ++c) {
        const Cell& cell = cells[c];
        const QByteArray ref = text::columnLetters(int(c)).toLatin1() + QByteArray::number(m_row);
        switch (cell.kind) {
        case Cell::Kind::Empty: break;
        case Cell::Kind::Text:
            out += "<c r=\"" + ref + "\" t=\"inlineStr\" s=\"2\"><is><t xml:space=\"preserve\">" + xmlEscape(cell.text) +
                "</t></is></c>";
            break;
        case Cell::Kind::Number: out += "<c r=\"" + ref + "\"><v>" + QByteArray::number(cell.number, 'g', 15) + "</v></c>"; break;
        case Cell::Kind::NumberAsText:
            out += "<c r=\"" + ref + "\"><v>" + QByteArray::number(cell.text.toDouble(), 'g', 17) + "</v></c>";
            break;
        case Cell::Kind::Date:
            out += "<c r=\"" + ref + "\" s=\"1\"><v>" + QByteArray::number(serial(cell.date), 'f', 0) + "</v></c>";
            break;
        }
    }
    out += "</row>";
    write(out);
}

void XlsxWriter::addTextRow(const QStringList& cells)
{
    std::vector<Cell> row;
    for (const QString& s : cells)
        row.push_back(Cell::t(s));
    addRow(row);
}

void XlsxWriter::mergeCells(const QString& range)
{
    m_merges << range;
}

Status XlsxWriter::endSheet()
{
    write("</sheetData>");
    if (!m_merges.isEmpty()) {
        write("<mergeCells count=\"" + QByteArray::number(m_merges.size()) + "\">");
        for (const QString& m : m_merges)
            write("<mergeCell ref=\"" + m.toLatin1() + "\"/>");
        write("</mergeCells>");
    }
    write("</worksheet>");
    if (m_file->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    m_file->close();
    m_file.reset();
    return m_failed
        ? Status(fail(QCoreApplication::translate("XlsxWriter", "Cannot write %1").arg(m_path), QStringLiteral("xlsx.write")))
        : success();
}

Status XlsxWriter::close()
{
    if (m_file)
        if (Status s = endSheet(); !s)
            return s;
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/styles.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < m_sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
            ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook += "<sheet name=\"" + xmlEscape(m_sheets[i]) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet" +
            n + ".xml\"/>";
    }
    rels += "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/></Relationships>";
    types += "</Types>";
    workbook += "</sheets></workbook>";
    const QByteArray rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>";
    for (const auto& [name, bytes] :
        {std::pair{QStringLiteral("[Content_Types].xml"), types}, std::pair{QStringLiteral("_rels/.rels"), rootRels},
            std::pair{QStringLiteral("xl/workbook.xml"), workbook}, std::pair{QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
            std::pair{QStringLiteral("xl/styles.xml"), QByteArray(kStyles)}})
        if (Status s = writePart(name, bytes); !s)
            return s;
    m_zip->close();
    if (m_zip->getZipError() != 0 || m_failed)
        return fail(QCoreApplication::translate("XlsxWriter", "Cannot write %1").arg(m_path), QStringLiteral("xlsx.write"));
    return success();
}

QByteArray CsvWriter::encodeRow(const QStringList& cells, QChar delimiter)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += delimiter;
        const QString& c = cells[i];
        if (c.contains(delimiter) || c.contains(u'"') || c.contains(u'\n') || c.contains(u'\r'))
            line += u'"' + QString(c).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
        else
            line += c;
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

Status CsvWriter::write(const QString& path, const std::vector<QStringList>& rows, bool gb18030, bool bom)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(path, f.errorString()),
            QStringLiteral("file.unwritable"));
    QStringEncoder gbk("GB18030");
    if (!gb18030 && bom)
        f.write("\xEF\xBB\xBF");
    for (const QStringList& r : rows) {
        const QByteArray utf8 = encodeRow(r);
        f.write(gb18030 ? QByteArray(gbk.encode(QString::fromUtf8(utf8))) : utf8);
    }
    if (!f.flush())
        return fail(QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(path, f.errorString()),
            QStringLiteral("file.unwritable"));
    return success();
}

} // namespace cluedesk
