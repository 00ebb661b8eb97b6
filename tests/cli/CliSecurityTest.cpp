// Encrypted pools from the command line: the passphrase comes from a file or standard input,
// never from an argument; backups and restores.
#include "TestSupport.h"

#include "security/CryptoVfs.h"

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
