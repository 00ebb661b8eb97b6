#pragma once
// The library of screening models: built-in and the office's own, each in plain Chinese (or
// English) step by step, switched on or off, exported and imported as JSON to share with other
// offices, edited with validation that names the step and field at fault, and run with progress.
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTextBrowser;

namespace cluedesk::ui {

class PoolSession;

class ModelsScreen : public QWidget {
    Q_OBJECT
public:
    explicit ModelsScreen(PoolSession& session, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }
    QPlainTextEdit* editor() const { return m_editor; }
    QString description() const;
    QString checkResult() const;
    QTableWidget* parameters() const { return m_parameters; }

public Q_SLOTS:
    void reload();
    bool check();
    bool saveEdited();
    void toggleEnabled();
    void importFile(const QString& path);
    void exportFile(const QString& path);
    void runSelected();

private:
    void showSelected();
    QString selectedId() const;
    // The model's parameters as a table; a changed value is written into the JSON in the editor,
    // so it is checked and saved with the rest of the model.
    void fillParameters(const QJsonObject& model);
    void parameterEdited(QTableWidgetItem* item);

    PoolSession& m_session;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_view = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_check = nullptr;
    QPushButton* m_toggle = nullptr;
    QTableWidget* m_parameters = nullptr;
    bool m_filling = false;
};

} // namespace cluedesk::ui
