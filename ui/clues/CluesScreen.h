#pragma once
// The review queue: every clue of every model, filtered by model, grade, status, town and
// "new since the last run"; the evidence that made the selected clue fire and its history;
// status changes (one clue or many at once), notes, and the way on to the person, the visit,
// the amount and the letter.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace cluedesk::ui {

class ClueTableModel;
class PoolSession;

class CluesScreen : public QWidget {
    Q_OBJECT
public:
    explicit CluesScreen(PoolSession& session, QWidget* parent = nullptr);
    ClueTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString evidenceText() const;
    QString historyText() const;
    QList<qint64> selectedClues() const;
    void selectRow(int row);

public Q_SLOTS:
    void runModels();
    void reload();
    void changeStatus();
    void addNote();
    void openPerson();

Q_SIGNALS:
    void personRequested(const QString& personKey, qint64 clueId);
    void letterRequested(const QList<qint64>& clueIds);

private:
    void applyFilter();
    void showCurrent();
    void fillFilters();

    PoolSession& m_session;
    ClueTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_modelFilter = nullptr;
    QComboBox* m_gradeFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_townFilter = nullptr;
    QCheckBox* m_newOnly = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTextBrowser* m_header = nullptr;
    QTextBrowser* m_evidence = nullptr;
    QTextBrowser* m_history = nullptr;
    QPushButton* m_statusButton = nullptr;
    QPushButton* m_noteButton = nullptr;
    QPushButton* m_personButton = nullptr;
    QPushButton* m_letterButton = nullptr;
};

} // namespace cluedesk::ui
