// Encrypted pools from the command line: the passphrase comes from a file or standard input,
// never from an argument; backups and restores.
#include "TestSupport.h"

#include "security/CryptoVfs.h"

#include <QDir>
#include <QFile>

using testing::runCli;

TEST_CASE("encrypted pool, backup and restore through the CLI", "[cli][security]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("office.pool"));
    const QString pw = dir.filePath(QStringLiteral("pw"));
    testing::writeFile(pw, "office passphrase\n");
    auto r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("--passphrase-file"), QStringLiteral("-"),
                        QStringLiteral("settings"), QStringLiteral("office.name"), QStringLiteral("乐清市人民检察院")},
        "office passphrase\n");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("encrypted")));
    CHECK(cluedesk::crypto::isEncrypted(pool));

    r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("settings")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("give its passphrase")));
    r = runCli(
        {QStringLiteral("--pool"), pool, QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("settings")},
        "nope nope nope\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Wrong passphrase")));

    const QString backup = dir.filePath(QStringLiteral("office.bak"));
    r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("--passphrase-file"), pw, QStringLiteral("backup"),
        QStringLiteral("--out"), backup});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(cluedesk::crypto::isEncrypted(backup));
    const QString restored = dir.filePath(QStringLiteral("restored.pool"));
    const QString pw2 = dir.filePath(QStringLiteral("pw2"));
    testing::writeFile(pw2, "laptop passphrase\n");
    r = runCli({QStringLiteral("--pool"), restored, QStringLiteral("--passphrase-file"), pw2, QStringLiteral("restore"),
        QStringLiteral("--from"), backup, QStringLiteral("--backup-passphrase-file"), pw});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli({QStringLiteral("--pool"), restored, QStringLiteral("--passphrase-file"), pw2, QStringLiteral("settings"),
        QStringLiteral("office.name")});
    CHECK(r.out.contains(QStringLiteral("乐清市人民检察院")));
}

TEST_CASE("the CLI creates a plain pool only when asked to with --plain", "[cli][security]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("office.pool"));
    auto r =
        runCli({QStringLiteral("--pool"), pool, QStringLiteral("settings"), QStringLiteral("office.name"), QStringLiteral("x")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--plain")));
    CHECK_FALSE(QFile::exists(pool));
    r = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("settings"),
        QStringLiteral("office.name"), QStringLiteral("x")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("NOT encrypted")));
    CHECK_FALSE(cluedesk::crypto::isEncrypted(pool));

    // encrypted in place, then re-keyed; the old passphrase no longer opens it
    r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("pool"), QStringLiteral("passphrase"),
                   QStringLiteral("--new-passphrase-file"), QStringLiteral("-")},
        "first passphrase\n");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(cluedesk::crypto::isEncrypted(pool));
    const QString pw = dir.filePath(QStringLiteral("pw"));
    testing::writeFile(pw, "first passphrase\n");
    r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("--passphrase-file"), pw, QStringLiteral("pool"),
                   QStringLiteral("passphrase"), QStringLiteral("--new-passphrase-file"), QStringLiteral("-")},
        "second passphrase\n");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("--passphrase-file"), pw, QStringLiteral("settings")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Wrong passphrase")));
    r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("--passphrase-file"), QStringLiteral("-"),
                   QStringLiteral("settings"), QStringLiteral("office.name")},
        "second passphrase\n");
    CHECK(r.out.trimmed() == QStringLiteral("office.name = x"));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2); // the pool and pw: no copy or WAL left behind
}

TEST_CASE("an import through a symlinked folder is encrypted on disk", "[cli][security]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("real")));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("link"))));
    const auto r =
        runCli({QStringLiteral("--pool"), dir.filePath(QStringLiteral("link/enc.pool")), QStringLiteral("--passphrase-file"),
                   QStringLiteral("-"), QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"),
                   QStringLiteral("victims"), testing::fixture(QStringLiteral("office/victims-office.xls"))},
            "office passphrase\n");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString real = dir.filePath(QStringLiteral("real/enc.pool"));
    CHECK(cluedesk::crypto::isEncrypted(real));
    CHECK_FALSE(testing::readFile(real).contains("CREATE TABLE"));
}
