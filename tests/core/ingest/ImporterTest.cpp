#include "ingest/Importer.h"
#include "demo/DemoGenerator.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/XlsxWriter.h"
#include "pool/DatasetStore.h"

#include "TestSupport.h"

#include <QDir>

using namespace cluedesk;

namespace {

Result<ImportReport> importFiles(Pool& pool, const char* type, const QStringList& files, const ImportRequest& base = {})
{
    ImportRequest req = base;
    req.type = QString::fromLatin1(type);
    req.files = files;
    return Importer(pool, DatasetCatalog::forPool(pool)).run(req);
}

qint64 count(Pool& pool, const char* table)
{
    return pool.db().scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).toLongLong();
}

const std::vector<QStringList> kMessy = {
    {QStringLiteral("乐清市低保对象名册")},
    {QStringLiteral("序号"), QStringLiteral("户主姓名"), QStringLiteral("身份证号码"), QStringLiteral("保障类别"),
        QStringLiteral("纳入日期"), QStringLiteral("月保障金额"), QStringLiteral("联系电话")},
    {QStringLiteral("1"), QStringLiteral("张三 "), QStringLiteral("330382198705061238"), QStringLiteral("低保"),
        QStringLiteral("2023年3月5日"), QStringLiteral("620元"), QStringLiteral("13800000000")},
    {QStringLiteral("2"), QStringLiteral("陳麗華"), QStringLiteral("110105491231002"), QStringLiteral("特困"),
        QStringLiteral("2023/4/6"), QStringLiteral("1,200"), QString()},
    {QStringLiteral("3"), QStringLiteral("李四"), QStringLiteral("3.30382198705061E+17"), QStringLiteral("低保"),
        QStringLiteral("20230507"), QStringLiteral("600"), QString()},
    {},
    {QStringLiteral("4"), QStringLiteral("王五"), QStringLiteral("510101199003074519"), QStringLiteral("低保边缘"),
        QStringLiteral("2023.06.08"), QStringLiteral("500"), QString()},
    {QStringLiteral("5"), QStringLiteral("王五"), QStringLiteral("510101199003074519"), QStringLiteral("低保边缘"),
        QStringLiteral("2023.06.08"), QStringLiteral("500"), QString()},
    {QStringLiteral("6"), QStringLiteral("赵六"), QStringLiteral("33038219870506123X"), QStringLiteral("低保"),
        QStringLiteral("明年"), QStringLiteral("500"), QString()},
    {QStringLiteral("合计"), QStringLiteral("6户"), QString(), QString(), QString(), QStringLiteral("3420")},
    {},
    {},
};

} // namespace

TEST_CASE("a messy list imports what it can and keeps every other row with its reason", "[ingest][import]")
{
    testing::TempPool pool;
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("低保.csv")), kMessy);
    auto report = importFiles(*pool, "subsistence", {csv});
    INFO(report.errorMessage());
    REQUIRE(report.ok());
    CHECK(report->read == 8); // rows below the header, up to the last non-blank one
    CHECK(report->imported == 3);
    CHECK(report->rejected == 2);
    CHECK(report->skipped == 3); // a blank row between data, a copied row, the total
    CHECK(report->warned == 1);  // the upgraded 15-digit ID

    DatasetStore store(*pool);
    const auto rejected = store.issues({report->datasetId, {QStringLiteral("rejected")}});
    REQUIRE(rejected.size() == 2);
    CHECK(rejected[0].row == 5);
    CHECK(rejected[0].column == QStringLiteral("C (身份证号码)"));
    CHECK(rejected[0].original == QStringLiteral("3.30382198705061E+17"));
    CHECK(rejected[0].code == QStringLiteral("id.damaged"));
    CHECK(rejected[0].fileName == QStringLiteral("低保.csv"));
    CHECK(rejected[0].rowData.contains(QStringLiteral("李四"))); // the whole row is kept
    CHECK(rejected[1].row == 9);
    CHECK(rejected[1].code == QStringLiteral("id.invalid"));
    const auto all = store.issues({report->datasetId, {}});
    QStringList onRow9;
    for (const auto& i : all)
        if (i.row == 9)
            onRow9 << i.code;
    CHECK(onRow9.contains(QStringLiteral("date.unreadable"))); // every problem of a row is listed

    // The 15-digit ID became the 18-digit key; the text as written is kept beside it.
    Statement st = pool->db().prepare(QStringLiteral("SELECT %1, name, %2 FROM record_persons rp WHERE person_key = ?1")
                                          .arg(DatasetStore::idWrittenSql(u"rp"), DatasetStore::nameWrittenSql(u"rp")));
    st.bind(1, QStringLiteral("11010519491231002X"));
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("110105491231002"));
    CHECK(st.text(1) == QStringLiteral("陈丽华"));
    CHECK(st.text(2) == QStringLiteral("陳麗華"));
    const QString data = pool->db().scalar(QStringLiteral("SELECT data FROM records WHERE row_no = 3")).toString();
    CHECK(data.contains(QStringLiteral("\"start_date\":\"2023-03-05\"")));
    CHECK(data.contains(QStringLiteral("\"amount\":620")));
    CHECK(data.contains(QStringLiteral("\"联系电话\":\"13800000000\""))); // unmapped columns are kept
}

