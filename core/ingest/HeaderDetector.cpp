#include "ingest/HeaderDetector.h"

#include "ingest/DatasetCatalog.h"
#include "util/Text.h"

namespace cluedesk {

QStringList HeaderDetector::texts(const TableRow& row)
{
    QStringList out;
    for (const Cell& c : row.cells)
        out << (c.kind == Cell::Kind::Text ? text::trimmed(c.text) : QString());
    return out;
}

QStringList HeaderDetector::joinTwoRows(const TableRow& top, const TableRow& bottom)
{
    const QStringList a = texts(top);
    const QStringList b = texts(bottom);
    const qsizetype n = std::max(a.size(), b.size());
    QStringList out;
    QString group; // a merged parent cell only has text in its first column
    for (qsizetype c = 0; c < n; ++c) {
        const QString parent = c < a.size() ? a[c] : QString();
        const QString child = c < b.size() ? b[c] : QString();
        if (!parent.isEmpty())
            group = parent;
        else if (child.isEmpty())
            group.clear();
        if (child.isEmpty())
            out << parent;
        else
            out << (group.isEmpty() ? child : group + child);
    }
    return out;
}

bool HeaderDetector::hasRequiredIds(const ColumnMapping& mapping, const DatasetType& type)
{
    bool anyRole = false;
    bool anyRequired = false;
    for (const PersonRole& p : type.persons) {
        const bool has = mapping.column(p.idField).has_value();
        anyRole = anyRole || has;
        if (p.required) {
            anyRequired = true;
            if (!has)
                return false;
        }
    }
    return anyRequired || anyRole;
}

std::optional<HeaderGuess> HeaderDetector::detect(const std::vector<TableRow>& rows, const DatasetType& type)
{
    std::optional<HeaderGuess> best;
    const int n = int(std::min<size_t>(rows.size(), kRowsInspected));
    for (int i = 0; i < n; ++i) {
        const QStringList single = texts(rows[size_t(i)]);
        std::map<QString, int> fields;
        int score = HeaderMatcher::match(single, type, fields);
        QStringList headers = single;
        int headerRows = 1;
        if (i + 1 < int(rows.size())) {
            const QStringList joined = joinTwoRows(rows[size_t(i)], rows[size_t(i) + 1]);
            std::map<QString, int> joinedFields;
            const int joinedScore = HeaderMatcher::match(joined, type, joinedFields);
            std::map<QString, int> belowFields;
            const int belowScore = HeaderMatcher::match(texts(rows[size_t(i) + 1]), type, belowFields);
            if (joinedScore > score && joinedScore > belowScore) {
                score = joinedScore;
                fields = joinedFields;
                headers = joined;
                headerRows = 2;
            }
        }
        if (score < 2 || (best && score <= best->score))
            continue;
        HeaderGuess g;
        g.mapping.fieldColumn = fields;
        g.mapping.headers = headers;
        g.mapping.headerRows = headerRows;
        g.mapping.headerRow = rows[size_t(i + headerRows - 1)].number;
        g.firstDataIndex = i + headerRows;
        g.score = score;
        if (hasRequiredIds(g.mapping, type))
            best = g;
    }
    return best;
}

std::optional<HeaderGuess> HeaderDetector::atRow(const std::vector<TableRow>& rows, const DatasetType& type, qint64 rowNumber)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].number != rowNumber)
            continue;
        HeaderGuess g;
        g.mapping.headers = texts(rows[i]);
        g.mapping.headerRow = rowNumber;
        g.score = HeaderMatcher::match(g.mapping.headers, type, g.mapping.fieldColumn);
        g.firstDataIndex = int(i) + 1;
        return g;
    }
    return std::nullopt;
}

std::vector<std::pair<QString, int>> HeaderDetector::suggestTypes(
    const std::vector<TableRow>& rows, const DatasetCatalog& catalog)
{
    std::vector<std::pair<QString, int>> ranked;
    for (const DatasetType& t : catalog.types()) {
        const auto g = detect(rows, t);
        if (g)
            ranked.emplace_back(t.id, g->score);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return ranked;
}

} // namespace cluedesk
