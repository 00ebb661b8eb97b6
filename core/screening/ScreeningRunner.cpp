#include "screening/ScreeningRunner.h"

#include "security/Access.h"
#include "security/AuditLog.h"

#include "ingest/DatasetCatalog.h"
#include "pool/DatasetStore.h"
#include "pool/Pool.h"
#include "pool/ProgressHandler.h"
#include "screening/ClueRules.h"
#include "screening/LocalArea.h"
#include "screening/RunReasons.h"
#include "screening/SqlCompiler.h"
#include "screening/SqlFunctions.h"
#include "screening/StepTables.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <unordered_map>

namespace cluedesk {
namespace {

// A column whose text repeats from row to row (the list's type, file, sheet, the row's steps):
// the text of the row before is shared rather than decoded again.
class RepeatedText {
public:
    const QString& operator()(QByteArrayView utf8)
    {
        if (!m_seen || utf8 != m_utf8) {
            m_utf8 = utf8.toByteArray();
            m_text = QString::fromUtf8(m_utf8);
            m_seen = true;
        }
        return m_text;
    }

private:
    QByteArray m_utf8;
    QString m_text;
    bool m_seen = false;
};

// A table of the connection's own (temp.<name>), for the life of this object.
class TempTable {
public:
    TempTable(Database& db, const char* name, const char* definition) : m_db(db), m_name(name)
    {
        db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(name)));
        db.exec(QStringLiteral("CREATE TEMP TABLE %1%2").arg(QLatin1String(name), QLatin1String(definition)));
    }
    ~TempTable() // not thrown from a destructor: errors are ignored
    {
        sqlite3_exec(m_db.handle(), ("DROP TABLE IF EXISTS temp." + m_name).c_str(), nullptr, nullptr, nullptr);
    }
    TempTable(const TempTable&) = delete;
    TempTable& operator=(const TempTable&) = delete;

private:
    Database& m_db;
    std::string m_name;
};

// The clues a run found, worked out one by one and written to the pool by two statements.
// `evidence` says whether the clue's evidence is written: 1 for a new clue, 2 for a clue whose
// evidence changed (the old rows go), 0 when it stays as it is.
constexpr const char* kStagedClues = "(id INTEGER PRIMARY KEY, is_new, pk UNIQUE, names, grade, town, evidence)";

// The evidence rows a run found (one per subject and record, as the clue_evidence row it becomes),
// in a table of the connection from find to keep: find works out each clue's texts from it one
// subject at a time, keep writes it with one statement. Held in C++ until written (a statement
// per row), the 263,284 rows of key-groups on the 2M bench pool took that model to a peak of
// 630 MB; now 437 MB, and its first run from 8.4 s to 7.2 s.
constexpr const char* kFoundEvidence =
    "(pk TEXT, rid INTEGER, steps TEXT, dataset_id INTEGER, type TEXT, file_name TEXT, sheet TEXT, row_no INTEGER, "
    "fields TEXT, role TEXT, name_written TEXT, id_written TEXT, person_key TEXT, PRIMARY KEY(pk, rid)) WITHOUT ROWID";

CompileContext contextFor(Pool& pool, const ModelDefinition& model, QStringList* warnings, const DatasetCatalog& catalog)
{
    CompileContext ctx;
    ctx.countyCodes = LocalArea::fromSettings(pool).codes();
    ctx.today = pool.now().date();
    DatasetStore store(pool);
    for (const StepSpec& s : model.steps)
        for (const QString& t : s.types) {
            if (ctx.currentVersions.count(t))
                continue;
            ctx.currentVersions[t] = store.currentVersions(t);
            for (qint64 id : ctx.currentVersions[t])
                if (const auto version = store.get(id))
                    ctx.datasetRows[id] = version->rowsImported;
            if (ctx.currentVersions[t].empty() && warnings) {
                const DatasetType* type = catalog.find(t);
                *warnings << QCoreApplication::translate(
                    "ScreeningRunner", "no current list of \"%1\" in the pool; the model ran without it")
                                 .arg(type ? type->title.text() : t);
            }
        }
    return ctx;
}

