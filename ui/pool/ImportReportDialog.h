#pragma once
// What an import did: rows read, imported, rejected and skipped, the reasons grouped with
// an example each, and the way to the full list of rows not imported.
#include "ingest/Importer.h"

#include <QDialog>

namespace cluedesk {
class Pool;
}

namespace cluedesk::ui {

class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(Pool& pool, const ImportReport& report, QWidget* parent = nullptr);
};

} // namespace cluedesk::ui
