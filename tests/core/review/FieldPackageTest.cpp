// Field visit packages: exported encrypted, visits recorded on the laptop, merged back with
// conflicts shown instead of overwritten, and a second import changing nothing.
#include "ReviewTestSupport.h"

#include "fieldwork/FieldPackage.h"

#include <functional>

using namespace cluedesk;

namespace {

Visit officeVisit(const QString& key, qint64 clue, const QString& conclusion)
{
    Visit v;
    v.personKey = key;
    v.clueId = clue;
    v.visitDate = QStringLiteral("2024-07-02");
    v.visitors = QStringLiteral("王检察官");
    v.conclusion = conclusion;
    return v;
}

int count(Pool& pool, const char* table)
{
    return pool.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).toInt();
}

} // namespace

TEST_CASE("a visit package goes to the field and comes back without losing anything", "[fieldwork]")
{
    review_test::VictimPool v;
    Pool& pool = *v.pool;
    const qint64 a = v.clueOf(v.first), b = v.clueOf(v.second);
    VisitStore visits(pool);
    const auto v1 = visits.add(officeVisit(v.first, a, QStringLiteral("初次电话核实")));
    REQUIRE(v1.ok());
    const QString v1uuid = visits.get(*v1)->uuid;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("visits.cdvisit"));
    const auto passphrase = FieldPackage::exportTo(pool, {a, b}, path);
    REQUIRE(passphrase.ok());
    CHECK(passphrase->size() == 24); // five groups of four digits
    const QByteArray file = testing::readFile(path);
    CHECK(file.startsWith("CDVISIT1"));
    CHECK_FALSE(file.contains(v.first.toUtf8()));
    CHECK_FALSE(file.contains(QStringLiteral("张一").toUtf8()));
    CHECK(FieldPackage::open(path, "0000-0000-0000-0000-0000").error().code == QStringLiteral("field.wrong-passphrase"));

    // On the laptop: a new visit for b, a change to the office's visit for a, a note for a.
    {
        auto package = FieldPackage::open(path, passphrase->toUtf8());
        REQUIRE(package.ok());
        REQUIRE(package->persons().size() == 2);
        const QJsonObject first = package->persons()[0].toObject();
        CHECK(first.value(QStringLiteral("names")).toArray().contains(QStringLiteral("张一")));
        // only the fields a visit needs travel
        const QJsonObject fields =
            first.value(QStringLiteral("evidence")).toArray()[0].toObject().value(QStringLiteral("fields")).toObject();
        CHECK_FALSE(fields.contains(QStringLiteral("summary")));
        Visit fieldVisit = officeVisit(QString(), b, QStringLiteral("家中仅有老母亲，生活困难"));
        fieldVisit.visitDate = QStringLiteral("2024-07-08");
        REQUIRE(package->addVisit(fieldVisit, QStringLiteral("李书记员"), QStringLiteral("2024-07-08T10:00:00+08:00")).ok());
        Visit changed = officeVisit(QString(), a, QStringLiteral("入户核实：家庭困难属实"));
        changed.uuid = v1uuid;
        REQUIRE(package->updateVisit(changed, QStringLiteral("李书记员"), QStringLiteral("2024-07-08T11:00:00+08:00")).ok());
        REQUIRE(package
                    ->addNote(a, QStringLiteral("邻居证实其无固定收入"), QStringLiteral("李书记员"),
                        QStringLiteral("2024-07-08T11:05:00+08:00"))
                    .ok());
        CHECK_FALSE(package->addNote(9999, QStringLiteral("x"), QString(), QString()).ok());
        REQUIRE(package->save(path, passphrase->toUtf8()).ok());
    }

    // Meanwhile at the office: the same visit is corrected, and b's review goes on.
    Visit office = *visits.get(*v1);
    office.conclusion = QStringLiteral("电话核实：其母称已外出务工");
    REQUIRE(visits.update(office).ok());
    REQUIRE(ReviewStore(pool).setStatus(b, QStringLiteral("verifying"), QString()).ok());

    auto package = FieldPackage::open(path, passphrase->toUtf8());
    REQUIRE(package.ok());
    const auto report = FieldMerge::merge(pool, *package);
    INFO(report.errorMessage().toStdString());
    REQUIRE(report.ok());
    CHECK(report->visitsAdded == 1);
    CHECK(report->visitsUpdated == 0);
    CHECK(report->notesAdded == 1);
    REQUIRE(report->conflicts.size() == 2);
    const FieldConflict& visitConflict =
        report->conflicts[0].kind == QStringLiteral("visit") ? report->conflicts[0] : report->conflicts[1];
    const FieldConflict& statusConflict =
        report->conflicts[0].kind == QStringLiteral("visit") ? report->conflicts[1] : report->conflicts[0];
    CHECK(visitConflict.item == v1uuid);
    CHECK(visitConflict.office.value(QStringLiteral("conclusion")).toString() == QStringLiteral("电话核实：其母称已外出务工"));
    CHECK(visitConflict.field.value(QStringLiteral("conclusion")).toString() == QStringLiteral("入户核实：家庭困难属实"));
    CHECK(statusConflict.clueId == b);
    // the office's edit was not overwritten; the field's visit for b and the note are in
    CHECK(visits.byUuid(v1uuid)->conclusion == QStringLiteral("电话核实：其母称已外出务工"));
    REQUIRE(visits.forClue(b).size() == 1);
    CHECK(visits.forClue(b)[0].origin == QStringLiteral("field"));
    CHECK(ReviewStore(pool).notes(a).size() == 1);
    CHECK(ReviewStore(pool).notes(a)[0].origin == QStringLiteral("field"));

    // The same package again changes nothing.
    const int visitsBefore = count(pool, "visits"), notesBefore = count(pool, "clue_notes"),
              conflictsBefore = count(pool, "field_conflicts");
    const auto again = FieldMerge::merge(pool, *package);
    REQUIRE(again.ok());
    CHECK(again->visitsAdded == 0);
    CHECK(again->visitsUpdated == 0);
    CHECK(again->notesAdded == 0);
    CHECK(again->conflicts.empty());
    CHECK(count(pool, "visits") == visitsBefore);
    CHECK(count(pool, "clue_notes") == notesBefore);
    CHECK(count(pool, "field_conflicts") == conflictsBefore);
    CHECK(visits.byUuid(v1uuid)->revision == 2);

    // The officer resolves: the field's visit wins, the status conflict is acknowledged.
    CHECK(FieldMerge::conflicts(pool).size() == 2);
    REQUIRE(FieldMerge::resolve(pool, visitConflict.id, QStringLiteral("field")).ok());
    CHECK(visits.byUuid(v1uuid)->conclusion == QStringLiteral("入户核实：家庭困难属实"));
    CHECK(visits.byUuid(v1uuid)->revision == 3);
    REQUIRE(FieldMerge::resolve(pool, statusConflict.id, QStringLiteral("office")).ok());
    CHECK(FieldMerge::conflicts(pool).empty());
    CHECK(FieldMerge::conflicts(pool, false).size() == 2);
    CHECK_FALSE(FieldMerge::resolve(pool, statusConflict.id, QStringLiteral("office")).ok());

    // With no change at the office, a field edit simply applies.
    const QString path2 = dir.filePath(QStringLiteral("second.cdvisit"));
    const auto pass2 = FieldPackage::exportTo(pool, {a}, path2);
    REQUIRE(pass2.ok());
    auto second = FieldPackage::open(path2, pass2->toUtf8());
    REQUIRE(second.ok());
    Visit edit = *visits.byUuid(v1uuid);
    edit.housing = QStringLiteral("土坯房，漏雨");
    REQUIRE(second->updateVisit(edit, QStringLiteral("李书记员"), QStringLiteral("2024-07-20T09:00:00+08:00")).ok());
    const auto applied = FieldMerge::merge(pool, *second);
    REQUIRE(applied.ok());
    CHECK(applied->visitsUpdated == 1);
    CHECK(applied->conflicts.empty());
    CHECK(visits.byUuid(v1uuid)->housing == QStringLiteral("土坯房，漏雨"));

    // A package from another pool is refused.
    review_test::VictimPool other;
    CHECK(FieldMerge::merge(*other.pool, *second).error().code == QStringLiteral("field.foreign"));
}

