#include "ingest/XlsxReader.h"
#include "ingest/XlsxWriter.h"

#include <QProcess>

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

TEST_CASE("xlsx written by openpyxl: shared strings, merged title, dates, an ID turned into a number", "[ingest][xlsx]")
{
    // tests/data/xlsx/make-xlsx-fixtures.py wrote it
    const auto all = readAll(testing::fixture(QStringLiteral("xlsx/openpyxl-shaped.xlsx")));
    REQUIRE(all.size() == 2);
    CHECK(all[0].sheet == QStringLiteral("名单"));
    CHECK(all[1].sheet == QStringLiteral("二"));
    const auto& rows = all[0].rows;
    REQUIRE(rows.size() == 4);
    CHECK(texts(rows[0]).first() == QStringLiteral("标题"));
    CHECK(texts(rows[2]) ==
        QStringList{QStringLiteral("A&B <x>"), QStringLiteral("330382198705061238"), QStringLiteral("2024-02-29")});
    CHECK(rows[2].cells[1].kind == Cell::Kind::Text);
    CHECK(rows[2].cells[2].kind == Cell::Kind::Date);
    CHECK(rows[3].cells[0].number == 12.5);
    CHECK(rows[3].cells[1].kind == Cell::Kind::Number); // the importer reports it as damaged
    CHECK(texts(all[1].rows.at(0)) == QStringList{QStringLiteral("x")});
}

TEST_CASE("damaged xlsx files: truncated zip, corrupt sheet data, missing parts", "[ingest][xlsx][broken]")
{
    QTemporaryDir dir;
    const QString good = testing::fixture(QStringLiteral("xlsx/openpyxl-20000-rows.xlsx"));
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
        QByteArray b = testing::readFile(testing::fixture(QStringLiteral("xlsx/openpyxl-shaped.xlsx")));
        b.replace("xl/workbook.xml", "xl/workbook.xmX");
        testing::writeFile(path, b);
        auto r = openTable(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("xlsx.not-workbook"));
    }
}

TEST_CASE("huge xlsx cell is cut and reported", "[ingest][xlsx][broken]")
{
    // two million characters in one cell, written by openpyxl (Excel itself stops at 32,767)
    const QString path = testing::fixture(QStringLiteral("xlsx/openpyxl-huge-cell.xlsx"));
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
    // a line break in a cell reads as a space, as the cell shows it on one line
    CHECK(texts(rows[2]) == QStringList{QStringLiteral("张 三"), QStringLiteral("330382198705061238"), QStringLiteral("A&B C")});
}

TEST_CASE("HTML tables: Extension B names, every entity, rowspans, unclosed cells", "[ingest][html]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xls"));
    // 𠀀 (U+20000) and 𪚥 (U+2A6A5) are outside the BMP: as numeric references, hexadecimal and
    // decimal, and written out directly.
    testing::writeFile(path,
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                       "<table border=1>"
                       "<tr><th rowspan=\"2\">乡镇</th><th colspan=\"2\">人员</th><th rowspan=2>备注</th></tr>"
                       "<tr><th>姓名</th><th>身份证号码</th></tr>"
                       "<tr><td rowspan=\"3\">乐成街道</td><td>王&#x20000;</td><td>330382198705061238</td>"
                       "<td>&lt;已核实&gt; &mdash; &copy;&euro;&hellip;</td></tr>"
                       "<tr><td>李&#173733;华</td><td>33038219870506125X<td>&frac12;&times;2"
                       "<tr><td>陈𠀀</td><td>330382198705061270</td><td></td></tr>"
                       "<tr><td>虹桥镇</td><td>赵<br/>敏</td><td>330382198705061297</td><td>&#39;引号&quot;</td></tr>"
                       "</table>"
                       "<table><tr><td>第二张表</td><td>其他</td></tr></table>"
                       "</body></html>")
            .toUtf8());
    const auto rows = readAll(path).front().rows;
    REQUIRE(rows.size() == 7);
    CHECK(texts(rows[0]) == QStringList{QStringLiteral("乡镇"), QStringLiteral("人员"), QString(), QStringLiteral("备注")});
    // the second header row: 乡镇 and 备注 span down into it
    CHECK(texts(rows[1]) ==
        QStringList{QStringLiteral("乡镇"), QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("备注")});
    CHECK(texts(rows[2]) ==
        QStringList{QStringLiteral("乐成街道"), QString::fromUcs4(U"王\U00020000"), QStringLiteral("330382198705061238"),
            QStringLiteral("<已核实> — ©€…")});
    // unclosed <td> and <tr> close themselves, as in a browser; the town repeats down its rowspan
    CHECK(texts(rows[3]) ==
        QStringList{QStringLiteral("乐成街道"), QString::fromUcs4(U"李\U0002A6A5华"), QStringLiteral("33038219870506125X"),
            QStringLiteral("½×2")});
    CHECK(texts(rows[4]) ==
        QStringList{QStringLiteral("乐成街道"), QString::fromUcs4(U"陈\U00020000"), QStringLiteral("330382198705061270")});
    CHECK(texts(rows[5]) ==
        QStringList{
            QStringLiteral("虹桥镇"), QStringLiteral("赵 敏"), QStringLiteral("330382198705061297"), QStringLiteral("'引号\"")});
    // a second table starts afresh: no span reaches into it
    CHECK(texts(rows[6]) == QStringList{QStringLiteral("第二张表"), QStringLiteral("其他")});
    CHECK(rows[6].number == 7);
}

