#pragma once
// The letter composer: template, addressee, date, reply deadline and requested measures for
// the selected decided clues; print preview of the draft; issuing takes the register's next
// number and saves the PDF, and can print it.
#include "letters/LetterComposer.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPrinter;
class QTextBrowser;

namespace cluedesk::ui {

class PoolSession;

class LetterDialog : public QDialog {
    Q_OBJECT
public:
    LetterDialog(PoolSession& session, const QList<qint64>& clueIds, QWidget* parent = nullptr);
    LetterRequest request() const;
    // Composes the draft; shows why not when it cannot be written (e.g. no decision yet).
    bool refresh();
    // Registers the letter and writes its PDF to path; returns the number or empty.
    QString issueTo(const QString& path);

public Q_SLOTS:
    void preview();
    void issue();

private:
    QComboBox* m_templ = nullptr;
    QComboBox* m_department = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_deadline = nullptr;
    QPlainTextEdit* m_measures = nullptr;
    PoolSession& m_session;
    std::vector<qint64> m_clues;
    QTextBrowser* m_view = nullptr;
    QLabel* m_problem = nullptr;
    QWidget* m_deadlineLabel = nullptr;
    std::optional<LetterDraft> m_draft;
};

} // namespace cluedesk::ui
