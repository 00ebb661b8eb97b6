#pragma once
// The data pool screen: every dataset version with its source files and counts, importing by
// drag and drop or the toolbar, the rows that were not imported, and withdrawing a version
// imported by mistake.
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace cluedesk::ui {

class PoolSession;
class DatasetTableModel;

class DataPoolScreen : public QWidget {
    Q_OBJECT
public:
    explicit DataPoolScreen(PoolSession& session, QWidget* parent = nullptr);
    void importFiles(const QStringList& files);

public Q_SLOTS:
    void chooseFiles();
    void reload();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showRejects();
    void withdrawSelected();
    qint64 selectedId() const;

    PoolSession& m_session;
    DatasetTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace cluedesk::ui
