// Lock-out that holds: wrong passwords tried in parallel all count, and setting the clock back
// does not lift a lock.
#include "pool/Pool.h"
#include "security/UserStore.h"

#include "TestSupport.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace cluedesk;

namespace {

std::unique_ptr<Pool> connect(const QString& path, QDateTime at)
{
    PoolOptions o;
    o.user = QStringLiteral("someone");
    auto p = Pool::open(path, o);
    REQUIRE(p.ok());
    (*p)->setClock([at] { return at; });
    return std::move(*p);
}

} // namespace

TEST_CASE("wrong passwords tried in parallel each count", "[security][users][lockout]")
{
    testing::TempPool office;
    UserStore users(*office);
    REQUIRE(users.add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin-secret").ok());
    REQUIRE(users.add(QStringLiteral("li"), QStringLiteral("assistant"), "li-secret-1").ok());
    const QDateTime at = office->now();
    // four tries from four connections at once: each must see the others' failures
    constexpr int kTries = UserStore::kMaxFailures - 1;
    std::vector<std::unique_ptr<Pool>> connections;
    for (int i = 0; i < kTries; ++i)
        connections.push_back(connect(office.path(), at));
    std::atomic<int> failed{0};
    std::vector<std::thread> threads;
    for (auto& c : connections)
        threads.emplace_back([&failed, pool = c.get()] {
            try {
                if (UserStore(*pool).login(QStringLiteral("li"), "wrong-password").error().code == QStringLiteral("login.failed"))
                    ++failed;
            } catch (const DbError&) { // counted as not failed, so the check below names it
            }
        });
    for (auto& t : threads)
        t.join();
    CHECK(failed == kTries);
    CHECK(users.get(QStringLiteral("li"))->failedLogins == kTries);
    // one more, and the right password no longer opens
    CHECK(users.login(QStringLiteral("li"), "wrong-password").error().code == QStringLiteral("login.failed"));
    CHECK(users.login(QStringLiteral("li"), "li-secret-1").error().code == QStringLiteral("login.locked"));
}

TEST_CASE("a clock set back does not lift a lock", "[security][users][lockout]")
{
    testing::TempPool office;
    UserStore users(*office);
    REQUIRE(users.add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin-secret").ok());
    REQUIRE(users.add(QStringLiteral("li"), QStringLiteral("assistant"), "li-secret-1").ok());
    const QDateTime at = office->now();
    for (int i = 0; i < UserStore::kMaxFailures; ++i)
        REQUIRE(users.login(QStringLiteral("li"), "wrong-password").error().code == QStringLiteral("login.failed"));
    // the machine's clock is put a day back, past the stored lock
    office->setClock([at] { return at.addDays(-1); });
    CHECK(users.login(QStringLiteral("li"), "li-secret-1").error().code == QStringLiteral("login.locked"));
    // the lock ends 15 minutes after the failures, by the clock they were stored with
    office->setClock([at] { return at.addSecs(UserStore::kLockMinutes * 60 + 60); });
    CHECK(users.login(QStringLiteral("li"), "li-secret-1").ok());
}
