#pragma once
// Dataset versions, their files, their records and the import issues, as stored in the pool.
// A version is current when it is the newest active one of its type and stream; older ones
// stay for audit and follow-up.
#include "pool/Pool.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace cluedesk {

struct DatasetFile {
    qint64 id = 0;
    qint64 datasetId = 0;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QString format;
    QString encoding;
};

struct DatasetInfo {
    qint64 id = 0;
    QString type;
    QString stream;
    QString asOf;
    QString importedAt;
    QString importedBy;
    QString status;
    qint64 rowsRead = 0, rowsImported = 0, rowsRejected = 0, rowsSkipped = 0, rowsWarned = 0;
    bool current = false;
    std::vector<DatasetFile> files;
};

struct ImportIssue {
    qint64 id = 0;
    qint64 datasetId = 0;
    QString fileName;
    QString sheet;
    std::optional<qint64> row;
    QString column;
    QString original;
    QString severity; // rejected, skipped, warning
    QString code;
    QString message;
    QString rowData; // JSON array of the row's cells as written
    // For an invalid ID (code id.invalid): the person's role and name and, when broken IDs are
    // all that kept the row out, the record to store once they are matched (JSON; see
    // PossibleMatches). Written on import; not handed out by issues().
    QString repair;
    // The officer's decision on the possible matches: "matched" (with the ID as this user may
    // see it), "dismissed", or empty.
    QString decision, decidedKey, decidedBy;
    // What a match did to the row: "linked" (the row is in the pool with this person),
    // "waiting" (kept out until its other broken IDs are matched too) or "out" (other reasons
    // keep it out); empty without a match.
    QString matchOutcome;
    QString personName; // the name beside the invalid ID, when there is one
};

struct IssueFilter {
    std::optional<qint64> datasetId;
    QStringList severities; // empty = all
};

class DatasetStore {
public:
    explicit DatasetStore(Pool& pool) : m_pool(pool) { }

    std::vector<DatasetInfo> list(bool currentOnly = false);
    std::optional<DatasetInfo> get(qint64 id);
    std::optional<DatasetFile> fileBySha(const QString& sha256);
    std::vector<ImportIssue> issues(const IssueFilter& filter);
    // Ids of the current versions of a type (one per stream).
    std::vector<qint64> currentVersions(const QString& type);
    qint64 recordCount(qint64 datasetId);

    // Writing; callers hold the transaction.
    qint64 createVersion(const QString& type, const QString& stream, const QString& asOf, const QJsonObject& options);
    qint64 addFile(const DatasetFile& file);
    void finishVersion(const DatasetInfo& counts);
    void addIssue(const ImportIssue& issue, std::optional<qint64> fileId);
    qint64 addRecord(qint64 datasetId, qint64 fileId, const QString& sheet, qint64 row, const QString& dataJson);
    qint64 addRecord(qint64 datasetId, qint64 fileId, const QString& sheet, qint64 row, const QByteArray& dataJsonUtf8);
    // Keeps the ID and the name as written only where they differ from the key and the
    // normalised name (most rows: they do not); read them back with the expressions below.
    void addPerson(qint64 recordId, qint64 datasetId, const QString& role, const QString& key, const QString& idWritten,
        const QString& name, const QString& nameWritten);
    // The same with every text in UTF-8 already, and the ID and name as written already empty
    // where they equal the key and the name.
    void addPersonUtf8(qint64 recordId, qint64 datasetId, QByteArrayView role, QByteArrayView key, QByteArrayView idWritten,
        QByteArrayView name, QByteArrayView nameWritten);
    // SQL for a record_persons row's ID and name as written, given the table's alias.
    static QString idWrittenSql(QStringView alias);
    static QString nameWrittenSql(QStringView alias);
    // SQL that picks a person's record_persons rows (alias) by their key or keys (an expression,
    // or IN and a list): the one index on persons leads with the dataset version, so the lookup
    // names every version and searches each (a thousand versions take a millisecond).
    static QString personRowsSql(QStringView alias, QStringView keyTest);
    // Records that rows of the version holding this record changed after its import, so that
    // screening does not take it for the version it last ran on. Every change to stored rows
    // outside an import calls it.
    void markChanged(qint64 recordId);
    // Withdraws a version (a wrong file imported); its rows stay for the audit trail.
    Status withdraw(qint64 datasetId);

    // Column mappings an officer corrected, remembered by header signature.
    std::optional<QJsonObject> rememberedMapping(const QString& signature);
    void rememberMapping(const QString& signature, const QString& type, const QJsonObject& mapping);

private:
    DatasetInfo readInfo(Statement& st);
    Pool& m_pool;
};

} // namespace cluedesk
