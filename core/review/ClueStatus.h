#pragma once
// The review states of a clue and the changes an officer may make. A model says which path its
// clues follow (ModelDefinition::workflow):
//   aid:         new -> verifying -> eligible / ineligible / referred (to social assistance) -> assisted
//   supervision: new -> verifying -> confirmed (违法属实) / unfounded -> suggested (a suggestion or
//                transfer letter issued) -> corrected (the department acted; money recovered recorded)
// A clue is a lead: every state after verifying is a decision that needs a reason, and only after
// one may a letter be written about it.
#include "util/LocalText.h"

#include <QStringList>

namespace cluedesk {

class ClueStatus {
public:
    static const QStringList& workflows(); // aid, supervision
    // Every status of every path, for filters.
    static const QStringList& all();
    // The statuses of one path.
    static QStringList of(const QString& workflow);
    static bool known(const QString& status, const QString& workflow = QStringLiteral("aid"));
    static QStringList nextFrom(const QString& status, const QString& workflow = QStringLiteral("aid"));
    static bool isDecision(const QString& status);
    // Whether an amount recovered may be recorded on reaching this status (supervision: corrected).
    static bool recordsRecovery(const QString& status) { return status == QLatin1String("corrected"); }
    static LocalText title(const QString& status);
    // For sentences: each status by its title with the code to type beside it, 核查中 (verifying).
    static QString titles(const QStringList& statuses);
    static LocalText workflowTitle(const QString& workflow); // 司法救助, 法律监督
};

} // namespace cluedesk
