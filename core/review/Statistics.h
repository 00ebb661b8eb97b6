#pragma once
// Figures for the dashboard: clues per model and grade, the review funnel, assistance decided per
// month and per case type, days from clue to decision, and the year's funds against the budget.
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct Statistics {
    struct ModelGrades {
        QString modelId;
        int red = 0, orange = 0, yellow = 0;
    };
    std::vector<ModelGrades> cluesByModel; // clues still present
    int found = 0, verifying = 0, decided = 0, assisted = 0;
    std::map<QString, qint64> fenByMonth;    // "2024-07" -> amount decided that month
    std::map<QString, qint64> fenByCaseType; // case type id -> amount decided
    std::optional<double> averageDaysToDecision;
    qint64 fenThisYear = 0;
    std::optional<qint64> budgetFen; // setting assistance.budget (yuan per year)

    static Statistics collect(Pool& pool, int year);
};

} // namespace cluedesk
