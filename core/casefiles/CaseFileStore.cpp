#include "casefiles/CaseFileStore.h"

#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/Disclosure.h"

#include "identity/IdNumber.h"
#include "identity/PersonName.h"
#include "pool/DatasetStore.h"
#include "pool/Pool.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cluedesk {
namespace {

const char* kInfo =
    "c.id, c.file_name, c.sha256, c.format, c.size, c.pages, c.text_pages, c.ocr_pages, c.seconds, c.added_at, c.added_by, "
    "c.case_no, c.doc_type, c.charge, c.injury, c.grade, c.score, c.grade_reasons, "
    "(SELECT count(*) FROM casefile_facts f WHERE f.casefile_id = c.id AND f.kind = 'victim'), "
    "(SELECT count(*) FROM casefile_facts f WHERE f.casefile_id = c.id AND f.needs_review = 1)";

CaseFileInfo readInfo(Statement& st)
{
    CaseFileInfo c;
    c.id = st.int64(0);
    c.fileName = st.text(1);
    c.sha256 = st.text(2);
    c.format = st.text(3);
    c.size = st.int64(4);
    c.pages = st.integer(5);
    c.textPages = st.integer(6);
    c.ocrPages = st.integer(7);
    c.seconds = st.real(8);
    c.addedAt = st.text(9);
    c.addedBy = st.text(10);
    c.caseNo = st.text(11);
    c.docType = st.text(12);
    c.charge = st.text(13);
    c.injury = st.text(14);
    c.grade = st.text(15);
    c.score = st.real(16);
    for (const QJsonValue& v : QJsonDocument::fromJson(st.text(17).toUtf8()).array())
        c.gradeReasons << v.toString();
    c.victims = st.integer(18);
    c.needsReview = st.integer(19);
    return c;
}

StoredFact readFact(Statement& st)
{
    StoredFact f;
    f.id = st.int64(0);
    f.caseFileId = st.int64(1);
    f.kind = st.text(2);
    f.value = st.text(3);
    f.detail = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
    f.page = st.integer(5);
    f.snippet = st.text(6);
    f.confidence = st.real(7);
    f.needsReview = st.int64(8) != 0;
    f.reviewReason = st.text(9);
    if (!st.isNull(10))
        f.recordId = st.int64(10);
    return f;
}

// A fact as the pool's current user may see it: ID numbers in its value, snippet, reason and
// detail masked unless the role may see them.
StoredFact disclosed(Pool& pool, StoredFact f)
{
    if (Disclosure::fullIds(pool))
        return f;
    f.value = Disclosure::maskIdNumbers(f.value);
    f.snippet = Disclosure::maskIdNumbers(f.snippet);
    f.reviewReason = Disclosure::maskIdNumbers(f.reviewReason);
    f.detail = Disclosure::maskIdNumbers(f.detail);
    return f;
}

const char* kFactColumns =
    "id, casefile_id, kind, value, detail, page, snippet, confidence, needs_review, review_reason, record_id";

} // namespace

std::optional<CaseFileInfo> CaseFileStore::bySha(const QString& sha256)
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM casefiles c WHERE c.sha256 = ?1").arg(QString::fromLatin1(kInfo)));
    st.bind(1, sha256);
    if (!st.step())
        return std::nullopt;
    return readInfo(st);
}

qint64 CaseFileStore::casefileDataset()
{
    Statement st = m_pool.db().prepare(QStringLiteral(
        "SELECT id FROM datasets WHERE type = 'victims' AND stream = ?1 AND status = 'active' ORDER BY id DESC LIMIT 1"));
    st.bind(1, QString::fromLatin1(kStream));
    if (st.step())
        return st.int64(0);
    // One living version that every case file adds its victims to; it dates from the first file.
    return DatasetStore(m_pool).createVersion(QStringLiteral("victims"), QString::fromLatin1(kStream),
        m_pool.now().date().toString(Qt::ISODate), QJsonObject{{QStringLiteral("source"), QStringLiteral("casefiles")}});
}

