#include "pool/DatasetStore.h"

#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/Disclosure.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cluedesk {
namespace {

const char* kInfoColumns =
    "d.id, d.type, d.stream, d.as_of, d.imported_at, d.imported_by, d.status, d.rows_read, d.rows_imported, "
    "d.rows_rejected, d.rows_skipped, d.rows_warned, (SELECT count(*) FROM current_datasets c WHERE c.id = d.id)";

} // namespace

DatasetInfo DatasetStore::readInfo(Statement& st)
{
    DatasetInfo d;
    d.id = st.int64(0);
    d.type = st.text(1);
    d.stream = st.text(2);
    d.asOf = st.text(3);
    d.importedAt = st.text(4);
    d.importedBy = st.text(5);
    d.status = st.text(6);
    d.rowsRead = st.int64(7);
    d.rowsImported = st.int64(8);
    d.rowsRejected = st.int64(9);
    d.rowsSkipped = st.int64(10);
    d.rowsWarned = st.int64(11);
    d.current = st.int64(12) > 0;
    Statement files = m_pool.db().prepare(QStringLiteral(
        "SELECT id, dataset_id, file_name, sha256, size, format, encoding FROM dataset_files WHERE dataset_id = ?1 ORDER BY id"));
    files.bind(1, d.id);
    while (files.step())
        d.files.push_back(
            {files.int64(0), files.int64(1), files.text(2), files.text(3), files.int64(4), files.text(5), files.text(6)});
    return d;
}

std::vector<DatasetInfo> DatasetStore::list(bool currentOnly)
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT %1 FROM %2 d ORDER BY d.type, d.stream, d.as_of DESC, d.id DESC")
                                           .arg(QString::fromLatin1(kInfoColumns),
                                               currentOnly ? QStringLiteral("current_datasets") : QStringLiteral("datasets")));
    std::vector<DatasetInfo> out;
    while (st.step())
        out.push_back(readInfo(st));
    return out;
}

std::optional<DatasetInfo> DatasetStore::get(qint64 id)
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM datasets d WHERE d.id = ?1").arg(QString::fromLatin1(kInfoColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readInfo(st);
}

std::optional<DatasetFile> DatasetStore::fileBySha(const QString& sha256)
{
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT id, dataset_id, file_name, sha256, size, format, encoding FROM dataset_files WHERE sha256 = ?1"));
    st.bind(1, sha256);
    if (!st.step())
        return std::nullopt;
    return DatasetFile{st.int64(0), st.int64(1), st.text(2), st.text(3), st.int64(4), st.text(5), st.text(6)};
}

std::vector<ImportIssue> DatasetStore::issues(const IssueFilter& filter)
{
    QString sql = QStringLiteral(
        "SELECT i.id, i.dataset_id, coalesce(f.file_name, ''), i.sheet, i.row_no, i.column_name, i.original, i.severity, "
        "i.code, i.message, i.row_data, coalesce(m.state, ''), coalesce(m.person_key, ''), coalesce(m.decided_by, ''), "
        "coalesce(json_extract(nullif(i.repair, ''), '$.name_written'), ''), m.record_id IS NOT NULL, "
        "json_extract(nullif(i.repair, ''), '$.record') IS NOT NULL FROM import_issues i "
        "LEFT JOIN dataset_files f ON f.id = i.file_id LEFT JOIN reject_matches m ON m.issue_id = i.id WHERE 1");
    if (filter.datasetId)
        sql += QStringLiteral(" AND i.dataset_id = %1").arg(*filter.datasetId);
    if (!filter.severities.isEmpty()) {
        QStringList quoted;
        for (const QString& s : filter.severities)
            quoted << QStringLiteral("'%1'").arg(QString(s).remove(u'\''));
        sql += QStringLiteral(" AND i.severity IN (%1)").arg(quoted.join(u','));
    }
    sql += QStringLiteral(" ORDER BY i.dataset_id, i.file_id, i.sheet, i.row_no, i.id");
    Statement st = m_pool.db().prepare(sql);
    std::vector<ImportIssue> out;
    const bool full = Disclosure::fullIds(m_pool);
    while (st.step()) {
        ImportIssue i;
        i.id = st.int64(0);
        i.datasetId = st.int64(1);
        i.fileName = st.text(2);
        i.sheet = st.text(3);
        if (!st.isNull(4))
            i.row = st.int64(4);
        i.column = st.text(5);
        i.original = st.text(6);
        i.severity = st.text(7);
        i.code = st.text(8);
        i.message = st.text(9);
        i.rowData = st.text(10);
        i.decision = st.text(11);
        i.decidedKey = st.text(12).isEmpty() ? QString() : Disclosure::id(m_pool, st.text(12));
        i.decidedBy = st.text(13);
        i.personName = st.text(14);
        if (i.decision == QLatin1String("matched"))
            i.matchOutcome = st.int64(15) ? QStringLiteral("linked")
                : st.int64(16)            ? QStringLiteral("waiting")
                                          : QStringLiteral("out");
        if (!full) { // a rejected row still names its person
            i.original = Disclosure::maskIdNumbers(i.original);
            i.message = Disclosure::maskIdNumbers(i.message);
            i.rowData = Disclosure::maskIdNumbers(i.rowData);
        }
        out.push_back(std::move(i));
    }
    return out;
}

