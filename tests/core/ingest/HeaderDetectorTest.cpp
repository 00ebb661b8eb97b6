#include "ingest/HeaderDetector.h"
#include "ingest/DatasetCatalog.h"

#include "TestSupport.h"

#include <QJsonDocument>

using namespace cluedesk;

namespace {

TableRow row(qint64 n, const QStringList& cells)
{
    TableRow r;
    r.number = n;
    for (const QString& c : cells)
        r.cells.push_back(c.isEmpty() ? Cell{} : Cell::ofText(c));
    return r;
}

const DatasetType& type(const char* id)
{
    const DatasetType* t = DatasetCatalog::builtIn().find(QString::fromLatin1(id));
    REQUIRE(t);
    return *t;
}

} // namespace

TEST_CASE("every built-in dataset type loads and names its persons", "[ingest][catalog]")
{
    const auto& catalog = DatasetCatalog::builtIn();
    const QStringList required = {"victims", "execution", "subsistence", "disabled", "poverty-monitoring", "children-in-distress",
        "women-in-need", "workers-in-difficulty", "medical-aid", "social-assistance", "judicial-aid", "petitions", "pension",
        "custody", "marriage"};
    for (const QString& id : required) {
        INFO(id);
        const DatasetType* t = catalog.find(id);
        REQUIRE(t);
        CHECK_FALSE(t->title.zh.isEmpty());
        CHECK_FALSE(t->title.en.isEmpty());
        REQUIRE_FALSE(t->persons.empty());
        for (const FieldDef& f : t->fields)
            CHECK_FALSE(f.title.zh.isEmpty());
    }
    CHECK(catalog.find(QStringLiteral("execution"))->person(QStringLiteral("respondent")));
    CHECK(catalog.find(QStringLiteral("marriage"))->persons.size() == 2);
}

TEST_CASE("a dataset type definition is validated with a message naming the problem", "[ingest][catalog]")
{
    auto bad = [](const char* json) {
        auto r = DatasetType::fromJson(QJsonDocument::fromJson(json).object());
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(bad(R"({"id":"Bad Id","title":"x"})").contains(QStringLiteral("Bad Id")));
    CHECK(bad(R"({"id":"t","title":"x","fields":[{"name":"a","kind":"colour","columns":["A"]}]})")
              .contains(QStringLiteral("colour")));
    CHECK(bad(R"({"id":"t","title":"x","fields":[{"name":"a","kind":"text","columns":["A"]}]})")
              .contains(QStringLiteral("person")));
    CHECK(bad(R"({"id":"t","title":"x","fields":[{"name":"a","kind":"text","columns":["A"]}],"persons":[{"role":"p","id":"a"}]})")
              .contains(QStringLiteral("kind id")));
    auto ok = DatasetType::fromJson(QJsonDocument::fromJson(R"({"id":"town-subsidy","title":{"zh":"乡镇补贴","en":"Town subsidy"},
        "fields":[{"name":"id","kind":"id","columns":["身份证号"]},{"name":"name","kind":"name","columns":["姓名"]}],
        "persons":[{"role":"person","id":"id","name":"name"}]})")
                                        .object());
    REQUIRE(ok.ok());
    CHECK(ok->title.text(Language::English) == QStringLiteral("Town subsidy"));
}

TEST_CASE("header names are normalised before matching", "[ingest][header]")
{
    CHECK(HeaderMatcher::normalise(u"身份证号码（必填）") == QStringLiteral("身份证号码"));
    CHECK(HeaderMatcher::normalise(u" *姓 名 ") == QStringLiteral("姓名"));
    CHECK(HeaderMatcher::normalise(u"执行标的(元)") == QStringLiteral("执行标的"));
    CHECK(HeaderMatcher::normalise(u"乡镇（街道）") == QStringLiteral("乡镇"));
}

TEST_CASE("the header is found below titles and notes", "[ingest][header]")
{
    const std::vector<TableRow> rows = {
        row(1, {QStringLiteral("2024年低保对象花名册")}),
        row(2, {QStringLiteral("填报单位：民政局"), QString(), QStringLiteral("日期：2024-06-30")}),
        row(3, {QStringLiteral("序号"), QStringLiteral("户主姓名"), QStringLiteral("公民身份号码"), QStringLiteral("保障类别")}),
        row(4, {QStringLiteral("1"), QStringLiteral("张三"), QStringLiteral("330382198705061238"), QStringLiteral("低保")}),
    };
    const auto g = HeaderDetector::detect(rows, type("subsistence"));
    REQUIRE(g);
    CHECK(g->mapping.headerRow == 3);
    CHECK(g->firstDataIndex == 3);
    CHECK(g->mapping.column(QStringLiteral("name")) == 1);
    CHECK(g->mapping.column(QStringLiteral("id_number")) == 2);
    CHECK(g->mapping.column(QStringLiteral("category")) == 3);
}

