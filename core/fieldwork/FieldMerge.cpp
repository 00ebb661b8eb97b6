// Merging a returned visit package: only the clues and visits that left with it, measured
// against the revisions kept at the office, authored by the officer it was made for.
#include "fieldwork/FieldPackage.h"

#include "pool/Pool.h"
#include "review/ReviewStore.h"
#include "screening/ClueStore.h"
#include "security/Access.h"
#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace cluedesk {
namespace {

bool sameVisit(const Visit& a, const Visit& b)
{
    QJsonObject x = a.toJson(), y = b.toJson();
    for (const char* k :
        {"created_at", "created_by", "updated_at", "updated_by", "origin", "revision", "base_revision", "person_key"}) {
        x.remove(QString::fromLatin1(k));
        y.remove(QString::fromLatin1(k));
    }
    return x == y;
}

} // namespace

Result<MergeReport> FieldMerge::merge(Pool& pool, const FieldPackage& package)
{
    if (Status s = Access::require(pool, Permission::Review); !s)
        return s.error();
    const QString packageId = package.id();
    Statement sent = pool.db().prepare(
        QStringLiteral("SELECT clue_ids, revisions, field_user, exported_by FROM field_packages WHERE id = ?1"));
    sent.bind(1, packageId);
    if (!sent.step())
        return fail(QCoreApplication::translate("FieldPackage", "This package was not exported from this pool."),
            QStringLiteral("field.foreign"));
    // What left the office decides what may come back; nothing in the package is taken on trust
    // but the field work itself.
    QSet<qint64> carried;
    for (const QJsonValue& id : QJsonDocument::fromJson(sent.text(0).toUtf8()).array())
        carried.insert(id.toInteger());
    const QJsonObject revisions = QJsonDocument::fromJson(sent.text(1).toUtf8()).object();
    const bool legacy = !revisions.contains(QStringLiteral("visits")); // exported before revisions were kept
    const QJsonObject sentVisits = revisions.value(QStringLiteral("visits")).toObject();
    const QJsonObject sentEvents = revisions.value(QStringLiteral("status_events")).toObject();
    const QString fieldUser = sent.text(2).isEmpty() ? sent.text(3) : sent.text(2);
    sent.reset();

    MergeReport report;
    VisitStore visits(pool);
    ReviewStore review(pool);
    const auto refuse = [&](const QString& why) {
        return fail(QCoreApplication::translate("FieldPackage", "The package was refused, nothing was merged: %1").arg(why),
            QStringLiteral("field.refused"));
    };
    for (const Visit& v : package.visits()) {
        if (!v.clueId || !carried.contains(*v.clueId))
            return refuse(
                QCoreApplication::translate("FieldPackage", "visit %1 is for a clue the package did not carry").arg(v.uuid));
        if (visits.byUuid(v.uuid) && !legacy && !sentVisits.contains(v.uuid))
            return refuse(QCoreApplication::translate("FieldPackage", "visit %1 did not leave with this package").arg(v.uuid));
    }
    for (const QJsonValue& n : package.notes())
        if (!carried.contains(n.toObject().value(QStringLiteral("clue")).toInteger()))
            return refuse(QCoreApplication::translate("FieldPackage", "a note is for a clue the package did not carry"));

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
    const auto lastEvent = [&](qint64 clue) {
        qint64 last = 0;
        for (const ClueEvent& e : review.events(clue))
            last = std::max(last, e.id);
        return last;
    };
    try {
        Transaction tx(pool.db());
        QSet<qint64> cluesWithFieldWork;
        QJsonObject addedHere;
        for (Visit v : package.visits()) {
            // The office's revision when the package left (0: a visit made in the field); a
            // package from before revisions were kept cannot say, so any change is a conflict.
            const int base = sentVisits.contains(v.uuid) ? sentVisits.value(v.uuid).toInt() : (legacy ? -1 : 0);
            const auto office = visits.byUuid(v.uuid);
            if ((office && v.revision == base) || (office && v.revision == office->revision && sameVisit(*office, v))) {
                ++report.unchanged; // not touched in the field, or merged before
                continue;
            }
            // Who and whose: the officer the package was made for, the person of the clue.
            v.personKey = ClueStore(pool).get(*v.clueId)->personKey;
            v.createdBy = office ? office->createdBy : fieldUser;
            v.updatedBy = fieldUser;
            v.origin = QStringLiteral("field");
            cluesWithFieldWork.insert(*v.clueId);
            // The visit store writes its author from the acting user: for this visit, the field officer.
            const QString merger = pool.user();
            pool.setUser(fieldUser);
            struct Restore {
                Pool& pool;
                QString user;
                ~Restore() { pool.setUser(user); }
            } restore{pool, merger};
            if (!office) {
                auto added = visits.add(v);
                if (!added)
                    return added.error();
                addedHere.insert(v.uuid, visits.get(*added)->revision); // now it came with this package
                ++report.visitsAdded;
            } else if (office->revision == base) {
                v.revision = office->revision + 1;
                if (Status s = visits.replace(v); !s)
                    return s.error();
                ++report.visitsUpdated;
            } else {
                conflict(*v.clueId, QStringLiteral("visit"), v.uuid, office->toJson(), v.toJson());
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
            const QString text = QStringLiteral("%1（%2 %3，入户记录）")
                                     .arg(note.value(QStringLiteral("text")).toString(), fieldUser,
                                         note.value(QStringLiteral("at")).toString().left(10));
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
            const QString key = QString::number(clue);
            const qint64 leftWith = sentEvents.contains(key) ? sentEvents.value(key).toInteger() : -1;
            if (!carried.contains(clue) || !cluesWithFieldWork.contains(clue) || lastEvent(clue) == leftWith)
                continue;
            const QString now = review.statusOf(clue).value_or(QString());
            conflict(clue, QStringLiteral("clue-status"), key,
                QJsonObject{{QStringLiteral("status"), now}, {QStringLiteral("events"), int(review.events(clue).size())}},
                QJsonObject{{QStringLiteral("status"), person.value(QStringLiteral("status"))},
                    {QStringLiteral("note"), QStringLiteral("field visits or notes were recorded against the earlier status")}});
        }
        QJsonObject known = sentVisits;
        for (auto it = addedHere.begin(); it != addedHere.end(); ++it)
            known.insert(it.key(), it.value());
        QJsonObject kept = revisions;
        if (!legacy)
            kept.insert(QStringLiteral("visits"), known);
        pool.db()
            .prepare(QStringLiteral("UPDATE field_packages SET imported_at = ?2, imported_by = ?3, revisions = ?4 WHERE id = ?1"))
            .bind(1, packageId)
            .bind(2, pool.nowText())
            .bind(3, pool.user())
            .bind(4, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)))
            .run();
        AuditLog(pool).record(QStringLiteral("field.import"), packageId,
            QStringLiteral("%1 visits added, %2 updated, %3 notes, %4 conflicts; field work by %5")
                .arg(report.visitsAdded)
                .arg(report.visitsUpdated)
                .arg(report.notesAdded)
                .arg(report.conflicts.size())
                .arg(fieldUser));
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
