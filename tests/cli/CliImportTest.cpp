// End-to-end: the real cluedesk-cli binary on real files.
#include "ingest/XlsxWriter.h"
#include "pool/Database.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using testing::runCli;

TEST_CASE("every command answers --help and the overview lists them", "[cli]")
{
    const auto overview = runCli({QStringLiteral("--help")});
    CHECK(overview.exitCode == 0);
    const QStringList commands = {QStringLiteral("datasets types"), QStringLiteral("datasets list"),
        QStringLiteral("datasets show"), QStringLiteral("datasets withdraw"), QStringLiteral("datasets add-type"),
        QStringLiteral("import"), QStringLiteral("rejects"), QStringLiteral("rejects match"), QStringLiteral("rejects dismiss"),
        QStringLiteral("inspect"), QStringLiteral("demo")};
    for (const QString& c : commands) {
        INFO(c);
        CHECK(overview.out.contains(c));
        const auto help = runCli(c.split(u' ') + QStringList{QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("Usage: cluedesk-cli")));
        CHECK(help.out.contains(c));
    }
    const auto version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("cluedesk-cli ")));
}

TEST_CASE("failures give one line on stderr and a non-zero exit", "[cli]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    auto check = [](const testing::CliRun& r, int code, const char* needle) {
        INFO(r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.err.trimmed().count(u'\n') == 0);
        CHECK(r.err.contains(QString::fromUtf8(needle)));
    };
    check(runCli({QStringLiteral("frobnicate")}), 2, "unknown command");
    check(runCli({QStringLiteral("datasets")}), 2, "needs a subcommand");
    check(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"), QStringLiteral("x.csv")}),
        2, "--type");
    check(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"), QStringLiteral("--type"),
              QStringLiteral("victims"), dir.filePath(QStringLiteral("missing.csv"))}),
        1, "missing.csv");
    check(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), dir.filePath(QStringLiteral("none.pool")),
              QStringLiteral("datasets"), QStringLiteral("list")}),
        1, "no pool");
    check(runCli({QStringLiteral("import"), QStringLiteral("--bogus")}), 2, "bogus");
}

TEST_CASE("import, datasets list and rejects in csv and json", "[cli]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    const QString csv = testing::writeCsv(dir.filePath(QStringLiteral("困难职工.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("困难原因")},
            {QStringLiteral("张三"), QStringLiteral("330382198705061238"), QStringLiteral("患病")},
            {QStringLiteral("李四"), QStringLiteral("330382198705061239"), QStringLiteral("失业")},
            {QStringLiteral("合计"), QStringLiteral("2人")}});
    const auto imp = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"),
        QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("workers-in-difficulty"), QStringLiteral("--as-of"),
        QStringLiteral("2024-06-30"), csv});
    INFO(imp.err.toStdString());
    REQUIRE(imp.exitCode == 0);
    CHECK(imp.out.contains(QStringLiteral("Rows read 3, imported 1, rejected 1, skipped 1")));
    CHECK(imp.out.contains(QStringLiteral("id.invalid")));

    const auto list =
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("datasets"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("workers-in-difficulty")));
    CHECK(list.out.contains(QStringLiteral("2024-06-30")));
    CHECK(list.out.contains(QStringLiteral("3/1/1/1")));
    CHECK(list.out.contains(QStringLiteral("困难职工.csv")));
    // workers in difficulty come quarterly: a list as of mid-2024 is long out of date
    const qint64 overdue = QDate(2024, 6, 30).daysTo(QDate::currentDate()) - 92;
    CHECK(list.out.contains(QStringLiteral("OUT OF DATE: updated quarterly, %1 days overdue").arg(overdue)));
    // a subsistence list of this month is not
    const QString fresh = testing::writeCsv(dir.filePath(QStringLiteral("低保.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张三"), QStringLiteral("330382198705061238")}});
    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"),
                       QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("subsistence"), fresh})
                .exitCode == 0);
    const auto list2 =
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("datasets"), QStringLiteral("list")});
    CHECK(list2.out.count(QStringLiteral("OUT OF DATE")) == 1);

    const auto csvOut = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("rejects"),
        QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csvOut.exitCode == 0);
    const QStringList lines = csvOut.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    INFO(csvOut.out.toStdString());
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].endsWith(
        QStringLiteral("id,dataset,file,sheet,row,column,original,severity,code,reason,row_data,possible_matches,decision")));
    CHECK(lines[1].contains(QStringLiteral(",1,困难职工.csv,,3,B (身份证号码),330382198705061239,rejected,id.invalid,")));

    const QString jsonPath = dir.filePath(QStringLiteral("rejects.json"));
    const auto jsonOut = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("rejects"),
        QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), jsonPath});
    REQUIRE(jsonOut.exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(testing::readFile(jsonPath)).array();
    REQUIRE(all.size() == 2);
    CHECK(all[1].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("row.total"));
    CHECK(all[0].toObject().value(QStringLiteral("row")).toInt() == 3);
    CHECK(all[0].toObject().value(QStringLiteral("row_data")).toArray().at(0).toString() == QStringLiteral("李四"));
}

