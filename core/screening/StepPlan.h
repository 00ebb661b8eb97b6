#pragma once
// The order a model's steps are built in, and which sources may be narrowed to the subjects of
// another step. A step that is only ever intersected with another ("also in") needs its rows
// only for the subjects that other step has: when every step behind it works on each subject
// apart from the rest, its sources can take those subjects alone, and the work between (counts
// within years, comparisons, groups) is done for them only. The rows kept for those subjects are
// exactly the rows the whole computation keeps for them; the rest could never leave the
// intersection.
#include "screening/ModelDefinition.h"

#include <map>
#include <vector>

namespace cluedesk {

struct StepPlan {
    std::vector<size_t> order;                 // indexes into model.steps, in the order to build them
    std::map<QString, QStringList> narrowedBy; // source step -> the steps whose subjects it is limited to

    static StepPlan of(const ModelDefinition& model);
    // The steps that read a step's rows: from, operands, within, outside, ended by.
    static QStringList inputsOf(const StepSpec& s);
};

} // namespace cluedesk
