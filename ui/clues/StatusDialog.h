#pragma once
// Asks for the new status of one or more clues and the reason, offering only the changes the
// review rules allow from the clues' current status.
#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace cluedesk::ui {

class StatusDialog : public QDialog {
    Q_OBJECT
public:
    StatusDialog(const QString& currentStatus, int clueCount, QWidget* parent = nullptr);
    QString status() const;
    QString note() const;
    void accept() override;

private:
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace cluedesk::ui
