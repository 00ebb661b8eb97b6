#include "clues/CluesScreen.h"

#include "letters/LetterFollowUp.h"

#include "clues/ClueTableModel.h"
#include "clues/StatusDialog.h"
#include "common/EmptyState.h"
#include "common/PoolSession.h"
#include "common/TaskRunner.h"
#include "ingest/DatasetCatalog.h"
#include "review/ClueStatus.h"
#include "review/ReviewStore.h"
#include "screening/ModelLibrary.h"
#include "screening/ScreeningRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cluedesk::ui {

CluesScreen::CluesScreen(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run all models"));
    run->setToolTip(tr("Screen the current lists with every enabled model (F5)"));
    run->setShortcut(QKeySequence(Qt::Key_F5));
    connect(run, &QPushButton::clicked, this, &CluesScreen::runModels);
    bar->addWidget(run);
    bar->addSpacing(12);
    m_modelFilter = new QComboBox;
    m_gradeFilter = new QComboBox;
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_townFilter = new QComboBox;
    m_newOnly = new QCheckBox(tr("New in last run"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Name or ID number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(200);
    for (QWidget* w :
        std::initializer_list<QWidget*>{m_modelFilter, m_gradeFilter, m_statusFilter, m_townFilter, m_newOnly, m_search})
        bar->addWidget(w);
    bar->addStretch();
    m_count = new QLabel;
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_model = new ClueTableModel(session.pool(), this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (auto [column, width] : {std::pair{ClueTableModel::Grade, 76}, std::pair{ClueTableModel::Status, 110},
             std::pair{ClueTableModel::Name, 80}, std::pair{ClueTableModel::IdNumber, 160}, std::pair{ClueTableModel::Town, 90},
             std::pair{ClueTableModel::Model, 190}, std::pair{ClueTableModel::Presence, 60}})
        m_table->setColumnWidth(column, width);

    auto* detail = new QWidget;
    auto* d = new QVBoxLayout(detail);
    d->setContentsMargins(0, 0, 0, 0);
    m_header = new QTextBrowser;
    m_header->setMaximumHeight(120);
    d->addWidget(m_header);
    d->addWidget(new QLabel(tr("<b>Evidence</b> — the rows that made this clue fire")));
    m_evidence = new QTextBrowser;
    d->addWidget(m_evidence, 2);
    d->addWidget(new QLabel(tr("<b>History</b>")));
    m_history = new QTextBrowser;
    d->addWidget(m_history, 1);
    auto* actions = new QHBoxLayout;
    m_statusButton = new QPushButton(tr("Change status..."));
    m_statusButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_noteButton = new QPushButton(tr("Add note..."));
    m_personButton = new QPushButton(tr("Person, visit and amount..."));
    m_personButton->setObjectName(QStringLiteral("personButton"));
    m_personButton->setToolTip(tr("Open the person's profile (Enter)"));
    m_letterButton = new QPushButton(tr("Write letter..."));
    for (QPushButton* b : {m_statusButton, m_noteButton, m_personButton, m_letterButton})
        actions->addWidget(b);
    d->addLayout(actions);
    connect(m_statusButton, &QPushButton::clicked, this, &CluesScreen::changeStatus);
    connect(m_noteButton, &QPushButton::clicked, this, &CluesScreen::addNote);
    connect(m_personButton, &QPushButton::clicked, this, &CluesScreen::openPerson);
    connect(m_letterButton, &QPushButton::clicked, this, [this] { Q_EMIT letterRequested(selectedClues()); });
    connect(m_table, &QTableView::activated, this, &CluesScreen::openPerson);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 480});

    auto* empty = emptyState(tr("<div style='font-size:15px; color:#444'><p><b>No clues yet.</b></p>"
                                "<p>Import this month's lists on the Data pool screen, then press <b>Run all models</b> (F5).</p>"
                                "<p>Every person a model finds appears here with the rows that made it fire.</p></div>"));
    m_stack = new QStackedWidget;
    m_stack->addWidget(splitter);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);

    fillFilters();
    for (QComboBox* c : {m_modelFilter, m_gradeFilter, m_statusFilter, m_townFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &CluesScreen::applyFilter);
    connect(m_newOnly, &QCheckBox::toggled, this, &CluesScreen::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &CluesScreen::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty())
            applyFilter();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CluesScreen::showCurrent);
    connect(&session, &PoolSession::changed, this, &CluesScreen::reload);
    applyFilter();
}

