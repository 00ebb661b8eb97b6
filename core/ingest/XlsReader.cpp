#include "ingest/XlsReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <freexl.h>

namespace cluedesk {
namespace {

QString explain(int rc)
{
    switch (rc) {
    case FREEXL_FILE_NOT_FOUND: return QCoreApplication::translate("XlsReader", "the file cannot be opened");
    case FREEXL_INSUFFICIENT_MEMORY: return QCoreApplication::translate("XlsReader", "there is not enough memory to read it");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE: return QCoreApplication::translate("XlsReader", "it is not an Excel 97-2003 workbook");
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY: return QCoreApplication::translate("XlsReader", "the file is truncated or damaged");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QCoreApplication::translate("XlsReader", "it holds no workbook (perhaps a Word or other Office file)");
    case FREEXL_UNSUPPORTED_CHARSET:
        return QCoreApplication::translate("XlsReader", "it uses a character set FreeXL cannot convert");
    default: return QCoreApplication::translate("XlsReader", "the workbook is damaged (FreeXL error %1)").arg(rc);
    }
}

} // namespace

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

Result<std::unique_ptr<XlsReader>> XlsReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<XlsReader> r(new XlsReader());
    r->m_options = options;
    r->m_fileName = QFileInfo(path).fileName();
    const int rc = freexl_open(QFile::encodeName(path).constData(), &r->m_handle);
    if (rc != FREEXL_OK)
        return fail(QCoreApplication::translate(
                        "XlsReader", "%1 cannot be read as .xls: %2. Re-save it in Excel/WPS as .xlsx if it opens there.")
                        .arg(r->m_fileName, explain(rc)),
            QStringLiteral("xls.unreadable"));
    unsigned int info = 0;
    if (freexl_get_info(r->m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return fail(QCoreApplication::translate(
                        "XlsReader", "%1 is password-protected; open it in Excel/WPS, remove the password and save it again.")
                        .arg(r->m_fileName),
            QStringLiteral("xls.encrypted"));
    unsigned int count = 0;
    freexl_get_info(r->m_handle, FREEXL_BIFF_SHEET_COUNT, &count);
    for (unsigned short i = 0; i < count; ++i) {
        const char* name = nullptr;
        freexl_get_worksheet_name(r->m_handle, i, &name);
        r->m_sheets << (name ? QString::fromUtf8(name) : QStringLiteral("Sheet%1").arg(i + 1));
    }
    if (r->m_sheets.isEmpty())
        return fail(QCoreApplication::translate("XlsReader", "%1 has no worksheets.").arg(r->m_fileName),
            QStringLiteral("xls.no-sheets"));
    return r;
}

bool XlsReader::openSheet(int index)
{
    m_error.reset();
    m_row = 0;
    m_rows = 0;
    m_columns = 0;
    if (index < 0 || index >= m_sheets.size())
        return false;
    if (freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns) != FREEXL_OK) {
        setError(QCoreApplication::translate("XlsReader", "%1: the sheet \"%2\" cannot be read; the file is damaged.")
                     .arg(m_fileName, m_sheets[index]),
            QStringLiteral("xls.bad-sheet"));
        return false;
    }
    return true;
}

bool XlsReader::next(TableRow& row)
{
    row.cells.clear();
    row.problem.clear();
    row.problemCode.clear();
    if (m_row >= m_rows)
        return false;
    row.number = qint64(m_row) + 1;
    for (unsigned short c = 0; c < m_columns; ++c) {
        FreeXL_CellValue v;
        if (freexl_get_cell_value(m_handle, m_row, c, &v) != FREEXL_OK) {
            row.problem = QCoreApplication::translate("XlsReader", "column %1 cannot be read").arg(c + 1);
            row.problemCode = QStringLiteral("xls.bad-cell");
            continue;
        }
        Cell cell;
        switch (v.type) {
        case FREEXL_CELL_INT: cell = Cell::ofNumber(v.value.int_value, QString::number(v.value.int_value)); break;
        case FREEXL_CELL_DOUBLE:
            cell = Cell::ofNumber(v.value.double_value, QString::number(v.value.double_value, 'g', 15).toUpper());
            break;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT: cell = Cell::ofText(QString::fromUtf8(v.value.text_value)); break;
        case FREEXL_CELL_DATE: cell = Cell::ofDate(QString::fromUtf8(v.value.text_value)); break;
        case FREEXL_CELL_DATETIME: cell = Cell::ofDate(QString::fromUtf8(v.value.text_value).replace(u' ', u'T')); break;
        case FREEXL_CELL_TIME: cell = Cell::ofText(QString::fromUtf8(v.value.text_value)); break;
        default: break;
        }
        if (cell.text.size() > m_options.maxCellChars) {
            cell.text.truncate(m_options.maxCellChars);
            row.problem = QCoreApplication::translate("XlsReader", "a cell is longer than %1 characters and was cut")
                              .arg(m_options.maxCellChars);
            row.problemCode = QStringLiteral("cell.too-long");
        }
        if (!cell.isEmpty()) {
            row.cells.resize(size_t(c) + 1);
            row.cells[c] = std::move(cell);
        }
    }
    ++m_row;
    return true;
}

} // namespace cluedesk
