#include "pool/ImportReportDialog.h"

#include "pool/RejectsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cluedesk::ui {

ImportReportDialog::ImportReportDialog(Pool& pool, const ImportReport& r, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import finished"));
    resize(900, 480);
    auto* layout = new QVBoxLayout(this);
    const QString colour = r.rejected > 0 ? QStringLiteral("#B03020") : QStringLiteral("#2E7D32");
    auto* summary = new QLabel(tr("<h3>Dataset version %1 imported</h3>"
                                  "<p>Rows read <b>%2</b> &nbsp; imported <b>%3</b> &nbsp; "
                                  "<span style='color:%6'>rejected <b>%4</b></span> &nbsp; skipped <b>%5</b></p>")
                                   .arg(r.datasetId)
                                   .arg(r.read)
                                   .arg(r.imported)
                                   .arg(r.rejected)
                                   .arg(r.skipped)
                                   .arg(colour));
    layout->addWidget(summary);
    if (!r.notes.isEmpty()) {
        auto* notes = new QLabel(r.notes.join(QStringLiteral("\n")));
        notes->setWordWrap(true);
        notes->setStyleSheet(QStringLiteral("color: #555"));
        layout->addWidget(notes);
    }
    auto* table = new QTableWidget(int(r.reasons.size()), 3);
    table->setHorizontalHeaderLabels({tr("Kind"), tr("Rows"), tr("Example")});
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    for (int i = 0; i < int(r.reasons.size()); ++i) {
        const auto& reason = r.reasons[size_t(i)];
        const QString kind = reason.severity == QLatin1String("rejected") ? tr("Rejected")
            : reason.severity == QLatin1String("skipped")                 ? tr("Skipped")
                                                                          : tr("Warning");
        table->setItem(i, 0, new QTableWidgetItem(kind));
        table->setItem(i, 1, new QTableWidgetItem(QString::number(reason.count)));
        table->setItem(i, 2, new QTableWidgetItem(reason.example));
    }
    table->resizeRowsToContents();
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* rows = buttons->addButton(tr("All rows not imported..."), QDialogButtonBox::ActionRole);
    rows->setEnabled(r.rejected + r.skipped > 0);
    const qint64 id = r.datasetId;
    connect(rows, &QPushButton::clicked, this, [this, &pool, id] { RejectsDialog(pool, id, this).exec(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

} // namespace cluedesk::ui
