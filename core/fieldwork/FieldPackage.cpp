#include "fieldwork/FieldPackage.h"

#include "ingest/DatasetCatalog.h"
#include "pool/Pool.h"
#include "review/ReviewStore.h"
#include "screening/ClueStore.h"
#include "screening/ModelLibrary.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/CryptoVfs.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>
#include <sodium.h>

namespace cluedesk {
namespace {

const QByteArray kMagic("CDVISIT1");
constexpr int kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// Only what a visit needs from the evidence: who, where, what kind of hardship, which case.
const QSet<QString> kFieldsForVisits = {QStringLiteral("name"), QStringLiteral("town"), QStringLiteral("village"),
    QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("category"), QStringLiteral("level"),
    QStringLiteral("household_size"), QStringLiteral("case_no"), QStringLiteral("charge"), QStringLiteral("injury"),
    QStringLiteral("victim_name")};

QString oneTimePassphrase()
{
    QStringList groups;
    for (int i = 0; i < 5; ++i)
        groups << QStringLiteral("%1").arg(randombytes_uniform(10000), 4, 10, QLatin1Char('0'));
    return groups.join(QLatin1Char('-'));
}

qint64 lastEventId(Pool& pool, qint64 clueId)
{
    return pool.db()
        .scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM clue_events WHERE clue_id = ?1"), {clueId})
        .toLongLong();
}

Error badPackage(const QString& path, const QString& why)
{
    return fail(QCoreApplication::translate("FieldPackage", "%1 is not a readable visit package: %2").arg(path, why),
        QStringLiteral("field.bad-package"));
}

bool sameVisit(const Visit& a, const Visit& b)
{
    QJsonObject x = a.toJson(), y = b.toJson();
    for (const char* k : {"created_at", "created_by", "updated_at", "updated_by", "origin", "revision", "base_revision"}) {
        x.remove(QString::fromLatin1(k));
        y.remove(QString::fromLatin1(k));
    }
    return x == y;
}

} // namespace

Result<QString> FieldPackage::exportTo(Pool& pool, const std::vector<qint64>& clueIds, const QString& path)
{
    if (Status s = Access::require(pool, Permission::Review); !s)
        return s.error();
    if (clueIds.empty())
        return fail(
            QCoreApplication::translate("FieldPackage", "Choose the clues to visit first."), QStringLiteral("field.no-clues"));
    ClueStore clues(pool);
    const DatasetCatalog catalog = DatasetCatalog::forPool(pool);
    const ModelLibrary library = ModelLibrary::forPool(pool);
    VisitStore visitStore(pool);
    FieldPackage p;
    QJsonArray persons, visits, ids;
    for (qint64 id : clueIds) {
        const auto c = clues.get(id);
        if (!c)
            return fail(
                QCoreApplication::translate("FieldPackage", "There is no clue %1.").arg(id), QStringLiteral("field.no-clue"));
        QJsonArray evidence;
        for (const EvidenceRow& e : clues.evidence(id)) {
            QJsonObject fields;
            for (auto it = e.fields.begin(); it != e.fields.end(); ++it)
                if (kFieldsForVisits.contains(it.key()))
                    fields.insert(it.key(), it.value());
            const DatasetType* t = catalog.find(e.type);
            evidence.append(QJsonObject{{QStringLiteral("list"), t ? t->title.text(Language::Chinese) : e.type},
                {QStringLiteral("file"), e.fileName}, {QStringLiteral("row"), e.row}, {QStringLiteral("fields"), fields}});
        }
        const ModelEntry* m = library.find(c->modelId);
        persons.append(QJsonObject{{QStringLiteral("clue"), id}, {QStringLiteral("key"), c->personKey},
            {QStringLiteral("names"), QJsonArray::fromStringList(c->names)},
            {QStringLiteral("model"), m ? m->model.title.text(Language::Chinese) : c->modelId},
            {QStringLiteral("reason"), c->reasonZh}, {QStringLiteral("town"), c->town}, {QStringLiteral("status"), c->status},
            {QStringLiteral("status_event"), lastEventId(pool, id)}, {QStringLiteral("evidence"), evidence}});
        for (const Visit& v : visitStore.forClue(id)) {
            QJsonObject o = v.toJson();
            o.insert(QStringLiteral("base_revision"), v.revision);
            visits.append(o);
        }
        ids.append(id);
    }
    const QString packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.data = QJsonObject{{QStringLiteral("format"), QStringLiteral("cluedesk-visit-package")}, {QStringLiteral("version"), 1},
        {QStringLiteral("id"), packageId}, {QStringLiteral("pool"), pool.setting(QStringLiteral("pool.id"))},
        {QStringLiteral("office"), pool.setting(QStringLiteral("office.name"))}, {QStringLiteral("created_at"), pool.nowText()},
        {QStringLiteral("created_by"), pool.user()}, {QStringLiteral("persons"), persons}, {QStringLiteral("visits"), visits},
        {QStringLiteral("notes"), QJsonArray()}};
    const QString passphrase = oneTimePassphrase();
    if (Status s = p.save(path, passphrase.toUtf8()); !s)
        return s.error();
    Transaction tx(pool.db());
    pool.db()
        .prepare(QStringLiteral("INSERT INTO field_packages(id, clue_ids, exported_at, exported_by) VALUES(?1, ?2, ?3, ?4)"))
        .bind(1, packageId)
        .bind(2, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))
        .bind(3, pool.nowText())
        .bind(4, pool.user())
        .run();
    AuditLog(pool).record(
        QStringLiteral("field.export"), packageId, QStringLiteral("%1 clue(s) to %2").arg(clueIds.size()).arg(path));
    tx.commit();
    return passphrase;
}

