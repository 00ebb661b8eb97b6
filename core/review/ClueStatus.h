#pragma once
// The review states of a clue and the changes an officer may make:
// new -> verifying -> eligible / ineligible / referred (to social assistance) -> assisted.
// A clue is a lead: eligible, ineligible, referred and assisted are verification decisions, and
// only after one of them may a letter be written about the person.
#include "util/LocalText.h"

#include <QStringList>

namespace cluedesk {

class ClueStatus {
public:
    static const QStringList& all();
    static bool known(const QString& status);
    static QStringList nextFrom(const QString& status);
    static bool isDecision(const QString& status);
    static LocalText title(const QString& status);
};

} // namespace cluedesk
