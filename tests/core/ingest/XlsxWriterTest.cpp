// ClueDesk's xlsx exports are written with libxlsxwriter and read back here by openpyxl
// (python3-openpyxl), another program: what comes back must be what was written.
#include "ingest/XlsxWriter.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>

using namespace cluedesk;

namespace {

// Every sheet as openpyxl sees it: name, merged ranges, and each cell's value, type and format.
QJsonArray readWithOpenpyxl(const QString& path)
{
    const QString script = QStringLiteral(R"(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, datetime.datetime):
                v = v.date().isoformat()
            cells.append({"v": v, "type": type(c.value).__name__, "format": c.number_format})
        rows.append(cells)
    out.append({"name": ws.title, "merged": sorted(str(r) for r in ws.merged_cells.ranges), "rows": rows})
print(json.dumps(out))
)");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

TEST_CASE("xlsx exports are written by libxlsxwriter and read back by openpyxl as written", "[ingest][xlsx][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("线索.xlsx"));
    const QString longText(40000, u'长');
    {
        XlsxWriter w(path);
        REQUIRE(w.beginSheet(QStringLiteral("线索/2024[上]"), {10, 30}));
        w.addTextRow({QStringLiteral("乐清市人民检察院线索清单")});
        w.mergeCells(QStringLiteral("A1:D1"));
        w.addTextRow({QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("金额"), QStringLiteral("日期")});
        w.addRow({XlsxWriter::Cell::t(QStringLiteral("王&芳 <b>")), XlsxWriter::Cell::t(QStringLiteral("330382198705061238")),
            XlsxWriter::Cell::n(1234.5), XlsxWriter::Cell::d(QDate(2024, 2, 29))});
        w.addRow({}); // a blank row stays a row
        w.addRow({XlsxWriter::Cell::t(QStringLiteral("tab\there")),
            XlsxWriter::Cell::rawNumber(QStringLiteral("330382198705061238")), XlsxWriter::Cell::t(longText)});
        REQUIRE(w.beginSheet(QStringLiteral("线索/2024[上]"))); // the same name again
        w.addTextRow({QStringLiteral("x")});
        REQUIRE(w.close());
    }
    const QJsonArray book = readWithOpenpyxl(path);
    REQUIRE(book.size() == 2);
    const QJsonObject first = book[0].toObject();
    // Excel forbids / [ ] in sheet names; they become _ and a second sheet of the same name is numbered
    CHECK(first[QStringLiteral("name")].toString() == QStringLiteral("线索_2024_上_"));
    CHECK(book[1].toObject()[QStringLiteral("name")].toString() == QStringLiteral("线索_2024_上_ (2)"));
    CHECK(first[QStringLiteral("merged")].toArray() == QJsonArray{QStringLiteral("A1:D1")});
    const QJsonArray rows = first[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 5);
    const auto cell = [&](int r, int c) { return rows[r].toArray()[c].toObject(); };
    CHECK(cell(0, 0)[QStringLiteral("v")].toString() == QStringLiteral("乐清市人民检察院线索清单"));
    CHECK(cell(2, 0)[QStringLiteral("v")].toString() == QStringLiteral("王&芳 <b>"));
    // the ID is text, formatted as text, so Excel keeps its 18 digits
    CHECK(cell(2, 1)[QStringLiteral("v")].toString() == QStringLiteral("330382198705061238"));
    CHECK(cell(2, 1)[QStringLiteral("format")].toString() == QStringLiteral("@"));
    CHECK(cell(2, 2)[QStringLiteral("v")].toDouble() == 1234.5);
    CHECK(cell(2, 3)[QStringLiteral("v")].toString() == QStringLiteral("2024-02-29"));
    CHECK(cell(2, 3)[QStringLiteral("format")].toString() == QStringLiteral("yyyy-mm-dd"));
    CHECK(cell(3, 0)[QStringLiteral("v")].isNull());
    CHECK(cell(4, 0)[QStringLiteral("v")].toString() == QStringLiteral("tab\there"));
    // what Excel does to an ID typed into a general cell: a number that lost its last digits
    CHECK(cell(4, 1)[QStringLiteral("type")].toString() != QStringLiteral("str"));
    const double stored = cell(4, 1)[QStringLiteral("v")].toDouble();
    CHECK(std::abs(stored - 330382198705061238.0) < 1000);
    CHECK(QString::number(qint64(stored)) != QStringLiteral("330382198705061238"));
    // Excel's limit for one cell is 32,767 characters
    CHECK(cell(4, 2)[QStringLiteral("v")].toString() == longText.left(32767));
}

TEST_CASE("an xlsx export that cannot be written says so and leaves no file", "[ingest][xlsx][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/线索.xlsx"));
    XlsxWriter w(path);
    REQUIRE(w.beginSheet(QStringLiteral("S")));
    w.addTextRow({QStringLiteral("a")});
    const Status s = w.close();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("xlsx.write"));
    CHECK(s.error().message.contains(QStringLiteral("线索.xlsx")));
    CHECK_FALSE(QFile::exists(path));
}