Status FieldPackage::save(const QString& path, const QByteArray& passphrase) const
{
    auto key = crypto::SecretKey::derive(passphrase, {}, crypto::KdfParams::interactive());
    if (!key)
        return key.error();
    const QByteArray plain = QJsonDocument(data).toJson(QJsonDocument::Compact);
    QByteArray out = kMagic;
    out.append(reinterpret_cast<const char*>((*key)->salt().data()), crypto::kSaltBytes);
    unsigned char nonce[kNonce];
    randombytes_buf(nonce, sizeof nonce);
    out.append(reinterpret_cast<const char*>(nonce), kNonce);
    QByteArray cipher(plain.size() + kTag, Qt::Uninitialized);
    unsigned long long n = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(cipher.data()), &n,
        reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()),
        reinterpret_cast<const unsigned char*>(kMagic.constData()), size_t(kMagic.size()), nullptr, nonce, (*key)->bytes());
    out.append(cipher.left(qsizetype(n)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return fail(QCoreApplication::translate("FieldPackage", "Cannot write %1: %2").arg(path, f.errorString()),
            QStringLiteral("field.write"));
    return success();
}

Result<FieldPackage> FieldPackage::open(const QString& path, const QByteArray& passphrase)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("FieldPackage", "Cannot read %1: %2").arg(path, f.errorString()),
            QStringLiteral("field.read"));
    const QByteArray all = f.readAll();
    const qsizetype head = kMagic.size() + crypto::kSaltBytes + kNonce;
    if (!all.startsWith(kMagic) || all.size() < head + kTag)
        return badPackage(path, QCoreApplication::translate("FieldPackage", "it does not start like a ClueDesk visit package"));
    auto key =
        crypto::SecretKey::derive(passphrase, all.mid(kMagic.size(), crypto::kSaltBytes), crypto::KdfParams::interactive());
    if (!key)
        return key.error();
    const auto* nonce = reinterpret_cast<const unsigned char*>(all.constData() + kMagic.size() + crypto::kSaltBytes);
    const QByteArray cipher = all.mid(head);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    unsigned long long n = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &n, nullptr,
            reinterpret_cast<const unsigned char*>(cipher.constData()), size_t(cipher.size()),
            reinterpret_cast<const unsigned char*>(kMagic.constData()), size_t(kMagic.size()), nonce, (*key)->bytes()) != 0)
        return fail(QCoreApplication::translate("FieldPackage", "Wrong passphrase for %1, or the file was changed.").arg(path),
            QStringLiteral("field.wrong-passphrase"));
    plain.truncate(qsizetype(n));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &error);
    if (error.error != QJsonParseError::NoError ||
        doc.object().value(QStringLiteral("format")).toString() != QLatin1String("cluedesk-visit-package"))
        return badPackage(path, error.errorString());
    FieldPackage p;
    p.data = doc.object();
    return p;
}

