#pragma once
// Runs screening models over the pool's current lists and keeps their clues: the same model
// and person is always the same clue; a run marks each clue new, still present or gone, renews
// its evidence, grade and reason, and never touches what reviewers recorded.
#include "screening/ModelDefinition.h"
#include "screening/SqlCompiler.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace cluedesk {

class Pool;
class DatasetCatalog;
class LocalArea;

struct ModelRunResult {
    QString modelId;
    qint64 runId = 0;
    int clues = 0;
    int added = 0;
    int stillPresent = 0;
    int gone = 0;
    qint64 millis = 0;
    QStringList warnings; // e.g. a dataset type the model uses has no current list
    // Nothing the model reads changed since run runId (finished at lastRunAt): its clues stand
    // as they are and the model was not run again.
    bool skipped = false;
    QString lastRunAt;
};

class ScreeningRunner {
public:
    ScreeningRunner(Pool& pool, const DatasetCatalog& catalog) : m_pool(pool), m_catalog(catalog) { }
    // Skips the model when the model, its parameters, the county and every row of the lists
    // it reads are as they were at its last run, unless evenIfUnchanged.
    Result<ModelRunResult> run(
        const ModelDefinition& model, const std::atomic_bool* cancel = nullptr, bool evenIfUnchanged = false);
    // Several models, two at a time: each is worked out on a connection of its own (the pool's,
    // and one connect() opens to the same pool as the same user) and their clues are written
    // one model after the other. The results come in the order of models; done, if given, hears
    // of each as it is written, on the thread that wrote it, one call at a time. Without a second
    // connection (connect fails or is empty) the models run one after another.
    using Connect = std::function<Result<std::unique_ptr<Pool>>()>;
    using Done = std::function<void(size_t index, const Result<ModelRunResult>& result)>;
    std::vector<Result<ModelRunResult>> runAll(const std::vector<ModelDefinition>& models, const Connect& connect,
        const std::atomic_bool* cancel = nullptr, bool evenIfUnchanged = false, const Done& done = {});
    // The SQL a model compiles to on this pool (for `models show --sql` and the benchmarks).
    Result<QString> sqlFor(const ModelDefinition& model);

private:
    // What a run found, before it is kept: found without the write lock, kept under it.
    struct Found;
    Result<std::unique_ptr<Found>> find(const ModelDefinition& model, const std::atomic_bool* cancel, bool evenIfUnchanged);
    Result<ModelRunResult> keep(Found& found, const std::atomic_bool* cancel);

    // A digest of everything the clues of a run are computed from.
    QString inputsDigest(
        const ModelDefinition& model, const CompiledModel& compiled, const CompileContext& context, const LocalArea& area);

    Pool& m_pool;
    const DatasetCatalog& m_catalog;
};

} // namespace cluedesk