TEST_CASE("rejects carries possible matches; rejects match links a row only when told", "[cli][match]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    const QString person = testing::PoolBuilder::person(QDate(1975, 3, 12), 41);
    QString swapped = person; // the 15th and 16th characters swapped, as a typist would
    int at = 14;
    while (swapped[at] == swapped[at + 1])
        ++at;
    std::swap(swapped[at], swapped[at + 1]);
    const QString subsistence = testing::writeCsv(dir.filePath(QStringLiteral("低保.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("王芳"), person}});
    const QString pension = testing::writeCsv(dir.filePath(QStringLiteral("养老金.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月")},
            {QStringLiteral("王芳"), swapped, QStringLiteral("202304")},
            {QStringLiteral("赵敏"), swapped, QStringLiteral("202304")}});
    const QStringList global = {QStringLiteral("--plain"), QStringLiteral("--pool"), pool};
    REQUIRE(runCli(global +
                QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"),
                    QStringLiteral("subsistence"), subsistence})
                .exitCode == 0);
    REQUIRE(runCli(global +
                QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"),
                    QStringLiteral("pension"), pension})
                .exitCode == 0);
    const auto json = runCli(global + QStringList{QStringLiteral("rejects"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 2);
    const QJsonObject wang = rows[0].toObject(), zhao = rows[1].toObject();
    const QJsonArray found = wang.value(QStringLiteral("possible_matches")).toArray();
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value(QStringLiteral("id")).toString() == person);
    CHECK(found[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("王芳"));
    CHECK(found[0].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("swapped")));
    CHECK(zhao.value(QStringLiteral("possible_matches")).toArray().isEmpty()); // another name: no match
    const QString wangRow = QString::number(wang.value(QStringLiteral("id")).toInteger());
    const QString zhaoRow = QString::number(zhao.value(QStringLiteral("id")).toInteger());

    const auto list = runCli(global + QStringList{QStringLiteral("rejects"), QStringLiteral("match"), wangRow});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(person));
    const auto wrong = runCli(
        global + QStringList{QStringLiteral("rejects"), QStringLiteral("match"), zhaoRow, QStringLiteral("--person"), person});
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QStringLiteral("not one of the possible matches")));
    const auto linked = runCli(
        global + QStringList{QStringLiteral("rejects"), QStringLiteral("match"), wangRow, QStringLiteral("--person"), person});
    INFO(linked.err.toStdString());
    CHECK(linked.exitCode == 0);
    CHECK(linked.out.contains(QStringLiteral("Linked to")));
    CHECK(runCli(global + QStringList{QStringLiteral("rejects"), QStringLiteral("dismiss"), zhaoRow}).exitCode == 0);
    const auto csv = runCli(global + QStringList{QStringLiteral("rejects"), QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].contains(QStringLiteral("linked to ") + person));
    CHECK(lines[2].contains(QStringLiteral("dismissed")));
    const auto audit = runCli(global + QStringList{QStringLiteral("audit"), QStringLiteral("list")});
    CHECK(audit.out.contains(QStringLiteral("reject.match")));
    CHECK(audit.out.contains(QStringLiteral("reject.dismiss")));
}

TEST_CASE("datasets types lists the catalogue, and an office type can be added", "[cli]")
{
    QTemporaryDir dir;
    const auto types = runCli({QStringLiteral("datasets"), QStringLiteral("types")});
    REQUIRE(types.exitCode == 0);
    for (const char* id : {"victims", "execution", "pension", "custody", "marriage", "judicial-aid"})
        CHECK(types.out.contains(QString::fromLatin1(id)));
    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    const QString def = dir.filePath(QStringLiteral("type.json"));
    testing::writeFile(def, R"({"id":"town-subsidy","title":{"zh":"乡镇临时补贴","en":"Town subsidy"},
        "fields":[{"name":"id_number","kind":"id","columns":["身份证号码"]},{"name":"name","kind":"name","columns":["姓名"]},
                  {"name":"amount","kind":"amount","columns":["补贴金额"]}],
        "persons":[{"role":"person","id":"id_number","name":"name"}]})");
    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("datasets"),
                       QStringLiteral("add-type"), def})
                .exitCode == 0);
    const QString csv = testing::writeCsv(dir.filePath(QStringLiteral("补贴.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("补贴金额")},
            {QStringLiteral("张三"), QStringLiteral("330382198705061238"), QStringLiteral("300元")}});
    const auto imp = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"),
        QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("town-subsidy"), csv});
    INFO(imp.err.toStdString());
    CHECK(imp.exitCode == 0);
    CHECK(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("datasets"), QStringLiteral("types")})
              .out.contains(QStringLiteral("town-subsidy")));
}

