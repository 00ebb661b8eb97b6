#include "security/LoginDialog.h"

#include "security/PoolLogin.h"
#include "security/UserStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cluedesk::ui {

LoginDialog::LoginDialog(Pool& pool, const QString& name, QWidget* parent) : QDialog(parent)
{
    m_check = [&pool](const QString& who, const QByteArray& secret) -> Status {
        auto r = UserStore(pool).login(who, secret);
        return r ? success() : Status(r.error());
    };
    build(pool.path(), name, false);
}

LoginDialog::LoginDialog(const QString& path, const PoolOptions& options, const QString& name, QWidget* parent) : QDialog(parent)
{
    m_check = [this, path, options](const QString& who, const QByteArray& secret) -> Status {
        auto r = PoolLogin::open(path, options, who, secret);
        if (!r)
            return r.error();
        m_opened = std::move(*r);
        return success();
    };
    build(path, name, true);
}

void LoginDialog::build(const QString& poolPath, const QString& name, bool withPassphraseChoice)
{
    setWindowTitle(tr("Log in — %1").arg(QFileInfo(poolPath).fileName()));
    auto* form = new QFormLayout(this);
    if (withPassphraseChoice) {
        auto* note = new QLabel(tr("This pool is encrypted. Your own password opens it; you do not need the pool passphrase."));
        note->setWordWrap(true);
        form->addRow(note);
    }
    m_user = new QLineEdit(name);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color:#B00000"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    if (withPassphraseChoice) {
        QPushButton* passphrase = buttons->addButton(tr("Use the pool passphrase…"), QDialogButtonBox::ResetRole);
        passphrase->setObjectName(QStringLiteral("usePassphrase"));
        connect(passphrase, &QPushButton::clicked, this, [this] {
            m_wantsPassphrase = true;
            reject();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    (name.isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::accept()
{
    QByteArray secret = m_password->text().toUtf8();
    m_password->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor); // the password's key takes about a second
    const Status s = m_check(m_user->text().trimmed(), secret);
    QApplication::restoreOverrideCursor();
    crypto::wipe(secret);
    if (!s) {
        m_problem->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

QString LoginDialog::problem() const
{
    return m_problem->text();
}

} // namespace cluedesk::ui