TEST_CASE("the same file is refused the second time and nothing changes", "[ingest][import]")
{
    testing::TempPool pool;
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("a.csv")), kMessy);
    REQUIRE(importFiles(*pool, "subsistence", {csv}).ok());
    const qint64 records = count(*pool, "records");
    // A copy under another name is still the same file.
    QFile::copy(csv, pool.file(QStringLiteral("copy.csv")));
    auto again = importFiles(*pool, "subsistence", {pool.file(QStringLiteral("copy.csv"))});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("import.duplicate-file"));
    CHECK(again.error().message.contains(QStringLiteral("a.csv")));
    CHECK(count(*pool, "records") == records);
    CHECK(count(*pool, "datasets") == 1);

    // In one request: a new file and its copy under another name (their digests are
    // worked out side by side). Nothing of the request is imported.
    const QString fresh = testing::writeCsv(pool.file(QStringLiteral("fresh.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("某人"), QStringLiteral("330382198705061238")}});
    QFile::copy(fresh, pool.file(QStringLiteral("fresh-copy.csv")));
    auto twice = importFiles(*pool, "subsistence", {fresh, pool.file(QStringLiteral("fresh-copy.csv"))});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == QStringLiteral("import.duplicate-file"));
    CHECK(twice.error().message.contains(QStringLiteral("fresh-copy.csv")));
    CHECK(count(*pool, "records") == records);
    CHECK(count(*pool, "datasets") == 1);
}

TEST_CASE("a newer list becomes the current version; older ones stay; withdrawing restores", "[ingest][import]")
{
    testing::TempPool pool;
    auto list = [&](const char* name, const char* id) {
        return testing::writeCsv(pool.file(QString::fromLatin1(name)),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("某人"), QString::fromLatin1(id)}});
    };
    ImportRequest may;
    may.asOf = QDate(2024, 5, 31);
    ImportRequest june;
    june.asOf = QDate(2024, 6, 30);
    const auto v1 = importFiles(*pool, "subsistence", {list("may.csv", "330382198705061238")}, may);
    const auto v2 = importFiles(*pool, "subsistence", {list("june.csv", "11010519491231002X")}, june);
    REQUIRE(v1.ok());
    REQUIRE(v2.ok());
    DatasetStore store(*pool);
    CHECK(store.currentVersions(QStringLiteral("subsistence")) == std::vector<qint64>{v2->datasetId});
    CHECK(store.list().size() == 2);
    CHECK(store.recordCount(v1->datasetId) == 1);
    // An older list imported later does not displace the newer one.
    ImportRequest april;
    april.asOf = QDate(2024, 4, 30);
    const auto v3 = importFiles(*pool, "subsistence", {list("april.csv", "510101199003074519")}, april);
    REQUIRE(v3.ok());
    CHECK(store.currentVersions(QStringLiteral("subsistence")) == std::vector<qint64>{v2->datasetId});
    // A town's own list is a separate stream with its own current version.
    ImportRequest town = june;
    town.stream = QStringLiteral("柳市镇");
    const auto v4 = importFiles(*pool, "subsistence", {list("town.csv", "440524188001010014")}, town);
    REQUIRE(v4.ok());
    CHECK(store.currentVersions(QStringLiteral("subsistence")) == std::vector<qint64>{v2->datasetId, v4->datasetId});
    REQUIRE(store.withdraw(v2->datasetId));
    CHECK(store.currentVersions(QStringLiteral("subsistence")) == std::vector<qint64>{v1->datasetId, v4->datasetId});
    CHECK_FALSE(store.withdraw(v2->datasetId)); // only once
}

