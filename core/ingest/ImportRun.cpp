#include "ingest/ImportRun.h"

#include "ingest/HeaderDetector.h"
#include "ingest/TableReader.h"
#include "pool/Pool.h"
#include "util/HandOff.h"
#include "util/Sha256.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <algorithm>
#include <thread>

namespace cluedesk {
namespace {

constexpr size_t kBatchRows = 512; // rows handed from one thread to the next at a time

} // namespace

ImportRun::ImportRun(Pool& pool, const DatasetType& type, const ImportRequest& request, const ImportProgress& progress,
    const std::atomic_bool* cancel)
    : m_store(pool), m_pool(pool), m_type(type), m_request(request), m_progress(progress), m_cancel(cancel)
{
    ensureSodium();
}

ImportRun::Fingerprint ImportRun::fingerprint(const QByteArray& fields, const QByteArray& persons) const
{
    // Two 64-bit hashes under seeds drawn for this import: a chance collision of two different
    // rows is about 1 in 2^100 for a million rows, and nobody can craft one without the seeds.
    return {qHash(persons, qHash(fields, m_seeds.first)), qHash(persons, qHash(fields, m_seeds.second))};
}

quint32 ImportRun::placeOf(const QString& fileName, const QString& sheet)
{
    if (m_places.empty() || m_places.back() != std::make_pair(fileName, sheet))
        m_places.emplace_back(fileName, sheet);
    return quint32(m_places.size() - 1);
}

QString ImportRun::describe(const RowRef& ref) const
{
    const auto& [fileName, sheet] = m_places[ref.place];
    return sheet.isEmpty() ? QCoreApplication::translate("Importer", "%1 row %2").arg(fileName).arg(ref.row)
                           : QCoreApplication::translate("Importer", "%1 [%2] row %3").arg(fileName, sheet).arg(ref.row);
}

// What PossibleMatches needs to link a row once the officer confirms a match for the invalid ID of
// issue m.issues[issue]: the person's role and name, and either the record it is in (a row
// imported without this person) or the record to store (a row that broken IDs alone kept out).
QString ImportRun::repairJson(const MappedRow& m, size_t issue, const QByteArray& fields, std::optional<qint64> recordId)
{
    const auto broken = std::find_if(m.broken.begin(), m.broken.end(), [&](const BrokenPerson& b) { return b.issue == issue; });
    if (broken == m.broken.end())
        return {};
    QJsonObject o{{QStringLiteral("role"), broken->role}, {QStringLiteral("name"), broken->name},
        {QStringLiteral("name_written"), broken->nameWritten}, {QStringLiteral("id_written"), broken->idWritten}};
    if (recordId) {
        o.insert(QStringLiteral("record_id"), *recordId);
    } else {
        // The row can be stored once matches are confirmed only when broken IDs alone kept it out
        // (a row with no valid person says so too); with two, it waits for both (PossibleMatches).
        bool onlyBrokenIds = true;
        for (size_t k = 0; k < m.issues.size(); ++k)
            if (m.issues[k].severity == QLatin1String("rejected") && m.issues[k].code != QLatin1String("row.no-person") &&
                std::none_of(m.broken.begin(), m.broken.end(), [&](const BrokenPerson& b) { return b.issue == k; }))
                onlyBrokenIds = false;
        if (onlyBrokenIds) {
            QJsonArray persons;
            for (const MappedPerson& p : m.persons)
                persons.append(QJsonObject{{QStringLiteral("role"), p.role}, {QStringLiteral("key"), p.key},
                    {QStringLiteral("id_written"), p.idWritten}, {QStringLiteral("name"), p.name},
                    {QStringLiteral("name_written"), p.nameWritten}});
            o.insert(QStringLiteral("record"), QString::fromUtf8(RowMapper::recordJson(fields, m.extra)));
            o.insert(QStringLiteral("persons"), persons);
        }
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ImportRun::addIssue(qint64 fileId, const DatasetFile& file, const QString& sheet, std::optional<qint64> row,
    const RowIssue& issue, const QString& rowData, const QString& repair)
{
    ImportIssue i;
    i.datasetId = m_report.datasetId;
    i.sheet = sheet;
    i.row = row;
    i.column = issue.column;
    i.original = issue.original;
    i.severity = issue.severity;
    i.code = issue.code;
    i.message = issue.message;
    i.rowData = rowData;
    i.repair = repair;
    m_store.addIssue(i, fileId);
    const auto key = std::make_pair(issue.severity, issue.code);
    auto it = m_reasonIndex.find(key);
    if (it == m_reasonIndex.end()) {
        QString where = file.fileName;
        if (!sheet.isEmpty())
            where += QStringLiteral(" [%1]").arg(sheet);
        if (row)
            where += QCoreApplication::translate("Importer", ", row %1").arg(*row);
        if (!issue.column.isEmpty())
            where += QCoreApplication::translate("Importer", ", column %1").arg(issue.column);
        m_report.reasons.push_back({issue.severity, issue.code, 0,
            QCoreApplication::translate("Importer", "%1: %2", "where in the file: what is wrong").arg(where, issue.message)});
        it = m_reasonIndex.emplace(key, m_report.reasons.size() - 1).first;
    }
    m_report.reasons[it->second].count++;
}

void ImportRun::flushBlanks(qint64 fileId, const DatasetFile& file, const QString& sheet)
{
    for (qint64 row : m_pendingBlanks) {
        addIssue(fileId, file, sheet, row,
            {QString(), QString(), QStringLiteral("skipped"), QStringLiteral("row.blank"),
                QCoreApplication::translate("Importer", "blank row")},
            QString());
        ++m_report.skipped;
        ++m_report.read;
    }
    m_pendingBlanks.clear();
}

void ImportRun::tick(int fileIndex, double readerProgress)
{
    if (++m_rowsSinceTick < 2000)
        return;
    m_rowsSinceTick = 0;
    if (m_cancel && m_cancel->load())
        throw ImportCancelled{};
    if (m_progress)
        m_progress(ImportStage::Rows, (fileIndex + readerProgress) / double(m_request.files.size()), m_report.read);
}

void ImportRun::prepare(const QString& fileName, const QString& sheet, const RowMapper& mapper, TableRow&& row, RowBatch& batch)
{
    MappedRow m = mapper.map(row);
    if (m.verdict == MappedRow::Verdict::Blank) {
        batch.addBlank(row.number);
        return;
    }
    QByteArray fields;
    if (m.verdict == MappedRow::Verdict::Record || !m.broken.empty())
        fields = m.data.toJson();
    QString duplicateOf;
    if (m.verdict == MappedRow::Verdict::Record) {
        // The same person with the same facts twice in one version is a copy, not two records.
        // Extra columns (a running 序号, a phone number) do not make a copy a different record.
        QByteArray persons;
        for (const MappedPerson& person : m.persons)
            persons += person.role.toUtf8() + ':' + person.key.toLatin1() + ';';
        const Fingerprint fp = fingerprint(fields, persons);
        if (const auto seen = m_seenRows.constFind(fp); seen != m_seenRows.cend()) {
            duplicateOf = describe(seen.value());
        } else {
            m_seenRows.emplace(fp, RowRef{placeOf(fileName, sheet), row.number});
            if (m.issues.empty()) {
                batch.addRecord(row.number, RowMapper::recordJson(fields, m.extra), m.persons);
                return;
            }
        }
    }
    batch.addWhole({std::move(row), std::move(m), std::move(fields), std::move(duplicateOf)});
}

void ImportRun::prepareBatch(
    const QString& fileName, const QString& sheet, const RowMapper& mapper, TableReader& reader, RowBatch& batch)
{
    TableRow row;
    while (batch.entries.size() < kBatchRows) {
        if (!reader.next(row)) {
            batch.last = true;
            break;
        }
        prepare(fileName, sheet, mapper, std::move(row), batch);
    }
    batch.progress = reader.progress();
}

void ImportRun::writeBatch(int fileIndex, const DatasetFile& file, qint64 fileId, const QString& sheet, const RowBatch& batch)
{
    for (const RowBatch::Entry& e : batch.entries) {
        if (e.kind == RowBatch::Kind::Blank) {
            m_pendingBlanks.push_back(e.number); // blanks only count when data follows them
        } else {
            flushBlanks(fileId, file, sheet);
            ++m_report.read;
            if (e.kind == RowBatch::Kind::Whole) {
                writeWhole(file, fileId, sheet, batch.whole[size_t(e.at)]);
            } else {
                RowBatch::Reader r(batch, e);
                const QByteArrayView record = r.text();
                const qint64 recordId = m_store.addRecord(
                    m_report.datasetId, fileId, sheet, e.number, QByteArray::fromRawData(record.data(), record.size()));
                for (quint32 n = r.count(); n > 0; --n) {
                    const QByteArrayView role = r.text(), key = r.text(), idWritten = r.text(), name = r.text();
                    m_store.addPersonUtf8(recordId, m_report.datasetId, role, key, idWritten, name, r.text());
                }
                ++m_report.imported;
            }
        }
        tick(fileIndex, batch.progress);
    }
}

void ImportRun::writeWhole(const DatasetFile& file, qint64 fileId, const QString& sheet, const RowBatch::WholeRow& w)
{
    const MappedRow& m = w.mapped;
    if (!w.duplicateOf.isEmpty()) {
        addIssue(fileId, file, sheet, w.row.number,
            {QString(), QString(), QStringLiteral("skipped"), QStringLiteral("row.duplicate"),
                QCoreApplication::translate("Importer", "the same person and facts as %1; imported once").arg(w.duplicateOf)},
            RowMapper::rowJson(w.row));
        ++m_report.skipped;
        return;
    }
    if (m.verdict == MappedRow::Verdict::Record) {
        const qint64 recordId =
            m_store.addRecord(m_report.datasetId, fileId, sheet, w.row.number, RowMapper::recordJson(w.fields, m.extra));
        for (const MappedPerson& person : m.persons)
            m_store.addPerson(
                recordId, m_report.datasetId, person.role, person.key, person.idWritten, person.name, person.nameWritten);
        ++m_report.imported;
        for (size_t i = 0; i < m.issues.size(); ++i)
            addIssue(fileId, file, sheet, w.row.number, m.issues[i], QString(),
                m.broken.empty() ? QString() : repairJson(m, i, w.fields, recordId));
        if (!m.issues.empty())
            ++m_report.warned;
        return;
    }
    const QString rowData = RowMapper::rowJson(w.row);
    for (size_t i = 0; i < m.issues.size(); ++i)
        addIssue(fileId, file, sheet, w.row.number, m.issues[i], rowData,
            m.broken.empty() ? QString() : repairJson(m, i, w.fields, std::nullopt));
    if (m.verdict == MappedRow::Verdict::Rejected)
        ++m_report.rejected;
    else
        ++m_report.skipped;
}

void ImportRun::writeReadAhead(
    int fileIndex, const DatasetFile& file, qint64 fileId, const QString& sheet, const RowMapper& mapper, TableReader& reader)
{
    // The rest of the sheet flows through three threads: one reads and decodes rows, one maps
    // and checks them, and this one writes them into the pool. On two cores the system shares
    // the three out; with two (reading and mapping in one) that thread held up an xlsx import
    // while the writer waited. Until they are joined, the reader belongs to the first thread,
    // the mapper and the copies check to the second, and the pool to this one. Each thread, on
    // its way out for whatever reason, tells the next one it is done; should writing throw (a
    // cancel, a full disk), the guard closes both hand-offs and waits for both threads before
    // the reader and the mapper go out of scope.
    struct RawRows {
        std::vector<TableRow> rows;
        double progress = 0; // of the reader after these rows
        bool last = false;
    };
    HandOff<RawRows> raws(2);
    HandOff<RowBatch> batches(2);
    std::thread reading([&] {
        try {
            for (bool last = false; !last;) {
                RawRows chunk;
                chunk.rows.reserve(kBatchRows);
                for (TableRow row; chunk.rows.size() < kBatchRows;) {
                    if (!reader.next(row)) {
                        chunk.last = true;
                        break;
                    }
                    chunk.rows.push_back(std::move(row));
                }
                chunk.progress = reader.progress();
                last = chunk.last;
                if (!raws.put(std::move(chunk)))
                    break;
            }
            raws.finish();
        } catch (...) {
            raws.fail(std::current_exception());
        }
    });
    std::thread mapping([&] {
        try {
            while (std::optional<RawRows> chunk = raws.take()) {
                RowBatch batch;
                for (TableRow& row : chunk->rows)
                    prepare(file.fileName, sheet, mapper, std::move(row), batch);
                batch.progress = chunk->progress;
                batch.last = chunk->last;
                if (!batches.put(std::move(batch)))
                    break;
            }
            batches.finish();
        } catch (...) {
            batches.fail(std::current_exception());
        }
    });
    const auto joined = qScopeGuard([&] {
        batches.close();
        raws.close();
        mapping.join();
        reading.join();
    });
    while (const std::optional<RowBatch> batch = batches.take())
        writeBatch(fileIndex, file, fileId, sheet, *batch);
}

Status ImportRun::importSheet(
    int fileIndex, const DatasetFile& file, qint64 fileId, TableReader& reader, int sheetIndex, bool mustHaveHeader)
{
    const QString sheet = reader.sheets().value(sheetIndex);
    const QString where = sheet.isEmpty() ? file.fileName : QStringLiteral("%1 [%2]").arg(file.fileName, sheet);
    if (!reader.openSheet(sheetIndex)) {
        const QString message =
            reader.error() ? reader.error()->message : QCoreApplication::translate("Importer", "the sheet cannot be opened");
        if (mustHaveHeader)
            return fail(message, QStringLiteral("import.bad-sheet"));
        m_report.notes << message;
        return success();
    }
    std::vector<TableRow> head;
    TableRow row;
    while (head.size() < size_t(HeaderDetector::kRowsInspected) && reader.next(row))
        head.push_back(row);

    std::optional<HeaderGuess> guess;
    if (m_request.mapping && m_request.mapping->headerRow > 0)
        guess = HeaderDetector::atRow(head, m_type, m_request.mapping->headerRow);
    else
        guess = HeaderDetector::detect(head, m_type);
    if (!guess && !m_request.mapping) {
        // A layout the officer mapped by hand before: find its header row by its signature.
        for (const TableRow& r : head) {
            QStringList headers;
            for (const Cell& c : r.cells)
                headers << (c.kind == Cell::Kind::Text ? c.text.trimmed() : QString());
            if (!r.isBlank() && m_store.rememberedMapping(Importer::headerSignature(m_type.id, headers))) {
                guess = HeaderDetector::atRow(head, m_type, r.number);
                break;
            }
        }
    }
    if (!guess && m_request.mapping && !m_request.mapping->columns.isEmpty()) {
        // The officer named the columns; take the first non-blank row as the header.
        for (const TableRow& r : head)
            if (!r.isBlank()) {
                guess = HeaderDetector::atRow(head, m_type, r.number);
                break;
            }
    }
    if (!guess) {
        QStringList expected;
        for (const PersonRole& p : m_type.persons)
            if (const FieldDef* f = m_type.field(p.idField))
                expected << f->columns.first();
        const QString message = QCoreApplication::translate("Importer",
            "%1: no header row for \"%2\" found in the first %3 rows; expected columns such as %4. Use a mapping file "
            "(--mapping) to name the columns.")
                                    .arg(where, m_type.title.text())
                                    .arg(HeaderDetector::kRowsInspected)
                                    .arg(expected.join(QStringLiteral(", ")));
        if (mustHaveHeader)
            return fail(message, QStringLiteral("import.no-header"));
        m_report.notes << QCoreApplication::translate("Importer", "Sheet skipped: %1").arg(message);
        return success();
    }
    ColumnMapping& mapping = guess->mapping;
    const QString signature = Importer::headerSignature(m_type.id, mapping.headers);
    if (m_request.mapping) {
        if (Status s = HeaderMatcher::applyOverride(*m_request.mapping, m_type, mapping); !s)
            return fail(where + QStringLiteral(": ") + s.error().message, s.error().code);
        m_store.rememberMapping(signature, m_type.id, mapping.toJson());
    } else if (const auto remembered = m_store.rememberedMapping(signature)) {
        MappingOverride o;
        for (auto it = remembered->begin(); it != remembered->end(); ++it)
            o.columns.insert(it.key(), it.value().toString());
        o.complete = true; // what was remembered is the whole corrected mapping
        if (HeaderMatcher::applyOverride(o, m_type, mapping))
            m_report.notes << QCoreApplication::translate(
                "Importer", "%1: used the column mapping corrected for this layout before")
                                  .arg(where);
    }
    if (!HeaderDetector::hasRequiredIds(mapping, m_type)) {
        const QString message =
            QCoreApplication::translate(
                "Importer", "%1: the header in row %2 has no ID number column for %3; expected a column such as %4.")
                .arg(where)
                .arg(mapping.headerRow)
                .arg(m_type.primaryPerson().title.text(), m_type.field(m_type.primaryPerson().idField)->columns.first());
        if (mustHaveHeader)
            return fail(message, QStringLiteral("import.no-id-column"));
        m_report.notes << message;
        return success();
    }

    ImportReport::SheetReport sr{file.fileName, sheet, mapping.headerRow, {}, {}};
    std::vector<bool> used(size_t(mapping.headers.size()), false);
    std::map<int, QString> byColumn;
    for (const auto& [field, col] : mapping.fieldColumn)
        byColumn[col] = field;
    for (const auto& [col, field] : byColumn) {
        sr.mapped << QStringLiteral("%1 -> %2").arg(text::columnLetters(col), m_type.field(field)->title.text());
        if (size_t(col) < used.size())
            used[size_t(col)] = true;
    }
    for (int c = 0; c < mapping.headers.size(); ++c)
        if (!used[size_t(c)] && !mapping.headers[c].isEmpty())
            sr.unmapped << mapping.headers[c];
    m_report.sheets.push_back(sr);
    if (!head.empty() && head.front().number < mapping.headerRow - mapping.headerRows + 1)
        m_report.notes << QCoreApplication::translate("Importer", "%1: header found in row %2; the rows above it are titles")
                              .arg(where)
                              .arg(mapping.headerRow);

    const RowMapper mapper(m_type, mapping, m_pool.now().date());
    m_pendingBlanks.clear();
    RowBatch first;
    for (size_t i = size_t(guess->firstDataIndex); i < head.size(); ++i)
        prepare(file.fileName, sheet, mapper, std::move(head[i]), first);
    first.progress = reader.progress();
    writeBatch(fileIndex, file, fileId, sheet, first);
    if (reader.readsOnAnyThread()) {
        writeReadAhead(fileIndex, file, fileId, sheet, mapper, reader);
    } else {
        for (bool last = false; !last;) {
            RowBatch batch;
            prepareBatch(file.fileName, sheet, mapper, reader, batch);
            last = batch.last;
            writeBatch(fileIndex, file, fileId, sheet, batch);
        }
    }
    if (!m_pendingBlanks.empty()) {
        m_report.notes << QCoreApplication::translate("Importer", "%1: %2 blank rows after the last data row were ignored")
                              .arg(where)
                              .arg(m_pendingBlanks.size());
        m_pendingBlanks.clear();
    }
    if (reader.error()) {
        addIssue(fileId, file, sheet, std::nullopt,
            {QString(), QString(), QStringLiteral("rejected"), reader.error()->code, reader.error()->message}, QString());
        m_report.notes << reader.error()->message;
    }
    return success();
}

Status ImportRun::importFile(int fileIndex, const QString& path, const DatasetFile& fileIn, TableReader& reader)
{
    DatasetFile file = fileIn;
    file.datasetId = m_report.datasetId;
    file.format = reader.format();
    file.encoding = reader.encoding();
    const qint64 fileId = m_store.addFile(file);
    const QStringList sheets = reader.sheets();
    if (!m_request.sheet.isEmpty()) {
        const int index = int(sheets.indexOf(m_request.sheet));
        if (index < 0)
            return fail(QCoreApplication::translate("Importer", "%1 has no sheet \"%2\"; its sheets are: %3")
                            .arg(file.fileName, m_request.sheet, sheets.join(QStringLiteral(", "))),
                QStringLiteral("import.no-sheet"));
        return importSheet(fileIndex, file, fileId, reader, index, true);
    }
    const size_t sheetsBefore = m_report.sheets.size();
    for (int i = 0; i < sheets.size(); ++i)
        if (Status s = importSheet(fileIndex, file, fileId, reader, i, sheets.size() == 1); !s)
            return s;
    if (m_report.sheets.size() == sheetsBefore)
        return fail(QCoreApplication::translate("Importer", "%1: no sheet has a header for \"%2\". %3")
                        .arg(QFileInfo(path).fileName(), m_type.title.text(), m_report.notes.value(m_report.notes.size() - 1)),
            QStringLiteral("import.no-header"));
    return success();
}

} // namespace cluedesk