TEST_CASE("Excel 2003 XML spreadsheets (SpreadsheetML) saved as .xls read sheet by sheet", "[ingest][spreadsheetml]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("低保名单.xls"));
    testing::writeFile(path,
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
            "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
            "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:html=\"http://www.w3.org/TR/REC-html40\">"
            "<Worksheet ss:Name=\"说明\"><Table><Row><Cell><Data ss:Type=\"String\">本表由系统导出</Data></Cell></Row></Table>"
            "</Worksheet>"
            "<Worksheet ss:Name=\"名单\"><Table ss:ExpandedColumnCount=\"5\"><Column ss:Width=\"80\"/>"
            "<Row><Cell ss:MergeAcross=\"4\"><Data ss:Type=\"String\">城乡低保名单</Data></Cell></Row>"
            "<Row><Cell><Data ss:Type=\"String\">乡镇</Data></Cell><Cell><Data ss:Type=\"String\">姓名</Data></Cell>"
            "<Cell><Data ss:Type=\"String\">身份证号码</Data></Cell><Cell><Data ss:Type=\"String\">月保障金额</Data></Cell>"
            "<Cell><Data ss:Type=\"String\">纳入日期</Data></Cell></Row>"
            "<Row><Cell ss:MergeDown=\"1\"><Data ss:Type=\"String\">乐成街道</Data></Cell>"
            "<Cell><Data ss:Type=\"String\">王&#x20000;</Data></Cell>"
            "<Cell><Data ss:Type=\"String\">330382198705061238</Data></Cell><Cell><Data ss:Type=\"Number\">450.5</Data></Cell>"
            "<Cell ss:StyleID=\"d\"><Data ss:Type=\"DateTime\">2023-03-05T00:00:00.000</Data></Cell></Row>"
            "<Row><Cell ss:Index=\"2\"><ss:Data ss:Type=\"String\"><html:B>李</html:B>华</ss:Data><Comment><Data>核</Data>"
            "</Comment></Cell><Cell><Data ss:Type=\"Number\">3.30382198705061E+17</Data></Cell>"
            "<Cell><Data ss:Type=\"Boolean\">1</Data></Cell></Row>"
            "<Row ss:Index=\"7\"><Cell ss:Index=\"3\"><Data ss:Type=\"Error\">#N/A</Data></Cell></Row>"
            "</Table></Worksheet></Workbook>")
            .toUtf8());
    auto reader = openTable(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->format() == QStringLiteral("spreadsheetml"));
    CHECK((*reader)->sheets() == QStringList{QStringLiteral("说明"), QStringLiteral("名单")});
    const auto all = readAll(path);
    REQUIRE(all.size() == 2);
    CHECK(texts(all[0].rows.at(0)) == QStringList{QStringLiteral("本表由系统导出")});
    const auto& rows = all[1].rows;
    REQUIRE(rows.size() == 5);
    CHECK(texts(rows[0]) == QStringList{QStringLiteral("城乡低保名单")});
    CHECK(texts(rows[1]) ==
        QStringList{QStringLiteral("乡镇"), QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("月保障金额"),
            QStringLiteral("纳入日期")});
    CHECK(rows[2].cells.at(1).text == QString::fromUcs4(U"王\U00020000"));
    CHECK(rows[2].cells.at(3).kind == Cell::Kind::Number);
    CHECK(rows[2].cells.at(3).number == 450.5);
    CHECK(rows[2].cells.at(4).kind == Cell::Kind::Date);
    CHECK(rows[2].cells.at(4).text == QStringLiteral("2023-03-05"));
    // the town is merged down into the next row; rich text is flattened; a comment is not a value
    CHECK(rows[3].cells.at(0).text == QStringLiteral("乐成街道"));
    CHECK(rows[3].cells.at(1).text == QStringLiteral("李华"));
    // an 18-digit ID stored as a number arrives as a number (and the importer calls it damaged)
    CHECK(rows[3].cells.at(2).kind == Cell::Kind::Number);
    CHECK(rows[3].cells.at(3).kind == Cell::Kind::Boolean);
    CHECK(rows[4].number == 7); // ss:Index skips rows
    CHECK(rows[4].cells.size() == 3);
    CHECK(rows[4].cells.at(2).kind == Cell::Kind::Error);
}

