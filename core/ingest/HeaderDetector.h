#pragma once
// Finds the header among the first rows of a sheet: bureau files put titles, dates and notes
// above it, sometimes a merged cell, sometimes a two-row header ("申请执行人" over "姓名" and
// "身份证号"). The header is the row (or pair of rows) that names the most fields of the type.
#include "ingest/ColumnMapping.h"
#include "ingest/TableReader.h"

#include <optional>
#include <vector>

namespace cluedesk {

class DatasetCatalog;

struct HeaderGuess {
    ColumnMapping mapping;
    int firstDataIndex = 0; // index into the inspected rows of the first row after the header
    int score = 0;          // fields found
};

class HeaderDetector {
public:
    static constexpr int kRowsInspected = 30;

    static std::optional<HeaderGuess> detect(const std::vector<TableRow>& rows, const DatasetType& type);
    // Uses the row given by the officer (its number as the spreadsheet shows it).
    static std::optional<HeaderGuess> atRow(const std::vector<TableRow>& rows, const DatasetType& type, qint64 rowNumber);
    // Dataset types ranked by how well the header fits them (best first, with field counts).
    static std::vector<std::pair<QString, int>> suggestTypes(const std::vector<TableRow>& rows, const DatasetCatalog& catalog);
    // Whether every person role that must be present has its ID column.
    static bool hasRequiredIds(const ColumnMapping& mapping, const DatasetType& type);

private:
    static QStringList texts(const TableRow& row);
    static QStringList joinTwoRows(const TableRow& top, const TableRow& bottom);
};

} // namespace cluedesk
