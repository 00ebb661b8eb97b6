#include "ingest/Importer.h"

#include "security/Access.h"
#include "security/AuditLog.h"

#include "ingest/DatasetCatalog.h"
#include "ingest/HeaderDetector.h"
#include "ingest/ImportRun.h"
#include "pool/DeferredIndexes.h"
#include "pool/Pool.h"
#include "pool/ProgressHandler.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <future>

namespace cluedesk {
namespace {

// A generous size of one row in a bureau's file (a CSV row of six columns is about 70 bytes;
// xlsx is compressed): the estimate falls short more often than over.
constexpr qint64 kBytesPerRowEstimate = 128;

} // namespace

Importer::Importer(Pool& pool, const DatasetCatalog& catalog) : m_pool(pool), m_catalog(catalog)
{
}

QString Importer::headerSignature(const QString& type, const QStringList& headers)
{
    QStringList normal;
    for (const QString& h : headers)
        normal << HeaderMatcher::normalise(h);
    return Sha256::ofBytes((type + u'|' + normal.join(u'|')).toUtf8());
}

Result<ImportReport> Importer::run(const ImportRequest& request, const ImportProgress& progress, const std::atomic_bool* cancel)
{
    if (Status s = Access::require(m_pool, Permission::Import); !s)
        return s.error();
    const DatasetType* type = m_catalog.find(request.type);
    if (!type) {
        QStringList ids;
        for (const DatasetType& t : m_catalog.types())
            ids << t.id;
        return fail(QCoreApplication::translate("Importer", "Unknown dataset type \"%1\"; expected one of: %2")
                        .arg(request.type, ids.join(QStringLiteral(", "))),
            QStringLiteral("import.unknown-type"));
    }
    if (request.files.isEmpty())
        return fail(QCoreApplication::translate("Importer", "No file to import."), QStringLiteral("import.no-files"));

    // Read and check every file before writing anything.
    DatasetStore store(m_pool);
    std::vector<DatasetFile> files;
    std::vector<std::unique_ptr<TableReader>> readers;
    QSet<QString> shas;
    // Each file's digest is worked out on a thread of its own while the file is opened (for a CSV
    // that reads it through to tell its encoding): before the first row of a 65 MB CSV, 0.25-0.30 s
    // instead of 0.37-0.56 s. A file already imported is still refused before anything is written,
    // and before a complaint about its contents.
    std::vector<std::future<Result<QString>>> digests;
    for (const QString& path : request.files)
        digests.push_back(std::async(std::launch::async, [path] { return Sha256::ofFile(path); }));
    for (qsizetype i = 0; i < request.files.size(); ++i) {
        const QString& path = request.files[i];
        const QFileInfo info(path);
        auto reader = openTable(path, request.reader);
        auto sha = digests[size_t(i)].get();
        if (!sha)
            return sha.error();
        if (const auto earlier = store.fileBySha(*sha)) {
            const auto version = store.get(earlier->datasetId);
            return fail(QCoreApplication::translate("Importer",
                            "%1 was already imported (as %2, dataset version %3 of type %4, on %5); the same file is not "
                            "imported twice.")
                            .arg(info.fileName(), earlier->fileName)
                            .arg(earlier->datasetId)
                            .arg(version ? version->type : QString(), version ? version->importedAt.left(10) : QString()),
                QStringLiteral("import.duplicate-file"));
        }
        if (shas.contains(*sha))
            return fail(QCoreApplication::translate("Importer", "%1 is given twice (the same content).").arg(info.fileName()),
                QStringLiteral("import.duplicate-file"));
        shas.insert(*sha);
        if (!reader)
            return reader.error();
        files.push_back({0, 0, info.fileName(), *sha, info.size(), QString(), QString()});
        readers.push_back(std::move(reader.value()));
    }

    ImportRun run(m_pool, *type, request, progress, cancel);
    ImportReport& report = run.report();
    report.type = type->id;
    report.asOf = (request.asOf.isValid() ? request.asOf : m_pool.now().date()).toString(Qt::ISODate);
    QJsonObject options;
    if (!request.sheet.isEmpty())
        options.insert(QStringLiteral("sheet"), request.sheet);
    if (!request.reader.encoding.isEmpty())
        options.insert(QStringLiteral("encoding"), request.reader.encoding);
    const auto cancelled = [] {
        return fail(QCoreApplication::translate("Importer", "Import cancelled; nothing was changed."),
            QStringLiteral("import.cancelled"));
    };
    try {
        Transaction tx(m_pool.db());
        // A list as large as the pool's rows so far or larger (the first import of a city's
        // registry) is written without the secondary indexes, which are built again at the end.
        qint64 bytes = 0;
        for (const DatasetFile& f : files)
            bytes += f.size;
        DeferredIndexes indexes(
            m_pool.db(), {QStringLiteral("records"), QStringLiteral("record_persons")}, bytes / kBytesPerRowEstimate);
        report.datasetId = run.store().createVersion(type->id, request.stream, report.asOf, options);
        for (size_t i = 0; i < files.size(); ++i)
            if (Status s = run.importFile(int(i), request.files[int(i)], files[i], *readers[i]); !s)
                return s.error();
        if (indexes.deferred()) {
            if (progress)
                progress(ImportStage::Indexes, 1.0, report.read);
            const CancelHandler interruptible(m_pool.db(), cancel);
            indexes.rebuild();
        }
        DatasetInfo counts;
        counts.id = report.datasetId;
        counts.rowsRead = report.read;
        counts.rowsImported = report.imported;
        counts.rowsRejected = report.rejected;
        counts.rowsSkipped = report.skipped;
        counts.rowsWarned = report.warned;
        run.store().finishVersion(counts);
        if (cancel && cancel->load())
            throw ImportCancelled{};
        AuditLog(m_pool).record(QStringLiteral("import"), QString::number(report.datasetId),
            QStringLiteral("%1: %2 read, %3 imported, %4 rejected")
                .arg(type->id)
                .arg(report.read)
                .arg(report.imported)
                .arg(report.rejected));
        if (progress)
            progress(ImportStage::Saving, 1.0, report.read);
        tx.commit();
    } catch (const ImportCancelled&) {
        return cancelled();
    } catch (const DbError& e) {
        if (e.code() == SQLITE_INTERRUPT && cancel && cancel->load()) // while building the indexes
            return cancelled();
        return fail(QCoreApplication::translate("Importer", "The import failed and nothing was changed: %1").arg(e.message()),
            QStringLiteral("import.storage"));
    }
    return report;
}

} // namespace cluedesk
