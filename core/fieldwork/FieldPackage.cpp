#include "fieldwork/FieldPackage.h"

#include "ingest/DatasetCatalog.h"
#include "pool/Pool.h"
#include "review/ReviewStore.h"
#include "screening/ClueStore.h"
#include "screening/ModelLibrary.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/CryptoVfs.h"
#include "security/UserStore.h"

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

} // namespace

Result<QString> FieldPackage::exportTo(
    Pool& pool, const std::vector<qint64>& clueIds, const QString& path, const QString& fieldUser)
{
    if (Status s = Access::require(pool, Permission::Review); !s)
        return s.error();
    const QString visitor = fieldUser.trimmed().isEmpty() ? pool.user() : fieldUser.trimmed();
    if (pool.hasUsers() && !UserStore(pool).get(visitor))
        return fail(QCoreApplication::translate("FieldPackage", "There is no user \"%1\" to take the package.").arg(visitor),
            QStringLiteral("field.no-user"));
    if (clueIds.empty())
        return fail(
            QCoreApplication::translate("FieldPackage", "Choose the clues to visit first."), QStringLiteral("field.no-clues"));
    ClueStore clues(pool);
    const DatasetCatalog catalog = DatasetCatalog::forPool(pool);
    const ModelLibrary library = ModelLibrary::forPool(pool);
    VisitStore visitStore(pool);
    FieldPackage p;
    QJsonArray persons, visits, ids;
    // What left, kept at the office: only this may come back, measured against these revisions.
    QJsonObject visitRevisions, statusEvents;
    for (qint64 id : clueIds) {
        const auto c = clues.get(id);
        if (!c)
            return fail(
                QCoreApplication::translate("FieldPackage", "There is no clue %1.").arg(id), QStringLiteral("field.no-clue"));
        QJsonArray evidence;
        for (const EvidenceRow& e : clues.evidence(id)) {
            QJsonObject fields;
            for (auto it = e.fields().begin(); it != e.fields().end(); ++it)
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
        statusEvents.insert(QString::number(id), lastEventId(pool, id));
        for (const Visit& v : visitStore.forClue(id)) {
            visitRevisions.insert(v.uuid, v.revision);
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
        .prepare(QStringLiteral("INSERT INTO field_packages(id, clue_ids, exported_at, exported_by, revisions, field_user) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6)"))
        .bind(1, packageId)
        .bind(2, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))
        .bind(3, pool.nowText())
        .bind(4, pool.user())
        .bind(5,
            QString::fromUtf8(QJsonDocument(
                QJsonObject{{QStringLiteral("visits"), visitRevisions}, {QStringLiteral("status_events"), statusEvents}})
                                  .toJson(QJsonDocument::Compact)))
        .bind(6, visitor)
        .run();
    AuditLog(pool).record(QStringLiteral("field.export"), packageId,
        QStringLiteral("%1 clue(s) to %2 for %3").arg(clueIds.size()).arg(path, visitor));
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

} // namespace cluedesk
