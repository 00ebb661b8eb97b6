#pragma once
// What a file will look like to the importer, without importing it: format, encoding, sheets,
// the first rows, the dataset types its header fits best and the column mapping for one of
// them. Used by `inspect` and by the import wizard.
#include "ingest/HeaderDetector.h"

namespace cluedesk {

class DatasetCatalog;

struct SheetPreview {
    QString name;
    std::vector<TableRow> rows;                       // the first rows as read
    std::vector<std::pair<QString, int>> suggestions; // type id, fields matched; best first
    std::optional<HeaderGuess> header;                // for the type asked for, or the best suggestion
    QString typeId;                                   // the type the header was matched against
};

struct FilePreview {
    QString path;
    QString format;
    QString encoding;
    std::vector<SheetPreview> sheets;
    // The best type over all sheets (empty if no header fits any type).
    QString suggestedType() const;

    static Result<FilePreview> of(
        const QString& path, const DatasetCatalog& catalog, const ReaderOptions& options = {}, const QString& typeId = {});
};

} // namespace cluedesk