TEST_CASE("SpreadsheetML: a file that breaks off keeps the rows before and says where", "[ingest][spreadsheetml]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.xml"));
    QByteArray xml = QStringLiteral("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                                    "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"S\"><Table>")
                         .toUtf8();
    for (int i = 1; i <= 50; ++i)
        xml += QStringLiteral("<Row><Cell><Data ss:Type=\"String\">行%1</Data></Cell></Row>").arg(i).toUtf8();
    testing::writeFile(path, xml.left(xml.size() - 30));
    auto reader = openTable(path);
    REQUIRE(reader.ok());
    REQUIRE((*reader)->openSheet(0));
    TableRow row;
    int n = 0;
    while ((*reader)->next(row))
        ++n;
    CHECK(n == 49);
    REQUIRE((*reader)->error());
    CHECK((*reader)->error()->code == QStringLiteral("spreadsheetml.damaged"));
    CHECK((*reader)->error()->message.contains(QStringLiteral("cut.xml")));
    CHECK((*reader)->error()->message.contains(QStringLiteral("row 49")));
}

TEST_CASE("xlsx limits: a zip bomb is refused unread, a part that unpacks beyond its header stops", "[ingest][xlsx][broken]")
{
    // tests/data/xlsx/make-xlsx-fixtures.py: 300 MB of blanks in 300 KB
    auto bomb = openTable(testing::fixture(QStringLiteral("xlsx/bomb.xlsx")));
    REQUIRE(bomb.ok()); // the workbook and its names are small and read
    CHECK_FALSE((*bomb)->openSheet(0));
    REQUIRE((*bomb)->error());
    CHECK((*bomb)->error()->code == QStringLiteral("xlsx.too-large"));
    CHECK((*bomb)->error()->message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));

    // The sheet's header says 200 bytes: nothing beyond is inflated, and the sheet is reported as
    // breaking off there.
    const auto lying = readAll(testing::fixture(QStringLiteral("xlsx/lying-size.xlsx")));
    REQUIRE(lying.size() == 1);
    CHECK(lying[0].rows.size() < 5);
    REQUIRE(lying[0].error.has_value());
    CHECK(lying[0].error->code == QStringLiteral("xlsx.damaged-sheet"));
    CHECK(lying[0].error->message.contains(QStringLiteral("lying-size.xlsx")));
}

namespace {

// A workbook with this sheet XML, written part by part with Python's zipfile from the openpyxl
// fixture's other parts (a third-party writer for everything but the sheet under test).
void writeWithSheet(const QString& path, const QByteArray& sheet, const QByteArray& sharedStrings = {})
{
    // stdin: the sheet, then (after a NUL) the shared strings part, if any
    const QString script = QStringLiteral("import sys, zipfile\n"
                                          "src, dst = sys.argv[1], sys.argv[2]\n"
                                          "sheet, _, sst = sys.stdin.buffer.read().partition(b'\\0')\n"
                                          "with zipfile.ZipFile(src) as z: parts = {n: z.read(n) for n in z.namelist()}\n"
                                          "parts['xl/worksheets/sheet1.xml'] = sheet\n"
                                          "if sst: parts['xl/sharedStrings.xml'] = sst\n"
                                          "with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:\n"
                                          "    [z.writestr(n, d) for n, d in parts.items()]\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), script, testing::fixture(QStringLiteral("xlsx/openpyxl-20000-rows.xlsx")), path});
    REQUIRE(python.waitForStarted());
    python.write(sheet);
    if (!sharedStrings.isEmpty()) {
        python.write(QByteArray(1, '\0'));
        python.write(sharedStrings);
    }
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished());
    REQUIRE(python.exitCode() == 0);
}

} // namespace

