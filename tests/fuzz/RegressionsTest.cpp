// Replays every input the fuzzers once crashed on (tests/fuzz/regressions/<target>/) and a set
// of hand-made broken inputs through the same code the fuzz targets run: none may crash, and
// each must come to the outcome written down for it (tests/fuzz/regressions/outcomes.tsv), so a
// parser that starts to accept garbage, or to refuse what it read, is noticed.
#include "FuzzInputs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <catch2/catch.hpp>
#include <map>

using namespace cluedesk;

namespace {

const QString kDir = QStringLiteral(CLUEDESK_SOURCE_DIR "/tests/fuzz/regressions");

QString outcomeOf(const QString& target, const QByteArray& bytes)
{
    if (target == QLatin1String("model"))
        return fuzz::readModel(bytes);
    if (target == QLatin1String("id"))
        return fuzz::readId(bytes);
    if (target == QLatin1String("keyring"))
        return fuzz::readKeyring(bytes);
    if (target == QLatin1String("pool"))
        return fuzz::readEncryptedPool(bytes);
    return fuzz::readTable(bytes, target.toLatin1().constData());
}

// target/file -> outcome; lines starting with # are comments.
std::map<QString, QString> expectedOutcomes()
{
    std::map<QString, QString> out;
    QFile f(kDir + QStringLiteral("/outcomes.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        REQUIRE(parts.size() == 2);
        out[parts[0]] = parts[1];
    }
    return out;
}

} // namespace

TEST_CASE("inputs that once crashed a parser come to the outcome written down for them", "[fuzz]")
{
    const auto expected = expectedOutcomes();
    int replayed = 0;
    QDirIterator it(kDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).dir() == QDir(kDir))
            continue; // the outcomes file itself
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString target = QFileInfo(path).dir().dirName();
        const QString name = target + u'/' + QFileInfo(path).fileName();
        INFO(name.toStdString());
        const auto want = expected.find(name);
        const QString got = outcomeOf(target, f.readAll());
        INFO("outcome: " << got.toStdString());
        REQUIRE(want != expected.end()); // every kept input says what it must come to
        CHECK(got == want->second);
        ++replayed;
    }
    CHECK(replayed == int(expected.size())); // and every outcome written down has its input
    CHECK(replayed >= 2);
}