TEST_CASE("one failing file fails the whole import and changes nothing", "[ingest][import]")
{
    testing::TempPool pool;
    const QString good = testing::writeCsv(pool.file(QStringLiteral("good.csv")), kMessy);
    const QString noHeader = testing::writeCsv(pool.file(QStringLiteral("noheader.csv")),
        {{QStringLiteral("甲"), QStringLiteral("乙")}, {QStringLiteral("1"), QStringLiteral("2")}});
    testing::writeFile(pool.file(QStringLiteral("broken.xlsx")), "PK\x03\x04garbage");
    for (const QString& bad : {noHeader, pool.file(QStringLiteral("broken.xlsx")), pool.file(QStringLiteral("missing.csv"))}) {
        INFO(bad);
        auto r = importFiles(*pool, "subsistence", {good, bad});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QFileInfo(bad).fileName()));
        CHECK(count(*pool, "datasets") == 0);
        CHECK(count(*pool, "records") == 0);
        CHECK(count(*pool, "import_issues") == 0);
        CHECK(count(*pool, "dataset_files") == 0);
    }
    auto unknown = importFiles(*pool, "no-such-type", {good});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("subsistence"))); // lists the known types
}

TEST_CASE("a cancelled import changes nothing", "[ingest][import]")
{
    testing::TempPool pool;
    std::vector<QStringList> rows = {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}};
    for (int i = 0; i < 10000; ++i)
        rows.push_back({QStringLiteral("人%1").arg(i), QStringLiteral("330382198705061238")});
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("big.csv")), rows);
    std::atomic_bool cancel{false};
    ImportRequest req;
    req.type = QStringLiteral("subsistence");
    req.files = {csv};
    int calls = 0;
    auto r = Importer(*pool, DatasetCatalog::builtIn())
                 .run(
                     req,
                     [&](ImportStage, double, qint64) {
                         if (++calls == 2)
                             cancel = true;
                     },
                     &cancel);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("import.cancelled"));
    CHECK(count(*pool, "datasets") == 0);
    CHECK(count(*pool, "records") == 0);
    // The import wrote into an empty pool without its indexes; cancelling brings them back, and
    // an import that finishes builds them again.
    const QString indexes = QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                           "('records_dataset', 'record_persons_dataset_person')");
    CHECK(pool->db().scalar(indexes).toInt() == 2);
    REQUIRE(Importer(*pool, DatasetCatalog::builtIn()).run(req).ok());
    CHECK(count(*pool, "records") == 10000);
    CHECK(pool->db().scalar(indexes).toInt() == 2);
}

TEST_CASE("a large first import says when it builds indexes and saves, and can be cancelled then", "[ingest][import]")
{
    testing::TempPool pool;
    std::vector<QStringList> rows = {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}};
    for (int i = 0; i < 20000; ++i)
        rows.push_back(
            {QStringLiteral("人%1").arg(i), testing::PoolBuilder::person(QDate(1940, 1, 1).addDays(i / 10), i % 10 + 1)});
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("big.csv")), rows);
    ImportRequest req;
    req.type = QStringLiteral("subsistence");
    req.files = {csv};
    const QString indexes = QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                           "('records_dataset', 'record_persons_dataset_person')");

    SECTION("the stages come in order, each with the rows read")
    {
        std::vector<ImportStage> stages;
        qint64 rowsAtEnd = -1;
        auto r = Importer(*pool, DatasetCatalog::builtIn()).run(req, [&](ImportStage stage, double, qint64 rows) {
            if (stages.empty() || stages.back() != stage)
                stages.push_back(stage);
            rowsAtEnd = rows;
        });
        REQUIRE(r.ok());
        CHECK(stages == std::vector<ImportStage>{ImportStage::Rows, ImportStage::Indexes, ImportStage::Saving});
        CHECK(rowsAtEnd == 20000);
        // A small list into a pool much larger: the indexes stay, so there is no such stage.
        stages.clear();
        req.files = {testing::writeCsv(pool.file(QStringLiteral("small.csv")), {rows[0], rows[1], rows[2]})};
        REQUIRE(Importer(*pool, DatasetCatalog::builtIn())
                    .run(req, [&](ImportStage stage, double, qint64) { stages.push_back(stage); })
                    .ok());
        CHECK(stages == std::vector<ImportStage>{ImportStage::Saving});
    }
    SECTION("cancelled while the indexes are built: nothing changes, the indexes are back")
    {
        std::atomic_bool cancel{false};
        auto r = Importer(*pool, DatasetCatalog::builtIn())
                     .run(
                         req,
                         [&](ImportStage stage, double, qint64) {
                             if (stage == ImportStage::Indexes)
                                 cancel = true; // the index build itself must notice
                         },
                         &cancel);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("import.cancelled"));
        CHECK(count(*pool, "records") == 0);
        CHECK(count(*pool, "datasets") == 0);
        CHECK(pool->db().scalar(indexes).toInt() == 2);
    }
}

