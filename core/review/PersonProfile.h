#pragma once
// Everything the pool knows about one person key: every list and file they appear in (with
// the names as written there), their case files, the clues of every model and what was decided,
// household visits, calculated amounts and letters; and what the ID itself tells.
#include "assistance/CalculationStore.h"
#include "casefiles/CaseFileStore.h"
#include "letters/LetterRegister.h"
#include "review/ReviewStore.h"
#include "review/VisitStore.h"
#include "screening/ClueStore.h"

namespace cluedesk {

class DatasetCatalog;

struct ProfileRecord {
    qint64 recordId = 0;
    qint64 datasetId = 0;
    QString type, typeTitle, stream, fileName, sheet, asOf;
    qint64 row = 0;
    QString role, nameWritten, idWritten;
    QJsonObject fields;
    bool current = false;
};

struct ProfileClue {
    ClueRow clue;
    QString modelTitle;
    std::vector<ClueEvent> events;
    std::vector<ClueNote> notes;
};

struct PersonProfile {
    QString key;
    QDate birth;
    bool male = false;
    int age = -1;
    QString region;
    std::optional<bool> local; // unknown without the county prefix setting
    QStringList names;         // as written, every distinct one
    std::vector<ProfileRecord> records;
    std::vector<StoredFact> caseFileMentions;
    std::vector<ProfileClue> clues;
    std::vector<Visit> visits;
    std::vector<SavedCalculation> calculations;
    std::vector<IssuedLetter> letters;
    bool judicialAidGiven = false; // in a current judicial-aid list

    static Result<PersonProfile> load(Pool& pool, const QString& idText, const DatasetCatalog& catalog);
};

} // namespace cluedesk