qint64 CaseFileStore::addPersonRecord(qint64 datasetId, qint64 fileId, const CaseFileInfo& file, int page, const QString& role,
    const QString& name, const QString& key, const QString& idWritten, const QString& summary, const QString& victimName)
{
    const bool victim = role == QLatin1String("victim");
    QJsonObject data{{QStringLiteral("case_no"), file.caseNo}, {QStringLiteral("charge"), file.charge},
        {QStringLiteral("victim_name"), victim ? name : victimName}, {QStringLiteral("stage"), file.docType},
        {QStringLiteral("injury"), file.injury}, {QStringLiteral("summary"), summary}, {QStringLiteral("casefile_id"), file.id},
        {QStringLiteral("extra"),
            QJsonObject{{QStringLiteral("来源"), QStringLiteral("%1 第%2页").arg(file.fileName).arg(page)}}}};
    if (!victim)
        data.insert(QStringLiteral("relative_name"), name);
    DatasetStore store(m_pool);
    const qint64 recordId = store.addRecord(
        datasetId, fileId, QString(), page, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    store.addPerson(recordId, datasetId, role, key, idWritten, PersonName::normalise(name), name);
    store.markChanged(recordId);
    m_pool.db()
        .prepare(QStringLiteral("UPDATE datasets SET rows_read = rows_read + 1, rows_imported = rows_imported + 1 WHERE id = ?1"))
        .bind(1, datasetId)
        .run();
    return recordId;
}

Result<qint64> CaseFileStore::add(
    const QString& fileName, const QByteArray& bytes, const CaseFileReadSummary& read, const CaseFileFacts& facts)
{
    if (Status s = Access::require(m_pool, Permission::Import); !s)
        return s.error();
    const QString sha = Sha256::ofBytes(bytes);
    if (const auto earlier = bySha(sha))
        return fail(QCoreApplication::translate("CaseFileStore", "%1 was already added (as %2, case file %3, on %4).")
                        .arg(fileName, earlier->fileName)
                        .arg(earlier->id)
                        .arg(earlier->addedAt.left(10)),
            QStringLiteral("casefile.duplicate"));
    try {
        Transaction tx(m_pool.db());
        Database& db = m_pool.db();
        QJsonArray reasons;
        for (const QString& r : facts.gradeReasons)
            reasons.append(r);
        db.prepare(QStringLiteral(
                       "INSERT INTO casefiles(file_name, sha256, size, format, pages, text_pages, ocr_pages, seconds, added_at, "
                       "added_by, case_no, doc_type, charge, injury, grade, score, grade_reasons, content) "
                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"))
            .bind(1, fileName)
            .bind(2, sha)
            .bind(3, qint64(bytes.size()))
            .bind(4, read.format)
            .bind(5, read.pages)
            .bind(6, read.textPages)
            .bind(7, read.ocrPages)
            .bind(8, read.seconds)
            .bind(9, m_pool.nowText())
            .bind(10, m_pool.user())
            .bind(11, facts.caseNo)
            .bind(12, facts.docType)
            .bind(13, facts.charge)
            .bind(14, facts.injury)
            .bind(15, facts.grade)
            .bind(16, facts.score)
            .bind(17, QString::fromUtf8(QJsonDocument(reasons).toJson(QJsonDocument::Compact)))
            .bind(18, bytes)
            .run();
        const qint64 id = db.lastInsertId();
        Statement page = db.prepare(
            QStringLiteral("INSERT INTO casefile_pages(casefile_id, page, source, confidence, text) VALUES(?1, ?2, ?3, ?4, ?5)"));
        for (const PageText& p : read.pageTexts) {
            page.reset();
            page.bind(1, id).bind(2, p.page).bind(3, p.source).bind(4, p.confidence).bind(5, p.text).run();
        }
        CaseFileInfo info = *get(id);
        const qint64 datasetId = casefileDataset();
        DatasetFile file;
        file.datasetId = datasetId;
        file.fileName = fileName;
        file.sha256 = sha;
        file.size = bytes.size();
        file.format = QStringLiteral("casefile");
        const qint64 fileId = DatasetStore(m_pool).addFile(file);
        Statement fact =
            db.prepare(QStringLiteral("INSERT INTO casefile_facts(casefile_id, kind, value, detail, page, snippet, confidence, "
                                      "needs_review, review_reason, record_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
        const auto victims = facts.victims();
        const QString firstVictim = victims.empty() ? QString() : victims.front().name;
        for (const ExtractedFact& f : facts.facts) {
            std::optional<qint64> recordId;
            const QString role = f.detail.value(QStringLiteral("role")).toString();
            // Victims and their relatives join the victims list; defendants and witnesses stay facts.
            if ((f.kind == QLatin1String("victim") || role == QLatin1String("relative")) && !f.needsReview) {
                const QString key = f.detail.value(QStringLiteral("id")).toString();
                if (!key.isEmpty())
                    recordId = addPersonRecord(datasetId, fileId, info, f.page,
                        f.kind == QLatin1String("victim") ? QStringLiteral("victim") : QStringLiteral("relative"), f.value, key,
                        f.detail.value(QStringLiteral("id_written")).toString(),
                        f.detail.value(QStringLiteral("summary")).toString(), firstVictim);
            }
            fact.reset();
            fact.bind(1, id).bind(2, f.kind).bind(3, f.value);
            fact.bind(4, QString::fromUtf8(QJsonDocument(f.detail).toJson(QJsonDocument::Compact)));
            fact.bind(5, f.page).bind(6, f.snippet).bind(7, f.confidence).bind(8, f.needsReview ? 1 : 0).bind(9, f.reviewReason);
            if (recordId)
                fact.bind(10, *recordId);
            fact.run();
        }
        AuditLog(m_pool).record(QStringLiteral("casefile.add"), QString::number(id));
        tx.commit();
        return id;
    } catch (const DbError& e) {
        return fail(QCoreApplication::translate("CaseFileStore", "%1 could not be stored; nothing was changed: %2")
                        .arg(fileName, e.message()),
            QStringLiteral("casefile.storage"));
    }
}

std::vector<CaseFileInfo> CaseFileStore::list()
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM casefiles c ORDER BY c.id").arg(QString::fromLatin1(kInfo)));
    std::vector<CaseFileInfo> out;
    while (st.step())
        out.push_back(readInfo(st));
    return out;
}

std::optional<CaseFileInfo> CaseFileStore::get(qint64 id)
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM casefiles c WHERE c.id = ?1").arg(QString::fromLatin1(kInfo)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readInfo(st);
}

std::vector<StoredFact> CaseFileStore::facts(qint64 caseFileId)
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT %1 FROM casefile_facts WHERE casefile_id = ?1 ORDER BY page, id")
                                           .arg(QString::fromLatin1(kFactColumns)));
    st.bind(1, caseFileId);
    std::vector<StoredFact> out;
    while (st.step())
        out.push_back(disclosed(m_pool, readFact(st)));
    return out;
}

std::vector<StoredFact> CaseFileStore::needingReview()
{
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM casefile_facts WHERE needs_review = 1 ORDER BY casefile_id, page, id")
                                .arg(QString::fromLatin1(kFactColumns)));
    std::vector<StoredFact> out;
    while (st.step())
        out.push_back(disclosed(m_pool, readFact(st)));
    return out;
}

