#include "security/LoginDialog.h"

#include "pool/Pool.h"
#include "security/UserStore.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cluedesk::ui {

LoginDialog::LoginDialog(Pool& pool, const QString& name, QWidget* parent) : QDialog(parent), m_pool(pool)
{
    setWindowTitle(tr("Log in — %1").arg(QFileInfo(pool.path()).fileName()));
    auto* form = new QFormLayout(this);
    user = new QLineEdit(name);
    password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User:"), user);
    form->addRow(tr("Password:"), password);
    m_problem = new QLabel;
    m_problem->setStyleSheet(QStringLiteral("color:#B00000"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    (name.isEmpty() ? user : password)->setFocus();
}

void LoginDialog::accept()
{
    auto r = UserStore(m_pool).login(user->text().trimmed(), password->text().toUtf8());
    password->clear();
    if (!r) {
        m_problem->setText(r.error().message);
        return;
    }
    QDialog::accept();
}

QString LoginDialog::problem() const
{
    return m_problem->text();
}

} // namespace cluedesk::ui
