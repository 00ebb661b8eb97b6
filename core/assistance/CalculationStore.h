#pragma once
// Saved calculations: each keeps the parameter set it used (a copy, so later changes to the
// parameters leave it as it was), its inputs and steps. Checks a new amount against the
// decisions made before for the same case type.
#include "assistance/AssistanceCalculator.h"

#include <optional>

namespace cluedesk {

class Pool;

struct SavedCalculation {
    qint64 id = 0;
    std::optional<qint64> clueId;
    QString personKey;
    Calculation calculation;
    bool decided = false;
    QString createdAt, createdBy;
};

class CalculationStore {
public:
    static constexpr double kConsistencyTolerance = 0.30;
    explicit CalculationStore(Pool& pool) : m_pool(pool) { }
    // The median amount of decided calculations of a case type, or none yet.
    std::optional<qint64> medianFor(const QString& caseType);
    // Adds the consistency warning when the amount is more than 30% from that median.
    void check(Calculation& calculation);
    Result<qint64> save(
        const std::optional<qint64>& clueId, const QString& personKey, const Calculation& calculation, bool decided);
    std::vector<SavedCalculation> forClue(qint64 clueId);
    std::vector<SavedCalculation> forPerson(const QString& personKey);
    std::optional<SavedCalculation> get(qint64 id);

private:
    std::vector<SavedCalculation> query(const QString& where, const QVariant& value);
    Pool& m_pool;
};

} // namespace cluedesk