Error cancelled()
{
    return fail(QCoreApplication::translate("ScreeningRunner", "Screening cancelled; nothing was changed."),
        QStringLiteral("screen.cancelled"));
}

// A storage error while a model ran: the run was rolled back, or cancelled on purpose.
Error failed(const ModelDefinition& model, const DbError& e, const std::atomic_bool* cancel)
{
    if (cancel && cancel->load())
        return cancelled();
    return fail(QCoreApplication::translate("ScreeningRunner", "Screening with \"%1\" failed and nothing was changed: %2")
                    .arg(model.id, e.message()),
        QStringLiteral("screen.storage"));
}

bool usesLocal(const GradeCondition& c)
{
    return c.test == QLatin1String("local") ||
        std::any_of(c.children.begin(), c.children.end(), [](const GradeCondition& k) { return usesLocal(k); });
}

// Whether the model tells local from non-local people in its grades or reasons.
bool usesLocal(const ModelDefinition& model)
{
    for (const GradeRule& g : model.grades)
        if (usesLocal(g.when))
            return true;
    return model.reason.text(Language::Chinese).contains(QStringLiteral("{local}")) ||
        model.reason.text(Language::English).contains(QStringLiteral("{local}"));
}

} // namespace

Result<QString> ScreeningRunner::sqlFor(const ModelDefinition& model)
{
    if (Status s = model.check(m_catalog); !s)
        return s.error();
    auto compiled = SqlCompiler::compile(model, contextFor(m_pool, model, nullptr, m_catalog));
    if (!compiled)
        return compiled.error();
    QString sql = compiled->sql();
    // Show the bound values in place, for reading (the runner itself always binds them).
    for (qsizetype i = compiled->binds.size(); i >= 1; --i) {
        const QVariant& v = compiled->binds[i - 1];
        const QString literal = v.typeId() == QMetaType::Double
            ? v.toString()
            : QStringLiteral("'%1'").arg(v.toString().replace(u'\'', QStringLiteral("''")));
        sql.replace(QStringLiteral("?%1").arg(i), literal);
    }
    return sql;
}

QString ScreeningRunner::inputsDigest(
    const ModelDefinition& model, const CompiledModel& compiled, const CompileContext& context, const LocalArea& area)
{
    // The compiled statement names the dataset versions and binds every value (today's date
    // when a step uses it, the county's codes); the revisions count later changes to their rows.
    QJsonArray binds;
    for (const QVariant& v : compiled.binds)
        binds.append(QJsonValue::fromVariant(v));
    QJsonArray revisions, titles;
    Statement revision = m_pool.db().prepare(QStringLiteral("SELECT revision FROM datasets WHERE id = ?1"));
    for (const auto& [type, ids] : context.currentVersions) {
        const DatasetType* t = m_catalog.find(type);
        titles.append(t ? QString(t->title.text(Language::Chinese) + u'|' + t->title.text(Language::English)) : type);
        for (qint64 id : ids) {
            revision.reset();
            revision.bind(1, id);
            revisions.append(QJsonArray{id, revision.step() ? revision.int64(0) : -1});
        }
    }
    const QJsonObject inputs{{QStringLiteral("model"), model.hash()}, {QStringLiteral("sql"), compiled.sql()},
        {QStringLiteral("binds"), binds}, {QStringLiteral("revisions"), revisions}, {QStringLiteral("titles"), titles},
        {QStringLiteral("county"), QString(area.codes().join(u',') + u'|' + m_pool.setting(QStringLiteral("county.name")))},
        {QStringLiteral("program"), QCoreApplication::applicationVersion()}};
    return Sha256::ofBytes(QJsonDocument(inputs).toJson(QJsonDocument::Compact));
}

// What a model found on the pool's lists, worked out and not yet kept: the evidence of each
// subject (sorted by subject) and what its clue says.
struct ScreeningRunner::Found {
    const ModelDefinition* model = nullptr;
    ModelRunResult result;
    QString inputs;   // the digest of what the run read
    QString datasets; // the current lists' ids, as JSON
    QString subject;  // person, org, case or item
    QString reasons;  // what the clues' reasons are rendered with when read (RunReasons)
    struct Clue {
        QString key;
        QString names, grade, town;
    };
    std::vector<Clue> clues;             // sorted by subject
    std::unique_ptr<TempTable> evidence; // temp.found_evidence
    qint64 millis = 0;                   // spent finding
};

