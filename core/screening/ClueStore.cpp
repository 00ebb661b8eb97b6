#include "screening/ClueStore.h"

#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "pool/Pool.h"
#include "screening/RunReasons.h"
#include "security/Disclosure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <unordered_map>

namespace cluedesk {
namespace {

const char* kColumns =
    "c.id, c.model_id, c.person_key, c.names, c.grade, c.reason_zh, c.reason_en, c.town, c.presence, c.status, "
    "c.first_seen_at, c.last_seen_at, c.subject_kind, c.workflow, coalesce(c.recovered_fen, -1), c.last_run";

ClueRow readRow(Statement& st)
{
    ClueRow c;
    c.id = st.int64(0);
    c.modelId = st.text(1);
    c.personKey = st.text(2);
    for (const QJsonValue& v : QJsonDocument::fromJson(st.text(3).toUtf8()).array())
        c.names << v.toString();
    c.grade = st.text(4);
    c.reasonZh = st.text(5);
    c.reasonEn = st.text(6);
    c.town = st.text(7);
    c.presence = st.text(8);
    c.status = st.text(9);
    c.firstSeenAt = st.text(10);
    c.lastSeenAt = st.text(11);
    c.subjectKind = st.text(12);
    c.workflow = st.text(13);
    c.recoveredFen = st.int64(14);
    c.lastRun = st.int64(15);
    return c;
}

// A clue's evidence rows (?1), in the order a screen shows them or in record order, as a run read
// them. A row is about the clue's own number unless it keeps another. Prepared once per
// connection: an export reads the rows of every clue.
const char* evidenceSql(bool inRecordOrder)
{
    static const QByteArray select = "SELECT e.record_id, e.steps, e.dataset_id, e.dataset_type, e.file_name, e.sheet, "
                                     "e.row_no, e.role, e.name_written, e.id_written, e.fields, "
                                     "coalesce(e.person_key, c.person_key) FROM clue_evidence e JOIN clues c ON c.id = "
                                     "e.clue_id WHERE e.clue_id = ?1 ORDER BY ";
    static const QByteArray shown = select + "e.dataset_type, e.file_name, e.sheet, e.row_no";
    static const QByteArray recorded = select + "e.record_id";
    return (inRecordOrder ? recorded : shown).constData();
}

// An evidence row as stored; its fields are parsed when read.
EvidenceRow evidenceRow(Statement& st)
{
    EvidenceRow e;
    e.recordId = st.int64(0);
    e.steps = st.text(1).split(u',');
    e.datasetId = st.int64(2);
    e.type = st.text(3);
    e.fileName = st.text(4);
    e.sheet = st.text(5);
    e.row = st.int64(6);
    e.role = st.text(7);
    e.nameWritten = st.text(8);
    e.idWritten = st.text(9);
    e.setStoredJson(st.utf8(10).toByteArray());
    e.personKey = st.text(11);
    return e;
}

} // namespace

ClueStore::ClueStore(Pool& pool) : m_pool(pool)
{
}

ClueStore::~ClueStore() = default;

QString ClueRow::shownKey(bool fullIds) const
{
    return aboutPerson() && !fullIds ? IdNumber::mask(personKey) : personKey;
}

QString ClueStore::where(const ClueFilter& f, QVariantList& binds) const
{
    QStringList parts;
    auto in = [&](const char* column, const QStringList& values) {
        if (values.isEmpty())
            return;
        QStringList params;
        for (const QString& v : values) {
            binds << v;
            params << QStringLiteral("?%1").arg(binds.size());
        }
        parts << QStringLiteral("%1 IN (%2)").arg(QString::fromLatin1(column), params.join(u','));
    };
    in("c.model_id", f.models);
    in("c.status", f.statuses);
    in("c.presence", f.presences);
    in("c.grade", f.grades);
    if (!f.town.isEmpty()) {
        binds << f.town;
        parts << QStringLiteral("c.town = ?%1").arg(binds.size());
    }
    if (!f.search.isEmpty()) {
        binds << QString(QStringLiteral("%") + f.search.trimmed().toUpper() + QStringLiteral("%"));
        if (Disclosure::fullIds(m_pool)) {
            parts << QStringLiteral("(c.person_key LIKE ?%1 OR c.names LIKE ?%1)").arg(binds.size());
        } else {
            // A part of an ID number would let a masked user find full IDs digit by digit: only a
            // whole number they already know finds its person.
            binds << f.search.trimmed().toUpper();
            // A case number or a lot is no one's ID: found by any part of it.
            parts << QStringLiteral(
                "(c.person_key = ?%1 OR c.names LIKE ?%2 OR (c.subject_kind <> 'person' AND c.person_key LIKE ?%2))")
                         .arg(binds.size())
                         .arg(binds.size() - 1);
        }
    }
    if (f.newSinceRun > 0) {
        binds << f.newSinceRun;
        parts << QStringLiteral("c.first_run >= ?%1").arg(binds.size());
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

qint64 ClueStore::count(const ClueFilter& filter)
{
    QVariantList binds;
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT count(*) FROM clues c") + where(filter, binds));
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    return st.step() ? st.int64(0) : 0;
}

std::vector<ClueRow> ClueStore::list(const ClueFilter& filter, qint64 offset, qint64 limit)
{
    std::vector<ClueRow> out;
    forEach(
        filter, [&](ClueRow&& c) { out.push_back(std::move(c)); }, offset, limit);
    return out;
}

QString ClueStore::orderBy(const ClueFilter& filter)
{
    switch (filter.order) {
    case ClueFilter::Order::Grade:
        return QStringLiteral(
            " ORDER BY CASE c.grade WHEN 'red' THEN 0 WHEN 'orange' THEN 1 ELSE 2 END, c.presence = 'gone', c.id");
    case ClueFilter::Order::Newest: return QStringLiteral(" ORDER BY c.first_run DESC, c.id");
    case ClueFilter::Order::Person: return QStringLiteral(" ORDER BY c.person_key, c.model_id");
    }
    return {};
}

ClueRow ClueStore::shown(Statement& st, bool fullIds)
{
    ClueRow c = readRow(st);
    renderReasons(c);
    if (!fullIds && c.subjectKind == QLatin1String("person"))
        c.personKey = Disclosure::maskIdNumbers(c.personKey);
    return c;
}

void ClueStore::forEach(const ClueFilter& filter, const std::function<void(ClueRow&&)>& visit, qint64 offset, qint64 limit)
{
    QVariantList binds;
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT %1 FROM clues c").arg(QString::fromLatin1(kColumns)) +
        where(filter, binds) + orderBy(filter) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    const bool full = Disclosure::fullIds(m_pool);
    while (st.step())
        visit(shown(st, full));
}

std::vector<qint64> ClueStore::ids(const ClueFilter& filter)
{
    QVariantList binds;
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT c.id FROM clues c") + where(filter, binds) + orderBy(filter));
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    std::vector<qint64> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::vector<ClueRow> ClueStore::byIds(const std::vector<qint64>& ids)
{
    std::vector<ClueRow> out(ids.size());
    if (ids.empty())
        return out;
    QStringList list;
    std::unordered_map<qint64, size_t> at;
    for (size_t i = 0; i < ids.size(); ++i) {
        list << QString::number(ids[i]);
        at.emplace(ids[i], i);
    }
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT %1 FROM clues c WHERE c.id IN (%2)").arg(QString::fromLatin1(kColumns), list.join(u',')));
    const bool full = Disclosure::fullIds(m_pool);
    while (st.step()) {
        ClueRow c = shown(st, full);
        out[at.at(c.id)] = std::move(c);
    }
    return out;
}

std::optional<ClueRow> ClueStore::get(qint64 id)
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM clues c WHERE c.id = ?1").arg(QString::fromLatin1(kColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    ClueRow c = readRow(st);
    renderReasons(c);
    if (c.subjectKind == QLatin1String("person")) // a case number, a lot or a credit code is no one's ID
        c.personKey = Disclosure::id(m_pool, c.personKey);
    return c;
}

Evidence ClueStore::evidence(qint64 clueId)
{
    Statement& st = m_pool.db().cached(evidenceSql(false));
    st.bind(1, clueId);
    Evidence out;
    const bool full = Disclosure::fullIds(m_pool);
    while (st.step()) {
        EvidenceRow& e = out.emplace_back(evidenceRow(st));
        if (!full) { // the written ID, the number the row is about, and any column of the source that holds one
            e.idWritten = Disclosure::maskIdNumbers(e.idWritten);
            e.personKey = Disclosure::maskIdNumbers(e.personKey);
            e.setFields(Disclosure::maskIdNumbers(e.fields()));
        }
    }
    st.reset(); // a statement kept for the next call holds no read open meanwhile
    return out;
}

void ClueStore::renderReasons(ClueRow& c)
{
    if (!c.reasonZh.isEmpty() || !c.reasonEn.isEmpty())
        return; // stored when the clue was found, before reasons were rendered late
    std::unique_ptr<RunReasons>& run = m_runs[c.lastRun];
    if (!run)
        run = std::make_unique<RunReasons>(
            m_pool.db().scalar(QStringLiteral("SELECT reasons FROM screening_runs WHERE id = ?1"), {c.lastRun}).toString());
    if (!run->renders())
        return;
    if (!m_catalog)
        m_catalog = std::make_unique<DatasetCatalog>(DatasetCatalog::forPool(m_pool));
    // In record order, as the run read them; the whole rows, as the run rendered from them.
    Statement& st = m_pool.db().cached(evidenceSql(true));
    st.bind(1, c.id);
    Evidence evidence;
    while (st.step())
        evidence.push_back(evidenceRow(st));
    st.reset();
    c.reasonZh = run->render(evidence, c.personKey, *m_catalog, Language::Chinese);
    c.reasonEn = run->render(evidence, c.personKey, *m_catalog, Language::English);
}

std::vector<RunRow> ClueStore::runs(const QString& modelId, int limit)
{
    Statement st = m_pool.db().prepare(QStringLiteral(
        "SELECT id, model_id, started_at, run_by, clues, new_clues, still_present, gone, millis FROM screening_runs "
        "WHERE (?1 = '' OR model_id = ?1) ORDER BY id DESC LIMIT ?2"));
    st.bind(1, modelId).bind(2, limit);
    std::vector<RunRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.integer(4), st.integer(5), st.integer(6),
            st.integer(7), st.int64(8)});
    return out;
}

QStringList ClueStore::towns()
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT DISTINCT town FROM clues WHERE town <> '' ORDER BY town"));
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace cluedesk
