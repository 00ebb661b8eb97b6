#pragma once
// What became of a clue after the letter about it was answered: the field's follow-up. Once a
// department has replied, the next screening of the clue's model on lists as of the reply or
// later tells whether the problem went away (the pension stopped, the person is now assisted) or
// is still there.
#include "letters/LetterRegister.h"

namespace cluedesk {

struct ClueFollowUp {
    QString letterNumber;
    QString letterState; // IssuedLetter::state
    QString dueDate;
    QString replyDate;    // the first reply's date; empty without a reply
    QString outcome;      // "" (no reply yet), "pending" (not screened since), "gone", "present"
    QString rescreenedAt; // the first screening of the model on or after the reply
    LocalText describe() const;
};

class LetterFollowUp {
public:
    static std::vector<ClueFollowUp> forClue(Pool& pool, qint64 clueId, const QDate& today);
};

} // namespace cluedesk
