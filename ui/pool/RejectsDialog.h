#pragma once
// The rows of a dataset version that were not imported (and, on request, the skipped rows
// and warnings): file, sheet, row, column, the text as written and the reason; exportable to
// Excel so the officer can send it back to the bureau. A row rejected for an invalid ID shows
// its possible matches (the same name in the pool with an ID one edit away) below the table,
// where the officer links the row to one of them or dismisses them.
#include "ingest/PossibleMatches.h"
#include "pool/DatasetStore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cluedesk::ui {

class RejectsDialog : public QDialog {
    Q_OBJECT
public:
    RejectsDialog(Pool& pool, qint64 datasetId, QWidget* parent = nullptr);

private:
    void reload();
    void showMatches();
    // After a decision: the next row with a match still to decide, so the officer goes on.
    void selectNextOpen();
    void confirmMatch();
    void dismissMatches();
    void exportRows();
    const ImportIssue* selectedIssue() const;
    QString decisionText(const ImportIssue& issue) const;

    Pool& m_pool;
    qint64 m_datasetId;
    QCheckBox* m_all = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_matchTitle = nullptr;
    QTableWidget* m_matchTable = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_dismiss = nullptr;
    QLabel* m_result = nullptr;
    std::vector<ImportIssue> m_issues;
    std::map<qint64, std::vector<PossibleMatch>> m_matches;
};

} // namespace cluedesk::ui