TEST_CASE("demo writes every type, and the files import", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("demo"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--out"), out}).exitCode == 0);
    const QStringList all =
        QString::fromUtf8(testing::readFile(QDir(out).filePath(QStringLiteral("manifest.tsv")))).split(u'\n', Qt::SkipEmptyParts);
    QStringList manifest;
    for (const QString& line : all)
        if (!line.startsWith(QLatin1String("casefile\t")))
            manifest << line;
    CHECK(manifest.size() == 30); // one file per built-in dataset type
    CHECK(all.size() == 33);      // and three case documents
    const QString pool = dir.filePath(QStringLiteral("demo.pool"));
    for (const QString& line : manifest) {
        const QStringList parts = line.split(u'\t');
        const auto r = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"),
            QStringLiteral("--quiet"), QStringLiteral("--type"), parts[0], QDir(out).filePath(parts[1])});
        INFO(line << r.err);
        CHECK(r.exitCode == 0);
    }
}

TEST_CASE("killing the CLI mid-import leaves the pool as it was", "[cli][crash]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    const QString small = testing::writeCsv(dir.filePath(QStringLiteral("small.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张三"), QStringLiteral("330382198705061238")}});
    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"),
                       QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("subsistence"), small})
                .exitCode == 0);
    std::vector<QStringList> rows = {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("保障类别")}};
    for (int i = 0; i < 300000; ++i)
        rows.push_back({QStringLiteral("人员%1").arg(i), QStringLiteral("11010519491231002X"), QStringLiteral("低保%1").arg(i)});
    const QString big = testing::writeCsv(dir.filePath(QStringLiteral("big.csv")), rows);

    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess p;
        p.start(QStringLiteral(CLUEDESK_CLI),
            {QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"), QStringLiteral("--type"),
                QStringLiteral("disabled"), big});
        REQUIRE(p.waitForStarted());
        // Wait until rows are being written, then kill without warning.
        QByteArray err;
        for (int i = 0; i < 600 && !err.contains("%"); ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QThread::msleep(50 + 150 * attempt);
        p.kill();
        p.waitForFinished();
        INFO("attempt " << attempt << " stderr: " << QString::fromUtf8(err));
        REQUIRE(p.exitStatus() == QProcess::CrashExit);

        auto db = cluedesk::Database::open(pool, false);
        CHECK(db->scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM datasets")).toInt() == 1);
        CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM records")).toInt() == 1);
        CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM dataset_files")).toInt() == 1);
    }
    // And the interrupted file can then be imported for real.
    const auto r = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"),
        QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("disabled"), big});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("imported 300000")));
}

TEST_CASE("a long .xls list imports without Qt warning about threads", "[cli][xls]")
{
    // The rows of an .xls come through a QProcess, whose notifiers belong to the thread that
    // started it; read on the import's second thread, Qt printed "QSocketNotifier: Socket
    // notifiers cannot be enabled or disabled from another thread" for this very file.
    QTemporaryDir dir;
    int blanks = 0, copies = 0; // the fixture's rule (scripts/make-office-fixtures.py)
    for (int i = 1; i < 1200; ++i) {
        blanks += i % 97 == 5 ? 1 : 0;
        copies += i % 97 != 5 && i % 89 == 7 ? 1 : 0;
    }
    const auto imp = runCli(
        {QStringLiteral("--plain"), QStringLiteral("--pool"), dir.filePath(QStringLiteral("p.pool")), QStringLiteral("import"),
            QStringLiteral("--type"), QStringLiteral("subsistence"), testing::fixture(QStringLiteral("office/list-office.xls"))});
    INFO(imp.err.toStdString());
    REQUIRE(imp.exitCode == 0);
    CHECK(imp.out.contains(
        QStringLiteral("Rows read 1200, imported %1, rejected 0, skipped %2").arg(1200 - blanks - copies).arg(blanks + copies)));
    CHECK_FALSE(imp.err.contains(QLatin1String("thread")));
}
