#include "ingest/SpreadsheetMlReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace cluedesk {
namespace {

const QString kSs = QStringLiteral("urn:schemas-microsoft-com:office:spreadsheet");
constexpr int kLastColumn = 16383; // Excel's XFD

// An ss: attribute (also written without its prefix by some exporters).
QStringView attribute(const QXmlStreamAttributes& attrs, QLatin1StringView name)
{
    if (attrs.hasAttribute(kSs, name))
        return attrs.value(kSs, name);
    return attrs.value(name);
}

int number(QStringView text, int fallback)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok ? n : fallback;
}

} // namespace

bool SpreadsheetMlReader::looksLikeSpreadsheetMl(const QByteArray& head)
{
    return head.contains("urn:schemas-microsoft-com:office:spreadsheet") || head.contains("progid=\"Excel.Sheet\"");
}

Result<std::unique_ptr<SpreadsheetMlReader>> SpreadsheetMlReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<SpreadsheetMlReader> r(new SpreadsheetMlReader());
    r->m_options = options;
    r->m_fileName = QFileInfo(path).fileName();
    r->m_file.setFileName(path);
    if (!r->m_file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("SpreadsheetMlReader", "Cannot read %1: %2").arg(r->m_fileName, r->m_file.errorString()),
            QStringLiteral("file.unreadable"));
    // The sheet names first: one pass over the file, skipping the tables' contents.
    r->m_xml.setDevice(&r->m_file);
    while (!r->m_xml.atEnd()) {
        r->m_xml.readNext();
        if (r->m_xml.isStartElement() && r->m_xml.name() == QLatin1String("Worksheet")) {
            const QString name = attribute(r->m_xml.attributes(), QLatin1StringView("Name")).toString();
            r->m_sheets << (name.isEmpty() ? QStringLiteral("Sheet%1").arg(r->m_sheets.size() + 1) : name);
            r->m_xml.skipCurrentElement();
        }
    }
    if (r->m_sheets.isEmpty())
        return fail(r->m_xml.hasError()
                ? QCoreApplication::translate("SpreadsheetMlReader",
                      "%1 is an Excel 2003 XML spreadsheet but is damaged before its first worksheet (%2).")
                      .arg(r->m_fileName, r->m_xml.errorString())
                : QCoreApplication::translate("SpreadsheetMlReader", "%1 is an Excel 2003 XML spreadsheet without worksheets.")
                      .arg(r->m_fileName),
            QStringLiteral("spreadsheetml.no-sheets"));
    return r;
}

bool SpreadsheetMlReader::openSheet(int index)
{
    if (index < 0 || index >= m_sheets.size())
        return false;
    m_file.seek(0);
    m_xml.clear();
    m_xml.setDevice(&m_file);
    m_sheet = index;
    m_inTable = false;
    m_lastRow = 0;
    m_merged.clear();
    m_error.reset();
    int seen = -1;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() == QLatin1String("Worksheet") && ++seen != index) {
            m_xml.skipCurrentElement();
        } else if (seen == index && m_xml.name() == QLatin1String("Table")) {
            m_inTable = true;
            return true;
        }
        if (seen > index)
            break;
    }
    if (m_xml.hasError()) {
        damaged();
        return false;
    }
    return true; // a worksheet without a table is an empty sheet
}

void SpreadsheetMlReader::damaged()
{
    setError(QCoreApplication::translate("SpreadsheetMlReader",
                 "%1, sheet \"%2\": the file breaks off or is damaged after row %3 (%4); rows up to there were read.")
                 .arg(m_fileName, m_sheets.value(m_sheet))
                 .arg(m_lastRow)
                 .arg(m_xml.errorString()),
        QStringLiteral("spreadsheetml.damaged"));
    m_inTable = false;
}

