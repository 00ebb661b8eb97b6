#pragma once
// Household visit records (入户调查): who lives there, income, illness or disability, housing,
// urgent needs, the visit date and visitors, and the officer's conclusion. Each visit has a
// UUID and a revision so that visits recorded on a laptop in the field merge back safely.
#include "util/Result.h"

#include <QJsonArray>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct FamilyMember {
    QString name, relation, situation;
    int age = -1;
};

struct Visit {
    qint64 id = 0;
    QString uuid;
    QString personKey;
    std::optional<qint64> clueId;
    QString visitDate;
    QString visitors;
    std::vector<FamilyMember> family;
    QString income; // as told
    std::optional<double> monthlyIncome;
    QString illness, housing, urgentNeeds, conclusion;
    int revision = 1;
    QString origin = QStringLiteral("office");
    QString createdAt, createdBy, updatedAt, updatedBy;

    QJsonObject toJson() const;
    static Visit fromJson(const QJsonObject& json);
};

class VisitStore {
public:
    explicit VisitStore(Pool& pool) : m_pool(pool) { }
    // Adds a new visit (its UUID is made when empty); checks the date and the person.
    Result<qint64> add(Visit visit);
    // Saves changes to an existing visit, raising its revision.
    Status update(const Visit& visit);
    // Writes a visit as it was changed elsewhere (a field package), keeping its revision.
    Status replace(const Visit& visit);
    std::optional<Visit> get(qint64 id);
    std::optional<Visit> byUuid(const QString& uuid);
    std::vector<Visit> forPerson(const QString& personKey);
    std::vector<Visit> forClue(qint64 clueId);

private:
    std::vector<Visit> query(const QString& where, const QVariant& value);
    Pool& m_pool;
};

} // namespace cluedesk
