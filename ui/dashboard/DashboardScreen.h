#pragma once
// The office's figures: clues per model and grade, the review funnel (found -> verified ->
// decided -> assisted), assistance decided per month and per case type, average days from clue
// to decision, and this year's funds against the annual budget.
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
    QString summary() const;

public Q_SLOTS:
    void reload();

private:
    PoolSession& m_session;
    Statistics m_stats;
    QGridLayout* m_grid = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace cluedesk::ui
