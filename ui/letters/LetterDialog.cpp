#include "letters/LetterDialog.h"

#include "review/ClueStatus.h"

#include "screening/ClueStore.h"

#include "common/PoolSession.h"
#include "documents/LetterPdf.h"
#include "letters/LetterRegister.h"
#include "review/ReviewStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>

namespace cluedesk::ui {

LetterDialog::LetterDialog(PoolSession& session, const QList<qint64>& clueIds, QWidget* parent)
    : QDialog(parent), m_session(session), m_clues(clueIds.begin(), clueIds.end())
{
    setWindowTitle(tr("Write letter (%n person(s))", nullptr, int(clueIds.size())));
    resize(1100, 760);
    auto* row = new QHBoxLayout(this);
    auto* left = new QWidget;
    left->setMaximumWidth(380);
    auto* form = new QFormLayout(left);
    m_templ = new QComboBox;
    m_templ->setObjectName(QStringLiteral("template"));
    // Only the letters the clues' review path allows; the one made for their model first.
    const auto firstClue = clueIds.isEmpty() ? std::nullopt : ClueStore(session.pool()).get(clueIds.first());
    const QStringList path = ClueStatus::of(firstClue ? firstClue->workflow : QStringLiteral("aid"));
    int forModel = -1;
    for (const LetterTemplate& t : LetterTemplate::all()) {
        if (std::none_of(path.begin(), path.end(), [&](const QString& s) { return t.allowedStatuses.contains(s); }))
            continue;
        if (firstClue && t.forModels.contains(firstClue->modelId))
            forModel = m_templ->count();
        else if (!t.forModels.isEmpty())
            continue; // a letter for other models' clues
        m_templ->addItem(t.title.text(), t.id);
    }
    form->addRow(tr("Letter:"), m_templ);
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setEditable(true);
    form->addRow(tr("To:"), m_department);
    m_date = new QDateEdit(session.pool().now().date());
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Date:"), m_date);
    m_deadline = new QDateEdit;
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Reply by:"), m_deadline);
    m_deadlineLabel = form->labelForField(m_deadline);
    m_measures = new QPlainTextEdit;
    m_measures->setObjectName(QStringLiteral("measures"));
    m_measures->setPlaceholderText(tr("Requested measures (empty: the template's wording)"));
    form->addRow(tr("Measures:"), m_measures);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#B00000"));
    form->addRow(m_problem);
    row->addWidget(left);
    auto* right = new QVBoxLayout;
    m_view = new QTextBrowser;
    right->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* previewButton = buttons->addButton(tr("Print preview..."), QDialogButtonBox::ActionRole);
    auto* issueButton = buttons->addButton(tr("Issue and save PDF..."), QDialogButtonBox::ActionRole);
    issueButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &LetterDialog::preview);
    connect(issueButton, &QPushButton::clicked, this, &LetterDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    row->addLayout(right, 1);

    const QString county = session.pool().setting(QStringLiteral("county.name"));
    connect(m_templ, &QComboBox::currentIndexChanged, this, [this, county] {
        const LetterTemplate* t = LetterTemplate::find(m_templ->currentData().toString());
        m_department->clear();
        if (t)
            for (QString d : t->departments)
                m_department->addItem(d.replace(QStringLiteral("{county}"), county));
        m_department->setEnabled(t && t->addressee == QLatin1String("department"));
        if (t)
            m_deadline->setDate(m_date->date().addDays(t->replyDays));
        // a decision notice to the person asks for no reply
        const bool reply = t && t->addressee == QLatin1String("department");
        m_deadline->setVisible(reply);
        m_deadlineLabel->setVisible(reply);
        refresh();
    });
    connect(m_department, &QComboBox::currentTextChanged, this, &LetterDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &LetterDialog::refresh);
    connect(m_deadline, &QDateEdit::dateChanged, this, &LetterDialog::refresh);
    connect(m_measures, &QPlainTextEdit::textChanged, this, &LetterDialog::refresh);
    const QString first = m_clues.empty() ? QString() : ReviewStore(session.pool()).statusOf(m_clues.front()).value_or(QString());
    const int preferred = m_templ->findData(first == QLatin1String("eligible") || first == QLatin1String("assisted")
            ? QStringLiteral("judicial-aid-decision")
            : QStringLiteral("social-assistance-suggestion"));
    const int target = forModel >= 0 ? forModel : std::max(0, preferred);
    if (m_templ->currentIndex() == target)
        Q_EMIT m_templ->currentIndexChanged(target);
    else
        m_templ->setCurrentIndex(target);
}

LetterRequest LetterDialog::request() const
{
    LetterRequest r;
    r.templateId = m_templ->currentData().toString();
    r.department = m_department->isEnabled() ? m_department->currentText().trimmed() : QString();
    r.clueIds = m_clues;
    r.date = m_date->date();
    r.deadline = m_deadline->date();
    r.measures = m_measures->toPlainText().trimmed();
    return r;
}

bool LetterDialog::refresh()
{
    auto d = LetterComposer::compose(m_session.pool(), request());
    if (!d) {
        m_draft.reset();
        m_problem->setText(d.error().message);
        m_view->clear();
        return false;
    }
    m_draft = *d;
    m_problem->clear();
    m_view->setHtml(LetterComposer::fill(
        d->html, {{QStringLiteral("number"), tr("%1〔%2〕(number when issued)").arg(d->prefix).arg(d->date.year())}}));
    return true;
}

void LetterDialog::preview()
{
    if (!refresh())
        return;
    const QString html = LetterComposer::fill(m_draft->html,
        {{QStringLiteral("number"), tr("%1〔%2〕(number when issued)").arg(m_draft->prefix).arg(m_draft->date.year())}});
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.resize(900, 1000);
    QString problem;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [html, &problem](QPrinter* p) {
        if (Status s = LetterPdf::paint(html, *p); !s)
            problem = s.error().message;
    });
    dialog.exec();
    if (!problem.isEmpty()) // the preview or a print from it failed
        QMessageBox::warning(this, tr("Print letter"), tr("The letter was not printed: %1").arg(problem));
}

QString LetterDialog::issueTo(const QString& path)
{
    if (!refresh())
        return {};
    auto letter = LetterRegister(m_session.pool()).issue(*m_draft, [](const QString& html) { return LetterPdf::render(html); });
    if (!letter) {
        QMessageBox::warning(this, windowTitle(), letter.error().message);
        return {};
    }
    QFile f(path);
    const auto bytes = LetterRegister(m_session.pool()).pdf(letter->id);
    if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) < 0)
        QMessageBox::warning(this, windowTitle(),
            tr("Letter %1 is registered, but %2 could not be written: %3. Save it again from the letter register.")
                .arg(letter->number, path, bytes ? f.errorString() : bytes.error().message));
    m_session.notifyChanged();
    return letter->number;
}

void LetterDialog::issue()
{
    if (!refresh())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save letter as PDF"),
        tr("%1-%2.pdf").arg(m_draft->templ->title.text(), m_draft->department), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString number = issueTo(path);
    if (number.isEmpty())
        return;
    QMessageBox::information(this, windowTitle(), tr("Letter %1 issued and saved to %2.").arg(number, path));
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    accept();
}

} // namespace cluedesk::ui