TEST_CASE("xlsx limits: cell references beyond the last column are dropped, not overflowed", "[ingest][xlsx][broken]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refs.xlsx"));
    writeWithSheet(path,
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
        "<c r=\"ZZZZZZZZZZZZZZZZ1\" t=\"inlineStr\"><is><t>overflow</t></is></c>"
        "<c r=\"XFE1\" t=\"inlineStr\"><is><t>beyond</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>身份证号码</t></is></c></row>"
        "<row r=\"99999999999999999999\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
        "</sheetData></worksheet>");
    const auto rows = readAll(path).front().rows;
    REQUIRE(rows.size() == 2);
    CHECK(texts(rows[0]) == QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号码")});
    CHECK(rows[1].number == 2); // a row number beyond any sheet is taken as the next row
}

TEST_CASE("xlsx sheet XML: prefixes, rich text, phonetic hints, references, escapes and formulas", "[ingest][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shapes.xlsx"));
    // What other writers than Excel produce: a namespace prefix on every element, rich-text
    // runs with a phonetic guide, character references in decimal and hex (Extension B), an
    // OOXML _x000D_ escape, a formula with its cached value, CDATA, and no cell references.
    writeWithSheet(path,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
        "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:r><x:t>张</x:t></x:r><x:r><x:t xml:space=\"preserve\">三 "
        "</x:t></x:r><x:rPh><x:t>ZHANG</x:t></x:rPh></x:is></x:c>"
        "<x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>&#26472;&#x20000;&amp;&lt;</x:t></x:is></x:c>"
        "<x:c r=\"C1\" t=\"str\"><x:f>A1&amp;B1</x:f><x:v>a_x000D_b</x:v></x:c>"
        "<x:c r=\"D1\"><x:v><![CDATA[400.5]]></x:v></x:c></x:row>"
        "<x:row><x:c t=\"inlineStr\"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>"
        "</x:sheetData></x:worksheet>");
    const auto all = readAll(path);
    REQUIRE(all.size() == 1);
    CHECK_FALSE(all[0].error.has_value());
    const auto& rows = all[0].rows;
    REQUIRE(rows.size() == 2);
    CHECK(texts(rows[0]) ==
        QStringList{QStringLiteral("张三 "), QStringLiteral("杨") + QString::fromUcs4(U"\U00020000") + QStringLiteral("&<"),
            QStringLiteral("a\rb"), QStringLiteral("400.5")});
    CHECK(rows[0].cells[3].kind == Cell::Kind::Number);
    CHECK(rows[0].cells[3].number == 400.5);
    CHECK(rows[1].number == 2);
    CHECK(texts(rows[1]) == QStringList{QStringLiteral("甲"), QStringLiteral("7")});
}

TEST_CASE("xlsx sheet XML: entities declared in a DTD are never expanded", "[ingest][xlsx][broken]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laughs.xlsx"));
    // The "billion laughs": each entity ten of the one before; expanded, a gigabyte of text.
    QByteArray dtd = "<!DOCTYPE worksheet [<!ENTITY l0 \"ha\">";
    for (int i = 1; i <= 9; ++i) {
        dtd += QStringLiteral("<!ENTITY l%1 \"").arg(i).toUtf8();
        for (int k = 0; k < 10; ++k)
            dtd += QStringLiteral("&l%1;").arg(i - 1).toUtf8();
        dtd += "\">";
    }
    dtd += "]>";
    writeWithSheet(path,
        dtd +
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row>"
            "</sheetData></worksheet>");
    const auto all = readAll(path);
    REQUIRE(all.size() == 1);
    qsizetype longest = 0;
    for (const TableRow& row : all[0].rows)
        for (const Cell& c : row.cells)
            longest = std::max(longest, c.text.size());
    CHECK(longest < 100);
    // The row before the reference is read; the reference itself stops the sheet with a message.
    REQUIRE_FALSE(all[0].rows.empty());
    CHECK(texts(all[0].rows[0]) == QStringList{QStringLiteral("姓名")});
    REQUIRE(all[0].error.has_value());
    CHECK(all[0].error->code == QStringLiteral("xlsx.damaged-sheet"));
}

