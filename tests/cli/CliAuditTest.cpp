// Logins, roles and the audit log through the real binary, and a database edited by hand.
#include "TestSupport.h"

#include <sqlite3.h>

using testing::runCli;

TEST_CASE("logins, roles and audit verify from the command line", "[cli][security]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("office.pool"));
    const auto cli = [&](QStringList args, const QByteArray& in = {}) {
        args.prepend(pool);
        args.prepend(QStringLiteral("--pool"));
        args.prepend(QStringLiteral("--plain"));
        return runCli(args, in);
    };
    auto r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                     QStringLiteral("administrator")},
        "admin-secret\n");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString adminPw = dir.filePath(QStringLiteral("admin.pw"));
    testing::writeFile(adminPw, "admin-secret\n");
    const QStringList asAdmin = {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"), adminPw};
    r = cli(asAdmin +
            QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--role"),
                QStringLiteral("assistant")},
        "li-secret-1\n");
    REQUIRE(r.exitCode == 0);

    // a pool with users needs a login
    r = cli({QStringLiteral("datasets"), QStringLiteral("list")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("log in")));
    r = cli({QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("--password-file"), QStringLiteral("-"),
                QStringLiteral("datasets"), QStringLiteral("list")},
        "wrong-password\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Wrong user name or password")));

    // the assistant imports but may not see full IDs or the audit log
    const QString csv = testing::writeCsv(dir.filePath(QStringLiteral("dibao.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张一"), QStringLiteral("330382198705061238")}});
    const QStringList asLi = {
        QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("--password-file"), QStringLiteral("-")};
    r = cli(asLi +
            QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"),
                QStringLiteral("subsistence"), csv},
        "li-secret-1\n");
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    r = cli(asLi +
            QStringList{QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("330382198705061238"),
                QStringLiteral("--full-ids")},
        "li-secret-1\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("may not")));
    r = cli(asLi + QStringList{QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("330382198705061238")},
        "li-secret-1\n");
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("330382********1238")));

    r = cli(asAdmin + QStringList{QStringLiteral("audit"), QStringLiteral("list")});
    REQUIRE(r.exitCode == 0);
    for (const char* action : {"user.add", "login", "login.failed", "import", "person.view"})
        CHECK(r.out.contains(QString::fromLatin1(action)));
    r = cli(asAdmin + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("whole")));

    // someone edits the database with sqlite3 to hide who looked at the person
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(pool.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(
        sqlite3_exec(db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user = 'admin' WHERE action = 'person.view';",
            nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    r = cli(asAdmin + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("tampered")));
    CHECK(r.err.contains(QStringLiteral("changed")));
}
