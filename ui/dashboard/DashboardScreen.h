#pragma once
// The office's figures: clues per model and grade, the review funnel (found -> verified ->
// decided -> assisted), assistance decided per month and per case type, average days from clue
// to decision, this year's funds against the annual budget; supervision clues from confirmed to
// corrected with the money recovered, and letters issued, replied and overdue. The year's table
// (OfficeReport, the same as `cluedesk-cli stats`) is exported to xlsx.
#include "review/OfficeReport.h"
#include "review/Statistics.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace cluedesk::ui {

class PoolSession;

class DashboardScreen : public QWidget {
    Q_OBJECT
public:
    explicit DashboardScreen(PoolSession& session, QWidget* parent = nullptr);
    const Statistics& statistics() const { return m_stats; }
    const OfficeReport& report() const { return m_report; }
    // Writes this year's table; returns an error message or empty.
    QString exportTo(const QString& path);
    QString summary() const;

public Q_SLOTS:
    void reload();

private:
    PoolSession& m_session;
    Statistics m_stats;
    OfficeReport m_report;
    QGridLayout* m_grid = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace cluedesk::ui
