#include "review/VisitStore.h"

#include "security/Access.h"
#include "security/AuditLog.h"

#include "identity/IdNumber.h"
#include "pool/Pool.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cluedesk {
namespace {

const char* kColumns = "id, uuid, person_key, clue_id, visit_date, visitors, family, income, monthly_income, illness, housing, "
                       "urgent_needs, conclusion, revision, origin, created_at, created_by, updated_at, updated_by";

QString familyJson(const std::vector<FamilyMember>& family)
{
    QJsonArray a;
    for (const FamilyMember& m : family)
        a.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("relation"), m.relation},
            {QStringLiteral("age"), m.age}, {QStringLiteral("situation"), m.situation}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::vector<FamilyMember> familyFrom(const QJsonArray& a)
{
    std::vector<FamilyMember> out;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("relation")).toString(),
            o.value(QStringLiteral("situation")).toString(), o.value(QStringLiteral("age")).toInt(-1)});
    }
    return out;
}

} // namespace

QJsonObject Visit::toJson() const
{
    QJsonObject o{{QStringLiteral("uuid"), uuid}, {QStringLiteral("person_key"), personKey},
        {QStringLiteral("visit_date"), visitDate}, {QStringLiteral("visitors"), visitors},
        {QStringLiteral("family"), QJsonDocument::fromJson(familyJson(family).toUtf8()).array()},
        {QStringLiteral("income"), income}, {QStringLiteral("illness"), illness}, {QStringLiteral("housing"), housing},
        {QStringLiteral("urgent_needs"), urgentNeeds}, {QStringLiteral("conclusion"), conclusion},
        {QStringLiteral("revision"), revision}, {QStringLiteral("origin"), origin}, {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("created_by"), createdBy}, {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("updated_by"), updatedBy}};
    if (clueId)
        o.insert(QStringLiteral("clue_id"), *clueId);
    if (monthlyIncome)
        o.insert(QStringLiteral("monthly_income"), *monthlyIncome);
    return o;
}

Visit Visit::fromJson(const QJsonObject& o)
{
    Visit v;
    v.uuid = o.value(QStringLiteral("uuid")).toString();
    v.personKey = o.value(QStringLiteral("person_key")).toString();
    if (o.contains(QStringLiteral("clue_id")))
        v.clueId = o.value(QStringLiteral("clue_id")).toInteger();
    v.visitDate = o.value(QStringLiteral("visit_date")).toString();
    v.visitors = o.value(QStringLiteral("visitors")).toString();
    v.family = familyFrom(o.value(QStringLiteral("family")).toArray());
    v.income = o.value(QStringLiteral("income")).toString();
    if (o.contains(QStringLiteral("monthly_income")))
        v.monthlyIncome = o.value(QStringLiteral("monthly_income")).toDouble();
    v.illness = o.value(QStringLiteral("illness")).toString();
    v.housing = o.value(QStringLiteral("housing")).toString();
    v.urgentNeeds = o.value(QStringLiteral("urgent_needs")).toString();
    v.conclusion = o.value(QStringLiteral("conclusion")).toString();
    v.revision = o.value(QStringLiteral("revision")).toInt(1);
    v.origin = o.value(QStringLiteral("origin")).toString(QStringLiteral("office"));
    v.createdAt = o.value(QStringLiteral("created_at")).toString();
    v.createdBy = o.value(QStringLiteral("created_by")).toString();
    v.updatedAt = o.value(QStringLiteral("updated_at")).toString();
    v.updatedBy = o.value(QStringLiteral("updated_by")).toString();
    return v;
}

