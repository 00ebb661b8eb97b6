#pragma once
#include <vector>
// Compiles a checked model into one SQL statement over the pool: every step a common table
// expression of (person key, record id, admitting step), sources restricted to the current
// versions of their dataset types, so joins go through the person-key indexes. User text
// (keywords, values) is always bound, never pasted into the SQL.
#include "screening/ModelDefinition.h"

#include <QDate>
#include <QVariantList>
#include <map>

namespace cluedesk {

struct CompiledModel {
    QString with;      // "WITH s0(pk, rid, origin) AS (...), ..." : one table per step
    QString outputCte; // the table of the output step
    QVariantList binds;
    // The same tables one by one, in order, for running them as indexed temporary tables.
    struct Table {
        QString name;         // "s0"
        QString columns;      // "pk, rid, origin"
        QString select;       // the query that fills it; may use earlier tables and binds
        bool lookedUp = true; // whether a later step may find its rows by its first column
    };
    std::vector<Table> tables;
    // The persons and rows the model admits, ordered by person.
    QString sql() const
    {
        return with + QStringLiteral("\nSELECT pk, rid, origin FROM ") + outputCte + QStringLiteral(" ORDER BY pk, rid");
    }
};

struct CompileContext {
    std::map<QString, std::vector<qint64>> currentVersions; // dataset type -> current dataset ids
    QStringList countyCodes;                                // for local / not_local: the county's region codes
    QDate today;
    // Sources read only for an intersection take only the subjects of its other side (StepPlan).
    // Off only to compare with the plain computation.
    bool narrow = true;
    std::map<qint64, qint64> datasetRows; // dataset id -> rows imported: how large each source is
};

class SqlCompiler {
public:
    static Result<CompiledModel> compile(const ModelDefinition& model, const CompileContext& context);
};

} // namespace cluedesk
