#include "ingest/TableReader.h"

#include "ingest/CsvReader.h"
#include "ingest/HtmlTableReader.h"
#include "ingest/SpreadsheetMlReader.h"
#include "ingest/XlsReader.h"
#include "ingest/XlsxReader.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cluedesk {

bool Cell::isEmpty() const
{
    return kind == Kind::Empty || (kind == Kind::Text && text::isBlank(text));
}

QString Cell::shown() const
{
    return text;
}

bool TableRow::isBlank() const
{
    for (const Cell& c : cells)
        if (!c.isEmpty())
            return false;
    return true;
}

Result<std::unique_ptr<TableReader>> openTable(const QString& path, const ReaderOptions& options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return fail(QCoreApplication::translate("TableReader", "%1 does not exist or is not a file.").arg(path),
            QStringLiteral("file.missing"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("TableReader", "Cannot read %1: %2").arg(name, file.errorString()),
            QStringLiteral("file.unreadable"));
    const QByteArray head = file.read(4096);
    file.close();
    if (head.isEmpty())
        return fail(
            QCoreApplication::translate("TableReader", "%1 is empty (0 bytes); expected a table with a header row.").arg(name),
            QStringLiteral("file.empty"));

    auto wrap = [](auto result) -> Result<std::unique_ptr<TableReader>> {
        if (!result)
            return result.error();
        return std::unique_ptr<TableReader>(std::move(result.value()));
    };
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return wrap(XlsxReader::open(path, options));
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return wrap(XlsReader::open(path, options));
    if (head.startsWith("%PDF"))
        return fail(QCoreApplication::translate("TableReader",
                        "%1 is a PDF document; add it under Case files. Lists are "
                        "expected as .xlsx, .xls or .csv.")
                        .arg(name),
            QStringLiteral("file.pdf"));
    if (SpreadsheetMlReader::looksLikeSpreadsheetMl(head)) // before HTML: its <Table> looks like one
        return wrap(SpreadsheetMlReader::open(path, options));
    if (HtmlTableReader::looksLikeHtml(head))
        return wrap(HtmlTableReader::open(path, options));
    return wrap(CsvReader::open(path, options));
}

} // namespace cluedesk
