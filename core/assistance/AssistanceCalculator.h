#pragma once
// The judicial assistance amount by the county's coefficient rules:
//   basic      = benchmark x (case-type coefficient + hardship coefficient)
//   additional = benchmark x k (the highest k of the groups the person belongs to, or their sum)
//   final      = (basic + additional) x fault coefficient, at most cap months x average wage
// In integer fen and hundredths, so every step can be checked by hand to the fen.
#include "assistance/ParameterSet.h"

#include <QJsonArray>
#include <optional>

namespace cluedesk {

struct CalculationInput {
    QString caseType;
    QString hardshipBand;
    double hardship = 0;                            // within the band
    std::vector<std::pair<QString, double>> groups; // additional group id, k
    QString faultPreset;                            // or
    std::optional<double> fault;                    // a value in [0, 1]
    QDate date;                                     // the decision date; picks the parameter set

    QJsonObject toJson() const;
    static CalculationInput fromJson(const QJsonObject& json);
};

struct CalculationStep {
    QString key;
    LocalText label;
    QString formula; // with the numbers put in
    bool money = true;
    qint64 value = 0; // fen, or hundredths for a coefficient
};

struct Calculation {
    QString parameterSet;
    QJsonObject parameters;
    CalculationInput input;
    std::vector<CalculationStep> steps;
    qint64 amountFen = 0;
    bool capped = false;
    QStringList warnings;

    QJsonArray stepsJson() const;
    // Every step on its own line, for printing and checking by hand.
    QStringList lines(Language language) const;
};

class AssistanceCalculator {
public:
    static Result<Calculation> calculate(const ParameterSet& params, const CalculationInput& input);
    static QString yuan(qint64 fen);               // "12345.60"
    static QString coefficient(qint64 hundredths); // "4" or "4.5"
};

} // namespace cluedesk
