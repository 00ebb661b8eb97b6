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
    date = new QDateEdit(today);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Visit date:"), date);
    visitors = new QLineEdit(officer);
    visitors->setPlaceholderText(tr("Who visited, e.g. 王检察官、李书记员"));
    form->addRow(tr("Visitors:"), visitors);
    family = new QTableWidget(1, 4);
    family->setHorizontalHeaderLabels({tr("Name"), tr("Relation"), tr("Age"), tr("Situation")});
    family->horizontalHeader()->setStretchLastSection(true);
    family->setMinimumHeight(120);
    auto* familyBox = new QWidget;
    auto* fl = new QHBoxLayout(familyBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(family, 1);
    auto* add = new QPushButton(tr("Add member"));
    connect(add, &QPushButton::clicked, this, [this] { family->insertRow(family->rowCount()); });
    fl->addWidget(add, 0, Qt::AlignTop);
    form->addRow(tr("Family:"), familyBox);
    income = new QLineEdit;
    income->setPlaceholderText(tr("As told, e.g. 务农，年收入约八千元"));
    form->addRow(tr("Income:"), income);
    monthlyIncome = new QDoubleSpinBox;
    monthlyIncome->setRange(0, 1e7);
    monthlyIncome->setSuffix(tr(" yuan"));
    monthlyIncome->setSpecialValueText(tr("not known"));
    form->addRow(tr("Household income per month:"), monthlyIncome);
    illness = new QPlainTextEdit;
    illness->setMaximumHeight(60);
    form->addRow(tr("Illness or disability:"), illness);
    housing = new QLineEdit;
    form->addRow(tr("Housing:"), housing);
    needs = new QPlainTextEdit;
    needs->setMaximumHeight(60);
    form->addRow(tr("Urgent needs:"), needs);
    conclusion = new QPlainTextEdit;
    conclusion->setMaximumHeight(80);
    conclusion->setPlaceholderText(tr("The officer's conclusion; it is quoted in letters"));
    form->addRow(tr("Conclusion:"), conclusion);
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
    v.visitDate = date->date().toString(Qt::ISODate);
    v.visitors = visitors->text().trimmed();
    for (int r = 0; r < family->rowCount(); ++r) {
        const auto cell = [&](int c) { return family->item(r, c) ? family->item(r, c)->text().trimmed() : QString(); };
        if (cell(0).isEmpty() && cell(1).isEmpty())
            continue;
        bool ok = false;
        const int age = cell(2).toInt(&ok);
        v.family.push_back({cell(0), cell(1), cell(3), ok ? age : -1});
    }
    v.income = income->text().trimmed();
    if (monthlyIncome->value() > 0)
        v.monthlyIncome = monthlyIncome->value();
    v.illness = illness->toPlainText().trimmed();
    v.housing = housing->text().trimmed();
    v.urgentNeeds = needs->toPlainText().trimmed();
    v.conclusion = conclusion->toPlainText().trimmed();
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