QString FieldPackage::id() const
{
    return data.value(QStringLiteral("id")).toString();
}
QJsonArray FieldPackage::persons() const
{
    return data.value(QStringLiteral("persons")).toArray();
}
QJsonArray FieldPackage::notes() const
{
    return data.value(QStringLiteral("notes")).toArray();
}

std::vector<Visit> FieldPackage::visits() const
{
    std::vector<Visit> out;
    for (const QJsonValue& v : data.value(QStringLiteral("visits")).toArray())
        out.push_back(Visit::fromJson(v.toObject()));
    return out;
}

QJsonObject FieldPackage::person(qint64 clueId) const
{
    for (const QJsonValue& p : persons())
        if (p.toObject().value(QStringLiteral("clue")).toInteger() == clueId)
            return p.toObject();
    return {};
}

Result<QString> FieldPackage::addVisit(Visit v, const QString& by, const QString& at)
{
    const QJsonObject p = v.clueId ? person(*v.clueId) : QJsonObject();
    if (p.isEmpty())
        return fail(
            QCoreApplication::translate("FieldPackage", "The clue is not in this package."), QStringLiteral("field.no-clue"));
    if (!QDate::fromString(v.visitDate, Qt::ISODate).isValid())
        return fail(QCoreApplication::translate("FieldPackage", "The visit date \"%1\" is not a date; expected YYYY-MM-DD.")
                        .arg(v.visitDate),
            QStringLiteral("visit.bad-date"));
    v.personKey = p.value(QStringLiteral("key")).toString();
    v.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.revision = 1;
    v.origin = QStringLiteral("field");
    v.createdAt = v.updatedAt = at;
    v.createdBy = v.updatedBy = by;
    QJsonObject o = v.toJson();
    o.insert(QStringLiteral("base_revision"), 0);
    QJsonArray visits = data.value(QStringLiteral("visits")).toArray();
    visits.append(o);
    data.insert(QStringLiteral("visits"), visits);
    return v.uuid;
}

Status FieldPackage::updateVisit(Visit v, const QString& by, const QString& at)
{
    QJsonArray visits = data.value(QStringLiteral("visits")).toArray();
    for (int i = 0; i < visits.size(); ++i) {
        QJsonObject old = visits[i].toObject();
        if (old.value(QStringLiteral("uuid")).toString() != v.uuid)
            continue;
        const Visit before = Visit::fromJson(old);
        v.personKey = before.personKey;
        v.clueId = before.clueId;
        v.createdAt = before.createdAt;
        v.createdBy = before.createdBy;
        v.revision = before.revision + 1;
        v.origin = QStringLiteral("field");
        v.updatedAt = at;
        v.updatedBy = by;
        QJsonObject o = v.toJson();
        o.insert(QStringLiteral("base_revision"), old.value(QStringLiteral("base_revision")));
        visits[i] = o;
        data.insert(QStringLiteral("visits"), visits);
        return success();
    }
    return fail(QCoreApplication::translate("FieldPackage", "There is no visit %1 in this package.").arg(v.uuid),
        QStringLiteral("visit.unknown"));
}

Status FieldPackage::addNote(qint64 clueId, const QString& text, const QString& by, const QString& at)
{
    if (person(clueId).isEmpty())
        return fail(
            QCoreApplication::translate("FieldPackage", "The clue is not in this package."), QStringLiteral("field.no-clue"));
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("FieldPackage", "The note is empty."), QStringLiteral("review.empty-note"));
    QJsonArray notes = this->notes();
    notes.append(QJsonObject{{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("clue"), clueId}, {QStringLiteral("text"), text.trimmed()}, {QStringLiteral("by"), by},
        {QStringLiteral("at"), at}});
    data.insert(QStringLiteral("notes"), notes);
    return success();
}