TEST_CASE("several sheets: those with a header import, the others are noted", "[ingest][import]")
{
    testing::TempPool pool;
    const QString path = pool.file(QStringLiteral("two.xlsx"));
    XlsxWriter w(path);
    REQUIRE(w.beginSheet(QStringLiteral("城关")));
    w.addTextRow({QStringLiteral("姓名"), QStringLiteral("身份证号")});
    w.addTextRow({QStringLiteral("张三"), QStringLiteral("330382198705061238")});
    REQUIRE(w.beginSheet(QStringLiteral("说明")));
    w.addTextRow({QStringLiteral("本表仅供内部使用")});
    REQUIRE(w.beginSheet(QStringLiteral("柳市")));
    w.addTextRow({QStringLiteral("身份证号"), QStringLiteral("姓名")});
    w.addRow({XlsxWriter::Cell::t(QStringLiteral("11010519491231002X")), XlsxWriter::Cell::t(QStringLiteral("李四"))});
    REQUIRE(w.close());
    auto r = importFiles(*pool, "disabled", {path});
    REQUIRE(r.ok());
    CHECK(r->imported == 2);
    CHECK(r->sheets.size() == 2);
    CHECK(r->notes.join(u'\n').contains(QStringLiteral("说明")));
    ImportRequest one;
    one.sheet = QStringLiteral("柳市");
    testing::TempPool other;
    QFile::copy(path, other.file(QStringLiteral("two.xlsx")));
    auto only = importFiles(*other, "disabled", {other.file(QStringLiteral("two.xlsx"))}, one);
    REQUIRE(only.ok());
    CHECK(only->imported == 1);
    one.sheet = QStringLiteral("不存在");
    testing::TempPool third;
    QFile::copy(path, third.file(QStringLiteral("two.xlsx")));
    auto missing = importFiles(*third, "disabled", {third.file(QStringLiteral("two.xlsx"))}, one);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("柳市"))); // lists the sheets there are
}

TEST_CASE("an explicit column mapping, remembered for the next file of that layout", "[ingest][import]")
{
    testing::TempPool pool;
    auto file = [&](const char* name, const char* id) {
        return testing::writeCsv(pool.file(QString::fromLatin1(name)),
            {{QStringLiteral("证件"), QStringLiteral("户名"), QStringLiteral("备注")},
                {QString::fromLatin1(id), QStringLiteral("张三"), QString()}});
    };
    auto plain = importFiles(*pool, "subsistence", {file("a.csv", "330382198705061238")});
    REQUIRE_FALSE(plain.ok()); // 证件 alone names no ID column
    CHECK(plain.error().code == QStringLiteral("import.no-header"));

    auto mapping = MappingOverride::fromJson(
        R"({"header_row": 1, "columns": {"证件": "id_number", "B": "name"}})", QStringLiteral("m.json"));
    REQUIRE(mapping.ok());
    ImportRequest req;
    req.mapping = *mapping;
    auto mapped = importFiles(*pool, "subsistence", {file("a.csv", "330382198705061238")}, req);
    INFO(mapped.errorMessage());
    REQUIRE(mapped.ok());
    CHECK(mapped->imported == 1);
    CHECK(pool->db().scalar(QStringLiteral("SELECT name FROM record_persons")).toString() == QStringLiteral("张三"));

    auto next = importFiles(*pool, "subsistence", {file("b.csv", "11010519491231002X")});
    INFO(next.errorMessage());
    REQUIRE(next.ok());
    CHECK(next->imported == 1);
    CHECK(next->notes.join(u' ').contains(QStringLiteral("mapping")));

    auto badField = MappingOverride::fromJson(R"({"columns": {"证件": "passport"}})", QStringLiteral("m.json"));
    req.mapping = *badField;
    auto bad = importFiles(*pool, "subsistence", {file("c.csv", "510101199003074519")}, req);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("passport")));
    CHECK_FALSE(MappingOverride::fromJson("{not json", QStringLiteral("m.json")).ok());
}

