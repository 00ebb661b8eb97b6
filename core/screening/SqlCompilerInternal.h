#pragma once
// Inside SqlCompiler (not for other callers): the compiler of one model, shared by
// SqlCompiler.cpp (sources, filters, set operations, the tables in order) and
// SqlCompilerRelations.cpp (steps that relate rows to other rows: compare, series, threshold,
// group, re-keying and the same person under two numbers).
#include "screening/Expression.h"
#include "screening/SqlCompiler.h"
#include "screening/StepPlan.h"

#include <map>
#include <set>
#include <vector>

namespace cluedesk::sqlcompiler {

class Compiler {
public:
    Compiler(const ModelDefinition& m, const CompileContext& c) : m_model(m), m_ctx(c) { }
    Result<CompiledModel> run();

private:
    QString bind(const QVariant& v)
    {
        m_binds << v;
        return QStringLiteral("?%1").arg(m_binds.size());
    }
    static QString field(const QString& table, const QString& name)
    {
        // Field names are checked identifiers ([a-z0-9_-]); quoted for JSON paths with '-'.
        return QStringLiteral("json_extract(%1.data, '$.\"%2\"')").arg(table, name);
    }
    // A step's table. cte() where a later step finds its rows by person (pk IN, a join on pk):
    // the table gets an index on pk. scanned() where a step only reads all its rows: an index
    // would go unused (building one took 0.1 s per 250,000 rows).
    QString name(const QString& stepId) const { return QStringLiteral("s%1").arg(m_index.at(stepId)); }
    QString cte(const QString& stepId) const
    {
        m_lookedUp.insert(name(stepId));
        return name(stepId);
    }
    QString scanned(const QString& stepId) const { return name(stepId); }
    // The key of a row made of fields: one field, or several joined (case number / lot). NULL
    // when a part is missing, so the row has no such subject.
    static QString keyOf(const QString& table, const QStringList& fields)
    {
        QStringList parts;
        for (const QString& f : fields)
            parts << QStringLiteral("nullif(trim(%1), '')").arg(field(table, f));
        return parts.join(QStringLiteral(" || ' / ' || "));
    }
    QVariant parameter(const QString& name) const
    {
        const ModelParameter* p = m_model.parameter(name);
        return p ? p->value.toVariant() : QVariant();
    }
    QString expressionSql(const Expression& e, const QString& rowTable, const QString& otherTable, const QString& totalOver = {})
    {
        return e.sql([&](const QString& name, bool other) { return field(other ? otherTable : rowTable, name); },
            [&](const QVariant& v) { return bind(v); }, [&](const QString& name) { return parameter(name); },
            [&](const QString& name) { return totalOver.arg(field(QStringLiteral("rc"), name)); });
    }
    Result<QString> compareSql(const StepSpec& s, const QString& label);
    QString seriesSql(const StepSpec& s, const QString& label, const QString& cond);
    QString rekeySql(const StepSpec& s);
    QString thresholdSql(const StepSpec& s, const QString& label);
    QString groupSql(const StepSpec& s, const QString& label);
    Result<QString> filterSql(const FilterSpec& f, const QString& rec, const QString& pk);
    Result<QString> filtersSql(
        const std::vector<FilterSpec>& filters, const QString& rec, const QString& pk, const QString& join);
    Result<QString> stepSql(const StepSpec& s);
    QString samePersonSql(const StepSpec& s, const QString& label);
    // " AND key IN (...)" for a source the plan narrows to the subjects of other steps
    QString narrowed(const StepSpec& s, const QString& key) const;
    QString datasetIds(const QStringList& types) const;

    // The tables of the steps and their helpers, in the order they are built.
    void addTable(const QString& name, const QString& columns, const QString& select, bool materialized = false)
    {
        m_tables.push_back({{name, columns, select}, materialized});
    }
    struct Built {
        CompiledModel::Table table;
        bool materialized; // a hint for the one WITH query shown to the officer
    };

    const ModelDefinition& m_model;
    const CompileContext& m_ctx;
    QVariantList m_binds;
    std::map<QString, int> m_index;
    std::vector<Built> m_tables;
    StepPlan m_plan;
    mutable std::set<QString> m_lookedUp; // the step tables cte() named
};

} // namespace cluedesk::sqlcompiler
