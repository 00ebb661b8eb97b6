#include "ingest/XlsxReader.h"
#include "ingest/XlsxWriter.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cluedesk;
using testing::readAll;
using testing::texts;

namespace {

const testing::SheetRows& sheetNamed(const std::vector<testing::SheetRows>& all, const QString& name)
{
    for (const auto& s : all)
        if (s.sheet == name)
            return s;
    FAIL("no sheet " << name);
    return all.front();
}

// The same content, written by LibreOffice as .xlsx and as .xls (see scripts/make-office-fixtures.py).
void checkOfficeFixture(const QString& path)
{
    const auto all = readAll(path);
    REQUIRE(all.size() == 3);
    CHECK(all[0].sheet == QStringLiteral("被害人名单"));
    CHECK(all[1].sheet == QStringLiteral("说明"));
    CHECK(all[2].sheet == QStringLiteral("第二批"));
    const auto& rows = all[0].rows;
    auto row = [&](qint64 n) -> const TableRow& {
        for (const auto& r : rows)
            if (r.number == n)
                return r;
        FAIL("no row " << n);
        return rows.front();
    };
    CHECK(texts(row(1)).first() == QStringLiteral("2023年乐清市刑事案件被害人名单")); // merged title cell
    CHECK(texts(row(3)) ==
        QStringList{QStringLiteral("序号"), QStringLiteral("案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
            QStringLiteral("被害人身份证号码"), QStringLiteral("受理日期"), QStringLiteral("案情摘要")});
    const TableRow& zhang = row(4);
    CHECK(zhang.cells[0].kind == Cell::Kind::Number);
    CHECK(zhang.cells[4].kind == Cell::Kind::Text);
    CHECK(zhang.cells[4].text == QStringLiteral("330382198705061238"));
    CHECK(zhang.cells[5].kind == Cell::Kind::Date); // a real date cell
    CHECK(zhang.cells[5].text.left(10) == QStringLiteral("2023-03-05"));
    CHECK(row(5).cells[3].text == QStringLiteral("陳麗華  ")); // spaces kept as written
    const Cell& damaged = row(6).cells[4];
    CHECK(damaged.kind == Cell::Kind::Number); // the ID typed into a number cell
    CHECK(damaged.number == Approx(3.30382198705061e17));
    CHECK(sheetNamed(all, QStringLiteral("第二批")).rows.size() == 3);
    CHECK(sheetNamed(all, QStringLiteral("第二批")).rows[2].cells[4].text ==
        QStringLiteral("３３０３８２２００８０２２９００１６"));
}

} // namespace

TEST_CASE("xlsx written by LibreOffice: shared strings, dates, numbers, several sheets", "[ingest][xlsx]")
{
    checkOfficeFixture(testing::fixture(QStringLiteral("office/victims-office.xlsx")));
}

TEST_CASE("xls (BIFF8) written by LibreOffice reads the same through FreeXL", "[ingest][xls]")
{
    checkOfficeFixture(testing::fixture(QStringLiteral("office/victims-office.xls")));
}

TEST_CASE("xlsx written by ClueDesk round-trips: inline strings, dates, merged title", "[ingest][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.xlsx"));
    XlsxWriter w(path);
    REQUIRE(w.beginSheet(QStringLiteral("名单")));
    w.addTextRow({QStringLiteral("标题")});
    w.mergeCells(QStringLiteral("A1:C1"));
    w.addTextRow({QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("日期")});
    w.addRow({XlsxWriter::Cell::t(QStringLiteral("A&B <x>")), XlsxWriter::Cell::t(QStringLiteral("330382198705061238")),
        XlsxWriter::Cell::d(QDate(2024, 2, 29))});
    w.addRow({XlsxWriter::Cell::n(12.5), XlsxWriter::Cell::rawNumber(QStringLiteral("330382198705061238"))});
    REQUIRE(w.endSheet());
    REQUIRE(w.beginSheet(QStringLiteral("二")));
    w.addTextRow({QStringLiteral("x")});
    REQUIRE(w.close());
    const auto all = readAll(path);
    REQUIRE(all.size() == 2);
    const auto& rows = all[0].rows;
    REQUIRE(rows.size() == 4);
    CHECK(texts(rows[2]) ==
        QStringList{QStringLiteral("A&B <x>"), QStringLiteral("330382198705061238"), QStringLiteral("2024-02-29")});
    CHECK(rows[2].cells[2].kind == Cell::Kind::Date);
    CHECK(rows[3].cells[0].number == 12.5);
    CHECK(rows[3].cells[1].kind == Cell::Kind::Number);
}

