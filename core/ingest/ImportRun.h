#pragma once
// One import run, internal to the Importer: it streams the sheets of the files, finds each
// sheet's header, maps and checks the rows (on a second thread where the reader allows) and
// writes records, persons and issues, accumulating the report. The Importer around it checks
// the files first and holds the transaction.
#include "ingest/Importer.h"
#include "ingest/RowBatch.h"
#include "ingest/RowMapper.h"
#include "pool/DatasetStore.h"

#include <QHash>
#include <QRandomGenerator>
#include <map>
#include <utility>
#include <vector>

namespace cluedesk {

class TableReader;

// Thrown when the officer cancels between rows; the Importer rolls everything back.
struct ImportCancelled { };

// Everything one import run accumulates while it streams rows.
class ImportRun {
public:
    ImportRun(Pool& pool, const DatasetType& type, const ImportRequest& request, const ImportProgress& progress,
        const std::atomic_bool* cancel);

    Status importFile(int fileIndex, const QString& path, const DatasetFile& file, TableReader& reader);
    ImportReport& report() { return m_report; }
    DatasetStore& store() { return m_store; }

private:
    Status importSheet(
        int fileIndex, const DatasetFile& file, qint64 fileId, TableReader& reader, int sheetIndex, bool mustHaveHeader);
    // The reading thread's part of a row: map it, serialise it, recognise a copy. It never
    // touches the pool.
    void prepare(const QString& fileName, const QString& sheet, const RowMapper& mapper, TableRow&& row, RowBatch& batch);
    void prepareBatch(
        const QString& fileName, const QString& sheet, const RowMapper& mapper, TableReader& reader, RowBatch& batch);
    // The writing thread's part: store the batch's rows and issues in order.
    void writeBatch(int fileIndex, const DatasetFile& file, qint64 fileId, const QString& sheet, const RowBatch& batch);
    void writeWhole(const DatasetFile& file, qint64 fileId, const QString& sheet, const RowBatch::WholeRow& w);
    // The rest of the sheet, read and mapped on a second thread while this one writes.
    void writeReadAhead(int fileIndex, const DatasetFile& file, qint64 fileId, const QString& sheet, const RowMapper& mapper,
        TableReader& reader);
    void addIssue(qint64 fileId, const DatasetFile& file, const QString& sheet, std::optional<qint64> row, const RowIssue& issue,
        const QString& rowData, const QString& repair = {});
    static QString repairJson(const MappedRow& m, size_t issue, const QByteArray& fields, std::optional<qint64> recordId);
    void flushBlanks(qint64 fileId, const DatasetFile& file, const QString& sheet);
    void tick(int fileIndex, double readerProgress);

    DatasetStore m_store;
    Pool& m_pool;
    const DatasetType& m_type;
    const ImportRequest& m_request;
    const ImportProgress& m_progress;
    const std::atomic_bool* m_cancel;
    ImportReport m_report;
    std::map<std::pair<QString, QString>, size_t> m_reasonIndex;
    // 128-bit fingerprints of the rows imported so far, to recognise copies in a million rows
    // without keeping the rows.
    struct Fingerprint {
        quint64 first;
        quint64 second;
        bool operator==(const Fingerprint& o) const { return first == o.first && second == o.second; }
        // The halves are already hashes under seeds of this import.
        friend size_t qHash(const Fingerprint& f, size_t seed) noexcept
        {
            return size_t(f.first ^ (f.second * 0x9E3779B97F4A7C15ull)) ^ seed;
        }
    };
    // Where a row was first seen: 16 bytes per row, so a million rows cost little memory.
    struct RowRef {
        quint32 place; // index into m_places (file and sheet)
        qint64 row;
    };
    quint32 placeOf(const QString& fileName, const QString& sheet);
    std::vector<std::pair<QString, QString>> m_places; // file name, sheet
    Fingerprint fingerprint(const QByteArray& fields, const QByteArray& persons) const;
    const std::pair<size_t, size_t> m_seeds{
        size_t(QRandomGenerator::system()->generate64()), size_t(QRandomGenerator::system()->generate64())};
    QString describe(const RowRef& ref) const;
    // A QHash keeps its entries in blocks; std::unordered_map spent a malloc and a free on each
    // row (1M-row CSV: peak 236 -> 225 MiB, 12.8 -> 12.4 s).
    QHash<Fingerprint, RowRef> m_seenRows;
    std::vector<qint64> m_pendingBlanks;
    qint64 m_rowsSinceTick = 0;
};

} // namespace cluedesk
