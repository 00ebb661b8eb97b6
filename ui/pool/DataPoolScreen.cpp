#include "pool/DataPoolScreen.h"

#include "common/EmptyState.h"
#include "common/PoolSession.h"
#include "common/TaskRunner.h"
#include "ingest/DatasetCatalog.h"
#include "pool/DatasetTableModel.h"
#include "pool/ImportDialog.h"
#include "pool/ImportReportDialog.h"
#include "pool/RejectsDialog.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cluedesk::ui {

DataPoolScreen::DataPoolScreen(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Data pool</h2>"));
    layout->addWidget(title);
    auto* bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Ctrl+I belongs to the File menu's action: a second one here would make the shortcut ambiguous.
    bar->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Import lists..."), this, &DataPoolScreen::chooseFiles)
        ->setToolTip(tr("Import lists (Ctrl+I)"));
    bar->addAction(
        style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("Rows not imported"), this, &DataPoolScreen::showRejects);
    bar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Withdraw version"), this, &DataPoolScreen::withdrawSelected);
    layout->addWidget(bar);

    m_stack = new QStackedWidget;
    auto* empty = emptyState(tr("<div style='font-size:15px; color:#444'><p><b>No datasets yet.</b></p>"
                                "<p>Import the lists you received from other bureaus:<br>drag the .xlsx, .xls or .csv files "
                                "here, or click <i>Import lists...</i></p>"
                                "<p style='color:#777'>Title rows, totals, GB18030 text and 15-digit IDs are handled; rows that "
                                "cannot be used are kept and listed.</p></div>"));
    m_model = new DatasetTableModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, &DataPoolScreen::showRejects);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    m_summary = new QLabel;
    m_summary->setStyleSheet(QStringLiteral("color: #555"));
    layout->addWidget(m_summary);
    connect(&m_session, &PoolSession::changed, this, &DataPoolScreen::reload);
    reload();
}

void DataPoolScreen::reload()
{
    m_model->reload(m_session.pool());
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    m_table->resizeColumnsToContents();
    qint64 current = 0, rows = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (const DatasetInfo* d = m_model->at(r); d && d->current) {
            ++current;
            rows += d->rowsImported;
        }
    QString summary = tr("%1 current datasets with %2 rows; the pool is %3").arg(current).arg(rows).arg(m_session.path());
    if (m_model->overdueCount() > 0)
        summary =
            tr("<span style='color:#B06000'>%n list(s) past their update cycle: ask for the latest before screening.</span> ",
                nullptr, m_model->overdueCount()) +
            summary;
    m_summary->setText(summary);
}

qint64 DataPoolScreen::selectedId() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    const DatasetInfo* d = m_model->at(rows.first().row());
    return d ? d->id : 0;
}

void DataPoolScreen::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import lists"), QString(), tr("Tables (*.xlsx *.xls *.csv *.txt *.xml *.htm *.html);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void DataPoolScreen::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DataPoolScreen::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void DataPoolScreen::importFiles(const QStringList& files)
{
    ImportDialog dialog(files, DatasetCatalog::forPool(m_session.pool()), this);
    if (!dialog.hasPreview()) {
        QMessageBox::warning(this, tr("Cannot read the file"), dialog.previewError());
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportRequest request = dialog.request();
    PoolSession* session = &m_session;
    TaskRunner::run<Result<ImportReport>>(
        this, tr("Importing %1 file(s)...").arg(files.size()),
        [session, request](Progress& progress) -> Result<ImportReport> {
            auto pool = session->openConnection();
            if (!pool)
                return pool.error();
            const DatasetCatalog catalog = DatasetCatalog::forPool(**pool);
            return Importer(**pool, catalog)
                .run(
                    request,
                    [&](ImportStage stage, double f, qint64 rows) {
                        switch (stage) {
                        case ImportStage::Rows: progress.report(f, tr("%1 rows read").arg(rows)); break;
                        case ImportStage::Indexes:
                            progress.report(-1, tr("%1 rows read; building the search indexes...").arg(rows));
                            break;
                        case ImportStage::Saving:
                            progress.reportFinalStep(tr("%1 rows read; saving to the pool...").arg(rows));
                            break;
                        }
                    },
                    progress.cancelFlag());
        },
        [this](Result<ImportReport> result) {
            if (!result) {
                QMessageBox::warning(this, tr("Import failed"),
                    result.error().message + QStringLiteral("\n\n") + tr("Nothing was changed in the pool."));
                return;
            }
            m_session.notifyChanged();
            ImportReportDialog report(m_session.pool(), *result, this);
            report.exec();
        });
}

void DataPoolScreen::showRejects()
{
    const qint64 id = selectedId();
    if (!id) {
        QMessageBox::information(this, tr("Rows not imported"), tr("Select a dataset version first."));
        return;
    }
    RejectsDialog(m_session.pool(), id, this).exec();
}

void DataPoolScreen::withdrawSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Withdraw version"),
            tr("Withdraw dataset version %1? Screening will no longer use it; its rows stay in the pool "
               "for the record, and the previous version of that list becomes current again.")
                .arg(id)) != QMessageBox::Yes)
        return;
    if (Status s = DatasetStore(m_session.pool()).withdraw(id); !s)
        QMessageBox::warning(this, tr("Withdraw version"), s.error().message);
    m_session.notifyChanged();
}

} // namespace cluedesk::ui
