#pragma once
// Imports one or more bureau files of one dataset type as a new dataset version, in one
// transaction: a failure or a cancel changes nothing, and a killed process leaves the pool as
// it was. Every row that is not imported is kept as an issue with file, sheet, row, column,
// the text as written and the reason.
#include "ingest/ColumnMapping.h"
#include "ingest/TableReader.h"
#include "util/Result.h"

#include <QDate>
#include <QStringList>
#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;
class DatasetCatalog;

struct ImportRequest {
    QString type;
    QStringList files;
    QString sheet;                          // empty: every sheet whose header fits the type
    std::optional<MappingOverride> mapping; // explicit columns
    QDate asOf;                             // the date the list describes; default today
    QString stream;                         // separate current versions (e.g. one per town)
    ReaderOptions reader;
};

struct ImportReport {
    struct SheetReport {
        QString file;
        QString sheet;
        qint64 headerRow = 0;
        QStringList mapped;   // "C 身份证号码 -> 身份证号码"
        QStringList unmapped; // header names kept as extra columns
    };
    struct Reason {
        QString severity;
        QString code;
        qint64 count = 0;
        QString example; // one message, with its file and row
    };
    qint64 datasetId = 0;
    QString type;
    QString asOf;
    qint64 read = 0, imported = 0, rejected = 0, skipped = 0, warned = 0;
    std::vector<SheetReport> sheets;
    std::vector<Reason> reasons; // grouped by severity and code
    QStringList notes;           // file-level remarks (sheets without a header, damaged ends)
};

// What an import is doing: reading rows (with the fraction of the files read), then, after a
// large list, building the pool's search indexes, then writing everything to disk. The last two
// take seconds at a million rows and say nothing about how far they are.
enum class ImportStage { Rows, Indexes, Saving };
using ImportProgress = std::function<void(ImportStage stage, double fraction, qint64 rows)>;

class Importer {
public:
    Importer(Pool& pool, const DatasetCatalog& catalog);
    Result<ImportReport> run(
        const ImportRequest& request, const ImportProgress& progress = {}, const std::atomic_bool* cancel = nullptr);

    static QString headerSignature(const QString& type, const QStringList& headers);

private:
    Pool& m_pool;
    const DatasetCatalog& m_catalog;
};

} // namespace cluedesk
