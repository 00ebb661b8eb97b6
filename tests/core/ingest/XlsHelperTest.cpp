// The .xls reader runs FreeXL in a helper process: when the helper dies on a file, the import
// gets a clear error instead of ClueDesk going down.
#include "ingest/TableReader.h"
#include "ingest/XlsReader.h"

#include "TestSupport.h"

#include <QFile>

using namespace cluedesk;

TEST_CASE("a crashing .xls helper is reported, not fatal", "[ingest][xls]")
{
    QTemporaryDir dir;
    const QString helper = dir.filePath(QStringLiteral("crashing-helper"));
    testing::writeFile(helper, "#!/bin/sh\nkill -SEGV $$\n");
    QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray before = qgetenv("CLUEDESK_XLS_READER");
    qputenv("CLUEDESK_XLS_READER", helper.toUtf8());
    auto r = openTable(testing::fixture(QStringLiteral("office/victims-office.xls")));
    if (before.isEmpty())
        qunsetenv("CLUEDESK_XLS_READER");
    else
        qputenv("CLUEDESK_XLS_READER", before);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("xls.unreadable"));
    CHECK(r.error().message.contains(QStringLiteral("victims-office.xls")));
    CHECK(r.error().message.contains(QStringLiteral(".xlsx")));
}

TEST_CASE("a helper that stops in the middle of a sheet keeps the rows read and says so", "[ingest][xls]")
{
    QTemporaryDir dir;
    const QString helper = dir.filePath(QStringLiteral("half-helper"));
    // lists one sheet; for the sheet, sends one row, then dies
    testing::writeFile(helper,
        "#!/bin/sh\n"
        "if [ $# -eq 1 ]; then printf 'S 1\\nN 6\\nSheet1\\n'; exit 0; fi\n"
        "printf 'D 3 2\\nR 0\\nC 0 t 2\\nab\\nC 1 i 2\\n42\\nR 1\\n'\n"
        "kill -SEGV $$\n");
    QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("CLUEDESK_XLS_READER", helper.toUtf8());
    struct Restore {
        ~Restore() { qunsetenv("CLUEDESK_XLS_READER"); }
    } restore; // the helper is started again for each sheet
    auto r = openTable(testing::fixture(QStringLiteral("office/victims-office.xls")));
    REQUIRE(r.ok());
    REQUIRE((*r)->sheets() == QStringList{QStringLiteral("Sheet1")});
    REQUIRE((*r)->openSheet(0));
    TableRow row;
    REQUIRE((*r)->next(row));
    REQUIRE(row.cells.size() == 2);
    CHECK(row.cells[0].text == QStringLiteral("ab"));
    CHECK(row.cells[1].number == 42);
    (*r)->next(row);
    CHECK_FALSE((*r)->next(row));
    REQUIRE((*r)->error());
    CHECK((*r)->error()->code == QStringLiteral("xls.reader-crashed"));
}
