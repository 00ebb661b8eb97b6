#include "clues/StatusDialog.h"

#include "review/ClueStatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cluedesk::ui {

StatusDialog::StatusDialog(const QString& current, const QString& workflow, int clueCount, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(clueCount == 1 ? tr("Change status") : tr("Change status of %n clue(s)", nullptr, clueCount));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Now:"), new QLabel(ClueStatus::title(current).text()));
    m_status = new QComboBox;
    for (const QString& s : ClueStatus::nextFrom(current, workflow))
        m_status->addItem(ClueStatus::title(s).text(), s);
    m_status->setObjectName(QStringLiteral("status"));
    form->addRow(tr("New status:"), m_status);
    m_recovered = new QDoubleSpinBox;
    m_recovered->setObjectName(QStringLiteral("recovered"));
    m_recovered->setRange(0, 1e10);
    m_recovered->setDecimals(2);
    m_recovered->setSuffix(tr(" yuan"));
    m_recovered->setSpecialValueText(tr("none"));
    auto* recoveredLabel = new QLabel(tr("Money recovered:"));
    form->addRow(recoveredLabel, m_recovered);
    const auto showRecovered = [this, recoveredLabel] {
        const bool on = ClueStatus::recordsRecovery(status());
        m_recovered->setVisible(on);
        recoveredLabel->setVisible(on);
    };
    connect(m_status, &QComboBox::currentIndexChanged, this, showRecovered);
    showRecovered();
    m_note = new QPlainTextEdit;
    m_note->setPlaceholderText(tr("What was found and why (required for a decision; it is quoted in letters)"));
    m_note->setMinimumSize(420, 110);
    form->addRow(tr("Reason:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_status->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString StatusDialog::status() const
{
    return m_status->currentData().toString();
}

std::optional<qint64> StatusDialog::recoveredFen() const
{
    if (!ClueStatus::recordsRecovery(status()) || m_recovered->value() <= 0)
        return std::nullopt;
    return qRound64(m_recovered->value() * 100);
}

QString StatusDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void StatusDialog::accept()
{
    if (ClueStatus::isDecision(status()) && note().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("A decision needs a reason: say what was found."));
        m_note->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cluedesk::ui
