#pragma once
// The workstation window: a navigation list on the left in the order of the officer's day
// (data, case files, models, clues, ...) and the screen on the right.
#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace cluedesk::ui {

class PoolSession;
class DataPoolScreen;
class CluesScreen;
class CaseFilesScreen;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(PoolSession& session, QWidget* parent = nullptr);
    // Screens by name, for tests and for links between screens.
    void showScreen(const QString& name);
    QWidget* screen(const QString& name) const;
    DataPoolScreen* dataPool() const { return m_dataPool; }
    CluesScreen* clues() const { return m_clues; }
    CaseFilesScreen* caseFiles() const { return m_caseFiles; }
    // Saves <dir>/<screen>.png for every screen (documentation, visual review).
    void saveScreenshots(const QString& dir);

protected:
    void closeEvent(QCloseEvent* event) override;
    // From the error boundary: tell the officer; close the pool when it cannot go on.
    void storageFailed(const QString& message, bool fatal);

private:
    void addScreen(const QString& name, const QString& title, const QIcon& icon, QWidget* widget);
    void buildMenus();
    void openPool();
    void newPool();
    void about();

    PoolSession& m_session;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStringList m_names;
    DataPoolScreen* m_dataPool = nullptr;
    CluesScreen* m_clues = nullptr;
    CaseFilesScreen* m_caseFiles = nullptr;
};

} // namespace cluedesk::ui
