#pragma once
// Numbers for the chief, over a period: per model the clues found (by grade), decided, suggested
// and corrected, the days from finding to decision and the money recovered; the assistance
// decided and paid; letters issued, replied and overdue. The same table goes to the terminal,
// CSV, JSON and an xlsx workbook, and feeds the dashboard.
#include "util/LocalText.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace cluedesk {

class Pool;

struct ReportRow {
    QString modelId, workflow;
    LocalText title;
    int found = 0, red = 0, orange = 0, yellow = 0;
    int decided = 0, suggested = 0, corrected = 0, assisted = 0;
    double daysToDecision = -1; // average over the clues decided in the period; -1: none
    qint64 recoveredFen = 0;
};

struct OfficeReport {
    QDate from, to;
    std::vector<ReportRow> models; // every model with something in the period
    ReportRow total;
    qint64 decidedFen = 0; // assistance amounts decided in the period
    qint64 paidFen = 0;    // ... of the clues that became assisted in the period
    int lettersIssued = 0, lettersReplied = 0, lettersOverdue = 0;

    static OfficeReport collect(Pool& pool, const QDate& from, const QDate& to);
    // The table: a header and a row per model, then the total.
    QStringList header(Language language) const;
    std::vector<QStringList> rows(Language language) const;
    // Money and letters as label/value pairs, under the table.
    std::vector<std::pair<QString, QString>> figures(Language language) const;
    QJsonObject toJson() const;
    Status writeXlsx(const QString& path, Language language) const;
};

} // namespace cluedesk
