#include "dashboard/DashboardScreen.h"

#include "assistance/AssistanceCalculator.h"
#include "assistance/ParameterSet.h"
#include "common/PoolSession.h"
#include "screening/ModelLibrary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace cluedesk::ui {
namespace {

QChartView* chartView(QChart* chart)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    return view;
}

// A count axis from 0 to a round number above the largest value (at least 5: an empty chart
// still gets a scale of whole numbers instead of a NaN range).
void setCountRange(QValueAxis* axis, double max)
{
    axis->setRange(0, std::max(5.0, max));
    axis->applyNiceNumbers();
}

QChart* barChart(const QString& title, const QStringList& categories, QBarSet* set)
{
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    double max = 0;
    for (int i = 0; i < set->count(); ++i)
        max = std::max(max, set->at(i));
    setCountRange(y, max);
    chart->legend()->hide();
    return chart;
}

} // namespace

DashboardScreen::DashboardScreen(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto* exportButton = new QPushButton(tr("Export figures (xlsx)..."));
    exportButton->setObjectName(QStringLiteral("exportStats"));
    exportButton->setToolTip(tr("This year's table per model, with money and letters: the same as cluedesk-cli stats"));
    top->addWidget(exportButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export figures"),
            tr("figures-%1.xlsx").arg(m_report.to.toString(QStringLiteral("yyyyMMdd"))), tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (const QString problem = exportTo(path); !problem.isEmpty())
            QMessageBox::warning(this, tr("Export figures"), problem);
    });
    // The charts scroll: eighteen models and three rows of charts do not fit a laptop screen.
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* charts = new QWidget;
    m_grid = new QGridLayout(charts);
    scroll->setWidget(charts);
    layout->addWidget(scroll, 1);
    connect(&session, &PoolSession::changed, this, &DashboardScreen::reload);
    reload();
}

QString DashboardScreen::exportTo(const QString& path)
{
    const Status s = m_report.writeXlsx(path, currentLanguage());
    return s ? QString() : s.error().message;
}

QString DashboardScreen::summary() const
{
    return m_summary->text();
}