std::vector<qint64> DatasetStore::currentVersions(const QString& type)
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT id FROM current_datasets WHERE type = ?1 ORDER BY id"));
    st.bind(1, type);
    std::vector<qint64> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

qint64 DatasetStore::recordCount(qint64 datasetId)
{
    return m_pool.db().scalar(QStringLiteral("SELECT count(*) FROM records WHERE dataset_id = ?1"), {datasetId}).toLongLong();
}

qint64 DatasetStore::createVersion(const QString& type, const QString& stream, const QString& asOf, const QJsonObject& options)
{
    Statement& st = m_pool.db().cached(
        "INSERT INTO datasets(type, stream, as_of, imported_at, imported_by, options) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, type).bind(2, stream).bind(3, asOf).bind(4, m_pool.nowText()).bind(5, m_pool.user());
    st.bind(6, QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
    st.run();
    return m_pool.db().lastInsertId();
}

qint64 DatasetStore::addFile(const DatasetFile& f)
{
    Statement& st = m_pool.db().cached(
        "INSERT INTO dataset_files(dataset_id, file_name, sha256, size, format, encoding) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, f.datasetId).bind(2, f.fileName).bind(3, f.sha256).bind(4, f.size).bind(5, f.format).bind(6, f.encoding).run();
    return m_pool.db().lastInsertId();
}

void DatasetStore::finishVersion(const DatasetInfo& c)
{
    Statement& st = m_pool.db().cached("UPDATE datasets SET rows_read = ?2, rows_imported = ?3, rows_rejected = ?4, "
                                       "rows_skipped = ?5, rows_warned = ?6 WHERE id = ?1");
    st.bind(1, c.id)
        .bind(2, c.rowsRead)
        .bind(3, c.rowsImported)
        .bind(4, c.rowsRejected)
        .bind(5, c.rowsSkipped)
        .bind(6, c.rowsWarned);
    st.run();
}

void DatasetStore::addIssue(const ImportIssue& i, std::optional<qint64> fileId)
{
    Statement& st = m_pool.db().cached(
        "INSERT INTO import_issues(dataset_id, file_id, sheet, row_no, column_name, original, severity, code, message, row_data, "
        "repair) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, i.datasetId);
    if (fileId)
        st.bind(2, *fileId);
    st.bind(3, i.sheet);
    if (i.row)
        st.bind(4, *i.row);
    st.bind(5, i.column).bind(6, i.original).bind(7, i.severity).bind(8, i.code).bind(9, i.message);
    st.bind(10, i.rowData.isEmpty() ? QStringLiteral("[]") : i.rowData);
    st.bind(11, i.repair);
    st.run();
}

qint64 DatasetStore::addRecord(qint64 datasetId, qint64 fileId, const QString& sheet, qint64 row, const QString& dataJson)
{
    return addRecord(datasetId, fileId, sheet, row, dataJson.toUtf8());
}

qint64 DatasetStore::addRecord(qint64 datasetId, qint64 fileId, const QString& sheet, qint64 row, const QByteArray& dataJsonUtf8)
{
    Statement& st =
        m_pool.db().cached("INSERT INTO records(dataset_id, file_id, sheet, row_no, data) VALUES(?1, ?2, ?3, ?4, ?5)");
    st.bind(1, datasetId).bind(2, fileId).bind(3, sheet).bind(4, row).bindText(5, dataJsonUtf8).run();
    return m_pool.db().lastInsertId();
}

void DatasetStore::addPerson(qint64 recordId, qint64 datasetId, const QString& role, const QString& key, const QString& idWritten,
    const QString& name, const QString& nameWritten)
{
    addPersonUtf8(recordId, datasetId, role.toUtf8(), key.toUtf8(), idWritten == key ? QByteArray() : idWritten.toUtf8(),
        name.toUtf8(), nameWritten == name ? QByteArray() : nameWritten.toUtf8());
}

void DatasetStore::addPersonUtf8(qint64 recordId, qint64 datasetId, QByteArrayView role, QByteArrayView key,
    QByteArrayView idWritten, QByteArrayView name, QByteArrayView nameWritten)
{
    Statement& st = m_pool.db().cached("INSERT INTO record_persons(record_id, dataset_id, role, person_key, id_written, name, "
                                       "name_written) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, recordId)
        .bind(2, datasetId)
        .bindText(3, role)
        .bindText(4, key)
        .bindText(5, idWritten)
        .bindText(6, name)
        .bindText(7, nameWritten)
        .run();
}

QString DatasetStore::idWrittenSql(QStringView alias)
{
    return QStringLiteral("coalesce(nullif(%1.id_written, ''), %1.person_key)").arg(alias);
}

QString DatasetStore::nameWrittenSql(QStringView alias)
{
    return QStringLiteral("coalesce(nullif(%1.name_written, ''), %1.name)").arg(alias);
}

QString DatasetStore::personRowsSql(QStringView alias, QStringView keyTest)
{
    return QStringLiteral("%1.dataset_id IN (SELECT id FROM datasets) AND %1.person_key %2").arg(alias, keyTest);
}

void DatasetStore::markChanged(qint64 recordId)
{
    Statement& st = m_pool.db().cached(
        "UPDATE datasets SET revision = revision + 1 WHERE id = (SELECT dataset_id FROM records WHERE id = ?1)");
    st.bind(1, recordId).run();
}

Status DatasetStore::withdraw(qint64 datasetId)
{
    // Which lists count for screening is a decision, not a clerical step.
    if (Status s = Access::require(m_pool, Permission::Screen); !s)
        return s;
    Statement st =
        m_pool.db().prepare(QStringLiteral("UPDATE datasets SET status = 'withdrawn' WHERE id = ?1 AND status = 'active'"));
    st.bind(1, datasetId).run();
    if (m_pool.db().changes() == 0)
        return fail(QCoreApplication::translate("DatasetStore", "There is no active dataset version %1.").arg(datasetId),
            QStringLiteral("dataset.unknown"));
    AuditLog(m_pool).record(QStringLiteral("dataset.withdraw"), QString::number(datasetId));
    return success();
}

std::optional<QJsonObject> DatasetStore::rememberedMapping(const QString& signature)
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT mapping FROM column_mappings WHERE signature = ?1"));
    st.bind(1, signature);
    if (!st.step())
        return std::nullopt;
    return QJsonDocument::fromJson(st.text(0).toUtf8()).object();
}

void DatasetStore::rememberMapping(const QString& signature, const QString& type, const QJsonObject& mapping)
{
    m_pool.db()
        .prepare(QStringLiteral("INSERT INTO column_mappings(signature, type, mapping, updated_at) VALUES(?1, ?2, ?3, ?4) "
                                "ON CONFLICT(signature) DO UPDATE SET type = excluded.type, mapping = excluded.mapping, "
                                "updated_at = excluded.updated_at"))
        .bind(1, signature)
        .bind(2, type)
        .bind(3, QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)))
        .bind(4, m_pool.nowText())
        .run();
}

} // namespace cluedesk
