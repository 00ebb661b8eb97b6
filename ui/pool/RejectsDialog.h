#pragma once
// The rows of a dataset version that were not imported (and, on request, the skipped rows
// and warnings): file, sheet, row, column, the text as written and the reason; exportable to
// Excel so the officer can send it back to the bureau.
#include "pool/DatasetStore.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

namespace cluedesk::ui {

class RejectsDialog : public QDialog {
    Q_OBJECT
public:
    RejectsDialog(Pool& pool, qint64 datasetId, QWidget* parent = nullptr);

private:
    void reload();
    void exportRows();
    Pool& m_pool;
    qint64 m_datasetId;
    QCheckBox* m_all = nullptr;
    QTableWidget* m_table = nullptr;
    std::vector<ImportIssue> m_issues;
};

} // namespace cluedesk::ui
