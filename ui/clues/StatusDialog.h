#pragma once
// Asks for the new status of one or more clues and the reason, offering only the changes the
// review rules of the clues' path (aid or supervision) allow from their current status, and the
// money recovered when a supervision clue becomes corrected.
#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;

namespace cluedesk::ui {

class StatusDialog : public QDialog {
    Q_OBJECT
public:
    StatusDialog(const QString& currentStatus, const QString& workflow, int clueCount, QWidget* parent = nullptr);
    QString status() const;
    QString note() const;
    std::optional<qint64> recoveredFen() const; // only for corrected, when an amount was entered
    void accept() override;

private:
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDoubleSpinBox* m_recovered = nullptr;
};

} // namespace cluedesk::ui
