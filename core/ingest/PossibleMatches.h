#pragma once
// Possible matches for a broken ID: the persons in the pool (any list, any case file) with the
// same normalised name whose valid ID is one edit away from it (NearIds), best first, each with
// its reason and where it was found. A match is never applied by itself: the officer confirms
// one (the row is then linked to that person for screening, keeping the ID as written and who
// confirmed it) or dismisses them; both are audited.
#include "identity/NearIds.h"
#include "util/Result.h"

#include <QString>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct PersonSighting {
    QString list; // the dataset type's title
    QString asOf, fileName, sheet;
    qint64 row = 0;
    QString nameWritten;
};

struct PossibleMatch {
    QString key; // as this user may see it
    QString name;
    NearId near;
    int sightings = 0;                 // rows in the pool with this person
    std::vector<PersonSighting> where; // the first few of them
    QString reason() const;            // "digits 7 and 8 swapped; same name"
    QString whereText() const;         // "低保 (2024-06-30) file.xlsx row 12; ... (3 rows)"
};

// What confirming did: the record now linked (a rejected row stored, or the person added to a
// row imported without them; none when the row had other reasons to be rejected), and how many
// rows of the same list with the same ID as written and the same name were linked with it.
struct MatchConfirmed {
    std::optional<qint64> recordId;
    bool recordCreated = false;
    int rows = 0;          // decided, this one included
    int recordsLinked = 0; // of them linked to a record
    int rowsWaiting = 0;   // of them kept out until the row's other broken IDs are matched too
};

class PossibleMatches {
public:
    explicit PossibleMatches(Pool& pool) : m_pool(pool) { }
    // Persons named `name` whose ID is one edit away from `idWritten`.
    std::vector<PossibleMatch> find(const QString& idWritten, const QString& name);
    // For an import issue about an invalid ID (code id.invalid); empty for other issues and for
    // issues imported before ClueDesk kept the name beside them.
    std::vector<PossibleMatch> forIssue(qint64 issueId);
    // Links the issue's row to the person with this ID, which must be one of the possible matches;
    // the list's other undecided rows with the same ID as written, name and role go with it. A
    // row that broken IDs alone kept out is stored when the last of those is matched, with every
    // person matched on it; until then the match is recorded and the row waits.
    Result<MatchConfirmed> confirm(qint64 issueId, const QString& idText);
    // None of the possible matches is the person; the row stays rejected.
    Status dismiss(qint64 issueId);

private:
    Pool& m_pool;
};

} // namespace cluedesk
