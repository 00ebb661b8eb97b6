#pragma once
// A model's steps in plain sentences, in the UI language, with the dataset types' and fields'
// titles: what an officer reads to judge whether a model does what its title says.
#include "screening/ModelDefinition.h"

namespace cluedesk {

class DatasetCatalog;

class ModelDescriber {
public:
    // One line per step, then the output and grading.
    static QStringList describe(const ModelDefinition& model, const DatasetCatalog& catalog, Language language);
    static QString describeFilter(
        const FilterSpec& filter, const QStringList& types, const DatasetCatalog& catalog, Language language);
};

} // namespace cluedesk