TEST_CASE("column names as different bureaus write them", "[ingest][header]")
{
    auto [typeId, header, field] = GENERATE(table<const char*, const char*, const char*>({
        {"subsistence", "身份证号", "id_number"},
        {"subsistence", "身份证号码", "id_number"},
        {"subsistence", "公民身份号码", "id_number"},
        {"subsistence", "证件号码", "id_number"},
        {"pension", "社会保障号码", "id_number"},
        {"victims", "被害人身份证号", "victim_id"},
        {"victims", "被害人身份证号码（18位）", "victim_id"},
        {"execution", "申请执行人证件号码", "applicant_id"},
        {"execution", "被执行人证件号码", "respondent_id"},
        {"marriage", "男方身份证号", "male_id"},
        {"subsistence", "户主姓名", "name"},
        {"social-assistance", "受救助人", "name"},
    }));
    INFO(header);
    const std::vector<TableRow> rows = {
        row(1, {QString::fromUtf8(header), QStringLiteral("序号"), QStringLiteral("联系电话"), QStringLiteral("备注")})};
    std::map<QString, int> fields;
    HeaderMatcher::match(HeaderDetector::atRow(rows, type(typeId), 1)->mapping.headers, type(typeId), fields);
    REQUIRE(fields.count(QString::fromLatin1(field)));
    CHECK(fields[QString::fromLatin1(field)] == 0);
}

TEST_CASE("with both 姓名 and 户主姓名 the ID belongs to 姓名", "[ingest][header]")
{
    std::map<QString, int> fields;
    HeaderMatcher::match(
        {QStringLiteral("户主姓名"), QStringLiteral("姓名"), QStringLiteral("身份证号码")}, type("subsistence"), fields);
    CHECK(fields[QStringLiteral("name")] == 1);
}

TEST_CASE("a two-row header with merged group cells", "[ingest][header]")
{
    const std::vector<TableRow> rows = {
        row(1,
            {QStringLiteral("执行案号"), QStringLiteral("申请执行人"), QString(), QStringLiteral("被执行人"), QString(),
                QStringLiteral("结案方式")}),
        row(2,
            {QString(), QStringLiteral("姓名"), QStringLiteral("证件号码"), QStringLiteral("姓名"), QStringLiteral("证件号码"),
                QString()}),
        row(3,
            {QStringLiteral("（2023）浙0382执1号"), QStringLiteral("张三"), QStringLiteral("330382198705061238"),
                QStringLiteral("李四"), QStringLiteral("11010519491231002X"), QStringLiteral("终结本次执行程序")}),
    };
    const auto g = HeaderDetector::detect(rows, type("execution"));
    REQUIRE(g);
    CHECK(g->mapping.headerRows == 2);
    CHECK(g->mapping.headerRow == 2);
    CHECK(g->firstDataIndex == 2);
    CHECK(g->mapping.column(QStringLiteral("applicant_name")) == 1);
    CHECK(g->mapping.column(QStringLiteral("applicant_id")) == 2);
    CHECK(g->mapping.column(QStringLiteral("respondent_name")) == 3);
    CHECK(g->mapping.column(QStringLiteral("respondent_id")) == 4);
    CHECK(g->mapping.column(QStringLiteral("closure_mode")) == 5);
}

TEST_CASE("no header without an ID column; types are suggested from the headers", "[ingest][header]")
{
    const std::vector<TableRow> noId = {row(1, {QStringLiteral("姓名"), QStringLiteral("保障类别"), QStringLiteral("乡镇")})};
    CHECK_FALSE(HeaderDetector::detect(noId, type("subsistence")));
    const std::vector<TableRow> marriage = {row(1,
        {QStringLiteral("业务类型"), QStringLiteral("登记日期"), QStringLiteral("男方姓名"), QStringLiteral("男方身份证号码"),
            QStringLiteral("女方姓名"), QStringLiteral("女方身份证号码")})};
    const auto ranked = HeaderDetector::suggestTypes(marriage, DatasetCatalog::builtIn());
    REQUIRE_FALSE(ranked.empty());
    CHECK(ranked.front().first == QStringLiteral("marriage"));
}