void DashboardScreen::reload()
{
    const int year = m_session.pool().now().date().year();
    m_stats = Statistics::collect(m_session.pool(), year);
    m_report = OfficeReport::collect(m_session.pool(), QDate(year, 1, 1), m_session.pool().now().date());
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString budget = tr("no annual budget set (Settings)");
    if (m_stats.budgetFen)
        budget = tr("%1 of %2 yuan of the annual budget used (%3%)")
                     .arg(AssistanceCalculator::yuan(m_stats.fenThisYear), AssistanceCalculator::yuan(*m_stats.budgetFen))
                     .arg(double(m_stats.fenThisYear) * 100.0 / double(*m_stats.budgetFen), 0, 'f', 1);
    m_summary->setText(
        tr("<h2>%1</h2><p>Assistance decided in %1: <b>%2 yuan</b>; %3. Average time from clue to decision: <b>%4</b>.</p>")
            .arg(year)
            .arg(AssistanceCalculator::yuan(m_stats.fenThisYear), budget,
                m_stats.averageDaysToDecision ? tr("%1 days").arg(*m_stats.averageDaysToDecision, 0, 'f', 1)
                                              : tr("no decisions yet")) +
        tr("<p>Supervision in %1: <b>%2</b> suggestions issued, <b>%3</b> corrected, <b>%4 yuan</b> recovered. "
           "Letters: %5 issued, %6 replied, <span style='color:%8'><b>%7 overdue</b></span>.</p>")
            .arg(year)
            .arg(m_report.total.suggested)
            .arg(m_report.total.corrected)
            .arg(AssistanceCalculator::yuan(m_report.total.recoveredFen))
            .arg(m_report.lettersIssued)
            .arg(m_report.lettersReplied)
            .arg(m_report.lettersOverdue)
            .arg(m_report.lettersOverdue > 0 ? QStringLiteral("#B00000") : QStringLiteral("#333")));

    // clues per model and grade
    const ModelLibrary library = ModelLibrary::forPool(m_session.pool());
    auto* red = new QBarSet(tr("Red"));
    auto* orange = new QBarSet(tr("Orange"));
    auto* yellow = new QBarSet(tr("Yellow"));
    red->setColor(QColor(0xC6, 0x28, 0x28));
    orange->setColor(QColor(0xEF, 0x8A, 0x17));
    yellow->setColor(QColor(0xE8, 0xC5, 0x1A));
    QStringList models;
    double widest = 0;
    for (const auto& m : m_stats.cluesByModel) {
        widest = std::max(widest, double(m.red + m.orange + m.yellow));
        const ModelEntry* e = library.find(m.modelId);
        models << (e ? e->model.title.text() : m.modelId);
        *red << m.red;
        *orange << m.orange;
        *yellow << m.yellow;
    }
    auto* grades = new QHorizontalStackedBarSeries;
    grades->append({red, orange, yellow});
    auto* gradeChart = new QChart;
    gradeChart->addSeries(grades);
    gradeChart->setTitle(tr("Clues per model and grade"));
    auto* modelAxis = new QBarCategoryAxis;
    modelAxis->append(models);
    modelAxis->setTruncateLabels(false);
    gradeChart->addAxis(modelAxis, Qt::AlignLeft);
    grades->attachAxis(modelAxis);
    auto* countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%.0f"));
    gradeChart->addAxis(countAxis, Qt::AlignBottom);
    grades->attachAxis(countAxis);
    setCountRange(countAxis, widest);
    QChartView* gradeView = chartView(gradeChart);
    gradeView->setMinimumHeight(110 + 26 * int(models.size())); // every model's title readable
    m_grid->addWidget(gradeView, 0, 0, 1, 3);                   // model titles need the width

    auto* funnel = new QBarSet(tr("Clues"));
    *funnel << m_stats.found << m_stats.verifying << m_stats.decided << m_stats.assisted;
    funnel->setColor(QColor(0x3A, 0x78, 0xB8));
    m_grid->addWidget(chartView(barChart(tr("From clue to help"),
                          {tr("Found"), tr("Being verified or further"), tr("Decided"), tr("Assisted")}, funnel)),
        1, 0);

    auto* months = new QBarSet(tr("Yuan"));
    QStringList monthNames;
    for (const auto& [month, fen] : m_stats.fenByMonth) {
        monthNames << month;
        *months << double(fen) / 100.0;
    }
    months->setColor(QColor(0x2E, 0x7D, 0x32));
    m_grid->addWidget(chartView(barChart(tr("Assistance decided per month (yuan)"), monthNames, months)), 1, 1);

    auto* types = new QBarSet(tr("Yuan"));
    QStringList typeNames;
    const auto params = ParameterStore(m_session.pool()).inForce(m_session.pool().now().date());
    for (const auto& [type, fen] : m_stats.fenByCaseType) {
        const Coefficient* c = params ? params->caseType(type) : nullptr;
        typeNames << (c ? c->title.text() : type);
        *types << double(fen) / 100.0;
    }
    types->setColor(QColor(0x6A, 0x1B, 0x9A));
    m_grid->addWidget(chartView(barChart(tr("Assistance decided per case type (yuan)"), typeNames, types)), 1, 2);

    // Supervision clues of the year, from the violation confirmed to the department's correction.
    int confirmed = 0;
    for (const ReportRow& r : m_report.models)
        if (r.workflow == QLatin1String("supervision"))
            confirmed += r.decided;
    auto* supervision = new QBarSet(tr("Clues"));
    *supervision << confirmed << m_report.total.suggested << m_report.total.corrected;
    supervision->setColor(QColor(0x00, 0x69, 0x7C));
    m_grid->addWidget(chartView(barChart(tr("Supervision this year: from finding to correction"),
                          {tr("Decided"), tr("Suggestion issued"), tr("Corrected")}, supervision)),
        2, 0);
    auto* letters = new QBarSet(tr("Letters"));
    *letters << m_report.lettersIssued << m_report.lettersReplied << m_report.lettersOverdue;
    letters->setColor(QColor(0x5D, 0x40, 0x37));
    m_grid->addWidget(chartView(barChart(tr("Letters this year"), {tr("Issued"), tr("Replied"), tr("Overdue")}, letters)), 2, 1);
}

} // namespace cluedesk::ui