TEST_CASE("xlsx shared strings: rich text joined, phonetic guides left out, a missing index reported", "[ingest][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sst.xlsx"));
    writeWithSheet(path,
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c></row>"
        "</sheetData></worksheet>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">"
        "<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space=\"preserve\">三 </t></r><rPh sb=\"0\" "
        "eb=\"1\"><t>zhang</t></rPh></si>"
        "<si><t>a_x000D_b&amp;&#x20000;</t></si>"
        "<si><t/></si>"
        "</sst>");
    const auto all = readAll(path);
    REQUIRE(all.size() == 1);
    const auto& rows = all[0].rows;
    REQUIRE(rows.size() == 2);
    CHECK(texts(rows[0]) == QStringList{QStringLiteral("张三 "), QStringLiteral("a\rb&") + QString::fromUcs4(U"\U00020000")});
    CHECK(rows[0].problem.isEmpty());
    // Index 3 is beyond the three strings the part has: the row says so.
    CHECK(rows[1].problemCode == QStringLiteral("xlsx.bad-cell"));
    CHECK(rows[1].problem.contains(QStringLiteral("3")));
}

TEST_CASE("xlsx cell types: booleans, errors, ISO dates, unknown types and numbers in every form", "[ingest][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("types.xlsx"));
    writeWithSheet(path,
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c><c r=\"C1\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"D1\" t=\"d\"><v>2023-03-05T08:30:00.000</v></c><c r=\"E1\" t=\"x\"><v>12</v></c>"
        "<c r=\"F1\" t=\"s\"><v> 1 </v></c><c r=\"G1\" t=\"s\"><v>-1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"n\"><v>007</v></c><c r=\"B2\"><v>-42</v></c><c r=\"C2\"><v>1234567890123456</v></c>"
        "<c r=\"D2\"><v>3.30382198705061E+17</v></c><c r=\"E2\"><v>12abc</v></c><c r=\"F2\"><v>999999999999999</v></c></row>"
        "</sheetData></worksheet>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>甲</t></si><si><t>乙</t></si></sst>");
    const auto all = readAll(path);
    REQUIRE(all.size() == 1);
    const auto& rows = all[0].rows;
    REQUIRE(rows.size() == 2);
    const auto& a = rows[0].cells;
    REQUIRE(a.size() == 7);
    CHECK((a[0].kind == Cell::Kind::Boolean && a[0].number == 1.0));
    CHECK((a[1].kind == Cell::Kind::Boolean && a[1].number == 0.0));
    CHECK((a[2].kind == Cell::Kind::Error && a[2].text == QStringLiteral("#N/A")));
    CHECK((a[3].kind == Cell::Kind::Date && a[3].text == QStringLiteral("2023-03-05T08:30:00")));
    CHECK((a[4].kind == Cell::Kind::Number && a[4].number == 12.0));             // a type OOXML lacks: read as a number
    CHECK((a[5].kind == Cell::Kind::Text && a[5].text == QStringLiteral("乙"))); // index " 1 " with spaces
    CHECK(a[6].kind == Cell::Kind::Error);                                       // no string -1
    CHECK(rows[0].problemCode == QStringLiteral("xlsx.bad-cell"));
    const auto& b = rows[1].cells;
    REQUIRE(b.size() == 6);
    CHECK((b[0].kind == Cell::Kind::Number && b[0].number == 7.0 && b[0].text == QStringLiteral("007")));
    CHECK((b[1].kind == Cell::Kind::Number && b[1].number == -42.0));
    CHECK((b[2].kind == Cell::Kind::Number && b[2].number == 1234567890123456.0));
    CHECK((b[3].kind == Cell::Kind::Number && b[3].number == 330382198705061000.0));
    CHECK((b[4].kind == Cell::Kind::Text && b[4].text == QStringLiteral("12abc")));
    CHECK((b[5].kind == Cell::Kind::Number && b[5].number == 999999999999999.0));
    CHECK(rows[1].problem.isEmpty());
}