void CluesScreen::fillFilters()
{
    const QSignalBlocker b1(m_modelFilter), b2(m_gradeFilter), b3(m_statusFilter), b4(m_townFilter);
    const QVariant model = m_modelFilter->currentData(), town = m_townFilter->currentData();
    m_modelFilter->clear();
    m_modelFilter->addItem(tr("All models"));
    const ModelLibrary library = ModelLibrary::forPool(m_session.pool());
    for (const ModelEntry& e : library.entries())
        m_modelFilter->addItem(e.model.title.text(), e.model.id);
    m_modelFilter->setCurrentIndex(std::max(0, m_modelFilter->findData(model)));
    if (m_gradeFilter->count() == 0) {
        m_gradeFilter->addItem(tr("All grades"));
        m_gradeFilter->addItem(tr("Red"), QStringLiteral("red"));
        m_gradeFilter->addItem(tr("Orange"), QStringLiteral("orange"));
        m_gradeFilter->addItem(tr("Yellow"), QStringLiteral("yellow"));
        m_statusFilter->addItem(tr("Open (not yet decided)"), QStringLiteral("open"));
        m_statusFilter->addItem(tr("All statuses"));
        for (const QString& s : ClueStatus::all())
            m_statusFilter->addItem(ClueStatus::title(s).text(), s);
    }
    m_townFilter->clear();
    m_townFilter->addItem(tr("All towns"));
    for (const QString& t : ClueStore(m_session.pool()).towns())
        m_townFilter->addItem(t, t);
    m_townFilter->setCurrentIndex(std::max(0, m_townFilter->findData(town)));
}

void CluesScreen::applyFilter()
{
    ClueFilter f;
    if (m_modelFilter->currentData().isValid())
        f.models = {m_modelFilter->currentData().toString()};
    if (m_gradeFilter->currentData().isValid())
        f.grades = {m_gradeFilter->currentData().toString()};
    const QString status = m_statusFilter->currentData().toString();
    if (status == QLatin1String("open")) {
        f.statuses = {QStringLiteral("new"), QStringLiteral("verifying")};
        f.presences = {QStringLiteral("new"), QStringLiteral("present")};
    } else if (!status.isEmpty()) {
        f.statuses = {status};
    }
    if (m_townFilter->currentData().isValid())
        f.town = m_townFilter->currentData().toString();
    if (m_newOnly->isChecked())
        f.presences = {QStringLiteral("new")};
    f.search = m_search->text().trimmed();
    m_model->setFilter(f);
    const qint64 total = ClueStore(m_session.pool()).count({});
    m_count->setText(tr("%1 of %2 clues").arg(m_model->rowCount()).arg(total));
    m_stack->setCurrentIndex(total == 0 ? 1 : 0);
    if (m_model->rowCount() > 0)
        selectRow(0);
    else
        showCurrent();
}

void CluesScreen::reload()
{
    fillFilters();
    const QList<qint64> before = selectedClues();
    applyFilter();
    // keep the officer's place after a change
    for (int row = 0; row < std::min(m_model->rowCount(), 2000); ++row)
        if (!before.isEmpty() && m_model->clueId(row) == before.first()) {
            selectRow(row);
            break;
        }
}

QString CluesScreen::evidenceText() const
{
    return m_evidence->toPlainText();
}

QString CluesScreen::historyText() const
{
    return m_history->toPlainText();
}

void CluesScreen::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QList<qint64> CluesScreen::selectedClues() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << m_model->clueId(i.row());
    return ids;
}