TEST_CASE("the demo set imports completely, with exactly the planted problems", "[ingest][import][demo]")
{
    testing::TempPool pool;
    const DemoSet demo = DemoGenerator::generate();
    const QString dir = pool.file(QStringLiteral("demo"));
    REQUIRE(DemoGenerator::writeTo(dir, demo));
    qint64 rejected = 0;
    for (const DemoFile& f : demo.files) {
        auto r = importFiles(*pool, f.type.toLatin1().constData(), {QDir(dir).filePath(f.fileName)});
        INFO(f.fileName << ": " << r.errorMessage());
        REQUIRE(r.ok());
        CHECK(r->imported > 0);
        rejected += r->rejected;
    }
    DatasetStore store(*pool);
    CHECK(store.list(true).size() == 30); // one dataset per file of the demo set
    auto codes = [&](const char* severity) {
        QStringList c;
        for (const auto& i : store.issues({std::nullopt, {QString::fromLatin1(severity)}}))
            c << i.code;
        c.sort();
        return c;
    };
    CHECK(codes("rejected") ==
        QStringList{QStringLiteral("id.damaged"), QStringLiteral("id.invalid"), QStringLiteral("row.no-person")});
    CHECK(rejected == 3);
    CHECK(codes("skipped") ==
        QStringList{QStringLiteral("row.blank"), QStringLiteral("row.duplicate"), QStringLiteral("row.note"),
            QStringLiteral("row.total")});
}

TEST_CASE("a copy of a row is imported once and names where the row was first seen", "[ingest][duplicate]")
{
    testing::TempPool pool;
    const QStringList header{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("月保障金额")};
    const QString a = testing::PoolBuilder::person(QDate(1960, 3, 4), 1), b = testing::PoolBuilder::person(QDate(1970, 5, 6), 2);
    const QString first = testing::writeCsv(pool.file(QStringLiteral("一月.csv")),
        {header, {QStringLiteral("张三"), a, QStringLiteral("400")}, {QStringLiteral("李四"), b, QStringLiteral("450")},
            {QStringLiteral("张三"), a, QStringLiteral("400")}});
    const QString second = testing::writeCsv(pool.file(QStringLiteral("二月.csv")),
        {header, {QStringLiteral("李四"), b, QStringLiteral("450")}, {QStringLiteral("李四"), b, QStringLiteral("500")}});
    auto r = importFiles(*pool, "subsistence", {first, second});
    INFO(r.errorMessage());
    REQUIRE(r.ok());
    CHECK(r->imported == 3); // 张三, 李四 450, 李四 500
    CHECK(r->skipped == 2);
    std::map<qint64, QString> messages; // by row, in file order
    QStringList where;
    for (const ImportIssue& i : DatasetStore(*pool).issues({r->datasetId, {QStringLiteral("skipped")}})) {
        CHECK(i.code == QStringLiteral("row.duplicate"));
        where << QStringLiteral("%1:%2").arg(i.fileName).arg(i.row.value_or(0));
        messages[i.row.value_or(0)] = i.message;
    }
    CHECK(where == QStringList{QStringLiteral("一月.csv:4"), QStringLiteral("二月.csv:2")});
    CHECK(messages[4].contains(QStringLiteral("一月.csv row 2")));
    CHECK(messages[2].contains(QStringLiteral("一月.csv row 3")));
}

