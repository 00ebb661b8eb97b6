#pragma once
// The import wizard in one dialog: the files, the dataset type (suggested from the headers),
// the as-of date, a preview of the first rows with the header found, and the column mapping,
// which the officer can correct (the correction is remembered for files of that layout).
#include "ingest/DatasetCatalog.h"
#include "ingest/FilePreview.h"
#include "ingest/Importer.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cluedesk::ui {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QStringList& files, DatasetCatalog catalog, QWidget* parent = nullptr);
    ImportRequest request() const;
    // Null when the first file cannot be read at all (the message is then in previewError()).
    bool hasPreview() const { return m_preview.has_value(); }
    QString previewError() const { return m_previewError; }

private:
    void typeChanged();
    void fillPreview();
    void fillMapping();

    QStringList m_files;
    DatasetCatalog m_catalog;
    std::optional<FilePreview> m_preview;
    QString m_previewError;
    QComboBox* m_type = nullptr;
    QLabel* m_suggestion = nullptr;
    QDateEdit* m_asOf = nullptr;
    QLineEdit* m_stream = nullptr;
    QTableWidget* m_rows = nullptr;
    QTableWidget* m_mapping = nullptr;
    QLabel* m_headerNote = nullptr;
    bool m_mappingEdited = false;
};

} // namespace cluedesk::ui
