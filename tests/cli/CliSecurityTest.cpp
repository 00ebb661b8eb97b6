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

TEST_CASE("an assistant opens an encrypted pool with her own password, never told the passphrase", "[cli][security]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("office.pool"));
    const QString pass = dir.filePath(QStringLiteral("pass")), adminPw = dir.filePath(QStringLiteral("admin.pw")),
                  assistantPw = dir.filePath(QStringLiteral("xiaoli.pw"));
    testing::writeFile(pass, "office passphrase\n");
    testing::writeFile(adminPw, "admin password\n");
    testing::writeFile(assistantPw, "xiaoli password\n");
    auto r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("--passphrase-file"), pass, QStringLiteral("users"),
        QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"), QStringLiteral("administrator"),
        QStringLiteral("--new-password-file"), adminPw});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // The administrator adds her without the passphrase, logged in with his own password.
    const QStringList admin{QStringLiteral("--pool"), pool, QStringLiteral("--user"), QStringLiteral("admin"),
        QStringLiteral("--password-file"), adminPw};
    r = runCli(admin +
        QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("xiaoli"), QStringLiteral("--role"),
            QStringLiteral("assistant"), QStringLiteral("--new-password-file"), assistantPw});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList xiaoli{QStringLiteral("--pool"), pool, QStringLiteral("--user"), QStringLiteral("xiaoli"),
        QStringLiteral("--password-file"), assistantPw};
    r = runCli(xiaoli + QStringList{QStringLiteral("clues")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    r = runCli(xiaoli + QStringList{QStringLiteral("settings"), QStringLiteral("office.name"), QStringLiteral("x")});
    CHECK(r.exitCode == 1); // she is in, as an assistant
    r = runCli({QStringLiteral("--pool"), pool, QStringLiteral("clues")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--user")));
    // Disabled, her password opens nothing.
    REQUIRE(
        runCli(admin + QStringList{QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("xiaoli")}).exitCode == 0);
    r = runCli(xiaoli + QStringList{QStringLiteral("clues")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Wrong user name or password")));
}
