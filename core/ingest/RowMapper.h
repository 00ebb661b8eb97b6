#pragma once
// Turns one sheet row into a record of a dataset type, or says why not. Classifies rows
// (blank, repeated header, total, note, data), normalises IDs, names, dates and amounts, and
// produces issues that name the column, quote the text and say what was expected.
#include "ingest/ColumnMapping.h"
#include "ingest/FieldValues.h"
#include "ingest/TableReader.h"

#include <QDate>
#include <vector>

namespace cluedesk {

struct RowIssue {
    QString column;
    QString original;
    QString severity; // rejected, skipped, warning
    QString code;
    QString message;
};

struct MappedPerson {
    QString role;
    QString key;
    QString idWritten;
    QString name;
    QString nameWritten;
};

// A person whose ID number is invalid (not empty, not damaged by Excel): possible matches are
// looked for by name and nearby IDs (PossibleMatches), for the officer to confirm.
struct BrokenPerson {
    QString role;
    size_t issue = 0; // index into MappedRow::issues
    QString idWritten;
    QString name; // normalised
    QString nameWritten;
};

struct MappedRow {
    enum class Verdict { Record, Rejected, Skipped, Blank };
    Verdict verdict = Verdict::Record;
    FieldValues data;  // field values
    FieldValues extra; // unmapped columns by header, kept with the record
    std::vector<MappedPerson> persons;
    std::vector<RowIssue> issues;
    std::vector<BrokenPerson> broken;
};

class RowMapper {
public:
    RowMapper(const DatasetType& type, const ColumnMapping& mapping, const QDate& today);
    MappedRow map(const TableRow& row) const;
    // The cells as written, as a JSON array (kept with every rejected or skipped row).
    static QString rowJson(const TableRow& row);
    // The record as stored: the fields, with the extra columns under "extra".
    static QByteArray recordJson(const QByteArray& fieldsJson, const FieldValues& extra);

private:
    bool isRepeatedHeader(const TableRow& row) const;
    bool hasAnyId(const TableRow& row) const;
    bool hasSubjectKey(const MappedRow& out) const;
    void mapField(const FieldDef& field, const Cell& cell, int column, MappedRow& out) const;
    void mapPersons(const TableRow& row, MappedRow& out) const;
    RowIssue issue(int column, const Cell& cell, const char* severity, const char* code, const QString& message) const;

    const DatasetType& m_type;
    const ColumnMapping& m_mapping;
    QDate m_today;
    std::vector<int> m_extraColumns;
    // Looked up once, not per row: the column of each of the type's fields (parallel to
    // m_type.fields) and of each person's ID and name (parallel to m_type.persons).
    std::vector<std::optional<int>> m_fieldColumns;
    std::vector<std::optional<int>> m_idColumns;
    std::vector<std::optional<int>> m_nameColumns;
    // Each mapped column with a header, and that header trimmed: what a repeated header holds.
    std::vector<std::pair<int, QString>> m_headerCells;
};

} // namespace cluedesk