Result<qint64> VisitStore::add(Visit v)
{
    if (Status s = Access::require(m_pool, Permission::Review); !s)
        return s.error();
    if (!QDate::fromString(v.visitDate, Qt::ISODate).isValid())
        return fail(QCoreApplication::translate("VisitStore", "The visit date \"%1\" is not a date; expected YYYY-MM-DD.")
                        .arg(v.visitDate),
            QStringLiteral("visit.bad-date"));
    if (!IdParser::parse(v.personKey).ok())
        return fail(QCoreApplication::translate("VisitStore", "\"%1\" is not a valid ID number.").arg(v.personKey),
            QStringLiteral("visit.bad-person"));
    if (v.uuid.isEmpty())
        v.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = m_pool.nowText();
    if (v.createdAt.isEmpty()) {
        v.createdAt = now;
        v.createdBy = m_pool.user();
    }
    if (v.updatedAt.isEmpty()) {
        v.updatedAt = v.createdAt;
        v.updatedBy = v.createdBy;
    }
    Statement st = m_pool.db().prepare(
        QStringLiteral("INSERT INTO visits(uuid, person_key, clue_id, visit_date, visitors, family, income, monthly_income, "
                       "illness, housing, urgent_needs, "
                       "conclusion, revision, origin, created_at, created_by, updated_at, updated_by) "
                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"));
    st.bind(1, v.uuid).bind(2, v.personKey);
    if (v.clueId)
        st.bind(3, *v.clueId);
    st.bind(4, v.visitDate).bind(5, v.visitors).bind(6, familyJson(v.family)).bind(7, v.income);
    if (v.monthlyIncome)
        st.bind(8, *v.monthlyIncome);
    st.bind(9, v.illness)
        .bind(10, v.housing)
        .bind(11, v.urgentNeeds)
        .bind(12, v.conclusion)
        .bind(13, v.revision)
        .bind(14, v.origin);
    st.bind(15, v.createdAt).bind(16, v.createdBy).bind(17, v.updatedAt).bind(18, v.updatedBy);
    st.run();
    const qint64 id = m_pool.db().lastInsertId();
    AuditLog(m_pool).record(QStringLiteral("visit.add"), v.personKey, v.uuid);
    return id;
}

Status VisitStore::update(const Visit& v)
{
    if (Status s = Access::require(m_pool, Permission::Review); !s)
        return s;
    if (!QDate::fromString(v.visitDate, Qt::ISODate).isValid())
        return fail(QCoreApplication::translate("VisitStore", "The visit date \"%1\" is not a date; expected YYYY-MM-DD.")
                        .arg(v.visitDate),
            QStringLiteral("visit.bad-date"));
    Statement st = m_pool.db().prepare(QStringLiteral(
        "UPDATE visits SET visit_date = ?2, visitors = ?3, family = ?4, income = ?5, monthly_income = ?6, illness = ?7, housing "
        "= ?8, "
        "urgent_needs = ?9, conclusion = ?10, revision = revision + 1, updated_at = ?11, updated_by = ?12 WHERE uuid = ?1"));
    st.bind(1, v.uuid).bind(2, v.visitDate).bind(3, v.visitors).bind(4, familyJson(v.family)).bind(5, v.income);
    if (v.monthlyIncome)
        st.bind(6, *v.monthlyIncome);
    st.bind(7, v.illness)
        .bind(8, v.housing)
        .bind(9, v.urgentNeeds)
        .bind(10, v.conclusion)
        .bind(11, m_pool.nowText())
        .bind(12, m_pool.user());
    st.run();
    if (m_pool.db().changes() == 0)
        return fail(
            QCoreApplication::translate("VisitStore", "There is no visit %1.").arg(v.uuid), QStringLiteral("visit.unknown"));
    return success();
}

Status VisitStore::replace(const Visit& v)
{
    if (Status s = Access::require(m_pool, Permission::Review); !s)
        return s;
    Statement st = m_pool.db().prepare(QStringLiteral(
        "UPDATE visits SET visit_date = ?2, visitors = ?3, family = ?4, income = ?5, monthly_income = ?6, illness = ?7, "
        "housing = ?8, urgent_needs = ?9, conclusion = ?10, revision = ?11, origin = ?12, updated_at = ?13, updated_by = ?14 "
        "WHERE uuid = ?1"));
    st.bind(1, v.uuid).bind(2, v.visitDate).bind(3, v.visitors).bind(4, familyJson(v.family)).bind(5, v.income);
    if (v.monthlyIncome)
        st.bind(6, *v.monthlyIncome);
    st.bind(7, v.illness)
        .bind(8, v.housing)
        .bind(9, v.urgentNeeds)
        .bind(10, v.conclusion)
        .bind(11, v.revision)
        .bind(12, v.origin);
    st.bind(13, v.updatedAt).bind(14, v.updatedBy);
    st.run();
    if (m_pool.db().changes() == 0)
        return fail(
            QCoreApplication::translate("VisitStore", "There is no visit %1.").arg(v.uuid), QStringLiteral("visit.unknown"));
    AuditLog(m_pool).record(QStringLiteral("visit.replace"), v.personKey, QStringLiteral("%1 r%2").arg(v.uuid).arg(v.revision));
    return success();
}

std::vector<Visit> VisitStore::query(const QString& where, const QVariant& value)
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT %1 FROM visits WHERE %2 ORDER BY visit_date DESC, id DESC")
                                           .arg(QString::fromLatin1(kColumns), where));
    st.bind(1, value);
    std::vector<Visit> out;
    while (st.step()) {
        Visit v;
        v.id = st.int64(0);
        v.uuid = st.text(1);
        v.personKey = st.text(2);
        if (!st.isNull(3))
            v.clueId = st.int64(3);
        v.visitDate = st.text(4);
        v.visitors = st.text(5);
        v.family = familyFrom(QJsonDocument::fromJson(st.text(6).toUtf8()).array());
        v.income = st.text(7);
        if (!st.isNull(8))
            v.monthlyIncome = st.real(8);
        v.illness = st.text(9);
        v.housing = st.text(10);
        v.urgentNeeds = st.text(11);
        v.conclusion = st.text(12);
        v.revision = st.integer(13);
        v.origin = st.text(14);
        v.createdAt = st.text(15);
        v.createdBy = st.text(16);
        v.updatedAt = st.text(17);
        v.updatedBy = st.text(18);
        out.push_back(std::move(v));
    }
    return out;
}

std::optional<Visit> VisitStore::get(qint64 id)
{
    auto v = query(QStringLiteral("id = ?1"), id);
    return v.empty() ? std::nullopt : std::optional<Visit>(v.front());
}

std::optional<Visit> VisitStore::byUuid(const QString& uuid)
{
    auto v = query(QStringLiteral("uuid = ?1"), uuid);
    return v.empty() ? std::nullopt : std::optional<Visit>(v.front());
}

std::vector<Visit> VisitStore::forPerson(const QString& personKey)
{
    return query(QStringLiteral("person_key = ?1"), personKey);
}
std::vector<Visit> VisitStore::forClue(qint64 clueId)
{
    return query(QStringLiteral("clue_id = ?1"), clueId);
}

} // namespace cluedesk
