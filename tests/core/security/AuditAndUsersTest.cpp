// The hash-chained audit log catches edited, removed and truncated entries; users log in with
// Argon2id passwords, are locked out after repeated failures, and act within their role.
#include "../review/ReviewTestSupport.h"

#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/CryptoVfs.h"
#include "security/UserStore.h"

#include <sqlite3.h>

using namespace cluedesk;

namespace {

void rawSql(Pool& pool, const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(pool.db().handle(), sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("the audit log records the officer's actions in a verifiable chain", "[security][audit]")
{
    review_test::VictimPool v;
    const qint64 clue = v.clueOf(v.first);
    v.decide(clue, QStringLiteral("eligible"));
    AuditLog log(*v.pool);
    QStringList actions;
    for (const AuditEntry& e : log.list())
        actions.prepend(e.action);
    CHECK(actions.count(QStringLiteral("import")) == 2);
    CHECK(actions.contains(QStringLiteral("screen")));
    CHECK(actions.count(QStringLiteral("clue.status")) == 2);
    const auto verified = log.verify();
    CHECK(verified.ok);
    CHECK(verified.entries == qint64(actions.size()));
    const auto status = log.list({QStringLiteral("clue.status"), {}, {}, 1});
    REQUIRE(status.size() == 1);
    CHECK(status[0].subject == QString::number(clue));
    CHECK(status[0].detail.startsWith(QStringLiteral("verifying -> eligible")));

    // append-only from SQL
    CHECK_THROWS(v.pool->db().exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 1")));
    CHECK_THROWS(v.pool->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
    CHECK(log.verify().ok);
}

TEST_CASE("audit verify finds an entry edited, removed or cut off by hand", "[security][audit]")
{
    review_test::VictimPool v;
    v.decide(v.clueOf(v.first), QStringLiteral("eligible"));
    const qint64 n = AuditLog(*v.pool).verify().entries;
    REQUIRE(n >= 5);
    // someone with the sqlite3 shell drops the guards and edits
    rawSql(*v.pool, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    SECTION("an edited entry")
    {
        rawSql(*v.pool, "UPDATE audit_log SET user = 'nobody' WHERE seq = 3");
        const auto r = AuditLog(*v.pool).verify();
        CHECK_FALSE(r.ok);
        CHECK(r.firstBad == 3);
        CHECK(r.problem.contains(QStringLiteral("changed")));
    }
    SECTION("an edited entry with its hash recomputed")
    {
        AuditEntry e = AuditLog(*v.pool).list({QString(), QString(), QString(), 100000}).back(); // seq 1
        e.user = QStringLiteral("nobody");
        const QString hash = AuditLog::hashOf(e.prevHash, e);
        v.pool->db().prepare(QStringLiteral("UPDATE audit_log SET user = 'nobody', hash = ?1 WHERE seq = 1")).bind(1, hash).run();
        const auto r = AuditLog(*v.pool).verify();
        CHECK_FALSE(r.ok);
        CHECK(r.firstBad == 2); // the next entry no longer follows
    }
    SECTION("a removed entry")
    {
        rawSql(*v.pool, "DELETE FROM audit_log WHERE seq = 2");
        const auto r = AuditLog(*v.pool).verify();
        CHECK_FALSE(r.ok);
        CHECK(r.firstBad == 2);
        CHECK(r.problem.contains(QStringLiteral("missing")));
    }
    SECTION("the newest entries cut off")
    {
        v.pool->db().prepare(QStringLiteral("DELETE FROM audit_log WHERE seq >= ?1")).bind(1, n - 1).run();
        const auto r = AuditLog(*v.pool).verify();
        CHECK_FALSE(r.ok);
        CHECK(r.problem.contains(QStringLiteral("removed")));
    }
}

TEST_CASE("users: Argon2id passwords, lock-out, and roles", "[security][users]")
{
    review_test::VictimPool v;
    UserStore users(*v.pool);
    CHECK(users.add(QStringLiteral("wang"), QStringLiteral("prosecutor"), "password1").error().code ==
        QStringLiteral("users.first-admin"));
    REQUIRE(users.add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin-secret").ok());
    CHECK(v.pool->role() == QStringLiteral("administrator"));
    CHECK(users.add(QStringLiteral("short"), QStringLiteral("assistant"), "1234").error().code ==
        QStringLiteral("users.short-password"));
    REQUIRE(users.add(QStringLiteral("wang"), QStringLiteral("prosecutor"), "wang-secret").ok());
    REQUIRE(users.add(QStringLiteral("li"), QStringLiteral("assistant"), "li-secret-1").ok());
    CHECK(users.add(QStringLiteral("li"), QStringLiteral("assistant"), "li-secret-1").error().code ==
        QStringLiteral("users.exists"));
    const QString hash = v.pool->db().scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = 'wang'")).toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("wang-secret")));

    // an administrator manages but does not decide
    const qint64 clue = v.clueOf(v.first);
    CHECK(ReviewStore(*v.pool).setStatus(clue, QStringLiteral("verifying"), QString()).error().code ==
        QStringLiteral("access.denied"));

    // the assistant imports and reads masked data, nothing else
    REQUIRE(users.login(QStringLiteral("li"), "li-secret-1").ok());
    CHECK(v.pool->role() == QStringLiteral("assistant"));
    CHECK(Access::can(*v.pool, Permission::Import));
    CHECK_FALSE(Access::can(*v.pool, Permission::ViewFullIds));
    const auto denied = ReviewStore(*v.pool).setStatus(clue, QStringLiteral("verifying"), QString());
    CHECK(denied.error().code == QStringLiteral("access.denied"));
    CHECK(denied.error().message.contains(Access::roleTitle(QStringLiteral("prosecutor")).text()));
    CHECK(users.add(QStringLiteral("zhao"), QStringLiteral("assistant"), "zhao-secret").error().code ==
        QStringLiteral("access.denied"));

    // the prosecutor reviews and decides
    REQUIRE(users.login(QStringLiteral("wang"), "wang-secret").ok());
    CHECK(ReviewStore(*v.pool).setStatus(clue, QStringLiteral("verifying"), QString()).ok());
    CHECK(Access::can(*v.pool, Permission::ViewFullIds));
    CHECK_FALSE(Access::can(*v.pool, Permission::EditParameters));

    // five wrong passwords lock the user for 15 minutes, even against the right one
    for (int i = 0; i < UserStore::kMaxFailures; ++i)
        CHECK(users.login(QStringLiteral("li"), "wrong-password").error().code == QStringLiteral("login.failed"));
    const auto locked = users.login(QStringLiteral("li"), "li-secret-1");
    CHECK(locked.error().code == QStringLiteral("login.locked"));
    CHECK(locked.error().message.contains(QStringLiteral("locked until")));
    const QDateTime start = v.pool->now();
    v.pool->setClock([start] { return start.addSecs(16 * 60); });
    CHECK(users.login(QStringLiteral("li"), "li-secret-1").ok());
    CHECK(users.get(QStringLiteral("li"))->failedLogins == 0);
    CHECK(users.login(QStringLiteral("nobody"), "whatever-1").error().code == QStringLiteral("login.failed"));

    QStringList logins;
    for (const AuditEntry& e : AuditLog(*v.pool).list({QStringLiteral("login"), {}, {}, 100}))
        logins << e.action;
    CHECK(logins.count(QStringLiteral("login.failed")) == 6);
    CHECK(logins.count(QStringLiteral("login.refused")) == 1);
    CHECK(AuditLog(*v.pool).verify().ok);
}

namespace {

// What someone with write access to the pool's tables but not its key does: lifts the
// append-only triggers, rewrites every entry and recomputes the chain and its head with the
// published (unkeyed) hash.
void rewriteChain(Pool& pool)
{
    Database& db = pool.db();
    db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
    std::vector<AuditEntry> entries;
    Statement st =
        db.prepare(QStringLiteral("SELECT seq, at, user, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq"));
    while (st.step())
        entries.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)});
    REQUIRE(entries.size() >= 3);
    QString prev = QString(64, u'0');
    for (AuditEntry& e : entries) {
        e.user = QStringLiteral("someone else");
        e.prevHash = prev;
        e.hash = AuditLog::hashOf(prev, e);
        db.prepare(QStringLiteral("UPDATE audit_log SET user = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1"))
            .bind(1, e.seq)
            .bind(2, e.user)
            .bind(3, e.prevHash)
            .bind(4, e.hash)
            .run();
        prev = e.hash;
    }
    db.prepare(QStringLiteral("UPDATE meta SET value = ?1 WHERE key = 'audit.head'"))
        .bind(1, QStringLiteral("%1:%2").arg(entries.back().seq).arg(prev))
        .run();
}

} // namespace

TEST_CASE("a chain rewritten without the pool's key fails verify", "[security][audit]")
{
    QTemporaryDir dir;
    PoolOptions o;
    o.create = true;
    o.passphrase = "correct horse battery";
    o.kdf = crypto::KdfParams::interactive();
    auto pool = std::move(*Pool::open(dir.filePath(QStringLiteral("enc.pool")), o));
    for (int i = 0; i < 3; ++i)
        AuditLog(*pool).record(QStringLiteral("person.view"), QStringLiteral("330382198705061238"));
    REQUIRE(AuditLog(*pool).verify().ok);
    rewriteChain(*pool);
    const AuditVerification v = AuditLog(*pool).verify();
    CHECK_FALSE(v.ok);
    CHECK(v.firstBad == 1);
}

TEST_CASE("a head kept outside the pool shows a rewritten chain", "[security][audit]")
{
    testing::TempPool plain; // no key: the published hash can be recomputed by anyone
    for (int i = 0; i < 3; ++i)
        AuditLog(*plain).record(QStringLiteral("person.view"), QStringLiteral("330382198705061238"));
    const QString head = AuditLog(*plain).head();
    AuditLog(*plain).record(QStringLiteral("settings"), QStringLiteral("office.name"));
    CHECK(AuditLog(*plain).verify(head).ok); // later entries do not matter
    rewriteChain(*plain);
    CHECK(AuditLog(*plain).verify().ok); // what the pool alone can tell
    const AuditVerification v = AuditLog(*plain).verify(head);
    CHECK_FALSE(v.ok);
    CHECK(v.problem.contains(QStringLiteral("outside the pool")));
    CHECK_FALSE(AuditLog(*plain).verify(QStringLiteral("99:abc")).ok); // a head the log never reached
}