Result<ModelRunResult> ScreeningRunner::run(const ModelDefinition& model, const std::atomic_bool* cancel, bool evenIfUnchanged)
{
    auto found = find(model, cancel, evenIfUnchanged);
    if (!found)
        return found.error();
    if ((*found)->result.skipped)
        return (*found)->result;
    return keep(**found, cancel);
}

std::vector<Result<ModelRunResult>> ScreeningRunner::runAll(const std::vector<ModelDefinition>& models, const Connect& connect,
    const std::atomic_bool* cancel, bool evenIfUnchanged, const Done& done)
{
    std::vector<std::optional<Result<ModelRunResult>>> results(models.size());
    std::atomic<size_t> next{0};
    std::mutex keeping, telling;
    const auto work = [&](ScreeningRunner& runner) {
        for (size_t i; (i = next++) < models.size();) {
            Result<ModelRunResult> r = cancelled();
            // A storage error outside a run's own handling (reading the settings, say) ends this
            // model, not the other thread and the program.
            try {
                if (!(cancel && cancel->load())) {
                    auto found = runner.find(models[i], cancel, evenIfUnchanged);
                    if (!found)
                        r = found.error();
                    else if ((*found)->result.skipped)
                        r = (*found)->result;
                    else {
                        const std::lock_guard<std::mutex> one(keeping); // one writer at a time
                        r = runner.keep(**found, cancel);
                    }
                }
            } catch (const DbError& e) {
                r = failed(models[i], e, cancel);
            }
            if (done) {
                const std::lock_guard<std::mutex> one(telling);
                done(i, r);
            }
            results[i] = std::move(r);
        }
    };
    // Each model is worked out on one connection, read-only, while the other connection may be
    // writing the clues of another: on two cores the 18 built-in models took 21.2 s instead of
    // 33.7 s on the 2M bench pool. Without a second connection, one after another here.
    std::unique_ptr<Pool> second;
    if (models.size() > 1 && connect)
        if (auto opened = connect())
            second = std::move(*opened);
    {
        std::jthread other;
        if (second)
            other = std::jthread([&] {
                ScreeningRunner runner(*second, m_catalog);
                work(runner);
            });
        work(*this);
    }
    std::vector<Result<ModelRunResult>> out;
    out.reserve(models.size());
    for (auto& r : results)
        out.push_back(std::move(*r));
    return out;
}