void CluesScreen::showCurrent()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ClueRow* c = rows.isEmpty() ? nullptr : m_model->clue(rows.first().row());
    for (QPushButton* b : {m_statusButton, m_noteButton, m_personButton, m_letterButton})
        b->setEnabled(c != nullptr);
    // A case, an organisation or an auction lot has no person profile, visits or amount.
    m_personButton->setEnabled(c && c->aboutPerson());
    m_personButton->setToolTip(c && !c->aboutPerson() ? tr("This clue is about a case, an organisation or an auction lot, "
                                                           "not a person")
                                                      : tr("Open the person's profile (Enter)"));
    if (!c) {
        m_header->clear();
        m_evidence->clear();
        m_history->clear();
        return;
    }
    m_header->setHtml(
        tr("<h3>%1 <small>%2</small></h3><p>%3</p><p style='color:#666'>%4 · first found %5 · %6</p>")
            .arg(c->names.join(QStringLiteral(" / ")).toHtmlEscaped(), c->shownKey(false).toHtmlEscaped(),
                c->reason(currentLanguage()).toHtmlEscaped(),
                ClueStatus::title(c->status).text() +
                    (c->recoveredFen >= 0 ? tr(" (%1 yuan recovered)").arg(double(c->recoveredFen) / 100, 0, 'f', 2) : QString()),
                c->firstSeenAt.left(10), rows.size() > 1 ? tr("%n clue(s) selected", nullptr, int(rows.size())) : QString()));
    const DatasetCatalog catalog = DatasetCatalog::forPool(m_session.pool());
    QString evidence;
    for (const EvidenceRow& e : ClueStore(m_session.pool()).evidence(c->id)) {
        const DatasetType* t = catalog.find(e.type);
        // In the list's own order, each value beside the text as the file wrote it when that differs.
        QStringList fields, shown;
        auto add = [&](const QString& key, const QString& title) {
            const QJsonValue v = e.fields().value(key);
            if (v.isUndefined() || v.isObject() || v.toVariant().toString().isEmpty() || shown.contains(key))
                return;
            shown << key;
            fields << QStringLiteral("%1：%2").arg(title, v.toVariant().toString().toHtmlEscaped());
        };
        if (t)
            for (const FieldDef& f : t->fields) {
                add(f.name, f.title.text());
                add(f.name + QStringLiteral("_text"), tr("%1 (as written)").arg(f.title.text()));
            }
        for (auto it = e.fields().begin(); it != e.fields().end(); ++it)
            if (it.key() != QLatin1String("extra"))
                add(it.key(), it.key());
        evidence += tr("<p><b>%1</b> · %2 · row %3 · %4<br/><span style='color:#444'>%5</span></p>")
                        .arg(t ? t->title.text().toHtmlEscaped() : e.type,
                            (e.sheet.isEmpty() ? e.fileName : e.fileName + QLatin1Char(':') + e.sheet).toHtmlEscaped())
                        .arg(e.row)
                        .arg(e.nameWritten.toHtmlEscaped(), fields.join(QStringLiteral("；")));
    }
    m_evidence->setHtml(evidence);
    ReviewStore review(m_session.pool());
    QString history;
    for (const ClueEvent& e : review.events(c->id))
        history +=
            QStringLiteral("<p><b>%1</b> %2 → %3 <span style='color:#666'>(%4, %5)</span><br/>%6%7</p>")
                .arg(e.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), ClueStatus::title(e.from).text(),
                    ClueStatus::title(e.to).text(), e.by, tr("status"), e.note.toHtmlEscaped(),
                    e.recoveredFen >= 0 ? tr(" (%1 yuan recovered)").arg(double(e.recoveredFen) / 100, 0, 'f', 2) : QString());
    for (const ClueNote& n : review.notes(c->id))
        history += QStringLiteral("<p><b>%1</b> <span style='color:#666'>(%2, %3)</span><br/>%4</p>")
                       .arg(n.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), n.by, tr("note"), n.text.toHtmlEscaped());
    // The letters about it, and after a reply whether the problem went away at the next screening:
    // on top, as the latest word on the clue.
    QString followUps;
    for (const ClueFollowUp& f : LetterFollowUp::forClue(m_session.pool(), c->id, m_session.pool().now().date()))
        followUps += QStringLiteral("<p><b>%1</b> <span style='color:%2'>%3</span></p>")
                         .arg(tr("Letter"),
                             f.outcome == QLatin1String("gone") ? QStringLiteral("#1A7F37")
                                 : f.letterState == QLatin1String("overdue") || f.outcome == QLatin1String("present")
                                 ? QStringLiteral("#B00000")
                                 : QStringLiteral("#444"),
                             f.describe().text().toHtmlEscaped());
    history = followUps + history;
    m_history->setHtml(history.isEmpty() ? tr("<p style='color:#666'>Nothing recorded yet.</p>") : history);
}

