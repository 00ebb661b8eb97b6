#include "letters/LettersScreen.h"

#include "common/PoolSession.h"
#include "documents/LetterPdf.h"
#include "letters/LetterRegister.h"
#include "letters/ReplyDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
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
                                 "Write letters from the Clues screen after a decision; record each reply here. "
                                 "Letters past their reply date are shown in red.")));
    bar->addStretch();
    auto* save = new QPushButton(tr("Save PDF..."));
    auto* print = new QPushButton(tr("Print..."));
    auto* replyButton = new QPushButton(tr("Record reply..."));
    replyButton->setObjectName(QStringLiteral("replyButton"));
    auto* voidButton = new QPushButton(tr("Mark void..."));
    for (QPushButton* b : {save, print, replyButton, voidButton})
        bar->addWidget(b);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 9);
    m_table->setObjectName(QStringLiteral("letters"));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Letter"), tr("To"), tr("Date"), tr("Persons"), tr("Status"), tr("Reply due"), tr("Reply"), tr("By")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    connect(save, &QPushButton::clicked, this, &LettersScreen::savePdf);
    connect(print, &QPushButton::clicked, this, &LettersScreen::print);
    connect(voidButton, &QPushButton::clicked, this, &LettersScreen::voidLetter);
    connect(replyButton, &QPushButton::clicked, this, &LettersScreen::recordReply);
    connect(&session, &PoolSession::changed, this, &LettersScreen::reload);
    reload();
}

void LettersScreen::reload()
{
    m_table->setRowCount(0);
    const auto letters = LetterRegister(m_session.pool()).list();
    const QDate today = m_session.pool().now().date();
    for (auto it = letters.rbegin(); it != letters.rend(); ++it) {
        const IssuedLetter& l = *it;
        const LetterTemplate* t = LetterTemplate::find(l.templateId);
        QStringList names;
        for (const QJsonValue& p : l.persons)
            names << p.toObject().value(QStringLiteral("name")).toString();
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QString state = l.state(today);
        const QString stateText = IssuedLetter::stateTitle(state).text();
        const QStringList cells = {l.number, t ? t->title.text() : l.templateId, l.department, l.date,
            names.join(QStringLiteral("、")),
            state == QLatin1String("void") ? tr("%1: %2").arg(stateText, l.voidReason) : stateText, l.dueDate,
            l.replies.empty() ? QString() : tr("%1: %2").arg(l.replies.back().date, l.replies.back().text), l.createdBy};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (state == QLatin1String("overdue")) // the chief asks about these first
                item->setForeground(QColor(0xB0, 0x00, 0x00));
            else if (state == QLatin1String("void"))
                item->setForeground(Qt::gray);
            m_table->setItem(r, c, item);
        }
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = LetterPdf::paint(*html, printer); !s)
        QMessageBox::warning(this, tr("Print letter"), tr("The letter was not printed: %1").arg(s.error().message));
}

void LettersScreen::recordReply()
{
    LetterRegister reg(m_session.pool());
    const auto l = reg.byNumber(selectedNumber());
    if (!l)
        return;
    ReplyDialog dialog(l->number, QDate::fromString(l->date, Qt::ISODate), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray bytes;
    if (!dialog.filePath().isEmpty()) {
        QFile f(dialog.filePath());
        if (!f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(
                this, tr("Record reply"), tr("%1 could not be read: %2").arg(dialog.filePath(), f.errorString()));
            return;
        }
        bytes = f.readAll();
    }
    if (Status s = reg.reply(l->number, dialog.date(), dialog.text(), QFileInfo(dialog.filePath()).fileName(), bytes); !s)
        QMessageBox::warning(this, tr("Record reply"), s.error().message);
    m_session.notifyChanged();
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
