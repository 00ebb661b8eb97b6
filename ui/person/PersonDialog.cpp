#include "person/PersonDialog.h"

#include "common/PoolSession.h"
#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "person/CalculatorDialog.h"
#include "person/VisitDialog.h"
#include "review/ClueStatus.h"
#include "review/PersonProfile.h"
#include "security/Access.h"
#include "security/AuditLog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cluedesk::ui {

PersonDialog::PersonDialog(PoolSession& session, const QString& personKey, qint64 clueId, QWidget* parent)
    : QDialog(parent), m_session(session), m_key(personKey), m_clueId(clueId)
{
    setWindowTitle(tr("Person"));
    resize(900, 720);
    auto* layout = new QVBoxLayout(this);
    m_view = new QTextBrowser;
    layout->addWidget(m_view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* visit = buttons->addButton(tr("Record visit..."), QDialogButtonBox::ActionRole);
    auto* calc = buttons->addButton(tr("Calculate amount..."), QDialogButtonBox::ActionRole);
    auto* full = buttons->addButton(tr("Show full ID number"), QDialogButtonBox::ActionRole);
    calc->setEnabled(clueId > 0);
    connect(visit, &QPushButton::clicked, this, &PersonDialog::recordVisit);
    connect(calc, &QPushButton::clicked, this, &PersonDialog::calculate);
    full->setEnabled(Access::can(session.pool(), Permission::ViewFullIds));
    connect(full, &QPushButton::clicked, this, [this, full] {
        AuditLog(m_session.pool()).record(QStringLiteral("ids.full"), m_key, QStringLiteral("person profile"));
        m_fullIds = true;
        full->setEnabled(false);
        reload();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

QString PersonDialog::html() const
{
    return m_view->toHtml();
}

void PersonDialog::reload()
{
    auto p = PersonProfile::load(m_session.pool(), m_key, DatasetCatalog::forPool(m_session.pool()));
    if (!p) {
        m_view->setHtml(QStringLiteral("<p>%1</p>").arg(p.error().message.toHtmlEscaped()));
        return;
    }
    const auto shown = [this](const QString& id) { return m_fullIds ? id : IdNumber::mask(id); };
    const auto e = [](const QString& s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<h2>%1 <small>%2</small></h2>").arg(e(p->names.join(QStringLiteral(" / "))), shown(p->key));
    h += tr("<p>Born %1, %2, age %3 · %4</p>")
             .arg(p->birth.toString(Qt::ISODate), p->male ? tr("male") : tr("female"))
             .arg(p->age)
             .arg(!p->local      ? tr("local or not unknown (set the county's ID prefix in Settings)")
                     : *p->local ? tr("local")
                                 : tr("not local"));
    if (p->judicialAidGiven)
        h += tr("<p style='color:#B00000'><b>Already given judicial aid</b> — the models do not propose this person again.</p>");
    h += tr("<h3>Clues and decisions</h3>");
    for (const ProfileClue& c : p->clues) {
        h += QStringLiteral("<p><b>%1</b> — %2<br/>%3</p>")
                 .arg(e(c.modelTitle), ClueStatus::title(c.clue.status).text(), e(c.clue.reason(currentLanguage())));
        for (const ClueEvent& ev : c.events)
            h += QStringLiteral("<p style='margin-left:16px; color:#333'>%1 %2: %3 %4</p>")
                     .arg(ev.at.left(10), e(ev.by), ClueStatus::title(ev.to).text(), e(ev.note));
    }
    h += tr("<h3>Lists (%n row(s))</h3>", nullptr, int(p->records.size()));
    h += QStringLiteral("<table border='1' cellspacing='0' "
                        "cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(tr("List"), tr("File"), tr("Row"), tr("As of"), tr("Name as written"), tr("ID as written"));
    for (const ProfileRecord& r : p->records)
        h += QStringLiteral("<tr%7><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(e(r.typeTitle), e(r.fileName), QString::number(r.row), r.asOf, e(r.nameWritten), e(shown(r.idWritten)),
                     r.current ? QString() : QStringLiteral(" style='color:#888'"));
    h += QStringLiteral("</table>");
    if (!p->caseFileMentions.empty()) {
        h += tr("<h3>Case files</h3>");
        for (const StoredFact& f : p->caseFileMentions)
            h += tr("<p>Case file %1, page %2: %3</p>").arg(f.caseFileId).arg(f.page).arg(e(f.snippet.simplified().left(80)));
    }
    h += tr("<h3>Household visits</h3>");
    if (p->visits.empty())
        h += tr("<p style='color:#666'>No visit recorded yet.</p>");
    for (const Visit& v : p->visits) {
        h += tr("<p><b>%1</b> by %2<br/>").arg(v.visitDate, e(v.visitors));
        for (const FamilyMember& m : v.family)
            h += QStringLiteral("%1（%2，%3）%4；")
                     .arg(e(m.name), e(m.relation), m.age >= 0 ? QString::number(m.age) : QString(), e(m.situation));
        h += QStringLiteral("<br/>%1</p>").arg(e(v.conclusion));
    }
    if (!p->calculations.empty()) {
        h += tr("<h3>Assistance amounts</h3>");
        for (const SavedCalculation& c : p->calculations)
            h += QStringLiteral("<p>%1 · %2 %3 · %4</p>")
                     .arg(c.createdAt.left(10), AssistanceCalculator::yuan(c.calculation.amountFen), tr("yuan"),
                         c.decided ? tr("decided") : tr("draft"));
    }
    if (!p->letters.empty()) {
        h += tr("<h3>Letters</h3>");
        for (const IssuedLetter& l : p->letters)
            h += QStringLiteral("<p>%1 · %2 · %3%4</p>")
                     .arg(e(l.number), e(l.department), l.date, l.status == QLatin1String("void") ? tr(" (void)") : QString());
    }
    m_view->setHtml(h);
}

void PersonDialog::recordVisit()
{
    VisitDialog dialog(m_session, m_key, m_clueId > 0 ? std::optional<qint64>(m_clueId) : std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session.notifyChanged();
        reload();
    }
}

void PersonDialog::calculate()
{
    CalculatorDialog dialog(m_session, m_clueId, m_key, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session.notifyChanged();
        reload();
    }
}

} // namespace cluedesk::ui