std::vector<PageText> CaseFileStore::pages(qint64 caseFileId)
{
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT page, text, source, confidence FROM casefile_pages WHERE casefile_id = ?1 ORDER BY page"));
    st.bind(1, caseFileId);
    std::vector<PageText> out;
    while (st.step())
        out.push_back({st.integer(0), Disclosure::text(m_pool, st.text(1)), st.text(2), st.real(3)});
    return out;
}

QByteArray CaseFileStore::content(qint64 caseFileId)
{
    // The scans show every ID in full: only for roles that may see them (the viewer audits).
    if (!Disclosure::fullIds(m_pool))
        return {};
    return m_pool.db().scalar(QStringLiteral("SELECT content FROM casefiles WHERE id = ?1"), {caseFileId}).toByteArray();
}

Status CaseFileStore::correctPerson(qint64 factId, const QString& name, const QString& idText, const QString& role)
{
    if (Status s = Access::require(m_pool, Permission::Review); !s)
        return s;
    Statement st =
        m_pool.db().prepare(QStringLiteral("SELECT %1 FROM casefile_facts WHERE id = ?1").arg(QString::fromLatin1(kFactColumns)));
    st.bind(1, factId);
    if (!st.step())
        return fail(QCoreApplication::translate("CaseFileStore", "There is no extracted fact %1.").arg(factId),
            QStringLiteral("casefile.no-fact"));
    StoredFact f = readFact(st);
    if (f.kind != QLatin1String("victim") && f.kind != QLatin1String("person"))
        return fail(QCoreApplication::translate("CaseFileStore", "Fact %1 is not a person.").arg(factId),
            QStringLiteral("casefile.not-person"));
    const ExtractionRules& rules = ExtractionRules::builtIn();
    const QString newRole = role.isEmpty() ? f.detail.value(QStringLiteral("role")).toString(QStringLiteral("victim")) : role;
    if (!rules.rolePriority.contains(newRole))
        return fail(QCoreApplication::translate("CaseFileStore", "\"%1\" is no role; expected one of %2.")
                        .arg(newRole, rules.rolePriority.join(QStringLiteral(", "))),
            QStringLiteral("casefile.bad-role"));
    const IdParse parsed = IdParser::parse(idText, m_pool.now().date());
    if (!parsed.ok())
        return fail(parsed.message(), QStringLiteral("casefile.bad-id"));
    const QString newName = name.trimmed().isEmpty() ? f.value : name.trimmed();
    if (newName.isEmpty())
        return fail(QCoreApplication::translate("CaseFileStore", "Give the person's name as the page shows it."),
            QStringLiteral("casefile.no-name"));
    // Victims and their relatives are what screening uses: they are rows of the victims list.
    const bool listed = newRole == QLatin1String("victim") || newRole == QLatin1String("relative");
    const QString personRole = newRole == QLatin1String("victim") ? QStringLiteral("victim") : QStringLiteral("relative");
    try {
        Transaction tx(m_pool.db());
        QJsonObject detail = f.detail;
        detail.insert(QStringLiteral("read_as"),
            QJsonObject{{QStringLiteral("name"), f.value}, {QStringLiteral("id"), detail.value(QStringLiteral("id_written"))},
                {QStringLiteral("role"), detail.value(QStringLiteral("role"))}});
        detail.insert(QStringLiteral("id"), parsed.id->key());
        detail.insert(QStringLiteral("id_written"), idText);
        detail.insert(QStringLiteral("role"), newRole);
        qint64 recordId = f.recordId.value_or(0); // 0: none
        if (recordId)
            DatasetStore(m_pool).markChanged(recordId);
        if (recordId && !listed) {
            m_pool.db().prepare(QStringLiteral("DELETE FROM record_persons WHERE record_id = ?1")).bind(1, recordId).run();
            recordId = 0;
        } else if (recordId) {
            m_pool.db()
                .prepare(QStringLiteral("UPDATE record_persons SET role = ?2, person_key = ?3, id_written = ?4, name = ?5, "
                                        "name_written = ?6 WHERE record_id = ?1"))
                .bind(1, recordId)
                .bind(2, personRole)
                .bind(3, parsed.id->key())
                .bind(4, idText)
                .bind(5, PersonName::normalise(newName))
                .bind(6, newName)
                .run();
        } else if (listed) {
            const CaseFileInfo info = *get(f.caseFileId);
            const qint64 datasetId = casefileDataset();
            const qint64 fileId =
                m_pool.db().scalar(QStringLiteral("SELECT id FROM dataset_files WHERE sha256 = ?1"), {info.sha256}).toLongLong();
            QString victimName;
            for (const StoredFact& k : facts(f.caseFileId))
                if (k.kind == QLatin1String("victim") && victimName.isEmpty())
                    victimName = k.value;
            recordId = addPersonRecord(datasetId, fileId, info, f.page, personRole, newName, parsed.id->key(), idText,
                f.detail.value(QStringLiteral("summary")).toString(), victimName);
        }
        Statement update = m_pool.db().prepare(QStringLiteral(
            "UPDATE casefile_facts SET kind = ?2, value = ?3, detail = ?4, needs_review = 0, record_id = ?5, reviewed_by = ?6, "
            "reviewed_at = ?7 WHERE id = ?1"));
        update.bind(1, factId)
            .bind(2, newRole == QLatin1String("victim") ? QStringLiteral("victim") : QStringLiteral("person"))
            .bind(3, newName)
            .bind(4, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        if (recordId)
            update.bind(5, recordId);
        update.bind(6, m_pool.user()).bind(7, m_pool.nowText()).run();
        AuditLog(m_pool).record(QStringLiteral("casefile.correct"), QString::number(f.caseFileId),
            QStringLiteral("fact %1, %2").arg(factId).arg(newRole));
        tx.commit();
    } catch (const DbError& e) {
        return fail(e.message(), QStringLiteral("casefile.storage"));
    }
    return success();
}

} // namespace cluedesk
