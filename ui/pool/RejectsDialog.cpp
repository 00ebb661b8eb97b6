#include "pool/RejectsDialog.h"

#include "ingest/XlsxWriter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cluedesk::ui {

RejectsDialog::RejectsDialog(Pool& pool, qint64 datasetId, QWidget* parent)
    : QDialog(parent), m_pool(pool), m_datasetId(datasetId)
{
    setWindowTitle(tr("Rows not imported — dataset version %1").arg(datasetId));
    resize(1100, 560);
    auto* layout = new QVBoxLayout(this);
    m_all = new QCheckBox(tr("Also show skipped rows (blank, totals, copies) and warnings"));
    layout->addWidget(m_all);
    m_table = new QTableWidget(0, 7);
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("As written"), tr("Kind"), tr("Reason")});
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* exportButton = buttons->addButton(tr("Export to Excel..."), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &RejectsDialog::exportRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_all, &QCheckBox::toggled, this, &RejectsDialog::reload);
    reload();
}

void RejectsDialog::reload()
{
    IssueFilter f;
    f.datasetId = m_datasetId;
    if (!m_all->isChecked())
        f.severities = {QStringLiteral("rejected")};
    m_issues = DatasetStore(m_pool).issues(f);
    m_table->setRowCount(int(m_issues.size()));
    for (int r = 0; r < int(m_issues.size()); ++r) {
        const ImportIssue& i = m_issues[size_t(r)];
        const QString kind = i.severity == QLatin1String("rejected") ? tr("Rejected")
            : i.severity == QLatin1String("skipped")                 ? tr("Skipped")
                                                                     : tr("Warning");
        const QStringList cells = {
            i.fileName, i.sheet, i.row ? QString::number(*i.row) : QString(), i.column, i.original, kind, i.message};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(6, 520);
    m_table->resizeRowsToContents();
}

void RejectsDialog::exportRows()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export rows"), tr("rejected-rows-%1.xlsx").arg(m_datasetId), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    XlsxWriter w(path);
    w.beginSheet(tr("Rows not imported"), {28, 12, 6, 22, 24, 9, 70, 70});
    w.addTextRow(
        {tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("As written"), tr("Kind"), tr("Reason"), tr("Row as written")});
    for (const ImportIssue& i : m_issues)
        w.addTextRow({i.fileName, i.sheet, i.row ? QString::number(*i.row) : QString(), i.column, i.original, i.severity,
            i.message, i.rowData});
    if (Status s = w.close(); !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
}

} // namespace cluedesk::ui
