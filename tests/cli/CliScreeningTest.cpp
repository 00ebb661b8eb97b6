// End-to-end: models, screen, clues and settings through the real binary.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "pool/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using testing::runCli;

namespace {

QString demoPool(QTemporaryDir& dir)
{
    const QString out = dir.filePath(QStringLiteral("demo"));
    const QString pool = dir.filePath(QStringLiteral("demo.pool"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--out"), out}).exitCode == 0);
    const QStringList manifest =
        QString::fromUtf8(testing::readFile(QDir(out).filePath(QStringLiteral("manifest.tsv")))).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : manifest) {
        const QStringList parts = line.split(u'\t');
        if (parts[0] == QLatin1String("casefile"))
            continue;
        REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"),
                           QStringLiteral("--quiet"), QStringLiteral("--type"), parts[0], QDir(out).filePath(parts[1])})
                    .exitCode == 0);
    }
    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("settings"),
                       QStringLiteral("county.prefix"), QStringLiteral("330382")})
                .exitCode == 0);
    return pool;
}

} // namespace

TEST_CASE("screen runs every enabled model and reports new, still present and gone", "[cli][screening]")
{
    QTemporaryDir dir;
    const QString pool = demoPool(dir);
    const auto first = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("screen")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("MODEL")));
    for (const char* m :
        {"uncompensated-victims-in-hardship", "unpaid-judgments-in-hardship", "social-assistance-recipients-eligible",
            "aided-without-social-assistance", "key-groups-in-proceedings", "pension-during-imprisonment", "bigamy",
            "frequent-litigants", "double-household-registration", "organised-false-litigation", "forest-subsidy-irregularities"})
        CHECK(first.out.contains(QString::fromLatin1(m)));
    // as many bigamists as the demo planted (its oracle), all new
    const QString bigamists =
        QString::number(cluedesk::DemoGenerator::generate().expectedClues.at(QStringLiteral("bigamy")).size());
    const QStringList line = first.out.split(u'\n').filter(QStringLiteral("bigamy")).first().simplified().split(u' ');
    CHECK(line.mid(1, 4) == QStringList{bigamists, bigamists, QStringLiteral("0"), QStringLiteral("0")});

    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("models"),
                       QStringLiteral("disable"), QStringLiteral("bigamy")})
                .exitCode == 0);
    // Nothing changed: no model runs again, and the note says which and why.
    const auto second = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("screen")});
    CHECK_FALSE(second.out.contains(QStringLiteral("bigamy")));
    const QStringList same =
        second.out.split(u'\n').filter(QStringLiteral("frequent-litigants")).first().simplified().split(u' ');
    CHECK(same.mid(1, 4) == QStringList{QStringLiteral("2"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
    const QString note = second.out.split(u'\n').filter(QStringLiteral("not run again")).value(0);
    CHECK(note.contains(QStringLiteral("frequent-litigants")));
    CHECK(note.contains(QStringLiteral("--force")));
    const auto forced =
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("screen"), QStringLiteral("--force")});
    const QStringList again =
        forced.out.split(u'\n').filter(QStringLiteral("frequent-litigants")).first().simplified().split(u' ');
    CHECK(again.mid(1, 4) == QStringList{QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("0")});
    CHECK_FALSE(forced.out.contains(QStringLiteral("not run again")));
    const auto list =
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("models"), QStringLiteral("list")});
    CHECK(list.out.split(u'\n').filter(QStringLiteral("bigamy")).first().contains(QStringLiteral(" no ")));
    CHECK(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("screen"), QStringLiteral("--model"),
                     QStringLiteral("nonsense")})
              .exitCode == 1);
}

