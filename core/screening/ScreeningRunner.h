#pragma once
// Runs screening models over the pool's current lists and keeps their clues: the same model
// and person is always the same clue; a run marks each clue new, still present or gone, renews
// its evidence, grade and reason, and never touches what reviewers recorded.
#include "screening/ModelDefinition.h"

#include <atomic>

namespace cluedesk {

class Pool;
class DatasetCatalog;

struct ModelRunResult {
    QString modelId;
    qint64 runId = 0;
    int clues = 0;
    int added = 0;
    int stillPresent = 0;
    int gone = 0;
    qint64 millis = 0;
    QStringList warnings; // e.g. a dataset type the model uses has no current list
};

class ScreeningRunner {
public:
    ScreeningRunner(Pool& pool, const DatasetCatalog& catalog) : m_pool(pool), m_catalog(catalog) { }
    Result<ModelRunResult> run(const ModelDefinition& model, const std::atomic_bool* cancel = nullptr);
    // The SQL a model compiles to on this pool (for `models show --sql` and the benchmarks).
    Result<QString> sqlFor(const ModelDefinition& model);

private:
    Pool& m_pool;
    const DatasetCatalog& m_catalog;
};

} // namespace cluedesk