Result<MergeReport> FieldMerge::merge(Pool& pool, const FieldPackage& package)
{
    if (Status s = Access::require(pool, Permission::Review); !s)
        return s.error();
    const QString packageId = package.id();
    if (!pool.db().scalar(QStringLiteral("SELECT count(*) FROM field_packages WHERE id = ?1"), {packageId}).toInt())
        return fail(QCoreApplication::translate("FieldPackage", "This package was not exported from this pool."),
            QStringLiteral("field.foreign"));
    MergeReport report;
    VisitStore visits(pool);
    ReviewStore review(pool);
    const auto conflict = [&](qint64 clue, const QString& kind, const QString& item, const QJsonObject& office,
                              const QJsonObject& field) {
        pool.db()
            .prepare(QStringLiteral("INSERT INTO field_conflicts(package_id, clue_id, kind, item, office, field, found_at) "
                                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(package_id, kind, item) DO NOTHING"))
            .bind(1, packageId)
            .bind(2, clue)
            .bind(3, kind)
            .bind(4, item)
            .bind(5, QString::fromUtf8(QJsonDocument(office).toJson(QJsonDocument::Compact)))
            .bind(6, QString::fromUtf8(QJsonDocument(field).toJson(QJsonDocument::Compact)))
            .bind(7, pool.nowText())
            .run();
        if (pool.db().changes() > 0)
            report.conflicts.push_back({pool.db().lastInsertId(), packageId, clue, kind, item, office, field,
                QStringLiteral("open"), {}, pool.nowText()});
    };
    try {
        Transaction tx(pool.db());
        QSet<qint64> cluesWithFieldWork;
        for (const Visit& v : package.visits()) {
            QJsonObject fieldJson = v.toJson();
            int base = 0;
            for (const QJsonValue& raw : package.data.value(QStringLiteral("visits")).toArray())
                if (raw.toObject().value(QStringLiteral("uuid")).toString() == v.uuid)
                    base = raw.toObject().value(QStringLiteral("base_revision")).toInt();
            const auto office = visits.byUuid(v.uuid);
            if (v.revision == base) { // not touched in the field
                ++report.unchanged;
                continue;
            }
            if (v.clueId)
                cluesWithFieldWork.insert(*v.clueId);
            if (!office) {
                auto added = visits.add(v);
                if (!added)
                    return added.error();
                ++report.visitsAdded;
            } else if (office->revision == v.revision && sameVisit(*office, v)) {
                ++report.unchanged; // merged before
            } else if (office->revision == base) {
                if (Status s = visits.replace(v); !s)
                    return s.error();
                ++report.visitsUpdated;
            } else {
                conflict(v.clueId.value_or(0), QStringLiteral("visit"), v.uuid, office->toJson(), fieldJson);
            }
        }
        for (const QJsonValue& n : package.notes()) {
            const QJsonObject note = n.toObject();
            const QString uuid = note.value(QStringLiteral("uuid")).toString();
            if (pool.db().scalar(QStringLiteral("SELECT count(*) FROM clue_notes WHERE uuid = ?1"), {uuid}).toInt()) {
                ++report.unchanged;
                continue;
            }
            const qint64 clue = note.value(QStringLiteral("clue")).toInteger();
            const QString by = note.value(QStringLiteral("by")).toString();
            const QString text =
                QStringLiteral("%1（%2 %3，入户记录）")
                    .arg(note.value(QStringLiteral("text")).toString(), by, note.value(QStringLiteral("at")).toString().left(10));
            if (auto r = review.addNote(clue, text, uuid, QStringLiteral("field")); !r)
                return r.error();
            cluesWithFieldWork.insert(clue);
            ++report.notesAdded;
        }
        // A clue decided at the office after the package left: the field work is kept, and the
        // officer looks at both.
        for (const QJsonValue& p : package.persons()) {
            const QJsonObject person = p.toObject();
            const qint64 clue = person.value(QStringLiteral("clue")).toInteger();
            if (!cluesWithFieldWork.contains(clue) ||
                lastEventId(pool, clue) == person.value(QStringLiteral("status_event")).toInteger())
                continue;
            const QString now = review.statusOf(clue).value_or(QString());
            conflict(clue, QStringLiteral("clue-status"), QString::number(clue),
                QJsonObject{{QStringLiteral("status"), now}, {QStringLiteral("events"), int(review.events(clue).size())}},
                QJsonObject{{QStringLiteral("status"), person.value(QStringLiteral("status"))},
                    {QStringLiteral("note"), QStringLiteral("field visits or notes were recorded against the earlier status")}});
        }
        pool.db()
            .prepare(QStringLiteral("UPDATE field_packages SET imported_at = ?2, imported_by = ?3 WHERE id = ?1"))
            .bind(1, packageId)
            .bind(2, pool.nowText())
            .bind(3, pool.user())
            .run();
        AuditLog(pool).record(QStringLiteral("field.import"), packageId,
            QStringLiteral("%1 visits added, %2 updated, %3 notes, %4 conflicts")
                .arg(report.visitsAdded)
                .arg(report.visitsUpdated)
                .arg(report.notesAdded)
                .arg(report.conflicts.size()));
        tx.commit();
    } catch (const DbError& e) {
        return fail(QCoreApplication::translate("FieldPackage", "The package could not be merged; nothing was changed: %1")
                        .arg(e.message()),
            QStringLiteral("field.storage"));
    }
    return report;
}

std::vector<FieldConflict> FieldMerge::conflicts(Pool& pool, bool openOnly)
{
    Statement st = pool.db().prepare(
        QStringLiteral("SELECT id, package_id, clue_id, kind, item, office, field, status, resolution, found_at "
                       "FROM field_conflicts WHERE (?1 = 0 OR status = 'open') ORDER BY id"));
    st.bind(1, openOnly ? 1 : 0);
    std::vector<FieldConflict> out;
    while (st.step())
        out.push_back(
            {st.int64(0), st.text(1), st.int64(2), st.text(3), st.text(4), QJsonDocument::fromJson(st.text(5).toUtf8()).object(),
                QJsonDocument::fromJson(st.text(6).toUtf8()).object(), st.text(7), st.text(8), st.text(9)});
    return out;
}

Status FieldMerge::resolve(Pool& pool, qint64 conflictId, const QString& keep)
{
    if (Status s = Access::require(pool, Permission::Review); !s)
        return s;
    if (keep != QLatin1String("office") && keep != QLatin1String("field"))
        return fail(
            QCoreApplication::translate("FieldPackage", "Keep \"office\" or \"field\"."), QStringLiteral("field.bad-choice"));
    FieldConflict c;
    for (const FieldConflict& x : conflicts(pool, true))
        if (x.id == conflictId)
            c = x;
    if (c.id == 0)
        return fail(QCoreApplication::translate("FieldPackage", "There is no open conflict %1.").arg(conflictId),
            QStringLiteral("field.no-conflict"));
    Transaction tx(pool.db());
    if (c.kind == QLatin1String("visit") && keep == QLatin1String("field")) {
        Visit v = Visit::fromJson(c.field);
        v.revision = std::max(v.revision, c.office.value(QStringLiteral("revision")).toInt()) + 1;
        v.updatedAt = pool.nowText();
        v.updatedBy = pool.user();
        if (Status s = VisitStore(pool).replace(v); !s)
            return s;
    }
    pool.db()
        .prepare(QStringLiteral(
            "UPDATE field_conflicts SET status = 'resolved', resolution = ?2, resolved_at = ?3, resolved_by = ?4 WHERE id = ?1"))
        .bind(1, conflictId)
        .bind(2, keep)
        .bind(3, pool.nowText())
        .bind(4, pool.user())
        .run();
    AuditLog(pool).record(QStringLiteral("field.resolve"), QString::number(conflictId), keep);
    tx.commit();
    return success();
}

} // namespace cluedesk
