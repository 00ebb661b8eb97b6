#pragma once
// A parameter set of the county's coefficient rules for judicial assistance amounts: the
// benchmark, case-type coefficients, hardship bands, additional-group ranges, fault
// coefficients and the cap. Data (resources/parameters and the office's own in the pool), with
// a region and the date from which it applies.
#include "util/LocalText.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct Coefficient {
    QString id;
    LocalText title;
    qint64 hundredths = 0; // the coefficient times 100
};

struct CoefficientRange {
    QString id;
    LocalText title;
    qint64 minHundredths = 0, maxHundredths = 0;
};

// The aid a case-file warning grade suggests, as multiples of the benchmark.
struct GradeRange {
    QString grade; // red, orange, yellow
    qint64 minHundredths = 0, maxHundredths = 0;
};

struct ParameterSet {
    QString id;
    QString region;
    QString regionPrefix;
    QDate effectiveFrom;
    LocalText title;
    LocalText source;
    qint64 benchmarkFen = 0;
    // How the benchmark was reached when it is the average of published figures, e.g.
    // "（2022年2000.00 + 2023年2100.00 + 2024年2200.00）÷ 3"; empty for a given amount.
    QString benchmarkBasis;
    std::vector<Coefficient> caseTypes;
    std::vector<CoefficientRange> hardshipBands;
    std::vector<CoefficientRange> additionalGroups;
    QString additionalRule = QStringLiteral("highest"); // or "sum"
    std::vector<Coefficient> fault;
    int capMonths = 36;
    qint64 capMonthlyWageFen = 0;
    LocalText capWageTitle;
    std::vector<GradeRange> gradeRanges;
    bool builtIn = false;
    QJsonObject json; // as given, kept with every calculation

    const Coefficient* caseType(const QString& id) const;
    const CoefficientRange* band(const QString& id) const;
    const CoefficientRange* group(const QString& id) const;
    const Coefficient* faultPreset(const QString& id) const;
    // The suggested aid for a warning grade in fen (benchmark times the grade's multiples, within
    // the cap); none when the set names no range for it.
    std::optional<std::pair<qint64, qint64>> aidRange(const QString& grade) const;
    static Result<ParameterSet> fromJson(const QJsonObject& json);
};

class ParameterStore {
public:
    explicit ParameterStore(Pool& pool) : m_pool(pool) { }
    static const std::vector<ParameterSet>& builtIns();
    std::vector<ParameterSet> all(); // built-in and the office's, by region and date
    std::optional<ParameterSet> byId(const QString& id);
    // The set in force on a date: the latest effective_from not after it, for the region (the
    // pool's county.name setting, else any region).
    std::optional<ParameterSet> inForce(const QDate& date);
    // The aid a case file's warning grade suggests under the set in force on the date: "12,100.00
    // – 25,300.00 yuan (guanyun-2025: benchmark 2,200.00 × 11–23)"; empty without a grade, a set
    // in force, or a range for the grade.
    QString aidSuggestion(const QString& grade, const QDate& date);
    // Checks and stores an office set; a built-in id cannot be replaced.
    Result<ParameterSet> import(const QJsonObject& json);

private:
    Pool& m_pool;
};

} // namespace cluedesk
