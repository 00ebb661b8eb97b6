#include "settings/SettingsScreen.h"

#include "assistance/AssistanceCalculator.h"
#include "common/PoolSession.h"
#include "screening/LocalArea.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/PassphraseDialog.h"
#include "security/UserStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cluedesk::ui {

SettingsScreen::SettingsScreen(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QHBoxLayout(this);
    auto* office = new QGroupBox(tr("Office"));
    auto* form = new QFormLayout(office);
    const std::vector<std::pair<QString, QString>> fields = {{QStringLiteral("county.name"), tr("County:")},
        {QStringLiteral("county.prefix"), tr("ID region prefix (local people):")},
        {QStringLiteral("county.historic_codes"), tr("Former region codes:")},
        {QStringLiteral("office.name"), tr("Office name (letters):")},
        {QStringLiteral("office.short"), tr("Short name for letter numbers:")},
        {QStringLiteral("office.contact"), tr("Contact for letters:")},
        {QStringLiteral("assistance.region"), tr("Parameter region:")},
        {QStringLiteral("assistance.budget"), tr("Annual assistance budget (yuan):")}};
    for (const auto& [key, label] : fields) {
        auto* edit = new QLineEdit;
        m_fields[key] = edit;
        form->addRow(label, edit);
    }
    m_fields.at(QStringLiteral("county.prefix"))->setInputMask(QStringLiteral("999999;_"));
    m_fields.at(QStringLiteral("county.prefix"))->setToolTip(tr("The first six digits of local ID numbers, e.g. 330382"));
    m_fields.at(QStringLiteral("county.historic_codes"))
        ->setToolTip(tr("Codes the county had before a renaming or merger, separated by commas: people born then "
                        "carry them in their ID numbers. A household address naming the county also makes a person local."));
    auto* saveButton = new QPushButton(tr("Save"));
    form->addRow(saveButton);
    connect(saveButton, &QPushButton::clicked, this, &SettingsScreen::save);
    auto* left = new QVBoxLayout;
    left->addWidget(office);
    // Encryption at rest: what the pool is, and the way to encrypt it or change its passphrase.
    auto* protection = new QGroupBox(tr("Encryption"));
    auto* protectionLayout = new QVBoxLayout(protection);
    m_encryption = new QLabel;
    m_encryption->setObjectName(QStringLiteral("encryptionState"));
    m_encryption->setWordWrap(true);
    m_rekey = new QPushButton;
    m_rekey->setObjectName(QStringLiteral("rekey"));
    protectionLayout->addWidget(m_encryption);
    protectionLayout->addWidget(m_rekey, 0, Qt::AlignLeft);
    connect(m_rekey, &QPushButton::clicked, this, &SettingsScreen::changePassphrase);
    left->addWidget(protection);
    left->addStretch(1);
    layout->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    auto* params = new QGroupBox(tr("Parameter sets for assistance amounts"));
    auto* pl = new QVBoxLayout(params);
    m_params = new QTableWidget(0, 5);
    m_params->setHorizontalHeaderLabels({tr("Set"), tr("Region"), tr("From"), tr("Benchmark"), tr("Origin")});
    m_params->horizontalHeader()->setStretchLastSection(true);
    m_params->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_params->verticalHeader()->hide();
    pl->addWidget(m_params);
    auto* importParams = new QPushButton(tr("Import parameter set..."));
    importParams->setEnabled(Access::can(session.pool(), Permission::EditParameters));
    pl->addWidget(importParams, 0, Qt::AlignLeft);
    connect(importParams, &QPushButton::clicked, this, &SettingsScreen::importParameters);
    right->addWidget(params);

    auto* users = new QGroupBox(tr("Users"));
    auto* ul = new QVBoxLayout(users);
    m_users = new QTableWidget(0, 4);
    m_users->setHorizontalHeaderLabels({tr("User"), tr("Role"), tr("Locked until"), tr("State")});
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->verticalHeader()->hide();
    ul->addWidget(m_users);
    auto* add = new QPushButton(tr("Add user..."));
    add->setEnabled(!session.pool().hasUsers() || Access::can(session.pool(), Permission::ManageUsers));
    ul->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, &SettingsScreen::addUser);
    right->addWidget(users);
    layout->addLayout(right, 2);
    connect(&session, &PoolSession::changed, this, &SettingsScreen::reload);
    reload();
}