namespace {

// What the holder of a package (who knows its passphrase) can change in it before it comes back.
FieldPackage forged(const QString& path, const QString& passphrase, const std::function<void(QJsonObject&)>& change)
{
    auto package = FieldPackage::open(path, passphrase.toUtf8());
    REQUIRE(package.ok());
    change(package->data);
    REQUIRE(package->save(path, passphrase.toUtf8()).ok());
    return *FieldPackage::open(path, passphrase.toUtf8());
}

QJsonObject visitJson(const Visit& v, int revision, int baseRevision)
{
    QJsonObject o = v.toJson();
    o.insert(QStringLiteral("revision"), revision);
    o.insert(QStringLiteral("base_revision"), baseRevision);
    return o;
}

} // namespace

TEST_CASE("a returning package touches only what left with it, as its field officer", "[fieldwork][security]")
{
    review_test::VictimPool v;
    Pool& pool = *v.pool;
    const qint64 a = v.clueOf(v.first), b = v.clueOf(v.second);
    VisitStore visits(pool);
    const auto v1 = visits.add(officeVisit(v.first, a, QStringLiteral("初次电话核实")));
    REQUIRE(v1.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("visits.cdvisit"));
    const auto passphrase = FieldPackage::exportTo(pool, {a}, path, QStringLiteral("李书记员"));
    REQUIRE(passphrase.ok());
    // the office edits its visit after the package left: revision 2
    Visit office = *visits.get(*v1);
    office.conclusion = QStringLiteral("办公室更正：已外出务工");
    REQUIRE(visits.update(office).ok());
    REQUIRE(visits.get(*v1)->revision == 2);

    SECTION("a package claiming the office's current revision cannot overwrite its later edit")
    {
        const FieldPackage p = forged(path, *passphrase, [&](QJsonObject& data) {
            Visit claim = office;
            claim.conclusion = QStringLiteral("伪造：家庭困难属实");
            data.insert(QStringLiteral("visits"), QJsonArray{visitJson(claim, 3, 2)});
        });
        const auto report = FieldMerge::merge(pool, p);
        INFO(report.errorMessage().toStdString());
        REQUIRE(report.ok());
        CHECK(report->visitsUpdated == 0);
        REQUIRE(report->conflicts.size() == 1);
        CHECK(visits.get(*v1)->conclusion == QStringLiteral("办公室更正：已外出务工"));
    }
    SECTION("a visit for a clue the package did not carry is refused, and nothing merges")
    {
        const FieldPackage p = forged(path, *passphrase, [&](QJsonObject& data) {
            Visit extra = officeVisit(v.second, b, QStringLiteral("不应进入"));
            extra.uuid = QStringLiteral("6c1d0b1e-0000-4000-8000-000000000001");
            QJsonArray list = data.value(QStringLiteral("visits")).toArray();
            list.append(visitJson(extra, 1, 0));
            data.insert(QStringLiteral("visits"), list);
            data.insert(QStringLiteral("notes"),
                QJsonArray{QJsonObject{{QStringLiteral("uuid"), QStringLiteral("n1")}, {QStringLiteral("clue"), a},
                    {QStringLiteral("text"), QStringLiteral("合法的记录")}, {QStringLiteral("by"), QStringLiteral("x")},
                    {QStringLiteral("at"), QStringLiteral("2024-07-08")}}});
        });
        const auto report = FieldMerge::merge(pool, p);
        CHECK(report.error().code == QStringLiteral("field.refused"));
        CHECK(visits.forClue(b).empty());
        CHECK(ReviewStore(pool).notes(a).empty());
    }
    SECTION("a note for a clue the package did not carry is refused")
    {
        const FieldPackage p = forged(path, *passphrase, [&](QJsonObject& data) {
            data.insert(QStringLiteral("notes"),
                QJsonArray{QJsonObject{{QStringLiteral("uuid"), QStringLiteral("n2")}, {QStringLiteral("clue"), b},
                    {QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("by"), QStringLiteral("x")},
                    {QStringLiteral("at"), QStringLiteral("2024-07-08")}}});
        });
        CHECK(FieldMerge::merge(pool, p).error().code == QStringLiteral("field.refused"));
        CHECK(ReviewStore(pool).notes(b).empty());
    }
    SECTION("the author is the officer the package was made for, never a name inside it")
    {
        const FieldPackage p = forged(path, *passphrase, [&](QJsonObject& data) {
            Visit fresh = officeVisit(v.second, a, QStringLiteral("入户核实"));
            fresh.uuid = QStringLiteral("6c1d0b1e-0000-4000-8000-000000000002");
            fresh.createdBy = fresh.updatedBy = QStringLiteral("冒名的检察长");
            QJsonArray list = data.value(QStringLiteral("visits")).toArray();
            list.append(visitJson(fresh, 1, 0));
            data.insert(QStringLiteral("visits"), list);
        });
        const auto report = FieldMerge::merge(pool, p);
        INFO(report.errorMessage().toStdString());
        REQUIRE(report.ok());
        const auto added = visits.byUuid(QStringLiteral("6c1d0b1e-0000-4000-8000-000000000002"));
        REQUIRE(added);
        CHECK(added->createdBy == QStringLiteral("李书记员"));
        CHECK(added->updatedBy == QStringLiteral("李书记员"));
        CHECK(added->personKey == v.first); // the clue's person, not the one the package named
    }
}
