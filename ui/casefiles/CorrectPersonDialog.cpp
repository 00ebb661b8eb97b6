#include "casefiles/CorrectPersonDialog.h"

#include "identity/IdNumber.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cluedesk::ui {

CorrectPersonDialog::CorrectPersonDialog(
    const StoredFact& fact, const QDate& today, const std::vector<PossibleMatch>& matches, QWidget* parent)
    : QDialog(parent), m_today(today)
{
    setWindowTitle(tr("Correct a person read from the case file"));
    auto* layout = new QVBoxLayout(this);
    auto* context = new QLabel(
        tr("<p>Page %1 reads:</p><blockquote>%2</blockquote><p>%3</p>")
            .arg(fact.page)
            .arg(fact.snippet.toHtmlEscaped(), fact.reviewReason.isEmpty() ? QString() : fact.reviewReason.toHtmlEscaped()));
    context->setWordWrap(true);
    layout->addWidget(context);
    auto* form = new QFormLayout;
    m_nameEdit = new QLineEdit(fact.value);
    m_nameEdit->setObjectName(QStringLiteral("name"));
    m_idEdit = new QLineEdit(fact.detail.value(QStringLiteral("id_written")).toString());
    m_idEdit->setObjectName(QStringLiteral("idNumber"));
    m_idEdit->setPlaceholderText(tr("18 characters, as written on the page"));
    form->addRow(tr("Name:"), m_nameEdit);
    form->addRow(tr("ID number:"), m_idEdit);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    const ExtractionRules& rules = ExtractionRules::builtIn();
    for (const auto& [id, title] : rules.roleTitles)
        m_role->addItem(title.text(), id);
    const QString read = fact.detail.value(QStringLiteral("role"))
                             .toString(fact.kind == QLatin1String("victim") ? QStringLiteral("victim") : QStringLiteral("other"));
    m_role->setCurrentIndex(std::max(0, m_role->findData(read)));
    form->addRow(tr("Role:"), m_role);
    layout->addLayout(form);
    if (!matches.empty()) {
        layout->addWidget(new QLabel(tr("Possible matches in the pool (same name, ID one edit away):")));
        auto* list = new QListWidget;
        list->setObjectName(QStringLiteral("possibleMatches"));
        for (const PossibleMatch& m : matches) {
            auto* item =
                new QListWidgetItem(QStringLiteral("%1  %2 — %3\n%4").arg(m.name, m.key, m.reason(), m.whereText()), list);
            item->setData(Qt::UserRole, m.key);
            item->setData(Qt::UserRole + 1, m.name);
        }
        list->setMaximumHeight(110);
        layout->addWidget(list);
        auto* use = new QPushButton(tr("Take this person's ID"));
        use->setObjectName(QStringLiteral("useMatch"));
        connect(use, &QPushButton::clicked, this, [this, list] {
            if (QListWidgetItem* item = list->currentItem() ? list->currentItem() : list->item(0)) {
                m_idEdit->setText(item->data(Qt::UserRole).toString());
                m_nameEdit->setText(item->data(Qt::UserRole + 1).toString());
            }
        });
        layout->addWidget(use, 0, Qt::AlignLeft);
    }
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save correction"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_idEdit, &QLineEdit::textChanged, this, &CorrectPersonDialog::check);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CorrectPersonDialog::check);
    check();
    resize(520, sizeHint().height());
}

QString CorrectPersonDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

QString CorrectPersonDialog::role() const
{
    return m_role->currentData().toString();
}

QString CorrectPersonDialog::idText() const
{
    return m_idEdit->text().trimmed();
}

void CorrectPersonDialog::check()
{
    const IdParse parsed = IdParser::parse(idText(), m_today);
    const bool ok = parsed.ok() && !name().isEmpty();
    if (parsed.ok())
        m_verdict->setText(
            tr("<span style='color:#1E7B34'>Valid ID number: born %1, %2.</span>")
                .arg(parsed.id->birthDate().toString(Qt::ISODate), parsed.id->sex() == Sex::Male ? tr("male") : tr("female")));
    else
        m_verdict->setText(QStringLiteral("<span style='color:#B00000'>%1</span>").arg(parsed.message().toHtmlEscaped()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace cluedesk::ui