TEST_CASE("clues export: required columns, masked IDs unless --full-ids", "[cli][screening]")
{
    QTemporaryDir dir;
    const QString pool = demoPool(dir);
    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("screen"),
                       QStringLiteral("--model"), QStringLiteral("bigamy")})
                .exitCode == 0);
    const auto csv = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("clues"),
        QStringLiteral("--model"), QStringLiteral("bigamy"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + qsizetype(cluedesk::DemoGenerator::generate().expectedClues.at(QStringLiteral("bigamy")).size()));
    for (const char* column : {"model", "id_number", "name", "grade", "status", "reason", "evidence"})
        CHECK(lines[0].split(u',').contains(QString::fromLatin1(column)));
    CHECK(lines[1].contains(QStringLiteral("********")));

    const QString jsonPath = dir.filePath(QStringLiteral("clues.json"));
    REQUIRE(
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("clues"), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--full-ids"), QStringLiteral("--out"), jsonPath})
            .exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(testing::readFile(jsonPath)).array();
    REQUIRE(all.size() == lines.size() - 1); // the bigamy clues, now with their IDs in full
    const QJsonObject c = all[0].toObject();
    CHECK(c.value(QStringLiteral("id_number")).toString().size() == 18);
    CHECK_FALSE(c.value(QStringLiteral("id_number")).toString().contains(u'*'));
    const QJsonArray evidence = c.value(QStringLiteral("evidence")).toArray();
    REQUIRE(evidence.size() == 2);
    CHECK(evidence[0].toObject().value(QStringLiteral("file")).toString() == QStringLiteral("婚姻登记信息.xlsx"));
    CHECK(evidence[0].toObject().value(QStringLiteral("row")).toInt() > 1);
    CHECK(evidence[0].toObject().value(QStringLiteral("sheet")).toString() == QStringLiteral("登记信息"));

    // Written clue by clue: on standard output the same; none found, an empty array.
    const auto piped = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("clues"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--full-ids")});
    REQUIRE(piped.exitCode == 0);
    CHECK(QJsonDocument::fromJson(piped.out.toUtf8()).array() == all);
    const auto none = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("clues"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--status"), QStringLiteral("corrected")});
    REQUIRE(none.exitCode == 0);
    CHECK(none.out == QStringLiteral("[\n]\n"));
    // A file that cannot be written is said so, and nothing is left of it.
    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/clues.csv"));
    const auto refused = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("clues"),
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), nowhere});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("cannot write %1").arg(nowhere)));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("models show, export, check and import an office model", "[cli][screening]")
{
    QTemporaryDir dir;
    const auto show = runCli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("models"), QStringLiteral("show"),
        QStringLiteral("pension-during-imprisonment")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(QStringLiteral("劳社厅函〔2001〕44号")));
    CHECK(show.out.contains(QStringLiteral("整月落在")));
    const QString file = dir.filePath(QStringLiteral("model.json"));
    REQUIRE(runCli({QStringLiteral("models"), QStringLiteral("export"), QStringLiteral("bigamy"), QStringLiteral("--out"), file})
                .exitCode == 0);

    // The office's copy: its own id, one more end-of-marriage word.
    QJsonObject model = QJsonDocument::fromJson(testing::readFile(file)).object();
    model.insert(QStringLiteral("id"), QStringLiteral("bigamy-local"));
    testing::writeFile(file, QJsonDocument(model).toJson());
    const auto check = runCli({QStringLiteral("models"), QStringLiteral("check"), file});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("bigamy-local")));

    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("models"), QStringLiteral("import"),
                       file})
                .exitCode == 0);
    const auto list =
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("models"), QStringLiteral("list")});
    CHECK(list.out.split(u'\n').filter(QStringLiteral("bigamy-local")).first().contains(QStringLiteral("office")));
    // A built-in id cannot be overwritten; a broken model is refused with its step named.
    testing::writeFile(file,
        QJsonDocument(QJsonDocument::fromJson(testing::readFile(file)).object()).toJson().replace("bigamy-local", "bigamy"));
    CHECK(runCli(
        {QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("models"), QStringLiteral("import"), file})
              .err.contains(QStringLiteral("built-in")));
    testing::writeFile(
        file, QByteArray(testing::readFile(file)).replace("\"from\": \"registrations\"", "\"from\": \"elsewhere\""));
    const auto bad = runCli({QStringLiteral("models"), QStringLiteral("check"), file});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("elsewhere")));
}

TEST_CASE("a word a command does not take is refused, not ignored", "[cli][screening]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("small.pool"));
    const QString csv = testing::writeCsv(dir.filePath(QStringLiteral("list.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张三"), QStringLiteral("330382198705061238")}});
    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"),
                       QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("subsistence"), csv})
                .exitCode == 0);
    // "screen MODEL" once ran every model, as if no model had been named
    const auto stray =
        runCli({QStringLiteral("--pool"), pool, QStringLiteral("screen"), QStringLiteral("key-groups-in-proceedings")});
    CHECK(stray.exitCode == 2);
    CHECK(stray.err.contains(QStringLiteral("unexpected argument \"key-groups-in-proceedings\"")));
    CHECK(stray.err.contains(QStringLiteral("cluedesk-cli screen --help")));
    {
        auto db = cluedesk::Database::open(pool, false);
        REQUIRE(db);
        CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM screening_runs")).toInt() == 0);
    }
    // commands that take words still do
    CHECK(runCli({QStringLiteral("--pool"), pool, QStringLiteral("models"), QStringLiteral("show"),
                     QStringLiteral("key-groups-in-proceedings")})
              .exitCode == 0);
    // and a pool that is not there says how one is made
    const auto missing = runCli({QStringLiteral("--pool"), dir.filePath(QStringLiteral("none.pool")), QStringLiteral("clues")});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.contains(QStringLiteral("A new pool is made by the first import into it")));
    CHECK_FALSE(missing.err.contains(QStringLiteral("--create")));
}
