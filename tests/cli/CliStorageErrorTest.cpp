// Storage failures end a command with one line and a non-zero exit, never an abort, and lose
// nothing that was committed: a tampered page, a pool that cannot be written, a disk that fills
// up during an import.
#include "TestSupport.h"

#include "security/CryptoVfs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <unistd.h>

using testing::runCli;

namespace {

QString victims(const QString& path, int rows, int from = 0)
{
    std::vector<QStringList> table{{QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
        QStringLiteral("被害人身份证号码"), QStringLiteral("案情摘要")}};
    for (int i = from; i < from + rows; ++i)
        table.push_back({QStringLiteral("乐检刑诉〔2024〕%1号").arg(i), QStringLiteral("故意伤害"), QStringLiteral("张%1").arg(i),
            testing::PoolBuilder::person(QDate(1960, 1, 1).addDays(i % 9000), 100 + i % 800), QString(200, QChar(u'案'))});
    return testing::writeCsv(path, table);
}

void requireOneLineFailure(const testing::CliRun& r)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1); // -1 would be a crash or a signal
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(r.err.startsWith(QStringLiteral("cluedesk-cli: ")));
}

int datasets(const QStringList& global)
{
    const auto r = runCli(global + QStringList{QStringLiteral("datasets"), QStringLiteral("list")});
    REQUIRE(r.exitCode == 0);
    return int(r.out.count(QStringLiteral("victims")));
}

} // namespace

TEST_CASE("a tampered page stops a command with one line", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("enc.pool"));
    const QString pw = dir.filePath(QStringLiteral("pw"));
    testing::writeFile(pw, "office passphrase\n");
    const QStringList global{QStringLiteral("--pool"), pool, QStringLiteral("--passphrase-file"), pw};
    REQUIRE(runCli(global +
                QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"),
                    QStringLiteral("victims"), victims(dir.filePath(QStringLiteral("v.csv")), 400)})
                .exitCode == 0);
    QByteArray bytes = testing::readFile(pool);
    REQUIRE(bytes.size() > 10 * cluedesk::crypto::kPageSize);
    // every other page of the file's second half: the pool opens (its schema and settings are
    // early in the file), and the commands fail when they reach the records
    const qsizetype pages = bytes.size() / cluedesk::crypto::kPageSize;
    for (qsizetype page = pages / 2; page < pages; page += 2) {
        const qsizetype at = page * cluedesk::crypto::kPageSize + 999;
        bytes[at] = char(bytes[at] ^ 0x40);
    }
    testing::writeFile(pool, bytes);
    const auto r = runCli(global + QStringList{QStringLiteral("clues"), QStringLiteral("--format"), QStringLiteral("csv")});
    const auto export_ = runCli(global + QStringList{QStringLiteral("rejects"), QStringLiteral("--all")});
    bool reported = false;
    CHECK(runCli(global + QStringList{QStringLiteral("settings")}).exitCode == 0); // it opens
    for (const auto& run : {r, export_}) {
        if (run.exitCode == 0)
            continue; // this command did not read the changed page
        requireOneLineFailure(run);
        reported = reported || run.err.contains(QStringLiteral("integrity check"));
    }
    const auto check = runCli(global +
        QStringList{QStringLiteral("person"), QStringLiteral("show"),
            testing::PoolBuilder::person(QDate(1960, 1, 1).addDays(399), 100 + 399)});
    if (check.exitCode != 0) {
        requireOneLineFailure(check);
        reported = reported || check.err.contains(QStringLiteral("integrity check"));
    }
    CHECK(reported);
}

TEST_CASE("a pool that cannot be written is reported, and left as it was", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const QString pool = folder + QStringLiteral("/office.pool");
    REQUIRE(
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("import"), QStringLiteral("--quiet"),
                   QStringLiteral("--type"), QStringLiteral("victims"), victims(dir.filePath(QStringLiteral("v.csv")), 20)})
            .exitCode == 0);
    const QByteArray before = testing::readFile(pool);
    // Read-only for whoever runs the command (root ignores file modes, so run as nobody then).
    const QString cli = QStringLiteral(CLUEDESK_CLI);
    QStringList command{
        cli, QStringLiteral("--pool"), pool, QStringLiteral("settings"), QStringLiteral("office.name"), QStringLiteral("别处")};
    if (geteuid() == 0) {
        REQUIRE(QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                QFileDevice::ExeOther));
        REQUIRE(QFile::setPermissions(folder,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                QFileDevice::ExeOther));
        REQUIRE(QFile::setPermissions(pool, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        command =
            QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")} +
            command;
        command.prepend(QStringLiteral("setpriv"));
    } else {
        REQUIRE(QFile::setPermissions(pool, QFileDevice::ReadOwner));
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLUEDESK_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QString());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    p.setProcessEnvironment(env);
    p.start(command.takeFirst(), command);
    REQUIRE(p.waitForFinished(60000));
    testing::CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
    requireOneLineFailure(r);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(pool, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(testing::readFile(pool) == before);
    CHECK(datasets({QStringLiteral("--pool"), pool}) == 1);
}

TEST_CASE("a disk that fills up during an import loses nothing committed", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("office.pool"));
    const QStringList global{QStringLiteral("--plain"), QStringLiteral("--pool"), pool};
    REQUIRE(runCli(global +
                QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"),
                    QStringLiteral("victims"), victims(dir.filePath(QStringLiteral("first.csv")), 50)})
                .exitCode == 0);
    const QString big = victims(dir.filePath(QStringLiteral("big.csv")), 6000, 1000);
    // the files may grow by 256 KiB more, far less than the big list needs (bash counts KiB)
    const qint64 limitKib = QFileInfo(pool).size() / 1024 + 256;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLUEDESK_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"),
        {QStringLiteral("-c"),
            QStringLiteral("ulimit -f %1; exec \"$0\" --plain --pool \"$1\" import --quiet --type victims \"$2\"").arg(limitKib),
            QStringLiteral(CLUEDESK_CLI), pool, big});
    REQUIRE(p.waitForFinished(120000));
    const testing::CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    requireOneLineFailure(r);
    CHECK((r.err.contains(QStringLiteral("file-size limit")) || r.err.contains(QStringLiteral("disk"))));
    // what was committed before is whole, and the pool goes on
    CHECK(datasets(global) == 1);
    const auto again = runCli(global +
        QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("victims"),
            victims(dir.filePath(QStringLiteral("second.csv")), 30, 500)});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(datasets(global) == 2);
}
