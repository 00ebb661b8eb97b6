#pragma once
// Which column of a sheet holds which field of a dataset type. Built by matching header names
// against the type's known column names, or given explicitly by a mapping file
// ({"type": "...", "header_row": 3, "columns": {"身份证": "id_number", "F": "name"}}).
#include "ingest/DatasetType.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <map>
#include <optional>

namespace cluedesk {

struct ColumnMapping {
    std::map<QString, int> fieldColumn; // field name -> zero-based column
    QStringList headers;                // header text per column (two-row headers joined)
    qint64 headerRow = 0;               // number of the (last) header row
    int headerRows = 1;

    std::optional<int> column(const QString& field) const;
    QString describeColumn(int column) const; // "C (身份证号码)"
    QJsonObject toJson() const;               // {"C": "id_number", ...} for remembering
};

// An explicit mapping as an officer writes it.
struct MappingOverride {
    QString type;
    qint64 headerRow = 0;            // 0 = detect
    QHash<QString, QString> columns; // header text or column letter -> field name
    bool complete = false;           // the columns named are all the fields (a wizard's full mapping)

    static Result<MappingOverride> fromJson(const QByteArray& json, const QString& fileName);
    static Result<MappingOverride> load(const QString& path);
};

class HeaderMatcher {
public:
    // Header text reduced to what identifies it: no spaces, full-width folded, no "*" marks,
    // no parenthesised notes like （必填） or (元).
    static QString normalise(QStringView header);
    // Assigns columns to the type's fields; returns the number of fields found.
    static int match(const QStringList& headers, const DatasetType& type, std::map<QString, int>& out);
    // Applies an explicit mapping over headers; error names the unknown column or field.
    static Status applyOverride(const MappingOverride& override, const DatasetType& type, ColumnMapping& mapping);
};

} // namespace cluedesk