TEST_CASE("rows with something to report keep their place among thousands of clean ones", "[ingest][import]")
{
    // The import reads and writes a large sheet in batches on two threads; whatever the batch
    // boundaries, every row must come out where it was, with the same verdict as alone.
    testing::TempPool pool;
    const QStringList header{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("月保障金额")};
    std::vector<QStringList> rows{header};
    std::vector<std::pair<qint64, QString>> expectedIssues;                     // row, code
    std::vector<std::tuple<qint64, QString, QString, QString>> expectedRecords; // row, key, name, name as written
    const QString first = testing::PoolBuilder::person(QDate(1950, 1, 1), 1);
    for (int i = 0; i < 3000; ++i) {
        const qint64 rowNo = qint64(rows.size()) + 1;
        if (i > 0 && i % 97 == 5) {
            rows.push_back({});
            expectedIssues.emplace_back(rowNo, QStringLiteral("row.blank"));
        } else if (i > 0 && i % 89 == 7) {
            rows.push_back({QStringLiteral("甲"), first, QStringLiteral("400")});
            expectedIssues.emplace_back(rowNo, QStringLiteral("row.duplicate"));
        } else if (i % 101 == 9) {
            rows.push_back({QStringLiteral("无证%1").arg(i), QString(), QStringLiteral("400")});
            expectedIssues.emplace_back(rowNo, QStringLiteral("id.missing"));
        } else {
            const QString id = i == 0 ? first : testing::PoolBuilder::person(QDate(1950, 1, 1).addDays(i), i % 500 + 2);
            // Some names written in traditional characters: stored simplified, kept as written.
            const bool traditional = i % 50 == 3;
            const QString name = i == 0 ? QStringLiteral("甲") : QStringLiteral("陈人%1").arg(i);
            const QString written = traditional ? QStringLiteral("陳人%1").arg(i) : name;
            rows.push_back({written, id, QStringLiteral("400")});
            expectedRecords.emplace_back(rowNo, id, name, written);
        }
    }
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("大名单.csv")), rows);
    auto r = importFiles(*pool, "subsistence", {csv});
    INFO(r.errorMessage());
    REQUIRE(r.ok());
    CHECK(r->imported == qint64(expectedRecords.size()));

    std::vector<std::pair<qint64, QString>> issues;
    for (const ImportIssue& i : DatasetStore(*pool).issues({r->datasetId, {}}))
        issues.emplace_back(i.row.value_or(0), i.code);
    CHECK(issues == expectedIssues);

    std::vector<std::tuple<qint64, QString, QString, QString>> records;
    Statement st = pool->db().prepare(
        QStringLiteral("SELECT r.row_no, rp.person_key, rp.name, %1 FROM records r JOIN record_persons rp ON rp.record_id = r.id "
                       "ORDER BY r.id")
            .arg(DatasetStore::nameWrittenSql(u"rp")));
    while (st.step())
        records.emplace_back(st.int64(0), st.text(1), st.text(2), st.text(3));
    CHECK(records == expectedRecords);
}

TEST_CASE("a long .xls list, read on the writing thread, keeps every row in place", "[ingest][import][xls]")
{
    // .xls rows come from a helper process through a QProcess, which must be read on the thread
    // that started it: the import reads such a sheet without its second thread (CliImportTest
    // checks that Qt does not warn). The fixture was written by LibreOffice
    // (scripts/make-office-fixtures.py) by the rule below.
    testing::TempPool pool;
    std::vector<std::pair<qint64, QString>> expectedIssues, expectedRecords; // row and code, row and key
    for (int i = 0; i < 1200; ++i) {
        const qint64 rowNo = i + 2;
        if (i > 0 && i % 97 == 5)
            expectedIssues.emplace_back(rowNo, QStringLiteral("row.blank"));
        else if (i > 0 && i % 89 == 7)
            expectedIssues.emplace_back(rowNo, QStringLiteral("row.duplicate"));
        else
            expectedRecords.emplace_back(rowNo, testing::PoolBuilder::person(QDate(1950, 1, 1).addDays(i), i % 500 + 1));
    }
    auto r = importFiles(*pool, "subsistence", {testing::fixture(QStringLiteral("office/list-office.xls"))});
    INFO(r.errorMessage());
    REQUIRE(r.ok());
    CHECK(r->read == 1200);
    CHECK(r->imported == qint64(expectedRecords.size()));
    std::vector<std::pair<qint64, QString>> issues, records;
    for (const ImportIssue& i : DatasetStore(*pool).issues({r->datasetId, {}}))
        issues.emplace_back(i.row.value_or(0), i.code);
    CHECK(issues == expectedIssues);
    Statement st = pool->db().prepare(QStringLiteral(
        "SELECT r.row_no, rp.person_key FROM records r JOIN record_persons rp ON rp.record_id = r.id ORDER BY r.id"));
    while (st.step())
        records.emplace_back(st.int64(0), st.text(1));
    CHECK(records == expectedRecords);
}
