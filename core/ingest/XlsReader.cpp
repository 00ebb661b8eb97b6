#include "ingest/XlsReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace cluedesk {
namespace {

constexpr int kTimeoutMs = 60000; // no output for this long: the helper is stuck on the file

// FreeXL's error codes (freexl.h), as the helper reports them.
QString explain(int rc)
{
    switch (rc) {
    case -1: // FREEXL_FILE_NOT_FOUND
        return QCoreApplication::translate("XlsReader", "the file cannot be opened");
    case -4: // FREEXL_INSUFFICIENT_MEMORY
        return QCoreApplication::translate("XlsReader", "there is not enough memory to read it");
    case -7:  // FREEXL_INVALID_CFBF_HEADER
    case -10: // FREEXL_CFBF_INVALID_SIGNATURE
    case -11: // FREEXL_CFBF_INVALID_SECTOR_SIZE
        return QCoreApplication::translate("XlsReader", "it is not an Excel 97-2003 workbook");
    case -8:  // FREEXL_CFBF_READ_ERROR
    case -9:  // FREEXL_CFBF_SEEK_ERROR
    case -12: // FREEXL_CFBF_EMPTY_FAT_CHAIN
    case -13: // FREEXL_CFBF_ILLEGAL_FAT_ENTRY
    case -24: // FREEXL_INVALID_MINI_STREAM
    case -25: // FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY
        return QCoreApplication::translate("XlsReader", "the file is truncated or damaged");
    case -17: // FREEXL_BIFF_WORKBOOK_NOT_FOUND
        return QCoreApplication::translate("XlsReader", "it holds no workbook (perhaps a Word or other Office file)");
    case -21: // FREEXL_UNSUPPORTED_CHARSET
        return QCoreApplication::translate("XlsReader", "it uses a character set FreeXL cannot convert");
    default: return QCoreApplication::translate("XlsReader", "the workbook is damaged (FreeXL error %1)").arg(rc);
    }
}

} // namespace

