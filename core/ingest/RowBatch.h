#pragma once
// Rows of a sheet as the import's reading thread hands them to its writing thread.
//
// A clean record (mapped without an issue, not a copy: nearly every row) travels as UTF-8 in
// one buffer for the whole batch, ready to bind. No per-row object allocated by one thread is
// read or freed by the other: handing whole rows across cost more CPU in the allocator and in
// cache misses than the second core saved. Rows with something to report travel whole, as the
// issue list needs them.
#include "ingest/RowMapper.h"
#include "ingest/TableReader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace cluedesk {

struct RowBatch {
    enum class Kind : quint8 { Blank, Record, Whole };
    struct Entry {
        qint64 number; // the row's number in its sheet
        Kind kind;
        qsizetype at; // Record: offset in text; Whole: index in whole
    };
    struct WholeRow {
        TableRow row;
        MappedRow mapped;
        QByteArray fields;   // the mapped fields as JSON (records, and rows with a broken ID)
        QString duplicateOf; // a copy: where the same person and facts were first seen
    };

    std::vector<Entry> entries;
    QByteArray text; // per Record: its JSON, the number of persons, each person's five texts
    std::vector<WholeRow> whole;
    double progress = 0; // of the reader after the batch
    bool last = false;   // the sheet has no more rows

    void addBlank(qint64 number) { entries.push_back({number, Kind::Blank, 0}); }
    void addWhole(WholeRow&& row);
    // The person's ID and name as written are kept only where they differ from key and name.
    void addRecord(qint64 number, const QByteArray& recordJson, const std::vector<MappedPerson>& persons);

    // Reads one Record's texts back in the order addRecord wrote them.
    class Reader {
    public:
        Reader(const RowBatch& batch, const Entry& entry) : m_text(batch.text), m_at(entry.at) { }
        QByteArrayView text();
        quint32 count();

    private:
        const QByteArray& m_text;
        qsizetype m_at;
    };
};

} // namespace cluedesk
