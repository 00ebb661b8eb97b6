#include "ingest/CsvReader.h"

#include "TestSupport.h"

#include <QTemporaryDir>

using namespace cluedesk;
using testing::readAll;
using testing::texts;

namespace {

QString writeTemp(QTemporaryDir& dir, const QByteArray& bytes, const QString& name = QStringLiteral("t.csv"))
{
    const QString path = dir.filePath(name);
    testing::writeFile(path, bytes);
    return path;
}

} // namespace

TEST_CASE("CSV encodings are detected", "[ingest][csv]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("姓名,身份证号码\r\n张三,330382198705061238\r\n");
    auto [label, bytes, encoding] = GENERATE_COPY(table<const char*, QByteArray, const char*>({
        {"utf-8 with BOM", QByteArray("\xEF\xBB\xBF") + text.toUtf8(), "utf-8"},
        {"utf-8", text.toUtf8(), "utf-8"},
        {"gb18030", testing::gb18030(text), "gb18030"},
        {"utf-16le with BOM", QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2),
            "utf-16le"},
    }));
    INFO(label);
    const QString path = writeTemp(dir, bytes);
    auto reader = CsvReader::open(path, {});
    REQUIRE(reader.ok());
    CHECK((*reader)->encoding() == QString::fromLatin1(encoding));
    const auto sheets = readAll(path);
    REQUIRE(sheets.front().rows.size() == 2);
    CHECK(texts(sheets.front().rows[0]) == QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号码")});
    CHECK(texts(sheets.front().rows[1]) == QStringList{QStringLiteral("张三"), QStringLiteral("330382198705061238")});
}

TEST_CASE("CSV delimiters are detected, also under a title line", "[ingest][csv]")
{
    QTemporaryDir dir;
    auto [delimiter, body] = GENERATE(table<char, const char*>({
        {',', "title,,,\na,b,c\n1,2,3\n4,5,6\n"},
        {'\t', "a\tb\tc\n1\t2\t3\n4\t5,5\t6\n"},
        {';', "Report\na;b;c\n1;2;3\n"},
        {'|', "a|b|c\n1|2|3\n"},
    }));
    const QString path = writeTemp(dir, QByteArray(body));
    auto reader = CsvReader::open(path, {});
    REQUIRE(reader.ok());
    CHECK((*reader)->delimiter() == QChar::fromLatin1(delimiter));
}

TEST_CASE("CSV quoting: embedded delimiters, quotes, newlines and Excel's =\"...\"", "[ingest][csv]")
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir,
        QByteArray("name,note,id\r\n"
                   "\"Li, Ming\",\"said \"\"hi\"\"\",=\"0330382198705061238\"\r\n"
                   "\"Wang\",\"line one\nline two\",x\r\n"
                   "last,row,no newline at end"));
    const auto rows = readAll(path).front().rows;
    REQUIRE(rows.size() == 4);
    CHECK(texts(rows[1]) ==
        QStringList{QStringLiteral("Li, Ming"), QStringLiteral("said \"hi\""), QStringLiteral("0330382198705061238")});
    CHECK(texts(rows[2]) == QStringList{QStringLiteral("Wang"), QStringLiteral("line one\nline two"), QStringLiteral("x")});
    CHECK(rows[2].number == 3); // a record is one row, however many lines its cells span
    CHECK(rows[3].number == 4);
    CHECK(texts(rows[3]).last() == QStringLiteral("no newline at end"));
}

TEST_CASE("CSV line endings: CRLF, LF and old Mac CR", "[ingest][csv]")
{
    QTemporaryDir dir;
    auto body = GENERATE(as<QByteArray>{}, "a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4\n", "a,b\r1,2\r3,4\r");
    const auto rows = readAll(writeTemp(dir, body)).front().rows;
    REQUIRE(rows.size() == 3);
    CHECK(texts(rows[2]) == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("an unclosed quote is reported and the rest of the file still reads", "[ingest][csv][broken]")
{
    QTemporaryDir dir;
    QByteArray body = "name,id\n\"Zhang,330382198705061238\n";
    for (int i = 0; i < 1500; ++i)
        body += "p" + QByteArray::number(i) + ",x\n";
    const auto rows = readAll(writeTemp(dir, body)).front().rows;
    REQUIRE(rows.size() == 1502);
    CHECK(rows[1].problemCode == QStringLiteral("csv.unclosed-quote"));
    CHECK(rows[1].problem.contains(QStringLiteral("quote")));
    CHECK(texts(rows[2]) == QStringList{QStringLiteral("p0"), QStringLiteral("x")});
    CHECK(rows.back().number == 1502);
}

TEST_CASE("a huge cell is cut and reported, not swallowed", "[ingest][csv][broken]")
{
    QTemporaryDir dir;
    const QByteArray huge(3 * 1024 * 1024, 'x');
    const QString path = writeTemp(dir, "a,b\n1," + huge + "\n2,ok\n");
    ReaderOptions options;
    options.maxCellChars = 1 << 20;
    const auto rows = readAll(path, options).front().rows;
    REQUIRE(rows.size() == 3);
    CHECK_FALSE(rows[1].problem.isEmpty());
    CHECK(rows[1].cells[1].text.size() <= options.maxCellChars);
    CHECK(texts(rows[2]) == QStringList{QStringLiteral("2"), QStringLiteral("ok")});
}

TEST_CASE("a GB18030 file larger than one read chunk decodes across the boundary", "[ingest][csv]")
{
    QTemporaryDir dir;
    QString text = QStringLiteral("姓名,备注\n");
    for (int i = 0; i < 60000; ++i)
        text += QStringLiteral("张三%1,困难群众救助对象\n").arg(i);
    const auto rows = readAll(writeTemp(dir, testing::gb18030(text))).front().rows;
    REQUIRE(rows.size() == 60001);
    for (const auto& r : rows)
        REQUIRE(r.problem.isEmpty());
    CHECK(texts(rows[59999]) == QStringList{QStringLiteral("张三59998"), QStringLiteral("困难群众救助对象")});
}

TEST_CASE("a wrong encoding forced by the officer shows up per row", "[ingest][csv][broken]")
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, testing::gb18030(QStringLiteral("姓名,号码\n张三,1\n")));
    ReaderOptions options;
    options.encoding = QStringLiteral("utf-8");
    const auto rows = readAll(path, options).front().rows;
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].problemCode == QStringLiteral("csv.bad-encoding"));
}

TEST_CASE("broken and foreign files give clear errors", "[ingest][broken]")
{
    QTemporaryDir dir;
    QByteArray junk(20000, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919 + 13) % 256);
    auto [name, bytes, code] = GENERATE_COPY(table<const char*, QByteArray, const char*>({
        {"empty.csv", QByteArray(), "file.empty"},
        {"junk.csv", junk, "file.binary"},
        {"scan.pdf", QByteArray("%PDF-1.4\n%junk"), "file.pdf"},
        {"fake.xlsx", QByteArray("PK\x03\x04 not really a zip at all"), "xlsx.bad-zip"},
        {"fake.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 truncated compound file"), "xls.unreadable"},
    }));
    INFO(name);
    const QString path = writeTemp(dir, bytes, QString::fromLatin1(name));
    auto reader = openTable(path);
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().code == QString::fromLatin1(code));
    CHECK(reader.error().message.contains(QString::fromLatin1(name).section(u'.', 0, 0))); // names the file
}