Result<std::unique_ptr<ScreeningRunner::Found>> ScreeningRunner::find(
    const ModelDefinition& model, const std::atomic_bool* cancel, bool evenIfUnchanged)
{
    if (Status s = Access::require(m_pool, Permission::Screen); !s)
        return s.error();
    if (Status s = model.check(m_catalog); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    auto found = std::make_unique<Found>();
    found->model = &model;
    ModelRunResult& result = found->result;
    result.modelId = model.id;
    const CompileContext ctx = contextFor(m_pool, model, &result.warnings, m_catalog);
    const LocalArea area = LocalArea::fromSettings(m_pool);
    if (!area.isSet() && usesLocal(model))
        result.warnings << QCoreApplication::translate("ScreeningRunner",
            "the county is not set, so local and non-local people cannot be told apart (set county.prefix, "
            "county.historic_codes and county.name)");
    auto compiled = SqlCompiler::compile(model, ctx);
    if (!compiled)
        return compiled.error();
    Database& db = m_pool.db();
    SqlFunctions::registerAll(db.handle());
    found->inputs = inputsDigest(model, *compiled, ctx, area);
    if (!evenIfUnchanged) {
        Statement last =
            db.prepare(QStringLiteral("SELECT id, finished_at, clues, inputs FROM screening_runs WHERE model_id = ?1 "
                                      "AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1"));
        last.bind(1, model.id);
        if (last.step() && last.text(3) == found->inputs) {
            result.skipped = true;
            result.runId = last.int64(0);
            result.lastRunAt = last.text(1);
            result.clues = int(last.int64(2));
            result.millis = timer.elapsed();
            return found;
        }
    }
    QJsonArray datasets;
    for (const auto& [type, ids] : ctx.currentVersions)
        for (qint64 id : ids)
            datasets.append(id);
    found->datasets = QString::fromUtf8(QJsonDocument(datasets).toJson(QJsonDocument::Compact));

    // What each clue says. A person is named as written in the rows; any other subject by the
    // model's label fields (the lot, the party), so the officer reads what the clue is about.
    // Its reason is rendered when it is read, with what this run keeps.
    found->subject = model.subjectOf(model.output, m_catalog);
    found->reasons = RunReasons::keep(model, area.codes(), m_pool.setting(QStringLiteral("county.name")));
    const bool isPerson = found->subject == QLatin1String("person");
    const auto describe = [&](Found::Clue& c, const Evidence& evidence) {
        const PersonContext person{c.key, &area};
        QJsonArray names;
        for (const EvidenceRow& e : evidence) {
            QStringList labels;
            if (isPerson && ClueRules::namesPerson(e, c.key))
                labels << e.nameWritten.trimmed();
            else
                for (const QString& f : model.labelFields)
                    labels << e.fields().value(f).toString().trimmed();
            for (const QString& n : labels)
                if (!n.isEmpty() && !names.contains(n))
                    names.append(n);
            if (c.town.isEmpty())
                c.town = e.fields().value(QStringLiteral("town")).toString().trimmed();
        }
        c.names = QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
        c.grade = ClueRules::grade(model, evidence, person);
    };

    const CancelHandler cancelHandler(db, cancel);
    try {
        // Read in one snapshot of the pool, without the write lock: another connection may write
        // the clues of another model meanwhile. The step tables are this connection's own.
        db.exec(QStringLiteral("BEGIN"));
        const struct EndRead {
            Database& db;
            ~EndRead() { sqlite3_exec(db.handle(), "COMMIT", nullptr, nullptr, nullptr); } // a read: nothing to undo
        } endRead{db};
        // The evidence of every subject the output step admits, with the row's details: read in
        // record order (the order of the rows on disk), kept by subject.
        const StepTables steps(db, *compiled, cancel);
        found->evidence = std::make_unique<TempTable>(db, "found_evidence", kFoundEvidence);
        db.exec(QStringLiteral("INSERT INTO temp.found_evidence SELECT o.pk, o.rid, group_concat(DISTINCT o.origin), "
                               "r.dataset_id, d.type, f.file_name, r.sheet, r.row_no, iif(r.data = '', '{}', r.data), "
                               "coalesce(rp.role, ''), coalesce(%2, ''), coalesce(%3, ''), coalesce(rp.person_key, '') FROM %1 o "
                               "JOIN records r ON r.id = o.rid JOIN datasets d ON d.id = r.dataset_id "
                               "JOIN dataset_files f ON f.id = r.file_id "
                               // the row's own person; for a row carried over from another number of
                               // the same human (same_person), the person the row is about
                               "LEFT JOIN record_persons rp ON rp.record_id = o.rid AND (rp.person_key = o.pk OR NOT EXISTS "
                               "(SELECT 1 FROM record_persons z WHERE z.record_id = o.rid AND z.person_key = o.pk)) "
                               "GROUP BY o.rid, o.pk")
                    .arg(compiled->outputCte, DatasetStore::nameWrittenSql(u"rp"), DatasetStore::idWrittenSql(u"rp")));
        // Each subject's rows, in record order, make one clue; only one subject's are held here.
        Statement st = db.prepare(QStringLiteral("SELECT pk, rid, steps, dataset_id, type, file_name, sheet, row_no, fields, "
                                                 "role, name_written, id_written, person_key FROM temp.found_evidence"));
        RepeatedText key, stepsOf, type, file, sheet, role;
        QString stepsText;
        QStringList stepList;
        Evidence evidence;
        QString current;
        const auto finish = [&] {
            if (evidence.empty())
                return;
            found->clues.push_back({current, {}, {}, {}});
            describe(found->clues.back(), evidence);
            evidence.clear();
        };
        for (qint64 rows = 0; st.step();) {
            if (cancel && (++rows % 4096) == 0 && cancel->load())
                return cancelled();
            if (const QString& pk = key(st.utf8(0)); pk != current || evidence.empty()) {
                finish();
                current = pk;
            }
            EvidenceRow& e = evidence.emplace_back();
            e.recordId = st.int64(1);
            if (const QString& s = stepsOf(st.utf8(2)); stepList.isEmpty() || s != stepsText) {
                stepsText = s;
                stepList = s.split(u',');
            }
            e.steps = stepList;
            e.datasetId = st.int64(3);
            e.type = type(st.utf8(4));
            e.fileName = file(st.utf8(5));
            e.sheet = sheet(st.utf8(6));
            e.row = st.int64(7);
            e.setStoredJson(st.utf8(8).toByteArray());
            e.role = role(st.utf8(9));
            e.nameWritten = st.text(10);
            e.idWritten = st.text(11);
            e.personKey = st.text(12);
        }
        finish();
    } catch (const DbError& e) {
        return failed(model, e, cancel);
    }
    if (cancel && cancel->load())
        return cancelled();
    // New clues are numbered in this order, as they always were (SQLite's order of the keys is
    // their UTF-8 bytes', QString's that of UTF-16).
    std::sort(found->clues.begin(), found->clues.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    found->millis = timer.elapsed();
    return found;
}

Result<ModelRunResult> ScreeningRunner::keep(Found& found, const std::atomic_bool* cancel)
{
    const ModelDefinition& model = *found.model;
    ModelRunResult result = found.result;
    QElapsedTimer timer;
    timer.start();
    Database& db = m_pool.db();
    const CancelHandler cancelHandler(db, cancel);
    try {
        Transaction tx(db);
        const QString now = m_pool.nowText();
        db.prepare(QStringLiteral("INSERT INTO screening_runs(model_id, model_hash, started_at, run_by, datasets, inputs, "
                                  "reasons) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
            .bind(1, model.id)
            .bind(2, model.hash())
            .bind(3, now)
            .bind(4, m_pool.user())
            .bind(5, found.datasets)
            .bind(6, found.inputs)
            .bind(7, found.reasons)
            .run();
        result.runId = db.lastInsertId();

        // Each clue is staged in a table of its own; two statements then insert the new clues
        // and renew the ones the model found before, keeping their review state. A statement per
        // person cost 16 us each for the 103,179 clues of the 2M bench pool; INSERT ... SELECT
        // into the same table and indexes costs 5 us a row. The model's clues are looked up
        // once, in one pass.
        std::unordered_map<QString, qint64> known;
        {
            Statement clues = db.prepare(QStringLiteral("SELECT person_key, id FROM clues WHERE model_id = ?1"));
            clues.bind(1, model.id);
            while (clues.step())
                known.emplace(clues.text(0), clues.int64(1));
        }
        const TempTable staged(db, "staged_clues", kStagedClues);
        Statement stage = db.prepare(QStringLiteral("INSERT INTO temp.staged_clues VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?2)"));
        // New clues get the numbers SQLite would give them one by one, in the same order.
        qint64 nextId = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM clues")).toLongLong() + 1;
        for (const Found::Clue& c : found.clues) {
            const auto at = known.find(c.key);
            const bool isNew = at == known.end();
            stage.reset();
            stage.bind(1, isNew ? nextId++ : at->second).bind(2, isNew ? 1 : 0).bind(3, c.key);
            stage.bind(4, c.names).bind(5, c.grade).bind(6, c.town);
            stage.run();
            ++(isNew ? result.added : result.stillPresent);
        }
        // A clue found again keeps its evidence rows when they are what this run found (their
        // run_id stays the run that first found them); otherwise they are written anew. A clue
        // now gone keeps the evidence it had when last found. The rows are the same when there
        // are as many and each found row is stored (a clue has one row per record). A row keeps
        // the number it is about only when that is not the clue's.
        QStringList same{QStringLiteral("c.person_key IS nullif(e.person_key, e.pk)")};
        for (const char* column : {"steps", "dataset_id", "dataset_type", "file_name", "sheet", "row_no", "role", "name_written",
                 "id_written", "fields"}) {
            const QString c = QString::fromLatin1(column);
            same << QStringLiteral("c.%1 = e.%2").arg(c, c == QLatin1String("dataset_type") ? QStringLiteral("type") : c);
        }
        db.exec(QStringLiteral("UPDATE temp.staged_clues AS s SET evidence = 2 WHERE NOT s.is_new AND ("
                               "(SELECT count(*) FROM clue_evidence WHERE clue_id = s.id) <> "
                               "(SELECT count(*) FROM temp.found_evidence WHERE pk = s.pk) OR EXISTS ("
                               "SELECT 1 FROM temp.found_evidence e WHERE e.pk = s.pk AND NOT EXISTS (SELECT 1 FROM "
                               "clue_evidence c WHERE c.clue_id = s.id AND c.record_id = e.rid AND %1)))")
                    .arg(same.join(QStringLiteral(" AND "))));
        // Both statements bind the run, its time, the subject and the model's review path as ?1-?4.
        const auto forThisRun = [&](Statement st) {
            st.bind(1, result.runId).bind(2, now).bind(3, found.subject).bind(4, model.workflow);
            return st;
        };
        forThisRun(db.prepare(QStringLiteral(
                       "INSERT INTO clues(id, names, grade, town, last_run, last_seen_at, subject_kind, workflow, model_id, "
                       "person_key, presence, first_run, first_seen_at) SELECT id, names, grade, town, "
                       "?1, ?2, ?3, ?4, ?5, pk, 'new', ?1, ?2 FROM temp.staged_clues WHERE is_new ORDER BY id")))
            .bind(5, model.id)
            .run();
        forThisRun(db.prepare(QStringLiteral(
                       "UPDATE clues SET names = s.names, grade = s.grade, reason_zh = '', reason_en = '', town = s.town, "
                       "presence = 'present', last_run = ?1, last_seen_at = ?2, subject_kind = ?3, "
                       // a clue keeps the path it was decided on; one still open follows its model
                       "workflow = CASE WHEN status IN ('new', 'verifying') THEN ?4 ELSE workflow END "
                       "FROM temp.staged_clues s WHERE NOT s.is_new AND clues.id = s.id")))
            .run();
        db.exec(
            QStringLiteral("DELETE FROM clue_evidence WHERE clue_id IN (SELECT id FROM temp.staged_clues WHERE evidence = 2)"));
        db.prepare(
              QStringLiteral("INSERT INTO clue_evidence(clue_id, run_id, record_id, steps, dataset_id, dataset_type, "
                             "file_name, sheet, row_no, role, name_written, id_written, fields, person_key) SELECT s.id, ?1, "
                             "e.rid, e.steps, e.dataset_id, e.type, e.file_name, e.sheet, e.row_no, e.role, "
                             "e.name_written, e.id_written, e.fields, nullif(e.person_key, e.pk) FROM temp.found_evidence e JOIN "
                             "temp.staged_clues s ON s.pk = e.pk "
                             "WHERE s.evidence > 0 ORDER BY e.pk, e.rid"))
            .bind(1, result.runId)
            .run();
        result.clues = int(found.clues.size());
        Statement gone = db.prepare(
            QStringLiteral("UPDATE clues SET presence = 'gone' WHERE model_id = ?1 AND last_run < ?2 AND presence <> 'gone'"));
        gone.bind(1, model.id).bind(2, result.runId).run();
        result.gone = db.changes();
        result.millis = found.millis + timer.elapsed();
        db.prepare(QStringLiteral(
                       "UPDATE screening_runs SET finished_at = ?2, clues = ?3, new_clues = ?4, still_present = ?5, gone = ?6, "
                       "millis = ?7 WHERE id = ?1"))
            .bind(1, result.runId)
            .bind(2, m_pool.nowText())
            .bind(3, result.clues)
            .bind(4, result.added)
            .bind(5, result.stillPresent)
            .bind(6, result.gone)
            .bind(7, result.millis)
            .run();
        AuditLog(m_pool).record(QStringLiteral("screen"), model.id,
            QStringLiteral("%1 clues, %2 new, %3 gone").arg(result.clues).arg(result.added).arg(result.gone));
        tx.commit();
    } catch (const DbError& e) {
        return failed(model, e, cancel);
    }
    return result;
}

} // namespace cluedesk
