#include "letters/LettersScreen.h"

#include "common/PoolSession.h"
#include "documents/LetterPdf.h"
#include "letters/LetterRegister.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cluedesk::ui {

LettersScreen::LettersScreen(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Letter register</b> — numbered per year without gaps; a void letter keeps its number. "
                                 "Write letters from the Clues screen after a decision.")));
    bar->addStretch();
    auto* save = new QPushButton(tr("Save PDF..."));
    auto* print = new QPushButton(tr("Print..."));
    auto* voidButton = new QPushButton(tr("Mark void..."));
    for (QPushButton* b : {save, print, voidButton})
        bar->addWidget(b);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 7);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Letter"), tr("To"), tr("Date"), tr("Persons"), tr("Status"), tr("By")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    connect(save, &QPushButton::clicked, this, &LettersScreen::savePdf);
    connect(print, &QPushButton::clicked, this, &LettersScreen::print);
    connect(voidButton, &QPushButton::clicked, this, &LettersScreen::voidLetter);
    connect(&session, &PoolSession::changed, this, &LettersScreen::reload);
    reload();
}

void LettersScreen::reload()
{
    m_table->setRowCount(0);
    const auto letters = LetterRegister(m_session.pool()).list();
    for (auto it = letters.rbegin(); it != letters.rend(); ++it) {
        const IssuedLetter& l = *it;
        const LetterTemplate* t = LetterTemplate::find(l.templateId);
        QStringList names;
        for (const QJsonValue& p : l.persons)
            names << p.toObject().value(QStringLiteral("name")).toString();
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells = {l.number, t ? t->title.text() : l.templateId, l.department, l.date,
            names.join(QStringLiteral("、")), l.status == QLatin1String("void") ? tr("Void: %1").arg(l.voidReason) : tr("Issued"),
            l.createdBy};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

QString LettersScreen::selectedNumber() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void LettersScreen::savePdf()
{
    LetterRegister reg(m_session.pool());
    const auto l = reg.byNumber(selectedNumber());
    if (!l)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save letter as PDF"), l->number + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto bytes = reg.pdf(l->id);
    if (!bytes) {
        QMessageBox::warning(this, tr("Save letter"), bytes.error().message);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) < 0)
        QMessageBox::warning(this, tr("Save letter"), tr("%1 could not be written: %2").arg(path, f.errorString()));
}

void LettersScreen::print()
{
    LetterRegister reg(m_session.pool());
    const auto l = reg.byNumber(selectedNumber());
    if (!l)
        return;
    const auto html = reg.html(l->id);
    if (!html) {
        QMessageBox::warning(this, tr("Print letter"), html.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)LetterPdf::paint(*html, printer);
}

void LettersScreen::voidLetter()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Mark letter void"), tr("Why is %1 void?").arg(number), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = LetterRegister(m_session.pool()).voidLetter(number, reason); !s)
        QMessageBox::warning(this, tr("Mark letter void"), s.error().message);
    m_session.notifyChanged();
}

} // namespace cluedesk::ui