Cell SpreadsheetMlReader::readData()
{
    const QString type = attribute(m_xml.attributes(), QLatin1StringView("Type")).toString();
    // Rich text (<Font>, <B> in the html namespace) inside Data is flattened.
    const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (type == QLatin1String("Number")) {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        return ok ? Cell::ofNumber(v, text.trimmed()) : Cell::ofText(text);
    }
    if (type == QLatin1String("DateTime")) {
        // 2023-03-05T00:00:00.000; the time only when there is one
        const QString t = text.trimmed();
        return Cell::ofDate(t.mid(10).startsWith(QLatin1String("T00:00:00")) || t.size() <= 10 ? t.left(10) : t.left(19));
    }
    if (type == QLatin1String("Boolean"))
        return Cell{Cell::Kind::Boolean, text.trimmed() == QLatin1String("1") ? 1.0 : 0.0, text.trimmed()};
    if (type == QLatin1String("Error"))
        return Cell{Cell::Kind::Error, 0, text};
    return text.isEmpty() ? Cell{} : Cell::ofText(text);
}

bool SpreadsheetMlReader::next(TableRow& row)
{
    row.cells.clear();
    row.problem.clear();
    row.problemCode.clear();
    if (!m_inTable)
        return false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isEndElement() && m_xml.name() == QLatin1String("Table"))
            break;
        if (!m_xml.isStartElement())
            continue;
        if (m_xml.name() != QLatin1String("Row")) {
            m_xml.skipCurrentElement(); // <Column> widths and the like
            continue;
        }
        const int index = number(attribute(m_xml.attributes(), QLatin1StringView("Index")), 0);
        row.number = index > m_lastRow ? index : m_lastRow + 1;
        int column = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("Row"))
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() != QLatin1String("Cell")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attrs = m_xml.attributes();
            column = std::max(column, number(attribute(attrs, QLatin1StringView("Index")), 0) - 1);
            const int across = std::clamp(number(attribute(attrs, QLatin1StringView("MergeAcross")), 0), 0, 1000);
            const int down = std::clamp(number(attribute(attrs, QLatin1StringView("MergeDown")), 0), 0, 100000);
            Cell cell;
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && m_xml.name() == QLatin1String("Cell"))
                    break;
                if (m_xml.isStartElement()) {
                    if (m_xml.name() == QLatin1String("Data"))
                        cell = readData();
                    else
                        m_xml.skipCurrentElement(); // comments, named cells
                }
            }
            if (column > kLastColumn)
                continue;
            if (cell.text.size() > m_options.maxCellChars) {
                cell.text.truncate(m_options.maxCellChars);
                row.problem =
                    QCoreApplication::translate("SpreadsheetMlReader", "a cell is longer than %1 characters and was cut")
                        .arg(m_options.maxCellChars);
                row.problemCode = QStringLiteral("cell.too-long");
            }
            if (!cell.isEmpty()) {
                if (row.cells.size() <= size_t(column))
                    row.cells.resize(size_t(column) + 1);
                row.cells[size_t(column)] = cell;
                if (down > 0)
                    m_merged.push_back({column, row.number + down, cell});
            }
            column += 1 + across;
        }
        if (m_xml.hasError())
            break;
        // Cells merged down from the rows above fill their column here.
        for (const MergedDown& m : m_merged) {
            if (m.lastRow < row.number || (size_t(m.column) < row.cells.size() && !row.cells[size_t(m.column)].isEmpty()))
                continue;
            if (row.cells.size() <= size_t(m.column))
                row.cells.resize(size_t(m.column) + 1);
            row.cells[size_t(m.column)] = m.cell;
        }
        m_merged.erase(
            std::remove_if(m_merged.begin(), m_merged.end(), [&](const MergedDown& m) { return m.lastRow <= row.number; }),
            m_merged.end());
        m_lastRow = row.number; // only a complete row counts as read
        return true;
    }
    if (m_xml.hasError())
        damaged();
    m_inTable = false;
    return false;
}

double SpreadsheetMlReader::progress() const
{
    return m_file.size() > 0 ? double(m_xml.characterOffset()) / double(m_file.size()) : 1.0;
}

} // namespace cluedesk
