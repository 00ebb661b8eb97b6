#include "clues/StatusDialog.h"

#include "review/ClueStatus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cluedesk::ui {

StatusDialog::StatusDialog(const QString& current, int clueCount, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(clueCount == 1 ? tr("Change status") : tr("Change status of %n clue(s)", nullptr, clueCount));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Now:"), new QLabel(ClueStatus::title(current).text()));
    m_status = new QComboBox;
    for (const QString& s : ClueStatus::nextFrom(current))
        m_status->addItem(ClueStatus::title(s).text(), s);
    form->addRow(tr("New status:"), m_status);
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
