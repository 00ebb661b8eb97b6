#pragma once
// Running built-in models over hand-made pools and looking at the clues they produce.
#include "ingest/DatasetCatalog.h"
#include "pool/DatasetStore.h"
#include "screening/ClueStore.h"
#include "screening/ModelLibrary.h"
#include "screening/ScreeningRunner.h"
#include "screening/SqlCompiler.h"

#include "TestSupport.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace screening_test {

inline const cluedesk::ModelDefinition& builtIn(const char* id)
{
    for (const auto& m : cluedesk::ModelLibrary::builtIns())
        if (m.id == QString::fromLatin1(id))
            return m;
    FAIL("no built-in model " << id);
    throw std::logic_error("unreachable");
}

// A built-in model compiled with ctx and read straight from its step tables: the rows of its
// output step (subject, record, step), and how many rows the step `counted` holds.
inline std::set<std::tuple<QString, qint64, QString>> outputRows(
    cluedesk::Pool& pool, const char* model, const cluedesk::CompileContext& ctx, const char* counted, qint64* countedRows)
{
    using namespace cluedesk;
    auto compiled = SqlCompiler::compile(builtIn(model), ctx);
    REQUIRE(compiled);
    const auto query = [&](const QString& sql) {
        Statement st = pool.db().prepare(sql);
        for (qsizetype i = 0; i < compiled->binds.size(); ++i)
            st.bind(int(i + 1), compiled->binds[i]);
        return st;
    };
    // Each step's table is named by its place in the model: s0, s1, ...
    const auto& steps = builtIn(model).steps;
    const auto at =
        std::find_if(steps.begin(), steps.end(), [&](const StepSpec& x) { return x.id == QString::fromLatin1(counted); });
    REQUIRE(at != steps.end());
    Statement count = query(compiled->with + QStringLiteral("\nSELECT count(*) FROM s%1").arg(std::distance(steps.begin(), at)));
    REQUIRE(count.step());
    *countedRows = count.int64(0);
    Statement st = query(compiled->sql());
    std::set<std::tuple<QString, qint64, QString>> rows;
    while (st.step())
        rows.insert({st.text(0), st.int64(1), st.text(2)});
    return rows;
}

// The SQL a run of a built-in model compiles, and a context as a run makes it: the current
// lists of the model's types and their sizes, which the plan weighs.
inline QString runSql(cluedesk::Pool& pool, const char* model)
{
    const auto catalog = cluedesk::DatasetCatalog::forPool(pool);
    const auto sql = cluedesk::ScreeningRunner(pool, catalog).sqlFor(builtIn(model));
    REQUIRE(sql.ok());
    return *sql;
}

inline cluedesk::CompileContext sizedContext(cluedesk::Pool& pool, const char* model)
{
    cluedesk::CompileContext ctx;
    cluedesk::DatasetStore store(pool);
    for (const cluedesk::StepSpec& s : builtIn(model).steps)
        for (const QString& t : s.types)
            for (qint64 v : ctx.currentVersions[t] = store.currentVersions(t))
                ctx.datasetRows[v] = store.get(v)->rowsImported;
    return ctx;
}

inline cluedesk::ModelRunResult run(cluedesk::Pool& pool, const char* id, bool evenIfUnchanged = false)
{
    const auto catalog = cluedesk::DatasetCatalog::forPool(pool);
    auto r = cluedesk::ScreeningRunner(pool, catalog).run(builtIn(id), nullptr, evenIfUnchanged);
    INFO(r.errorMessage().toStdString());
    REQUIRE(r.ok());
    return *r;
}

inline std::set<QString> clueKeys(cluedesk::Pool& pool, const char* model, bool includeGone = false)
{
    cluedesk::ClueFilter f;
    f.models = {QString::fromLatin1(model)};
    if (!includeGone)
        f.presences = {QStringLiteral("new"), QStringLiteral("present")};
    std::set<QString> keys;
    for (const auto& c : cluedesk::ClueStore(pool).list(f))
        keys.insert(c.personKey);
    return keys;
}

inline cluedesk::ClueRow clueOf(cluedesk::Pool& pool, const char* model, const QString& key)
{
    cluedesk::ClueFilter f;
    f.models = {QString::fromLatin1(model)};
    for (const auto& c : cluedesk::ClueStore(pool).list(f))
        if (c.personKey == key)
            return c;
    FAIL("no clue for " << key.toStdString());
    return {};
}

} // namespace screening_test
