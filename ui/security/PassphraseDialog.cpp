#include "security/PassphraseDialog.h"

#include "security/PassphraseStrength.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cluedesk::ui {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& poolPath, const QStringList& knownWords, QWidget* parent)
    : QDialog(parent), m_knownWords(knownWords)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(purpose == Purpose::NewPool ? tr("Protect the new pool")
            : purpose == Purpose::Encrypt      ? tr("Encrypt this pool")
                                               : tr("Change the pool's passphrase"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<p>The pool <b>%1</b> will hold ID numbers, hardship and crime victims' data. "
                                "Everything in it is encrypted with this passphrase; without it nobody, not even ClueDesk, "
                                "can read the file. Choose several unrelated words and keep the passphrase where only the "
                                "office can find it: it cannot be recovered.</p>")
                                 .arg(QDir::toNativeSeparators(poolPath).toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_first = new QLineEdit;
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit;
    m_second->setObjectName(QStringLiteral("passphraseAgain"));
    m_second->setEchoMode(QLineEdit::Password);
    m_meter = new QProgressBar;
    m_meter->setObjectName(QStringLiteral("strength"));
    m_meter->setRange(0, 3);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(10);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    form->addRow(tr("Passphrase:"), m_first);
    form->addRow(tr("Again:"), m_second);
    form->addRow(tr("Strength:"), m_meter);
    form->addRow(QString(), m_verdict);
    layout->addLayout(form);
    if (purpose == Purpose::NewPool) {
        m_plain = new QCheckBox(tr("Create the pool unencrypted (not recommended)"));
        m_plain->setObjectName(QStringLiteral("plain"));
        m_plainWarning = new QLabel(tr("Anyone who gets the file, a copy or the laptop reads every person in it. Only for "
                                       "made-up data, or encrypt it later in Settings."));
        m_plainWarning->setWordWrap(true);
        m_plainWarning->setStyleSheet(QStringLiteral("color:#B00000"));
        m_plainWarning->setVisible(false);
        layout->addWidget(m_plain);
        layout->addWidget(m_plainWarning);
        connect(m_plain, &QCheckBox::toggled, this, &PassphraseDialog::update);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    resize(520, sizeHint().height());
    update();
}

PassphraseDialog::~PassphraseDialog()
{
    // QLineEdit keeps its text until it is replaced; replace it so it does not linger.
    m_first->setText(QString(m_first->text().size(), u' '));
    m_second->setText(QString(m_second->text().size(), u' '));
}

QByteArray PassphraseDialog::passphrase() const
{
    return plainChosen() ? QByteArray() : m_first->text().toUtf8();
}

bool PassphraseDialog::plainChosen() const
{
    return m_plain && m_plain->isChecked();
}

void PassphraseDialog::update()
{
    const bool plain = plainChosen();
    m_first->setEnabled(!plain);
    m_second->setEnabled(!plain);
    if (m_plainWarning)
        m_plainWarning->setVisible(plain);
    const PassphraseStrength s = assessPassphrase(m_first->text().toUtf8(), m_knownWords);
    static const char* colours[] = {"#C62828", "#EF6C00", "#2E7D32", "#1B5E20"};
    m_meter->setValue(m_first->text().isEmpty() ? 0 : std::max(1, s.level));
    m_meter->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(colours[s.level])));
    const bool same = m_first->text() == m_second->text();
    QString verdict = m_first->text().isEmpty() ? QString() : s.verdict;
    if (s.acceptable && !m_second->text().isEmpty() && !same)
        verdict += QLatin1Char(' ') + tr("The two entries differ.");
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colours[s.level])));
    m_ok->setEnabled(plain || (s.acceptable && same));
}

} // namespace cluedesk::ui
