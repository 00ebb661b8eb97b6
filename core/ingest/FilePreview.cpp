#include "ingest/FilePreview.h"

#include "ingest/DatasetCatalog.h"

namespace cluedesk {

QString FilePreview::suggestedType() const
{
    QString best;
    int score = 0;
    for (const SheetPreview& s : sheets)
        if (!s.suggestions.empty() && s.suggestions.front().second > score) {
            score = s.suggestions.front().second;
            best = s.suggestions.front().first;
        }
    return best;
}

Result<FilePreview> FilePreview::of(
    const QString& path, const DatasetCatalog& catalog, const ReaderOptions& options, const QString& typeId)
{
    auto reader = openTable(path, options);
    if (!reader)
        return reader.error();
    FilePreview p;
    p.path = path;
    p.format = (*reader)->format();
    p.encoding = (*reader)->encoding();
    const QStringList sheets = (*reader)->sheets();
    for (int i = 0; i < sheets.size(); ++i) {
        SheetPreview s;
        s.name = sheets[i];
        if ((*reader)->openSheet(i)) {
            TableRow row;
            while (s.rows.size() < size_t(HeaderDetector::kRowsInspected) && (*reader)->next(row))
                s.rows.push_back(row);
        }
        s.suggestions = HeaderDetector::suggestTypes(s.rows, catalog);
        s.typeId = !typeId.isEmpty() ? typeId : (s.suggestions.empty() ? QString() : s.suggestions.front().first);
        if (const DatasetType* t = catalog.find(s.typeId))
            s.header = HeaderDetector::detect(s.rows, *t);
        p.sheets.push_back(std::move(s));
    }
    return p;
}

} // namespace cluedesk
