#include "security/AuditScreen.h"

#include "common/PoolSession.h"
#include "security/AuditLog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cluedesk::ui {

AuditScreen::AuditScreen(PoolSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_action = new QLineEdit;
    m_action->setPlaceholderText(tr("Action, e.g. login, person, clue.status"));
    m_user = new QLineEdit;
    m_user->setPlaceholderText(tr("User"));
    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("Subject or detail contains"));
    for (QLineEdit* e : {m_action, m_user, m_text}) {
        e->setClearButtonEnabled(true);
        bar->addWidget(e);
        connect(e, &QLineEdit::returnPressed, this, &AuditScreen::reload);
    }
    auto* filter = new QPushButton(tr("Filter"));
    auto* check = new QPushButton(tr("Verify the chain"));
    bar->addWidget(filter);
    bar->addStretch();
    bar->addWidget(check);
    connect(filter, &QPushButton::clicked, this, &AuditScreen::reload);
    connect(check, &QPushButton::clicked, this, &AuditScreen::verify);
    layout->addLayout(bar);
    m_verify = new QLabel;
    m_verify->setWordWrap(true);
    layout->addWidget(m_verify);
    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Subject"), tr("Detail")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    connect(&session, &PoolSession::changed, this, &AuditScreen::reload);
    reload();
}

void AuditScreen::reload()
{
    m_table->setRowCount(0);
    for (const AuditEntry& e :
        AuditLog(m_session.pool()).list({m_action->text().trimmed(), m_user->text().trimmed(), m_text->text().trimmed(), 2000})) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells = {QString::number(e.seq), e.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')), e.user,
            e.action, e.subject, e.detail};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

void AuditScreen::verify()
{
    const AuditVerification v = AuditLog(m_session.pool()).verify();
    m_verify->setText(v.ok
            ? tr("<span style='color:#1B6E20'>✔ The audit log is whole: %1 entries, each following the one before.</span>")
                  .arg(v.entries)
            : tr("<span style='color:#B00000'><b>✘ The audit log was tampered with:</b> %1</span>")
                  .arg(v.problem.toHtmlEscaped()));
}

QString AuditScreen::verifyText() const
{
    return m_verify->text();
}

} // namespace cluedesk::ui
