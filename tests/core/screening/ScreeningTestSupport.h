#pragma once
// Running built-in models over hand-made pools and looking at the clues they produce.
#include "ingest/DatasetCatalog.h"
#include "screening/ClueStore.h"
#include "screening/ModelLibrary.h"
#include "screening/ScreeningRunner.h"

#include "TestSupport.h"

#include <set>

namespace screening_test {

inline const cluedesk::ModelDefinition& builtIn(const char* id)
{
    for (const auto& m : cluedesk::ModelLibrary::builtIns())
        if (m.id == QString::fromLatin1(id))
            return m;
    FAIL("no built-in model " << id);
    throw std::logic_error("unreachable");
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