TEST_CASE("hand-made broken inputs for every fuzzed parser", "[fuzz]")
{
    struct Case {
        QByteArray bytes;
        const char* suffix;
        QString outcome;
    };
    // What each must come to, by what the bytes are: an empty file is refused by every reader,
    // a zip or OLE signature without a body is a damaged workbook, text is a CSV.
    const Case tables[] = {
        {QByteArray(), "csv", QStringLiteral("error:file.empty")},
        {QByteArray(), "xlsx", QStringLiteral("error:file.empty")},
        {QByteArray("PK\x03\x04", 4), "xlsx", QStringLiteral("error:xlsx.bad-zip")},
        {QByteArray("PK\x03\x04garbage-garbage", 19), "xlsx", QStringLiteral("error:xlsx.bad-zip")},
        {QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "xls", QStringLiteral("error:xls.unreadable")},
        // the row with the unclosed quote is reported and the reader picks up again at the next line
        {QByteArray("a,b\n\"unclosed,1\n2,3"), "csv", QStringLiteral("csv:rows:3")},
        {QByteArray(70000, '"'), "csv", QStringLiteral("csv:rows:1")},
        {QByteArray("<table><tr><td>a<td>b<tr><td rowspan=99999999>c"), "xls", QStringLiteral("html:rows:2")},
        {QByteArray("<html><body>no table</body></html>"), "xls", QStringLiteral("html:rows:0")},
        {QByteArray("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>"), "xml",
            QStringLiteral("error:spreadsheetml.no-sheets")},
        // a cell beyond the last column is dropped, a nonsense row index ignored, the cut end reported
        {QByteArray("<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                    "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell "
                    "ss:Index=\"99999999999\"><Data>x</Data></Cell></Row><Row ss:Index=\"-5\"/>"),
            "xml", QStringLiteral("spreadsheetml:rows:2:error:spreadsheetml.damaged")},
    };
    for (const Case& c : tables) {
        const QString got = fuzz::readTable(c.bytes, c.suffix);
        INFO(c.bytes.left(60).toStdString() << " as ." << c.suffix << ": " << got.toStdString());
        CHECK(got == c.outcome);
    }
    CHECK(fuzz::readModel(QByteArray("{\"steps\": null}")).startsWith(QLatin1String("error:")));
    CHECK(fuzz::readModel(QByteArray("not json")) == QStringLiteral("not-json"));
    CHECK(fuzz::readId(QByteArray("3.30382198705061E+17")) == QStringLiteral("not-an-id"));
    CHECK(fuzz::readId(QByteArray("33038219870506122x")) == QStringLiteral("id:33038219870506122X"));
    CHECK(fuzz::readId(QByteArray("９９９９９９９９９９９９９９９９９９")) == QStringLiteral("not-an-id"));
    CHECK(fuzz::readKeyring(QByteArray(R"({"format":"cluedesk-keyring-1","slots":[7, null, {"user":""}]})")) !=
        QStringLiteral("unlocked"));
    CHECK(fuzz::readEncryptedPool(QByteArray("\x10\x00\x00\x00zzzzzzzz", 12)).startsWith(QLatin1String("refused")));
    CHECK(fuzz::readEncryptedPool(QByteArray("\x48\x00\x00\x00"
                                             "CDK1"
                                             "\xff\xff\xff\xff",
                                      12))
              .startsWith(QLatin1String("refused")));
    // and every junk input through every parser: none crashes
    const QByteArray junk[] = {QByteArray(), QByteArray(1, '\0'), QByteArray("PK\x03\x04", 4),
        QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), QByteArray(70000, '"'), QByteArray("\xEF\xBB\xBF\xFF\xFE\x00\x00"),
        QByteArray("<table><tr><td colspan=-1 rowspan=0>"),
        QByteArray("<Workbook xmlns=\"urn:schemas-microsoft-com:office:"
                   "spreadsheet\"><Worksheet><Table><Row><Cell>")};
    int runs = 0;
    for (const QByteArray& bytes : junk) {
        for (const char* suffix : {"csv", "xlsx", "xls", "html", "xml"}) {
            CHECK_FALSE(fuzz::readTable(bytes, suffix).isEmpty());
            ++runs;
        }
        CHECK_FALSE(fuzz::readModel(bytes).isEmpty());
        CHECK_FALSE(fuzz::readId(bytes).isEmpty());
        CHECK_FALSE(fuzz::readKeyring(bytes).isEmpty());
        CHECK_FALSE(fuzz::readEncryptedPool(bytes).isEmpty());
        runs += 4;
    }
    CHECK(runs == 8 * 9);
}

TEST_CASE("the fuzz seeds are there and each reads as a table", "[fuzz]")
{
    // scripts/fuzz.sh starts each table target from these; a seed that no longer reads would
    // leave its fuzzer starting from nothing.
    int seeds = 0;
    for (const char* target : {"csv", "xlsx", "html", "xml"}) {
        const QDir dir(QStringLiteral(CLUEDESK_SOURCE_DIR "/tests/fuzz/seeds/") + QLatin1String(target));
        REQUIRE(dir.exists());
        const QStringList files = dir.entryList(QDir::Files);
        CHECK_FALSE(files.isEmpty());
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QString got = fuzz::readTable(f.readAll(), target);
            INFO(name.toStdString() << ": " << got.toStdString());
            CHECK_FALSE(got.startsWith(QLatin1String("error:")));
            CHECK_FALSE(got.contains(QLatin1String(":rows:0")));
            ++seeds;
        }
    }
    CHECK(seeds >= 5);
}
