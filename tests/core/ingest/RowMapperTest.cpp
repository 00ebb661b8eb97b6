#include "ingest/RowMapper.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/HeaderDetector.h"

#include "TestSupport.h"

#include <QJsonDocument>

using namespace cluedesk;

namespace {

TableRow row(qint64 n, const std::vector<Cell>& cells)
{
    TableRow r;
    r.number = n;
    r.cells = cells;
    return r;
}
Cell t(const char* s)
{
    return Cell::ofText(QString::fromUtf8(s));
}

struct Fixture {
    const DatasetType& type = *DatasetCatalog::builtIn().find(QStringLiteral("execution"));
    ColumnMapping mapping;
    Fixture()
    {
        mapping.headers = {QStringLiteral("执行案号"), QStringLiteral("申请执行人"), QStringLiteral("申请执行人证件号码"),
            QStringLiteral("被执行人"), QStringLiteral("被执行人证件号码"), QStringLiteral("执行标的"),
            QStringLiteral("结案日期"), QStringLiteral("承办人")};
        HeaderMatcher::match(mapping.headers, type, mapping.fieldColumn);
        mapping.headerRow = 1;
    }
    MappedRow map(const TableRow& r) const { return RowMapper(type, mapping, QDate(2024, 7, 1)).map(r); }
};

bool hasIssue(const MappedRow& m, const char* code)
{
    for (const RowIssue& i : m.issues)
        if (i.code == QString::fromLatin1(code))
            return true;
    return false;
}

} // namespace

TEST_CASE("a good row becomes a record with normalised values and both persons", "[ingest][rows]")
{
    Fixture f;
    const auto m = f.map(row(2,
        {t("（2023）浙0382执1号"), t("张 三 "), t("３３０３８２１９８７０５０６１２３８"), t("李四"), t("11010519491231002x"),
            t("12,000元"), Cell::ofDate(QStringLiteral("2023-05-06")), t("王法官")}));
    REQUIRE(m.verdict == MappedRow::Verdict::Record);
    REQUIRE(m.persons.size() == 2);
    CHECK(m.persons[0].role == QStringLiteral("applicant"));
    CHECK(m.persons[0].key == QStringLiteral("330382198705061238"));
    CHECK(m.persons[0].idWritten == QStringLiteral("３３０３８２１９８７０５０６１２３８")); // as written, kept
    CHECK(m.persons[0].name == QStringLiteral("张三"));
    CHECK(m.persons[1].key == QStringLiteral("11010519491231002X"));
    CHECK(m.data.value(QStringLiteral("amount")).toDouble() == 12000);
    CHECK(m.data.value(QStringLiteral("closure_date")).toString() == QStringLiteral("2023-05-06"));
    CHECK(m.extra.value(QStringLiteral("承办人")).toString() == QStringLiteral("王法官"));
    const QJsonObject stored = QJsonDocument::fromJson(RowMapper::recordJson(m.data.toJson(), m.extra)).object();
    CHECK(stored.value(QStringLiteral("amount")).toDouble() == 12000);
    CHECK(
        stored.value(QStringLiteral("extra")).toObject().value(QStringLiteral("承办人")).toString() == QStringLiteral("王法官"));
    CHECK(RowMapper::recordJson("{}", m.extra) == QByteArray(R"({"extra":{"承办人":"王法官"}})"));
}

TEST_CASE("an organisation as applicant is kept as a warning, the person row still imports", "[ingest][rows]")
{
    Fixture f;
    const auto m =
        f.map(row(3, {t("（2023）浙0382执2号"), t("乐清农商银行"), t("91330382MA2AB3CD4E"), t("李四"), t("11010519491231002X")}));
    CHECK(m.verdict == MappedRow::Verdict::Record);
    CHECK(hasIssue(m, "id.organisation"));
    REQUIRE(m.persons.size() == 1);
    CHECK(m.persons[0].role == QStringLiteral("respondent"));
}

TEST_CASE("rows without any valid person are rejected with the column named", "[ingest][rows]")
{
    Fixture f;
    const auto m = f.map(row(4,
        {t("（2023）浙0382执3号"), t("张三"), Cell::ofNumber(3.30382198705061e17, QStringLiteral("3.30382198705061E+17")),
            t("李四"), t("123")}));
    CHECK(m.verdict == MappedRow::Verdict::Rejected);
    CHECK(hasIssue(m, "id.damaged"));
    CHECK(hasIssue(m, "row.no-person"));
    bool named = false;
    for (const RowIssue& i : m.issues)
        named = named || i.column == QStringLiteral("C (申请执行人证件号码)");
    CHECK(named);
}

TEST_CASE("totals, notes, repeated headers and blank rows are told apart", "[ingest][rows]")
{
    Fixture f;
    CHECK(f.map(row(5, {})).verdict == MappedRow::Verdict::Blank);
    CHECK(f.map(row(5, {Cell{}, t("  ")})).verdict == MappedRow::Verdict::Blank);
    const auto total = f.map(row(6, {t("合计"), Cell{}, Cell{}, Cell{}, Cell{}, Cell::ofNumber(50000, QStringLiteral("50000"))}));
    CHECK(total.verdict == MappedRow::Verdict::Skipped);
    CHECK(hasIssue(total, "row.total"));
    const auto note = f.map(row(7, {t("制表人：张三"), Cell{}, Cell{}, t("审核：李四")}));
    CHECK(note.verdict == MappedRow::Verdict::Skipped);
    CHECK(hasIssue(note, "row.note"));
    const auto header = f.map(row(8, {t("执行案号"), t("申请执行人"), t("申请执行人证件号码"), t("被执行人")}));
    CHECK(hasIssue(header, "row.repeated-header"));
    TableRow broken = row(9, {t("x")});
    broken.problem = QStringLiteral("cell too long");
    broken.problemCode = QStringLiteral("cell.too-long");
    CHECK(f.map(broken).verdict == MappedRow::Verdict::Rejected);
}

TEST_CASE("unreadable dates and amounts warn but keep the text", "[ingest][rows]")
{
    Fixture f;
    const auto m = f.map(row(10, {t("x"), t("张三"), t("330382198705061238"), Cell{}, Cell{}, t("待定"), t("去年")}));
    CHECK(m.verdict == MappedRow::Verdict::Record);
    CHECK(hasIssue(m, "number.unreadable"));
    CHECK(hasIssue(m, "date.unreadable"));
    CHECK(m.data.value(QStringLiteral("closure_date_text")).toString() == QStringLiteral("去年"));
}
