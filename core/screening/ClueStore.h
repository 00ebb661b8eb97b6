#pragma once
// Reading clues back: filtered and paged lists for the review queue and exports, one clue with
// its evidence, and the runs of each model.
#include "screening/Evidence.h"
#include "util/LocalText.h"

#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace cluedesk {

class DatasetCatalog;
class Pool;
class RunReasons;
class Statement;

struct ClueRow {
    qint64 id = 0;
    QString modelId;
    QString personKey;        // the subject's key: a resident ID, a credit code, a case number, a lot
    QString subjectKind;      // person, org, case, item
    QString workflow;         // the review path: aid, supervision (ClueStatus)
    qint64 recoveredFen = -1; // money recovered after a supervision clue was corrected; -1: none recorded
    qint64 lastRun = 0;       // the run that last found it
    QStringList names;
    QString grade;
    QString reasonZh, reasonEn;
    QString town;
    QString presence; // new, present, gone
    QString status;   // review status
    QString firstSeenAt, lastSeenAt;
    QString reason(Language language) const { return language == Language::Chinese ? reasonZh : reasonEn; }
    bool aboutPerson() const { return subjectKind.isEmpty() || subjectKind == QLatin1String("person"); }
    // The key as a screen or letter shows it: a person's ID masked unless full IDs are allowed; a
    // case number, a lot or a credit code as it is.
    QString shownKey(bool fullIds) const;
};

struct ClueFilter {
    QStringList models;
    QStringList statuses;
    QStringList presences;
    QStringList grades;
    QString town;
    QString search; // name or ID number (part)
    qint64 newSinceRun = 0;
    enum class Order { Grade, Newest, Person } order = Order::Grade;
};

struct RunRow {
    qint64 id = 0;
    QString modelId;
    QString startedAt;
    QString runBy;
    int clues = 0, added = 0, stillPresent = 0, gone = 0;
    qint64 millis = 0;
};

class ClueStore {
public:
    explicit ClueStore(Pool& pool);
    ~ClueStore();
    qint64 count(const ClueFilter& filter);
    std::vector<ClueRow> list(const ClueFilter& filter, qint64 offset = 0, qint64 limit = -1);
    // The same clues one at a time, none of them kept: an export of every clue of a large pool.
    // visit may read each clue's evidence meanwhile.
    void forEach(const ClueFilter& filter, const std::function<void(ClueRow&&)>& visit, qint64 offset = 0, qint64 limit = -1);
    // The ids of the clues a filter admits, in its order, and those clues a page of ids at a
    // time: a table reads any page of 190,000 clues in milliseconds, where OFFSET sorted them
    // all again for each page (0.33 s for one 150,000 rows in). A clue not found stays empty (id 0).
    std::vector<qint64> ids(const ClueFilter& filter);
    std::vector<ClueRow> byIds(const std::vector<qint64>& ids);
    std::optional<ClueRow> get(qint64 id);
    Evidence evidence(qint64 clueId);
    std::vector<RunRow> runs(const QString& modelId = {}, int limit = 50);
    QStringList towns();

private:
    QString where(const ClueFilter& filter, QVariantList& binds) const;
    static QString orderBy(const ClueFilter& filter);
    // A clue as it leaves the store: its reasons rendered, its ID masked unless fullIds.
    ClueRow shown(Statement& st, bool fullIds);
    // A clue's reasons, rendered from its evidence with what its last run kept (RunReasons).
    void renderReasons(ClueRow& clue);
    Pool& m_pool;
    std::map<qint64, std::unique_ptr<RunReasons>> m_runs;
    std::unique_ptr<DatasetCatalog> m_catalog;
};

} // namespace cluedesk
