#pragma once
// Which additional groups of a parameter set the pool says a person belongs to: the disabled
// list by level (一级/二级 or 三级/四级), children in distress, special-care recipients, women and
// workers in difficulty, medical aid, other hardship lists. Only current lists count. The
// calculator fills these in for the officer to check and override; nothing is decided here.
#include "assistance/ParameterSet.h"

namespace cluedesk {

struct GroupFinding {
    QString groupId;
    LocalText list; // the list that says so
    QString detail; // the row: file, row number and the value that decided it
};

class PoolGroups {
public:
    static std::vector<GroupFinding> find(Pool& pool, const QString& personKey, const ParameterSet& params);
    // The disabled list's level as written (一级, 2级, 三, IV ...) -> 1..4; 0 when unreadable.
    static int disabilityLevel(const QString& text);
};

} // namespace cluedesk
