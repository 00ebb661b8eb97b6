#include "person/VisitDialog.h"

#include "common/PoolSession.h"
#include "review/VisitStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

namespace cluedesk::ui {

VisitDialog::VisitDialog(PoolSession& session, const QString& personKey, std::optional<qint64> clueId, QWidget* parent)
    : VisitDialog(
          personKey, clueId, session.pool().user(), session.pool().now().date(),
          [&session](const Visit& v) -> Status {
              auto r = VisitStore(session.pool()).add(v);
              if (!r)
                  return r.error();
              return success();
          },
          parent)
{
}

VisitDialog::VisitDialog(const QString& personKey, std::optional<qint64> clueId, const QString& officer, const QDate& today,
    Saver save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save)), m_key(personKey), m_clueId(clueId)
{
    setWindowTitle(tr("Household visit"));
    resize(640, 680);
    auto* form = new QFormLayout(this);
    m_date = new QDateEdit(today);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Visit date:"), m_date);
    m_visitors = new QLineEdit(officer);
    m_visitors->setObjectName(QStringLiteral("visitors"));
    m_visitors->setPlaceholderText(tr("Who visited, e.g. 王检察官、李书记员"));
    form->addRow(tr("Visitors:"), m_visitors);
    m_family = new QTableWidget(1, 4);
    m_family->setObjectName(QStringLiteral("family"));
    m_family->setHorizontalHeaderLabels({tr("Name"), tr("Relation"), tr("Age"), tr("Situation")});
    m_family->horizontalHeader()->setStretchLastSection(true);
    m_family->setMinimumHeight(120);
    auto* familyBox = new QWidget;
    auto* fl = new QHBoxLayout(familyBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(m_family, 1);
    auto* add = new QPushButton(tr("Add member"));
    connect(add, &QPushButton::clicked, this, [this] { m_family->insertRow(m_family->rowCount()); });
    fl->addWidget(add, 0, Qt::AlignTop);
    form->addRow(tr("Family:"), familyBox);
    m_income = new QLineEdit;
    m_income->setObjectName(QStringLiteral("income"));
    m_income->setPlaceholderText(tr("As told, e.g. 务农，年收入约八千元"));
    form->addRow(tr("Income:"), m_income);
    m_monthlyIncome = new QDoubleSpinBox;
    m_monthlyIncome->setObjectName(QStringLiteral("monthlyIncome"));
    m_monthlyIncome->setRange(0, 1e7);
    m_monthlyIncome->setSuffix(tr(" yuan"));
    m_monthlyIncome->setSpecialValueText(tr("not known"));
    form->addRow(tr("Household income per month:"), m_monthlyIncome);
    m_illness = new QPlainTextEdit;
    m_illness->setObjectName(QStringLiteral("illness"));
    m_illness->setMaximumHeight(60);
    form->addRow(tr("Illness or disability:"), m_illness);
    m_housing = new QLineEdit;
    m_housing->setObjectName(QStringLiteral("housing"));
    form->addRow(tr("Housing:"), m_housing);
    m_needs = new QPlainTextEdit;
    m_needs->setObjectName(QStringLiteral("needs"));
    m_needs->setMaximumHeight(60);
    form->addRow(tr("Urgent needs:"), m_needs);
    m_conclusion = new QPlainTextEdit;
    m_conclusion->setObjectName(QStringLiteral("conclusion"));
    m_conclusion->setMaximumHeight(80);
    m_conclusion->setPlaceholderText(tr("The officer's conclusion; it is quoted in letters"));
    form->addRow(tr("Conclusion:"), m_conclusion);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void VisitDialog::accept()
{
    Visit v;
    v.personKey = m_key;
    v.clueId = m_clueId;
    v.visitDate = m_date->date().toString(Qt::ISODate);
    v.visitors = m_visitors->text().trimmed();
    for (int r = 0; r < m_family->rowCount(); ++r) {
        const auto cell = [&](int c) { return m_family->item(r, c) ? m_family->item(r, c)->text().trimmed() : QString(); };
        if (cell(0).isEmpty() && cell(1).isEmpty())
            continue;
        bool ok = false;
        const int age = cell(2).toInt(&ok);
        v.family.push_back({cell(0), cell(1), cell(3), ok ? age : -1});
    }
    v.income = m_income->text().trimmed();
    if (m_monthlyIncome->value() > 0)
        v.monthlyIncome = m_monthlyIncome->value();
    v.illness = m_illness->toPlainText().trimmed();
    v.housing = m_housing->text().trimmed();
    v.urgentNeeds = m_needs->toPlainText().trimmed();
    v.conclusion = m_conclusion->toPlainText().trimmed();
    if (v.visitors.isEmpty() || v.conclusion.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Say who visited and what they concluded."));
        return;
    }
    if (Status s = m_save(v); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace cluedesk::ui
