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

// Links one rejected row to the person: adds them to the record the row was imported as, or
// stores the record the ID alone kept out. None when the row had other reasons to be rejected.
std::optional<qint64> link(Pool& pool, const IssueRow& issue, const QString& key)
{
    const QJsonObject& repair = issue.repair;
    DatasetStore store(pool);
    std::optional<qint64> recordId;
    if (repair.contains(QStringLiteral("record_id"))) {
        recordId = qint64(repair.value(QStringLiteral("record_id")).toDouble());
    } else if (repair.contains(QStringLiteral("record")) && issue.fileId && issue.row) {
        recordId = store.addRecord(
            issue.datasetId, *issue.fileId, issue.sheet, *issue.row, repair.value(QStringLiteral("record")).toString());
        for (const QJsonValue v : repair.value(QStringLiteral("persons")).toArray()) {
            const QJsonObject p = v.toObject();
            store.addPerson(*recordId, issue.datasetId, p.value(QStringLiteral("role")).toString(),
                p.value(QStringLiteral("key")).toString(), p.value(QStringLiteral("id_written")).toString(),
                p.value(QStringLiteral("name")).toString(), p.value(QStringLiteral("name_written")).toString());
        }
    }
    if (recordId) {
        store.addPerson(*recordId, issue.datasetId, repair.value(QStringLiteral("role")).toString(), key,
            repair.value(QStringLiteral("id_written")).toString(), repair.value(QStringLiteral("name")).toString(),
            repair.value(QStringLiteral("name_written")).toString());
        store.markChanged(*recordId);
    }
    return recordId;
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
            const std::optional<qint64> recordId = link(m_pool, *row, key);
            done.rows += 1;
            done.recordsLinked += recordId ? 1 : 0;
            done.recordCreated = done.recordCreated || (recordId && !row->repair.contains(QStringLiteral("record_id")));
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