void CluesScreen::changeStatus()
{
    const QList<qint64> ids = selectedClues();
    if (ids.isEmpty())
        return;
    ReviewStore review(m_session.pool());
    const QString current = review.statusOf(ids.first()).value_or(QString());
    const QString workflow = review.workflowOf(ids.first());
    for (qint64 id : ids)
        if (review.statusOf(id) != current || review.workflowOf(id) != workflow) {
            QMessageBox::information(this, tr("Change status"),
                tr("The selected clues have different statuses or review paths. Select clues of one kind with the same "
                   "status to change them together."));
            return;
        }
    StatusDialog dialog(current, workflow, int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList failed;
    for (qint64 id : ids)
        if (Status s = review.setStatus(id, dialog.status(), dialog.note(), dialog.recoveredFen()); !s)
            failed << s.error().message;
    m_session.notifyChanged();
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Change status"), failed.join(QLatin1Char('\n')));
}

void CluesScreen::addNote()
{
    const QList<qint64> ids = selectedClues();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add note"), tr("Note:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QStringList failed;
    for (qint64 id : ids)
        if (auto s = ReviewStore(m_session.pool()).addNote(id, text); !s)
            failed << tr("Clue %1: %2").arg(id).arg(s.error().message);
    m_session.notifyChanged();
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Add note"),
            tr("The note was not saved on %1 of %2 clues:\n%3").arg(failed.size()).arg(ids.size()).arg(failed.join(u'\n')));
}

void CluesScreen::openPerson()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (const ClueRow* c = rows.isEmpty() ? nullptr : m_model->clue(rows.first().row()); c && c->aboutPerson())
        Q_EMIT personRequested(c->personKey, c->id);
}

void CluesScreen::runModels()
{
    PoolSession* session = &m_session;
    struct Outcome {
        QStringList problems;
        int ran = 0;
        int unchanged = 0;
        int cancelled = 0; // not run (or rolled back) because the dialog was cancelled
    };
    TaskRunner::run<Outcome>(
        this, tr("Running the screening models..."),
        [session](Progress& progress) -> Outcome {
            auto pool = session->openConnection();
            if (!pool)
                return {{pool.error().message}, 0, 0, 0};
            const DatasetCatalog catalog = DatasetCatalog::forPool(**pool);
            std::vector<ModelDefinition> models;
            const ModelLibrary library = ModelLibrary::forPool(**pool);
            for (const ModelEntry& e : library.entries())
                if (e.enabled)
                    models.push_back(e.model);
            Outcome outcome;
            // Two models at a time, on this connection and another; the progress counts those done.
            size_t finished = 0;
            progress.report(0, CluesScreen::tr("Running %n model(s), two at a time...", nullptr, int(models.size())));
            const auto results = ScreeningRunner(**pool, catalog)
                                     .runAll(
                                         models, [&pool] { return (*pool)->openAnother(); }, progress.cancelFlag(), false,
                                         [&](size_t i, const Result<ModelRunResult>&) {
                                             ++finished;
                                             progress.report(double(finished) / double(models.size()),
                                                 CluesScreen::tr("%1 of %2 models done; the last: %3")
                                                     .arg(finished)
                                                     .arg(models.size())
                                                     .arg(models[i].title.text()));
                                         });
            for (size_t i = 0; i < models.size(); ++i) {
                const auto& r = results[i];
                if (!r && r.error().code == QLatin1String("screen.cancelled"))
                    ++outcome.cancelled;
                else if (!r)
                    outcome.problems << QStringLiteral("%1: %2").arg(models[i].title.text(), r.error().message);
                else if (r->skipped)
                    ++outcome.unchanged;
                else
                    ++outcome.ran;
            }
            return outcome;
        },
        [this](Outcome outcome) {
            m_session.notifyChanged();
            if (auto* main = qobject_cast<QMainWindow*>(window()))
                main->statusBar()->showMessage(outcome.cancelled > 0
                        ? tr("Screening cancelled: %1 models ran and kept their clues; %2 did not run (their clues are "
                             "as before).")
                              .arg(outcome.ran)
                              .arg(outcome.cancelled)
                        : outcome.unchanged == 0
                        ? tr("Screening done: %1 models ran.").arg(outcome.ran)
                        : tr("Screening done: %1 ran; %2 not run again, since nothing they read changed after their "
                             "last run (their clues stand).")
                              .arg(outcome.ran)
                              .arg(outcome.unchanged),
                    20000);
            if (!outcome.problems.isEmpty())
                QMessageBox::warning(this, tr("Screening"), outcome.problems.join(QLatin1Char('\n')));
        });
}

} // namespace cluedesk::ui
