#include "pool/RejectsDialog.h"

#include "identity/IdNumber.h"
#include "ingest/XlsxWriter.h"
#include "security/Access.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cluedesk::ui {
namespace {

QTableWidget* makeTable(const QStringList& headers, const char* objectName)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QString::fromLatin1(objectName));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    return t;
}

} // namespace

RejectsDialog::RejectsDialog(Pool& pool, qint64 datasetId, QWidget* parent)
    : QDialog(parent), m_pool(pool), m_datasetId(datasetId)
{
    setWindowTitle(tr("Rows not imported — dataset version %1").arg(datasetId));
    resize(1180, 720);
    auto* layout = new QVBoxLayout(this);
    m_all = new QCheckBox(tr("Also show skipped rows (blank, totals, copies) and warnings"));
    layout->addWidget(m_all);
    m_table = makeTable({tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("As written"), tr("Kind"), tr("Possible match"),
                            tr("Reason", "why a row was not imported")},
        "rejects");
    m_table->setTextElideMode(Qt::ElideNone);

    auto* matchPanel = new QWidget;
    auto* matchLayout = new QVBoxLayout(matchPanel);
    matchLayout->setContentsMargins(0, 0, 0, 0);
    m_matchTitle = new QLabel;
    m_matchTitle->setWordWrap(true);
    matchLayout->addWidget(m_matchTitle);
    m_matchTable = makeTable({tr("ID number"), tr("Name"), tr("Why it is near"), tr("Found in")}, "possibleMatches");
    matchLayout->addWidget(m_matchTable, 1);
    auto* matchButtons = new QHBoxLayout;
    m_confirm = new QPushButton(tr("This is the person: link the row"));
    m_confirm->setObjectName(QStringLiteral("confirmMatch"));
    m_dismiss = new QPushButton(tr("None of them"));
    m_dismiss->setObjectName(QStringLiteral("dismissMatches"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("matchResult"));
    m_result->setWordWrap(true);
    matchButtons->addWidget(m_confirm);
    matchButtons->addWidget(m_dismiss);
    matchButtons->addWidget(m_result, 1);
    matchLayout->addLayout(matchButtons);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(matchPanel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* exportButton = buttons->addButton(tr("Export to Excel..."), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &RejectsDialog::exportRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_all, &QCheckBox::toggled, this, &RejectsDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RejectsDialog::showMatches);
    connect(m_matchTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const ImportIssue* issue = selectedIssue();
        m_confirm->setEnabled(issue && issue->decision != QLatin1String("matched") && m_matchTable->currentRow() >= 0 &&
            !m_matchTable->selectedItems().isEmpty() && Access::can(m_pool, Permission::Review));
    });
    connect(m_confirm, &QPushButton::clicked, this, &RejectsDialog::confirmMatch);
    connect(m_dismiss, &QPushButton::clicked, this, &RejectsDialog::dismissMatches);
    reload();
}

QString RejectsDialog::decisionText(const ImportIssue& i) const
{
    if (i.matchOutcome == QLatin1String("waiting"))
        return tr("Matched to %1 (by %2); imported once the row's other broken ID is matched").arg(i.decidedKey, i.decidedBy);
    if (i.matchOutcome == QLatin1String("out"))
        return tr("Matched to %1 (by %2); other reasons keep the row out").arg(i.decidedKey, i.decidedBy);
    if (i.decision == QLatin1String("matched"))
        return tr("Linked to %1 (by %2)").arg(i.decidedKey, i.decidedBy);
    if (i.decision == QLatin1String("dismissed"))
        return tr("None is the person (%1)").arg(i.decidedBy);
    const auto it = m_matches.find(i.id);
    if (it == m_matches.end() || it->second.empty())
        return {};
    return tr("%n possible match(es)", nullptr, int(it->second.size()));
}

void RejectsDialog::reload()
{
    const qint64 keep = selectedIssue() ? selectedIssue()->id : 0;
    IssueFilter f;
    f.datasetId = m_datasetId;
    if (!m_all->isChecked())
        f.severities = {QStringLiteral("rejected")};
    m_issues = DatasetStore(m_pool).issues(f);
    m_matches.clear();
    PossibleMatches matcher(m_pool);
    int withMatches = 0;
    for (const ImportIssue& i : m_issues)
        if (i.code == QLatin1String("id.invalid") && i.decision.isEmpty()) {
            m_matches[i.id] = matcher.forIssue(i.id);
            withMatches += m_matches[i.id].empty() ? 0 : 1;
        }
    m_table->setRowCount(int(m_issues.size()));
    int select = -1;
    for (int r = 0; r < int(m_issues.size()); ++r) {
        const ImportIssue& i = m_issues[size_t(r)];
        const QString kind = i.severity == QLatin1String("rejected") ? tr("Rejected")
            : i.severity == QLatin1String("skipped")                 ? tr("Skipped")
                                                                     : tr("Warning");
        const QStringList cells = {i.fileName, i.sheet, i.row ? QString::number(*i.row) : QString(), i.column, i.original, kind,
            decisionText(i), i.message};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        if (!i.decision.isEmpty() || m_matches.count(i.id)) {
            // amber: still asks for a decision (a match to confirm, a row waiting for its other
            // broken ID); green: decided and done; grey: matched, but the row stays out
            const bool open = (i.decision.isEmpty() && !m_matches[i.id].empty()) || i.matchOutcome == QLatin1String("waiting");
            m_table->item(r, 6)->setForeground(open          ? QColor(0xB3, 0x5C, 0x00)
                    : i.matchOutcome == QLatin1String("out") ? QColor(0x60, 0x60, 0x60)
                                                             : QColor(0x1E, 0x7B, 0x34));
        }
        if (i.id == keep)
            select = r;
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(7, 460);
    m_table->resizeRowsToContents();
    if (select < 0) // the first row with a match waiting, so the officer sees what to do
        for (int r = 0; r < int(m_issues.size()) && select < 0; ++r)
            if (!m_matches[m_issues[size_t(r)].id].empty())
                select = r;
    m_matchTitle->setText(withMatches
            ? tr("%n row(s) rejected for an invalid ID have a person in the pool with the same name and an ID one edit "
                 "away. Select a row to see them; nothing is linked until you confirm.",
                  nullptr, withMatches)
            : tr("Rows rejected for an invalid ID show here the persons in the pool with the same name and an ID one edit "
                 "away. None is waiting."));
    if (select >= 0)
        m_table->selectRow(select);
    showMatches();
}

const ImportIssue* RejectsDialog::selectedIssue() const
{
    const auto rows = m_table ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= int(m_issues.size()))
        return nullptr;
    return &m_issues[size_t(rows.first().row())];
}

void RejectsDialog::showMatches()
{
    const ImportIssue* issue = selectedIssue();
    const std::vector<PossibleMatch> none;
    const auto it = issue ? m_matches.find(issue->id) : m_matches.end();
    const std::vector<PossibleMatch>& found = it == m_matches.end() ? none : it->second;
    m_matchTable->setRowCount(int(found.size()));
    for (int r = 0; r < int(found.size()); ++r) {
        const PossibleMatch& m = found[size_t(r)];
        const QStringList cells = {m.key, m.name, m.reason(), m.whereText()};
        for (int c = 0; c < cells.size(); ++c)
            m_matchTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_matchTable->resizeColumnsToContents();
    m_matchTable->resizeRowsToContents();
    if (!found.empty())
        m_matchTable->selectRow(0);
    const bool undecided = issue && issue->decision.isEmpty() && !found.empty();
    const bool mayDecide = Access::can(m_pool, Permission::Review);
    m_confirm->setEnabled(undecided && mayDecide && m_matchTable->currentRow() >= 0);
    m_dismiss->setEnabled(undecided && mayDecide);
    if (issue && !issue->decision.isEmpty())
        m_result->setText(decisionText(*issue));
    else if (undecided && !mayDecide)
        m_result->setText(tr("A prosecutor confirms or dismisses matches."));
    else if (issue && issue->code == QLatin1String("id.invalid") && found.empty())
        m_result->setText(tr("No one in the pool has this name with an ID one edit away."));
    else
        m_result->clear();
}

void RejectsDialog::confirmMatch()
{
    const ImportIssue* issue = selectedIssue();
    const int r = m_matchTable->currentRow();
    if (!issue || r < 0 || !m_matches.count(issue->id) || r >= int(m_matches[issue->id].size()))
        return;
    const PossibleMatch& m = m_matches[issue->id][size_t(r)];
    const auto done = PossibleMatches(m_pool).confirm(issue->id, m.near.key);
    if (!done) {
        QMessageBox::warning(this, tr("Not linked"), done.error().message);
        return;
    }
    QString text = done->recordsLinked > 0
        ? tr("Linked to %1 %2: %n row(s) of this list; the next screening uses them.", nullptr, done->recordsLinked)
              .arg(m.name, m.key)
        : tr("The match with %1 %2 is recorded.").arg(m.name, m.key);
    if (done->rowsWaiting > 0)
        text += QLatin1Char(' ') +
            tr("%n row(s) have another broken ID number and are imported once that one is matched too.", nullptr,
                done->rowsWaiting);
    if (done->rows > done->recordsLinked + done->rowsWaiting)
        text += QLatin1Char(' ') +
            tr("%n row(s) have other reasons to be rejected and stay out.", nullptr,
                done->rows - done->recordsLinked - done->rowsWaiting);
    reload();
    selectNextOpen();
    m_result->setText(text);
}

void RejectsDialog::dismissMatches()
{
    const ImportIssue* issue = selectedIssue();
    if (!issue)
        return;
    if (Status s = PossibleMatches(m_pool).dismiss(issue->id); !s) {
        QMessageBox::warning(this, tr("Not saved"), s.error().message);
        return;
    }
    reload();
    selectNextOpen();
}

void RejectsDialog::selectNextOpen()
{
    const int rows = int(m_issues.size());
    const int from = std::max(m_table->currentRow(), 0);
    for (int k = 1; k <= rows; ++k) {
        const int r = (from + k) % rows;
        if (const auto it = m_matches.find(m_issues[size_t(r)].id); it != m_matches.end() && !it->second.empty()) {
            m_table->selectRow(r);
            return;
        }
    }
}

void RejectsDialog::exportRows()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export rows"), tr("rejected-rows-%1.xlsx").arg(m_datasetId), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    XlsxWriter w(path);
    if (Status s = w.beginSheet(tr("Rows not imported"), {28, 12, 6, 22, 24, 9, 70, 70, 40}); !s) {
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
        return;
    }
    w.addTextRow({tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("As written"), tr("Kind"),
        tr("Reason", "why a row was not imported"), tr("Row as written"), tr("Possible match")});
    for (const ImportIssue& i : m_issues)
        w.addTextRow({i.fileName, i.sheet, i.row ? QString::number(*i.row) : QString(), i.column, i.original, i.severity,
            i.message, i.rowData, decisionText(i)});
    if (Status s = w.close(); !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
}

} // namespace cluedesk::ui
