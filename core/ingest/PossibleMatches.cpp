#include "ingest/PossibleMatches.h"

#include "identity/IdNumber.h"
#include "identity/PersonName.h"
#include "ingest/DatasetCatalog.h"
#include "pool/DatasetStore.h"
#include "pool/Pool.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/Disclosure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>

namespace cluedesk {
namespace {

constexpr size_t kSightingsShown = 5;

struct IssueRow {
    qint64 id = 0, datasetId = 0;
    std::optional<qint64> fileId, row;
    QString sheet, code;
    QJsonObject repair;
    QString state; // the decision so far
};

Result<IssueRow> loadIssue(Pool& pool, qint64 issueId)
{
    Statement st = pool.db().prepare(
        QStringLiteral("SELECT i.id, i.dataset_id, i.file_id, i.row_no, i.sheet, i.code, i.repair, coalesce(m.state, '') "
                       "FROM import_issues i LEFT JOIN reject_matches m ON m.issue_id = i.id WHERE i.id = ?1"));
    st.bind(1, issueId);
    if (!st.step())
        return fail(QCoreApplication::translate("PossibleMatches", "There is no rejected row %1 (see: rejects).").arg(issueId),
            QStringLiteral("match.no-issue"));
    IssueRow r;
    r.id = st.int64(0);
    r.datasetId = st.int64(1);
    if (!st.isNull(2))
        r.fileId = st.int64(2);
    if (!st.isNull(3))
        r.row = st.int64(3);
    r.sheet = st.text(4);
    r.code = st.text(5);
    r.repair = QJsonDocument::fromJson(st.text(6).toUtf8()).object();
    r.state = st.text(7);
    if (r.code != QLatin1String("id.invalid") || r.repair.isEmpty())
        return fail(QCoreApplication::translate("PossibleMatches",
                        "Row %1 is not about an invalid ID with a name beside it, so there is nothing to match.")
                        .arg(issueId),
            QStringLiteral("match.not-matchable"));
    return r;
}

// An issue the officer may still decide on: a prosecutor's, and not linked yet.
Result<IssueRow> undecided(Pool& pool, qint64 issueId)
{
    if (Status s = Access::require(pool, Permission::Review); !s)
        return s.error();
    auto issue = loadIssue(pool, issueId);
    if (issue && issue->state == QLatin1String("matched"))
        return fail(QCoreApplication::translate("PossibleMatches", "Row %1 is already linked to a person.").arg(issueId),
            QStringLiteral("match.already"));
    return issue;
}

// The other broken IDs of the same row, with what the officer decided on each so far.
struct Sibling {
    qint64 issueId = 0;
    bool keptOut = false; // its ID alone would keep the row out (a required role)
    bool matched = false;
    QString key;
    std::optional<qint64> recordId;
    QJsonObject repair;
};

std::vector<Sibling> siblingsOf(Pool& pool, const IssueRow& issue)
{
    Statement st = pool.db().prepare(QStringLiteral(
        "SELECT i.id, i.severity, i.repair, coalesce(m.state, ''), coalesce(m.person_key, ''), m.record_id FROM import_issues i "
        "LEFT JOIN reject_matches m ON m.issue_id = i.id WHERE i.dataset_id = ?1 AND i.file_id IS ?2 AND i.sheet = ?3 "
        "AND i.row_no IS ?4 AND i.code = 'id.invalid' AND i.repair <> '' AND i.id <> ?5 ORDER BY i.id"));
    st.bind(1, issue.datasetId);
    if (issue.fileId)
        st.bind(2, *issue.fileId);
    st.bind(3, issue.sheet);
    if (issue.row)
        st.bind(4, *issue.row);
    st.bind(5, issue.id);
    std::vector<Sibling> out;
    while (st.step()) {
        Sibling s;
        s.issueId = st.int64(0);
        s.keptOut = st.text(1) == QLatin1String("rejected");
        s.repair = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
        s.matched = st.text(3) == QLatin1String("matched");
        s.key = st.text(4);
        if (!st.isNull(5))
            s.recordId = st.int64(5);
        out.push_back(std::move(s));
    }
    return out;
}

void addPerson(DatasetStore& store, qint64 recordId, qint64 datasetId, const QJsonObject& repair, const QString& key)
{
    store.addPerson(recordId, datasetId, repair.value(QStringLiteral("role")).toString(), key,
        repair.value(QStringLiteral("id_written")).toString(), repair.value(QStringLiteral("name")).toString(),
        repair.value(QStringLiteral("name_written")).toString());
}

struct Linked {
    std::optional<qint64> recordId;
    bool created = false;
    bool waiting = false; // matched; the row waits until its other broken IDs are matched too
};

// Links one rejected row to the person: adds them to the record the row was imported as, or
// stores the record that broken IDs alone kept out once every one of them that kept it out is
// matched (with every person matched so far). None when the row has other reasons to stay out.
Linked link(Pool& pool, const IssueRow& issue, const QString& key)
{
    const QJsonObject& repair = issue.repair;
    DatasetStore store(pool);
    Linked linked;
    if (repair.contains(QStringLiteral("record_id"))) {
        linked.recordId = qint64(repair.value(QStringLiteral("record_id")).toDouble());
    } else if (repair.contains(QStringLiteral("record")) && issue.fileId && issue.row) {
        const std::vector<Sibling> siblings = siblingsOf(pool, issue);
        for (const Sibling& s : siblings)
            if (s.recordId)
                linked.recordId = s.recordId; // stored when its last broken ID was matched
        if (!linked.recordId) {
            for (const Sibling& s : siblings)
                if (s.keptOut && !s.matched) {
                    linked.waiting = true;
                    return linked;
                }
            linked.recordId = store.addRecord(
                issue.datasetId, *issue.fileId, issue.sheet, *issue.row, repair.value(QStringLiteral("record")).toString());
            linked.created = true;
            for (const QJsonValue v : repair.value(QStringLiteral("persons")).toArray()) {
                const QJsonObject p = v.toObject(); // a person whose ID was valid
                addPerson(store, *linked.recordId, issue.datasetId, p, p.value(QStringLiteral("key")).toString());
            }
            Statement waited = pool.db().prepare(QStringLiteral("UPDATE reject_matches SET record_id = ?1 WHERE issue_id = ?2"));
            for (const Sibling& s : siblings)
                if (s.matched) {
                    addPerson(store, *linked.recordId, issue.datasetId, s.repair, s.key);
                    waited.reset();
                    waited.bind(1, *linked.recordId).bind(2, s.issueId).run();
                }
        }
    }
    if (linked.recordId) {
        addPerson(store, *linked.recordId, issue.datasetId, repair, key);
        store.markChanged(*linked.recordId);
    }
    return linked;
}

} // namespace

QString PossibleMatch::reason() const
{
    return QCoreApplication::translate("PossibleMatches", "%1; same name").arg(near.reason());
}

QString PossibleMatch::whereText() const
{
    QStringList parts;
    for (const PersonSighting& s : where) {
        QString file = s.fileName;
        if (!s.sheet.isEmpty())
            file += QStringLiteral(" [%1]").arg(s.sheet);
        parts << QCoreApplication::translate("PossibleMatches", "%1 (%2) %3 row %4").arg(s.list, s.asOf, file).arg(s.row);
    }
    QString text = parts.join(QStringLiteral("; "));
    if (sightings > int(where.size()))
        text += QCoreApplication::translate("PossibleMatches", "; %n rows in all", nullptr, sightings);
    return text;
}

std::vector<PossibleMatch> PossibleMatches::find(const QString& idWritten, const QString& name)
{
    const QString wanted = PersonName::normalise(name);
    if (wanted.isEmpty())
        return {};
    const std::vector<NearId> near = NearIds::of(idWritten, m_pool.now().date());
    if (near.empty())
        return {};
    QStringList keys;
    std::map<QString, NearId> byKey;
    for (const NearId& n : near) {
        keys << QStringLiteral("'%1'").arg(n.key); // digits and X only: valid keys
        byKey.emplace(n.key, n);
    }
    const DatasetCatalog catalog = DatasetCatalog::forPool(m_pool);
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT p.person_key, p.name, %2, d.type, d.as_of, coalesce(f.file_name, ''), r.sheet, "
                       "r.row_no FROM record_persons p JOIN records r ON r.id = p.record_id "
                       "JOIN datasets d ON d.id = p.dataset_id LEFT JOIN dataset_files f ON f.id = r.file_id "
                       "WHERE %1 AND d.status = 'active' ORDER BY d.as_of DESC, r.id")
            .arg(DatasetStore::personRowsSql(u"p", QStringLiteral("IN (%1)").arg(keys.join(u','))),
                DatasetStore::nameWrittenSql(u"p")));
    std::map<QString, PossibleMatch> found;
    while (st.step()) {
        if (st.text(1) != wanted)
            continue;
        const QString key = st.text(0);
        PossibleMatch& m = found[key];
        if (m.sightings == 0) {
            m.key = Disclosure::id(m_pool, key);
            m.name = st.text(2);
            m.near = byKey.at(key);
            m.near.key = m.key; // masked too for a role that may not see full IDs
        }
        ++m.sightings;
        if (m.where.size() < kSightingsShown) {
            const DatasetType* type = catalog.find(st.text(3));
            m.where.push_back(
                {type ? type->title.text() : st.text(3), st.text(4), st.text(5), st.text(6), st.int64(7), st.text(2)});
        }
    }
    std::vector<PossibleMatch> out;
    for (auto& [key, m] : found)
        out.push_back(std::move(m));
    std::stable_sort(out.begin(), out.end(), [](const PossibleMatch& a, const PossibleMatch& b) {
        if (a.near.rank() != b.near.rank())
            return a.near.rank() < b.near.rank();
        if (a.sightings != b.sightings)
            return a.sightings > b.sightings;
        return a.near.position < b.near.position;
    });
    return out;
}