QString XlsReader::helperPath()
{
    const QString env = qEnvironmentVariable("CLUEDESK_XLS_READER");
    if (!env.isEmpty())
        return env;
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {bin.filePath(QStringLiteral("cluedesk-xls-reader")),
             bin.filePath(QStringLiteral("../" CLUEDESK_LIBEXEC_RELATIVE "/cluedesk-xls-reader"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    return QStringLiteral(CLUEDESK_XLS_READER_BUILD);
}

XlsReader::~XlsReader()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QByteArray XlsReader::readLine()
{
    while (!m_process->canReadLine()) {
        if (m_process->state() == QProcess::NotRunning && m_process->bytesAvailable() == 0)
            return {};
        if (!m_process->waitForReadyRead(kTimeoutMs) && !m_process->canReadLine()) {
            if (m_process->state() != QProcess::NotRunning) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
            if (!m_process->canReadLine())
                return {};
        }
    }
    QByteArray line = m_process->readLine();
    line.chop(1);
    return line;
}

QByteArray XlsReader::readBytes(qsizetype n)
{
    QByteArray out;
    while (out.size() < n + 1) { // the bytes and their newline
        if (m_process->bytesAvailable() == 0 && !m_process->waitForReadyRead(kTimeoutMs))
            break;
        out += m_process->read(n + 1 - out.size());
    }
    out.chop(1);
    return out;
}

void XlsReader::helperFailed()
{
    m_process->waitForFinished(2000);
    const bool crashed = m_process->exitStatus() == QProcess::CrashExit || m_process->state() != QProcess::NotRunning;
    setError(crashed ? QCoreApplication::translate("XlsReader",
                           "%1: the .xls reader stopped on this file (it is damaged, or made to break readers); nothing more "
                           "was read from it. Open it in Excel/WPS and save it as .xlsx.")
                           .arg(m_fileName)
                     : QCoreApplication::translate("XlsReader", "%1: the sheet \"%2\" cannot be read; the file is damaged.")
                           .arg(m_fileName, m_sheets.value(m_sheet)),
        crashed ? QStringLiteral("xls.reader-crashed") : QStringLiteral("xls.bad-sheet"));
}

Result<std::unique_ptr<XlsReader>> XlsReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<XlsReader> r(new XlsReader());
    r->m_options = options;
    r->m_path = QFileInfo(path).absoluteFilePath();
    r->m_fileName = QFileInfo(path).fileName();
    QProcess p;
    p.start(helperPath(), {r->m_path});
    if (!p.waitForStarted())
        return fail(QCoreApplication::translate("XlsReader", "The .xls reader %1 cannot be started: %2. Reinstall ClueDesk.")
                        .arg(helperPath(), p.errorString()),
            QStringLiteral("xls.no-helper"));
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
    }
    const QByteArray out = p.readAllStandardOutput();
    const auto unreadable = [&](const QString& why) {
        return fail(QCoreApplication::translate(
                        "XlsReader", "%1 cannot be read as .xls: %2. Re-save it in Excel/WPS as .xlsx if it opens there.")
                        .arg(r->m_fileName, why),
            QStringLiteral("xls.unreadable"));
    };
    if (out.startsWith("P\n"))
        return fail(QCoreApplication::translate(
                        "XlsReader", "%1 is password-protected; open it in Excel/WPS, remove the password and save it again.")
                        .arg(r->m_fileName),
            QStringLiteral("xls.encrypted"));
    if (out.startsWith("E "))
        return unreadable(explain(out.mid(2, out.indexOf('\n') - 2).toInt()));
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !out.startsWith("S "))
        return unreadable(
            QCoreApplication::translate("XlsReader", "the reader stopped on it (damaged, or made to break readers)"));
    qsizetype at = out.indexOf('\n') + 1;
    const int count = out.mid(2, at - 3).toInt();
    for (int i = 0; i < count; ++i) {
        const qsizetype end = out.indexOf('\n', at);
        if (end < 0 || !out.mid(at).startsWith("N "))
            return unreadable(QCoreApplication::translate("XlsReader", "its sheet names cannot be read"));
        const qsizetype n = out.mid(at + 2, end - at - 2).toLongLong();
        const QString name = QString::fromUtf8(out.mid(end + 1, n));
        r->m_sheets << (name.isEmpty() ? QStringLiteral("Sheet%1").arg(i + 1) : name);
        at = end + 1 + n + 1;
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
    m_pending.clear();
    m_sheet = index;
    if (index < 0 || index >= m_sheets.size())
        return false;
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process = std::make_unique<QProcess>();
    m_process->setReadChannel(QProcess::StandardOutput);
    m_process->start(helperPath(), {m_path, QString::number(index)});
    const QByteArray head = m_process->waitForStarted() ? readLine() : QByteArray();
    if (!head.startsWith("D ")) {
        helperFailed();
        return false;
    }
    m_rows = head.split(' ').value(1).toUInt();
    m_pending = readLine();
    return true;
}

bool XlsReader::next(TableRow& row)
{
    row.cells.clear();
    row.problem.clear();
    row.problemCode.clear();
    if (!m_process || m_pending == "Z" || m_error)
        return false;
    if (!m_pending.startsWith("R ")) {
        helperFailed();
        return false;
    }
    row.number = m_pending.mid(2).toLongLong() + 1;
    for (;;) {
        const QByteArray line = readLine();
        if (line.startsWith("C ")) {
            const QList<QByteArray> parts = line.split(' ');
            const int c = parts.value(1).toInt();
            const char kind = parts.value(2).isEmpty() ? '?' : parts.value(2).at(0);
            const QString text = QString::fromUtf8(readBytes(parts.value(3).toLongLong()));
            Cell cell;
            switch (kind) {
            case 'i': cell = Cell::ofNumber(text.toDouble(), text); break;
            case 'd': {
                const double v = text.toDouble();
                cell = Cell::ofNumber(v, QString::number(v, 'g', 15).toUpper());
                break;
            }
            case 't':
            case 'H': cell = Cell::ofText(text); break;
            case 'D': cell = Cell::ofDate(text); break;
            case 'T': cell = Cell::ofDate(QString(text).replace(u' ', u'T')); break;
            default: break;
            }
            if (cell.text.size() > m_options.maxCellChars) {
                cell.text.truncate(m_options.maxCellChars);
                row.problem = QCoreApplication::translate("XlsReader", "a cell is longer than %1 characters and was cut")
                                  .arg(m_options.maxCellChars);
                row.problemCode = QStringLiteral("cell.too-long");
            }
            if (!cell.isEmpty() && c >= 0 && c < 16384) {
                if (row.cells.size() <= size_t(c))
                    row.cells.resize(size_t(c) + 1);
                row.cells[size_t(c)] = std::move(cell);
            }
        } else if (line.startsWith("F ")) {
            row.problem = QCoreApplication::translate("XlsReader", "column %1 cannot be read").arg(line.mid(2).toInt() + 1);
            row.problemCode = QStringLiteral("xls.bad-cell");
        } else if (line.startsWith("R ") || line == "Z") {
            m_pending = line;
            break;
        } else {
            // the helper stopped in the middle of the sheet: keep this row, report the rest
            m_pending.clear();
            helperFailed();
            break;
        }
    }
    ++m_row;
    return true;
}

} // namespace cluedesk
