// Logging in, the audit log screen, and visit packages in the GUI.
#include "../core/review/ReviewTestSupport.h"
#include "UiSupport.h"

#include "common/PoolSession.h"
#include "fieldwork/FieldDialogs.h"
#include "fieldwork/FieldPackage.h"
#include "security/AuditScreen.h"
#include "security/LoginDialog.h"
#include "security/UserStore.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cluedesk;
using namespace cluedesk::ui;

TEST_CASE("the login dialog checks the password and sets the role", "[ui][security]")
{
    testing::ensureWidgetApp();
    review_test::VictimPool v;
    REQUIRE(UserStore(*v.pool).add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin-secret").ok());
    REQUIRE(UserStore(*v.pool).add(QStringLiteral("wang"), QStringLiteral("prosecutor"), "wang-secret").ok());
    v.pool->setRole(QString());
    LoginDialog login(*v.pool, QStringLiteral("wang"));
    QTest::keyClicks(testing::child<QLineEdit>(login, "password"), QStringLiteral("not-it-at-all"));
    login.accept();
    CHECK(login.result() != QDialog::Accepted);
    CHECK(login.problem().contains(QStringLiteral("Wrong")));
    CHECK(testing::child<QLineEdit>(login, "password")->text().isEmpty());
    QTest::keyClicks(testing::child<QLineEdit>(login, "password"), QStringLiteral("wang-secret"));
    login.accept();
    CHECK(login.result() == QDialog::Accepted);
    CHECK(v.pool->user() == QStringLiteral("wang"));
    CHECK(v.pool->role() == QStringLiteral("prosecutor"));
}

TEST_CASE("the login dialog opens an encrypted pool with the user's own password", "[ui][security]")
{
    testing::ensureWidgetApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.pool"));
    {
        PoolOptions o;
        o.create = true;
        o.passphrase = "office passphrase";
        o.kdf = crypto::KdfParams::interactive();
        auto pool = Pool::open(path, o);
        REQUIRE(pool);
        REQUIRE(UserStore(**pool).add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin-secret"));
        REQUIRE(UserStore(**pool).add(QStringLiteral("xiaoli"), QStringLiteral("assistant"), "xiaoli-secret"));
    }
    LoginDialog login(path, PoolOptions{}, QStringLiteral("xiaoli"));
    auto* password = login.findChild<QLineEdit*>(QStringLiteral("password"));
    REQUIRE(password);
    QTest::keyClicks(password, QStringLiteral("not-it-at-all"));
    login.accept();
    CHECK(login.result() != QDialog::Accepted);
    CHECK(login.problem().contains(QStringLiteral("Wrong")));
    CHECK_FALSE(login.takePool());
    QTest::keyClicks(password, QStringLiteral("xiaoli-secret"));
    login.accept();
    CHECK(login.result() == QDialog::Accepted);
    auto pool = login.takePool();
    REQUIRE(pool);
    CHECK(pool->role() == QStringLiteral("assistant"));

    LoginDialog other(path, PoolOptions{}, QString());
    auto* usePassphrase = other.findChild<QPushButton*>(QStringLiteral("usePassphrase"));
    REQUIRE(usePassphrase);
    usePassphrase->click();
    CHECK(other.wantsPassphrase());
    CHECK(other.result() == QDialog::Rejected);
}

TEST_CASE("the audit screen lists, filters and verifies", "[ui][security]")
{
    testing::ensureWidgetApp();
    review_test::VictimPool v;
    v.decide(v.clueOf(v.first), QStringLiteral("eligible"));
    PoolSession session(std::move(v.pool.pool), PoolOptions{});
    AuditScreen screen(session);
    const int all = screen.table()->rowCount();
    CHECK(all >= 5);
    screen.actionFilter()->setText(QStringLiteral("clue."));
    screen.reload();
    CHECK(screen.table()->rowCount() == 2);
    CHECK(screen.table()->item(0, 3)->text() == QStringLiteral("clue.status"));
    screen.verify();
    CHECK(screen.verifyText().contains(QString::number(all)));
}

TEST_CASE("a visit package on the field laptop and its conflicts back at the office", "[ui][fieldwork]")
{
    testing::ensureWidgetApp();
    review_test::VictimPool v;
    const qint64 clue = v.clueOf(v.first);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.cdvisit"));
    const auto passphrase = FieldPackage::exportTo(*v.pool, {clue, v.clueOf(v.second)}, path);
    REQUIRE(passphrase.ok());
    auto package = FieldPackage::open(path, passphrase->toUtf8());
    REQUIRE(package.ok());
    {
        FieldPackageDialog dialog(path, passphrase->toUtf8(), *package);
        REQUIRE(dialog.persons()->rowCount() == 2);
        CHECK(dialog.persons()->item(0, 1)->text().contains(QStringLiteral("********")));
        CHECK(dialog.persons()->item(0, 3)->text() == QStringLiteral("0"));
    }
    // a visit of the office's changed in both places shows as a conflict
    Visit office;
    office.personKey = v.first;
    office.clueId = clue;
    office.visitDate = QStringLiteral("2024-07-02");
    office.visitors = QStringLiteral("王");
    office.conclusion = QStringLiteral("办公室记录");
    REQUIRE(VisitStore(*v.pool).add(office).ok());
    const QString path2 = dir.filePath(QStringLiteral("p2.cdvisit"));
    const auto pass2 = FieldPackage::exportTo(*v.pool, {clue}, path2);
    auto second = FieldPackage::open(path2, pass2->toUtf8());
    Visit field = second->visits().front();
    field.conclusion = QStringLiteral("现场记录");
    REQUIRE(second->updateVisit(field, QStringLiteral("李"), QStringLiteral("2024-07-09T09:00:00+08:00")).ok());
    Visit changed = *VisitStore(*v.pool).byUuid(field.uuid);
    changed.conclusion = QStringLiteral("办公室更正");
    REQUIRE(VisitStore(*v.pool).update(changed).ok());
    REQUIRE(FieldMerge::merge(*v.pool, *second).ok());
    PoolSession session(std::move(v.pool.pool), PoolOptions{});
    ConflictsDialog conflicts(session);
    REQUIRE(conflicts.table()->rowCount() == 1);
    CHECK(conflicts.table()->item(0, 3)->text() == QStringLiteral("办公室更正"));
    CHECK(conflicts.table()->item(0, 4)->text() == QStringLiteral("现场记录"));
}