std::vector<PossibleMatch> PossibleMatches::forIssue(qint64 issueId)
{
    const auto issue = loadIssue(m_pool, issueId);
    if (!issue)
        return {};
    return find(issue->repair.value(QStringLiteral("id_written")).toString(),
        issue->repair.value(QStringLiteral("name_written")).toString());
}

Result<MatchConfirmed> PossibleMatches::confirm(qint64 issueId, const QString& idText)
{
    auto issue = undecided(m_pool, issueId);
    if (!issue)
        return issue.error();
    const IdParse parsed = IdParser::parse(idText, m_pool.now().date());
    if (!parsed.ok())
        return fail(parsed.message(), QStringLiteral("match.bad-id"));
    const QJsonObject& repair = issue->repair;
    const QString idWritten = repair.value(QStringLiteral("id_written")).toString();
    const QString nameWritten = repair.value(QStringLiteral("name_written")).toString();
    const std::vector<PossibleMatch> matches = find(idWritten, nameWritten);
    const QString key = parsed.id->key();
    const auto match = std::find_if(matches.begin(), matches.end(), [&](const PossibleMatch& m) { return m.near.key == key; });
    if (match == matches.end())
        return fail(QCoreApplication::translate("PossibleMatches",
                        "%1 is not one of the possible matches for row %2 (the same name with an ID one edit away from "
                        "\"%3\"); a different person is linked by importing a corrected file.")
                        .arg(Disclosure::id(m_pool, key))
                        .arg(issueId)
                        .arg(Disclosure::text(m_pool, idWritten)),
            QStringLiteral("match.not-proposed"));
    const QString role = repair.value(QStringLiteral("role")).toString();
    MatchConfirmed done;
    try {
        Transaction tx(m_pool.db());
        // The same ID as written, with the same name and role, on other undecided rows of this list
        // version (every month of a pension list) is the same person: one confirmation links them all.
        std::vector<qint64> ids{issueId};
        Statement same = m_pool.db().prepare(
            QStringLiteral("SELECT i.id FROM import_issues i WHERE i.dataset_id = ?1 AND i.code = 'id.invalid' AND i.id <> ?2 "
                           "AND i.repair <> '' AND json_extract(i.repair, '$.id_written') = ?3 AND json_extract(i.repair, "
                           "'$.name_written') = ?4 AND json_extract(i.repair, '$.role') = ?5 "
                           "AND NOT EXISTS(SELECT 1 FROM reject_matches m WHERE m.issue_id = i.id) ORDER BY i.id"));
        same.bind(1, issue->datasetId).bind(2, issueId).bind(3, idWritten).bind(4, nameWritten).bind(5, role);
        while (same.step())
            ids.push_back(same.int64(0));
        for (const qint64 id : ids) {
            const auto row = id == issueId ? issue : loadIssue(m_pool, id);
            if (!row)
                continue;
            const Linked linked = link(m_pool, *row, key);
            const std::optional<qint64> recordId = linked.recordId;
            done.rows += 1;
            done.recordsLinked += recordId ? 1 : 0;
            done.rowsWaiting += linked.waiting ? 1 : 0;
            done.recordCreated = done.recordCreated || linked.created;
            if (id == issueId)
                done.recordId = recordId;
            Statement st = m_pool.db().prepare(QStringLiteral(
                "INSERT OR REPLACE INTO reject_matches(issue_id, state, person_key, record_id, decided_at, decided_by) "
                "VALUES(?1, 'matched', ?2, ?3, ?4, ?5)"));
            st.bind(1, id).bind(2, key);
            if (recordId)
                st.bind(3, *recordId);
            st.bind(4, m_pool.nowText()).bind(5, m_pool.user()).run();
        }
        AuditLog(m_pool).record(QStringLiteral("reject.match"), QString::number(issueId),
            QStringLiteral("dataset %1 row %2, %3: %4; %5 row(s), %6 linked")
                .arg(issue->datasetId)
                .arg(issue->row.value_or(0))
                .arg(role, match->near.reason())
                .arg(done.rows)
                .arg(done.recordsLinked));
        tx.commit();
    } catch (const DbError& e) {
        return fail(e.message(), QStringLiteral("match.storage"));
    }
    return done;
}

Status PossibleMatches::dismiss(qint64 issueId)
{
    auto issue = undecided(m_pool, issueId);
    if (!issue)
        return issue.error();
    try {
        Transaction tx(m_pool.db());
        m_pool.db()
            .prepare(QStringLiteral("INSERT OR REPLACE INTO reject_matches(issue_id, state, decided_at, decided_by) "
                                    "VALUES(?1, 'dismissed', ?2, ?3)"))
            .bind(1, issueId)
            .bind(2, m_pool.nowText())
            .bind(3, m_pool.user())
            .run();
        AuditLog(m_pool).record(QStringLiteral("reject.dismiss"), QString::number(issueId),
            QStringLiteral("dataset %1 row %2").arg(issue->datasetId).arg(issue->row.value_or(0)));
        tx.commit();
    } catch (const DbError& e) {
        return fail(e.message(), QStringLiteral("match.storage"));
    }
    return success();
}

} // namespace cluedesk
