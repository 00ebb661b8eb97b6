#include "ingest/XlsxWriter.h"

#include "util/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <algorithm>
#include <xlsxwriter.h>

namespace cluedesk {
namespace {

constexpr qsizetype kMostChars = 32767; // Excel's limit for one cell

// A sheet name Excel accepts: no []:*?/\, at most 31 characters, not used before in the book.
QString sheetName(QString name, const QStringList& taken)
{
    static const QRegularExpression bad(QStringLiteral("[\\[\\]:*?/\\\\]"));
    name.replace(bad, QStringLiteral("_"));
    name = name.trimmed();
    if (name.startsWith(u'\'') || name.endsWith(u'\''))
        name.replace(u'\'', u'_');
    if (name.isEmpty())
        name = QStringLiteral("Sheet%1").arg(taken.size() + 1);
    QString unique = name.left(31);
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    return unique;
}

// "B3" -> row 2, column 1; false if it is no cell reference.
bool parseRef(QStringView ref, quint32& row, quint16& column)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter() && i < 3; ++i)
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
    bool ok = false;
    const uint r = ref.mid(i).toUInt(&ok);
    if (i == 0 || !ok || r == 0 || col > 16384)
        return false;
    row = quint32(r - 1);
    column = quint16(col - 1);
    return true;
}

} // namespace

XlsxWriter::XlsxWriter(const QString& path) : m_path(path)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // kept for the workbook's life: libxlsxwriter 1.1 uses the pointer when it writes a sheet
    m_tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = m_tmpdir.data();
    options.use_zip64 = LXW_TRUE; // exports beyond 4 GB unpacked stay valid
    m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!m_book) {
        m_error = Error{
            QCoreApplication::translate("XlsxWriter", "Cannot write %1: out of memory").arg(path), QStringLiteral("xlsx.write")};
        return;
    }
    m_format.text = workbook_add_format(m_book);
    format_set_num_format(m_format.text, "@");
    m_format.number = workbook_add_format(m_book);
    m_format.date = workbook_add_format(m_book);
    format_set_num_format(m_format.date, "yyyy-mm-dd");
    for (lxw_format* f : {m_format.text, m_format.number, m_format.date})
        format_set_font_name(f, "宋体");
}

XlsxWriter::~XlsxWriter()
{
    if (m_book) { // never closed: drop what was written, leave no half file
        workbook_close(m_book);
        QFile::remove(m_path);
    }
}

double XlsxWriter::serial(const QDate& date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

Status XlsxWriter::failed(const QString& why)
{
    if (!m_error)
        m_error = Error{
            QCoreApplication::translate("XlsxWriter", "Cannot write %1: %2").arg(m_path, why), QStringLiteral("xlsx.write")};
    return *m_error;
}

Status XlsxWriter::beginSheet(const QString& name, const std::vector<double>& widths)
{
    if (m_error)
        return *m_error;
    const QString unique = sheetName(name, m_sheetNames);
    m_sheet = workbook_add_worksheet(m_book, unique.toUtf8().constData());
    if (!m_sheet)
        return failed(QCoreApplication::translate("XlsxWriter", "the sheet name \"%1\" is not allowed").arg(name));
    m_sheetNames << unique;
    m_row = 0;
    m_lastRow.clear();
    for (size_t c = 0; c < widths.size() && c < 16384; ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    return success();
}

void XlsxWriter::addRow(const std::vector<Cell>& cells)
{
    if (m_error || !m_sheet)
        return;
    if (m_row >= 1048576) {
        (void)failed(QCoreApplication::translate("XlsxWriter", "more than 1,048,576 rows, Excel's limit for one sheet"));
        return;
    }
    // A row with nothing in it is still a row (a blank line in a bureau's list): its cells are
    // written formatted and empty, as Excel keeps a blank row someone formatted.
    const bool blank = std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.kind == Cell::Kind::Empty; });
    if (blank)
        for (size_t c = 0; c < std::max<size_t>(cells.size(), 1) && c < 16384; ++c)
            worksheet_write_blank(m_sheet, m_row, lxw_col_t(c), m_format.text);
    for (size_t c = 0; c < cells.size() && c < 16384; ++c) {
        const Cell& cell = cells[c];
        const lxw_col_t col = lxw_col_t(c);
        lxw_error e = LXW_NO_ERROR;
        switch (cell.kind) {
        case Cell::Kind::Empty: break;
        case Cell::Kind::Text:
            e = worksheet_write_string(m_sheet, m_row, col, cell.text.left(kMostChars).toUtf8().constData(), m_format.text);
            break;
        case Cell::Kind::Number: e = worksheet_write_number(m_sheet, m_row, col, cell.number, m_format.number); break;
        case Cell::Kind::NumberAsText: // an ID typed into a general cell: Excel keeps a double
            e = worksheet_write_number(m_sheet, m_row, col, cell.text.toDouble(), m_format.number);
            break;
        case Cell::Kind::Date: {
            lxw_datetime d{cell.date.year(), cell.date.month(), cell.date.day(), 0, 0, 0};
            e = worksheet_write_datetime(m_sheet, m_row, col, &d, m_format.date);
            break;
        }
        }
        if (e != LXW_NO_ERROR) {
            (void)failed(QString::fromUtf8(lxw_strerror(e)));
            return;
        }
    }
    m_lastRow = cells;
    ++m_row;
}

void XlsxWriter::addTextRow(const QStringList& cells)
{
    std::vector<Cell> row;
    row.reserve(size_t(cells.size()));
    for (const QString& s : cells)
        row.push_back(Cell::t(s));
    addRow(row);
}

void XlsxWriter::mergeCells(const QString& range)
{
    if (m_error || !m_sheet || m_row == 0)
        return;
    const QStringList ends = range.split(u':');
    quint32 r1 = 0, r2 = 0;
    quint16 c1 = 0, c2 = 0;
    if (ends.size() != 2 || !parseRef(ends[0], r1, c1) || !parseRef(ends[1], r2, c2) || r1 != m_row - 1 || r2 != r1 || c2 <= c1) {
        (void)failed(QCoreApplication::translate("XlsxWriter", "cannot merge %1: only cells of the row just written").arg(range));
        return;
    }
    const QString first = size_t(c1) < m_lastRow.size() ? m_lastRow[c1].text : QString();
    if (const lxw_error e =
            worksheet_merge_range(m_sheet, r1, c1, r2, c2, first.left(kMostChars).toUtf8().constData(), m_format.text);
        e != LXW_NO_ERROR)
        (void)failed(QString::fromUtf8(lxw_strerror(e)));
}

Status XlsxWriter::endSheet()
{
    // libxlsxwriter finishes a sheet when the next starts or the book closes.
    m_sheet = nullptr;
    return m_error ? Status(*m_error) : success();
}

Status XlsxWriter::close()
{
    if (!m_book)
        return m_error ? Status(*m_error) : success();
    if (m_sheetNames.isEmpty() && !m_error)
        (void)beginSheet(QStringLiteral("Sheet1")); // a workbook needs a sheet
    lxw_workbook* book = m_book;
    m_book = nullptr;
    const lxw_error e = workbook_close(book);
    if (m_error) {
        QFile::remove(m_path);
        return *m_error;
    }
    if (e != LXW_NO_ERROR) {
        QFile::remove(m_path);
        return failed(QString::fromUtf8(lxw_strerror(e)));
    }
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
