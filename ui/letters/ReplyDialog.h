#pragma once
// Recording a department's reply to a letter: its date, what it says and, when there is one,
// the reply as a file (a scan or a PDF) to keep in the pool.
#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace cluedesk::ui {

class ReplyDialog : public QDialog {
    Q_OBJECT
public:
    ReplyDialog(const QString& number, const QDate& letterDate, QWidget* parent = nullptr);
    QDate date() const;
    QString text() const;
    QString filePath() const { return m_filePath; }

private:
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_file = nullptr;
    QString m_filePath;
};

} // namespace cluedesk::ui
