// Replays every input the fuzzers once crashed on (tests/fuzz/regressions/<target>/) and a set
// of hand-made broken inputs through the same code the fuzz targets run: none may crash.
#include "FuzzInputs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <catch2/catch.hpp>

using namespace cluedesk;

TEST_CASE("inputs that once crashed a parser are read without crashing", "[fuzz]")
{
    int replayed = 0;
    QDirIterator it(QStringLiteral(CLUEDESK_SOURCE_DIR "/tests/fuzz/regressions"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString target = QFileInfo(path).dir().dirName();
        INFO(path.toStdString());
        if (target == QLatin1String("model"))
            fuzz::readModel(bytes);
        else if (target == QLatin1String("id"))
            fuzz::readId(bytes);
        else if (target == QLatin1String("keyring"))
            fuzz::readKeyring(bytes);
        else if (target == QLatin1String("pool"))
            fuzz::readEncryptedPool(bytes);
        else
            fuzz::readTable(bytes, target.toLatin1().constData());
        ++replayed;
    }
    SUCCEED("replayed " << replayed << " inputs");
}

TEST_CASE("hand-made broken inputs for every fuzzed parser", "[fuzz]")
{
    const QByteArray junk[] = {QByteArray(), QByteArray(1, '\0'), QByteArray("PK\x03\x04", 4),
        QByteArray("PK\x03\x04garbage-garbage", 19), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), QByteArray(70000, '"'),
        QByteArray("a,b\n\"unclosed,1\n2,3"),
        QByteArray("{\"id\": \"x\", \"steps\": [{\"type\": \"source\", \"datasets\": [1, {}]}]}"),
        QByteArray("{\"steps\": null}"), QByteArray("\xEF\xBB\xBF\xFF\xFE\x00\x00"), QByteArray("3.30382198705061E+17"),
        QByteArray("９９９９９９９９９９９９９９９９９９"),
        QByteArray(R"({"format":"cluedesk-keyring-1","slots":[{"user":"admin","public_key":"AAAA","ops":1e300}]})"),
        QByteArray(R"({"format":"cluedesk-keyring-1","slots":[7, null, {"user":""}]})"),
        QByteArray("\x10\x00\x00\x00zzzzzzzz", 12),
        QByteArray("\x48\x00\x00\x00"
                   "CDK1"
                   "\xff\xff\xff\xff",
            12)};
    for (const QByteArray& bytes : junk) {
        for (const char* suffix : {"csv", "xlsx", "xls"})
            fuzz::readTable(bytes, suffix);
        fuzz::readModel(bytes);
        fuzz::readId(bytes);
        fuzz::readKeyring(bytes);
        fuzz::readEncryptedPool(bytes);
    }
    SUCCEED();
}