void SettingsScreen::reload()
{
    for (const auto& [key, edit] : m_fields)
        edit->setText(m_session.pool().setting(key));
    showEncryption();
    m_params->setRowCount(0);
    for (const ParameterSet& s : ParameterStore(m_session.pool()).all()) {
        const int r = m_params->rowCount();
        m_params->insertRow(r);
        const QStringList cells = {s.title.text(), s.region, s.effectiveFrom.toString(Qt::ISODate),
            AssistanceCalculator::yuan(s.benchmarkFen), s.builtIn ? tr("built-in") : tr("the office's own")};
        for (int c = 0; c < cells.size(); ++c)
            m_params->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_params->resizeColumnsToContents();
    m_users->setRowCount(0);
    for (const UserRow& u : UserStore(m_session.pool()).list()) {
        const int r = m_users->rowCount();
        m_users->insertRow(r);
        const QStringList cells = {
            u.name, Access::roleTitle(u.role).text(), u.lockedUntil.left(16), u.disabled ? tr("disabled") : tr("active")};
        for (int c = 0; c < cells.size(); ++c)
            m_users->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void SettingsScreen::showEncryption()
{
    const bool encrypted = m_session.pool().encrypted();
    m_encryption->setText(encrypted ? tr("This pool is encrypted (XChaCha20-Poly1305; key from the passphrase with Argon2id).")
                                    : tr("<b style='color:#B00000'>This pool is not encrypted.</b> Anyone with the file reads "
                                         "every person in it."));
    m_rekey->setText(encrypted ? tr("Change passphrase...") : tr("Encrypt this pool..."));
    m_rekey->setEnabled(Access::can(m_session.pool(), Permission::ManageUsers));
}

void SettingsScreen::changePassphrase()
{
    const bool encrypted = m_session.pool().encrypted();
    PassphraseDialog dialog(encrypted ? PassphraseDialog::Purpose::Change : PassphraseDialog::Purpose::Encrypt, m_session.path(),
        {m_session.pool().setting(QStringLiteral("office.name")), m_session.pool().setting(QStringLiteral("county.name"))}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_session.rekey(dialog.passphrase());
    QApplication::restoreOverrideCursor();
    if (!s)
        QMessageBox::warning(this, tr("Encryption"), s.error().message);
    else
        QMessageBox::information(this, tr("Encryption"),
            encrypted ? tr("The pool now opens only with the new passphrase.")
                      : tr("The pool is encrypted now. Backups and copies made before are not: delete them."));
    showEncryption();
}

void SettingsScreen::save()
{
    const QString prefix = m_fields.at(QStringLiteral("county.prefix"))->text().trimmed();
    if (!prefix.isEmpty() && prefix.size() != 6) {
        QMessageBox::information(this, tr("Settings"), tr("The ID region prefix has six digits, e.g. 330382."));
        return;
    }
    bool codesOk = true;
    LocalArea::parseCodes(m_fields.at(QStringLiteral("county.historic_codes"))->text(), &codesOk);
    if (!codesOk) {
        QMessageBox::information(
            this, tr("Settings"), tr("Former region codes have six digits each, separated by commas, e.g. 330322, 330325."));
        return;
    }
    for (const auto& [key, edit] : m_fields)
        if (Status s = m_session.pool().changeSetting(key, edit->text().trimmed()); !s) {
            QMessageBox::warning(this, tr("Settings"), s.error().message);
            break;
        }
    m_session.notifyChanged();
}

void SettingsScreen::importParameters()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import parameter set"), QString(), tr("Parameter sets (*.json)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    auto s = ParameterStore(m_session.pool()).import(QJsonDocument::fromJson(f.readAll()).object());
    if (!s)
        QMessageBox::warning(this, tr("Import parameter set"), s.error().message);
    m_session.notifyChanged();
}

void SettingsScreen::addUser()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add user"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit;
    auto* role = new QComboBox;
    for (const QString& r : Access::roles())
        role->addItem(Access::roleTitle(r).text(), r);
    if (!m_session.pool().hasUsers()) {
        role->setCurrentIndex(0);
        role->setEnabled(false); // the first user is the administrator
    }
    auto* password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    auto* again = new QLineEdit;
    again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User:"), name);
    form->addRow(tr("Role:"), role);
    form->addRow(tr("Password:"), password);
    form->addRow(tr("Password again:"), again);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (password->text() != again->text()) {
        QMessageBox::information(this, tr("Add user"), tr("The two passwords differ."));
        return;
    }
    auto r = UserStore(m_session.pool()).add(name->text().trimmed(), role->currentData().toString(), password->text().toUtf8());
    if (!r)
        QMessageBox::warning(this, tr("Add user"), r.error().message);
    m_session.notifyChanged();
}

} // namespace cluedesk::ui
