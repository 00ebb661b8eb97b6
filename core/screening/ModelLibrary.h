#pragma once
// The screening models of a pool: the built-in ones (resources/models, read-only, but each can
// be switched off) and the office's own, stored in the pool so they travel with its data.
#include "screening/ModelDefinition.h"

#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct ModelEntry {
    ModelDefinition model;
    bool enabled = true;
};

class ModelLibrary {
public:
    static const std::vector<ModelDefinition>& builtIns();
    static ModelLibrary forPool(Pool& pool);

    const std::vector<ModelEntry>& entries() const { return m_entries; }
    const ModelEntry* find(const QString& id) const;

    // Adds or replaces an office model after checking it; built-in ids are refused.
    static Status save(Pool& pool, const ModelDefinition& model, const DatasetCatalog& catalog);
    static Status setEnabled(Pool& pool, const QString& id, bool enabled);
    static Status remove(Pool& pool, const QString& id);

private:
    std::vector<ModelEntry> m_entries;
};

} // namespace cluedesk
