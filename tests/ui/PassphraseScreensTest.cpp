// Choosing a pool's passphrase with strength feedback, and encrypting a plain pool from Settings.
#include "../core/review/ReviewTestSupport.h"
#include "UiSupport.h"

#include "common/PoolSession.h"
#include "security/CryptoVfs.h"
#include "security/PassphraseDialog.h"
#include "settings/SettingsScreen.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace cluedesk;
using namespace cluedesk::ui;

namespace {

QPushButton* okOf(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("a new pool's passphrase must be hard to guess; plain is an explicit, warned choice", "[ui][passphrase]")
{
    testing::ensureWidgetApp();
    PassphraseDialog d(PassphraseDialog::Purpose::NewPool, QStringLiteral("/tmp/office.pool"));
    auto* first = d.findChild<QLineEdit*>(QStringLiteral("passphrase"));
    auto* second = d.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"));
    auto* verdict = d.findChild<QLabel*>(QStringLiteral("verdict"));
    auto* plain = d.findChild<QCheckBox*>(QStringLiteral("plain"));
    REQUIRE((first && second && verdict && plain));
    CHECK_FALSE(okOf(&d)->isEnabled());
    first->setText(QStringLiteral("password1"));
    second->setText(QStringLiteral("password1"));
    CHECK_FALSE(okOf(&d)->isEnabled());
    CHECK(verdict->text().contains(QStringLiteral("guess")));
    first->setText(QStringLiteral("tiger kettle moss lantern quay 7"));
    second->setText(QStringLiteral("tiger kettle moss lantern quay"));
    CHECK_FALSE(okOf(&d)->isEnabled());
    CHECK(verdict->text().contains(QStringLiteral("differ")));
    second->setText(first->text());
    CHECK(okOf(&d)->isEnabled());
    CHECK(d.passphrase() == QByteArray("tiger kettle moss lantern quay 7"));
    plain->setChecked(true);
    CHECK(okOf(&d)->isEnabled());
    CHECK(d.plainChosen());
    CHECK(d.passphrase().isEmpty());
    CHECK_FALSE(first->isEnabled());
}

TEST_CASE("Settings encrypts a plain pool in place and the session goes on", "[ui][passphrase]")
{
    testing::ensureWidgetApp();
    review_test::VictimPool v;
    const QString path = v.pool.path();
    const qint64 clues = v.pool->db().scalar(QStringLiteral("SELECT count(*) FROM clues")).toLongLong();
    PoolSession session(std::move(v.pool.pool), PoolOptions{});
    SettingsScreen screen(session);
    screen.reload();
    auto* rekey = screen.findChild<QPushButton*>(QStringLiteral("rekey"));
    REQUIRE(rekey);
    CHECK(screen.findChild<QLabel*>(QStringLiteral("encryptionState"))->text().contains(QStringLiteral("not encrypted")));
    QStringList told;
    testing::ModalAnswerer answer([&](QWidget* w) {
        if (auto* box = qobject_cast<QMessageBox*>(w)) {
            told << box->text();
            box->accept();
        } else if (w->objectName() == QStringLiteral("passphraseDialog")) {
            w->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QStringLiteral("tiger kettle moss lantern quay 7"));
            w->findChild<QLineEdit*>(QStringLiteral("passphraseAgain"))
                ->setText(QStringLiteral("tiger kettle moss lantern quay 7"));
            okOf(w)->click();
        }
    });
    rekey->click();
    REQUIRE(testing::waitFor([&] { return !told.isEmpty(); }, 60000));
    INFO(told.join(u'\n').toStdString());
    CHECK(told.front().contains(QStringLiteral("encrypted now")));
    CHECK(crypto::isEncrypted(path));
    CHECK(session.pool().encrypted());
    CHECK(session.pool().db().scalar(QStringLiteral("SELECT count(*) FROM clues")).toLongLong() == clues);
    CHECK(session.openConnection().ok()); // workers open with the new key
    CHECK(screen.findChild<QLabel*>(QStringLiteral("encryptionState"))->text().contains(QStringLiteral("is encrypted")));
}