TEST_CASE("damaged xlsx files: truncated zip, corrupt sheet data, missing parts", "[ingest][xlsx][broken]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.xlsx"));
    {
        XlsxWriter w(good);
        REQUIRE(w.beginSheet(QStringLiteral("S")));
        w.addTextRow({QStringLiteral("姓名"), QStringLiteral("身份证号码")});
        for (int i = 0; i < 20000; ++i)
            w.addTextRow({QStringLiteral("人员%1").arg(i), QStringLiteral("%1").arg(i * 7919 % 1000003)});
        REQUIRE(w.close());
    }
    const QByteArray bytes = testing::readFile(good);

    SECTION("truncated to half: the central directory is gone")
    {
        const QString path = dir.filePath(QStringLiteral("half.xlsx"));
        testing::writeFile(path, bytes.left(bytes.size() / 2));
        auto r = openTable(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("xlsx.bad-zip"));
        CHECK(r.error().message.contains(QStringLiteral("half.xlsx")));
    }
    SECTION("corrupt bytes inside the compressed sheet: rows up to there, then a clear error")
    {
        QByteArray broken = bytes;
        const qsizetype at = broken.indexOf("xl/worksheets/sheet1.xml") + 2000;
        for (qsizetype i = at; i < at + 400; ++i)
            broken[i] = char(broken[i] ^ 0x5A);
        const QString path = dir.filePath(QStringLiteral("corrupt.xlsx"));
        testing::writeFile(path, broken);
        const auto all = readAll(path);
        REQUIRE(all.size() == 1);
        CHECK(all[0].rows.size() < 20001);
        REQUIRE(all[0].error.has_value());
        CHECK(all[0].error->code == QStringLiteral("xlsx.damaged-sheet"));
    }
    SECTION("a zip that is no workbook")
    {
        const QString path = dir.filePath(QStringLiteral("other.xlsx"));
        XlsxWriter w(path); // write only a sheet part, then break the workbook name
        REQUIRE(w.beginSheet(QStringLiteral("S")));
        REQUIRE(w.close());
        QByteArray b = testing::readFile(path);
        b.replace("xl/workbook.xml", "xl/workbook.xmX");
        testing::writeFile(path, b);
        auto r = openTable(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("xlsx.not-workbook"));
    }
}

TEST_CASE("huge xlsx cell is cut and reported", "[ingest][xlsx][broken]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.xlsx"));
    XlsxWriter w(path);
    REQUIRE(w.beginSheet(QStringLiteral("S")));
    w.addTextRow({QStringLiteral("a"), QString(2 * 1024 * 1024, u'字')});
    w.addTextRow({QStringLiteral("b"), QStringLiteral("ok")});
    REQUIRE(w.close());
    const auto rows = readAll(path).front().rows;
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[0].problem.isEmpty());
    CHECK(rows[0].cells[1].text.size() == (1 << 20));
    CHECK(rows[1].problem.isEmpty());
}

TEST_CASE("truncated xls is refused with a clear message", "[ingest][xls][broken]")
{
    QTemporaryDir dir;
    const QByteArray bytes = testing::readFile(testing::fixture(QStringLiteral("office/victims-office.xls")));
    const QString path = dir.filePath(QStringLiteral("cut.xls"));
    testing::writeFile(path, bytes.left(bytes.size() / 3));
    auto r = openTable(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("xls.unreadable"));
    CHECK(r.error().message.contains(QStringLiteral("cut.xls")));
}

TEST_CASE("an HTML table saved as .xls (web system exports) reads like a sheet", "[ingest][html]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xls"));
    testing::writeFile(path,
        testing::gb18030(QStringLiteral(
            "<html><head><meta charset=\"gbk\"></head><body><table>"
            "<tr><td colspan=\"3\">困难妇女名单</td></tr>"
            "<tr><th>姓名</th><th>身份证号码</th><th>备注</th></tr>"
            "<tr><td>张&nbsp;三</td><td style=\"mso-number-format:'\\@'\">330382198705061238</td><td>A&amp;B<br>C</td></tr>"
            "</table></body></html>")));
    auto reader = openTable(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->format() == QStringLiteral("html"));
    const auto rows = readAll(path).front().rows;
    REQUIRE(rows.size() == 3);
    CHECK(texts(rows[0]).first() == QStringLiteral("困难妇女名单"));
    CHECK(texts(rows[1]) == QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("备注")});
    CHECK(texts(rows[2]) == QStringList{QStringLiteral("张 三"), QStringLiteral("330382198705061238"), QStringLiteral("A&BC")});
}
