#pragma once
// The dataset types known to a pool: the built-in ones shipped in resources/datasets and the
// office's own, stored in the pool so they travel with its data.
#include "ingest/DatasetType.h"

#include <vector>

namespace cluedesk {

class Pool;

class DatasetCatalog {
public:
    static const DatasetCatalog& builtIn();
    static DatasetCatalog forPool(Pool& pool); // built-in plus the pool's own types

    const std::vector<DatasetType>& types() const { return m_types; }
    const DatasetType* find(const QString& id) const;
    // Adds or replaces an office type; built-in ids cannot be replaced.
    static Status saveCustom(Pool& pool, const DatasetType& type);

private:
    std::vector<DatasetType> m_types;
};

} // namespace cluedesk
