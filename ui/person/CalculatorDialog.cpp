#include "person/CalculatorDialog.h"

#include "assistance/PoolGroups.h"

#include "common/PoolSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>

namespace cluedesk::ui {

CalculatorDialog::CalculatorDialog(PoolSession& session, qint64 clueId, const QString& personKey, QWidget* parent)
    : QDialog(parent), m_session(session), m_clueId(clueId), m_key(personKey)
{
    setWindowTitle(tr("Assistance amount"));
    resize(980, 640);
    auto* row = new QHBoxLayout(this);
    auto* left = new QWidget;
    auto* form = new QFormLayout(left);
    ParameterStore store(session.pool());
    m_sets = store.all();
    const auto inForce = store.inForce(session.pool().now().date());
    m_parameterSet = new QComboBox;
    m_parameterSet->setObjectName(QStringLiteral("parameterSet"));
    for (const ParameterSet& s : m_sets)
        m_parameterSet->addItem(QStringLiteral("%1 (%2)").arg(s.title.text(), s.effectiveFrom.toString(Qt::ISODate)), s.id);
    if (inForce)
        m_parameterSet->setCurrentIndex(m_parameterSet->findData(inForce->id));
    form->addRow(tr("Parameter set:"), m_parameterSet);
    m_caseType = new QComboBox;
    m_caseType->setObjectName(QStringLiteral("caseType"));
    form->addRow(tr("Case type:"), m_caseType);
    m_band = new QComboBox;
    m_band->setObjectName(QStringLiteral("band"));
    form->addRow(tr("Hardship band:"), m_band);
    m_hardship = new QDoubleSpinBox;
    m_hardship->setObjectName(QStringLiteral("hardship"));
    m_hardship->setDecimals(1);
    m_hardship->setSingleStep(0.5);
    form->addRow(tr("Hardship coefficient:"), m_hardship);
    m_groupBox = new QWidget;
    new QGridLayout(m_groupBox);
    form->addRow(tr("Additional groups (k, 0 = no):"), m_groupBox);
    m_fault = new QComboBox;
    m_fault->setObjectName(QStringLiteral("fault"));
    form->addRow(tr("Victim's fault:"), m_fault);
    row->addWidget(left);
    auto* right = new QVBoxLayout;
    m_steps = new QTextBrowser;
    m_steps->setMinimumWidth(480);
    right->addWidget(m_steps, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* draft = buttons->addButton(tr("Save as draft"), QDialogButtonBox::ActionRole);
    auto* decide = buttons->addButton(tr("Decide this amount"), QDialogButtonBox::AcceptRole);
    connect(draft, &QPushButton::clicked, this, [this] {
        if (save(false))
            QDialog::accept();
    });
    connect(decide, &QPushButton::clicked, this, [this] {
        if (save(true))
            QDialog::accept();
    });
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    row->addLayout(right, 1);

    connect(m_parameterSet, &QComboBox::currentIndexChanged, this, &CalculatorDialog::fillFromSet);
    for (QComboBox* c : {m_caseType, m_fault})
        connect(c, &QComboBox::currentIndexChanged, this, &CalculatorDialog::recalculate);
    connect(m_band, &QComboBox::currentIndexChanged, this, [this] {
        const ParameterSet& s = m_sets[size_t(m_parameterSet->currentIndex())];
        if (const CoefficientRange* b = s.band(m_band->currentData().toString())) {
            m_hardship->setRange(double(b->minHundredths) / 100, double(b->maxHundredths) / 100);
            m_hardship->setValue(double(b->minHundredths) / 100);
        }
        recalculate();
    });
    connect(m_hardship, &QDoubleSpinBox::valueChanged, this, &CalculatorDialog::recalculate);
    fillFromSet();
}

void CalculatorDialog::fillFromSet()
{
    if (m_parameterSet->currentIndex() < 0)
        return;
    const ParameterSet& s = m_sets[size_t(m_parameterSet->currentIndex())];
    QSignalBlocker b1(m_caseType), b2(m_band), b3(m_fault);
    m_caseType->clear();
    for (const Coefficient& c : s.caseTypes)
        m_caseType->addItem(QStringLiteral("%1 (%2)").arg(c.title.text(), AssistanceCalculator::coefficient(c.hundredths)), c.id);
    m_band->clear();
    for (const CoefficientRange& r : s.hardshipBands)
        m_band->addItem(QStringLiteral("%1 (%2-%3)")
                            .arg(r.title.text(), AssistanceCalculator::coefficient(r.minHundredths),
                                AssistanceCalculator::coefficient(r.maxHundredths)),
            r.id);
    m_fault->clear();
    for (const Coefficient& c : s.fault)
        m_fault->addItem(QStringLiteral("%1 (%2)").arg(c.title.text(), AssistanceCalculator::coefficient(c.hundredths)), c.id);
    auto* grid = static_cast<QGridLayout*>(m_groupBox->layout());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_groups.clear();
    int r = 0;
    // What the pool's lists say about the person: filled in at the group's lowest k, marked, and
    // left for the officer to check and change.
    const std::vector<GroupFinding> found = PoolGroups::find(m_session.pool(), m_key, s);
    for (const CoefficientRange& g : s.additionalGroups) {
        auto* spin = new QDoubleSpinBox;
        spin->setObjectName(QStringLiteral("group-") + g.id);
        spin->setRange(0, double(g.maxHundredths) / 100);
        spin->setDecimals(1);
        QString tip =
            tr("%1 to %2; 0 when the person is not in this group")
                .arg(AssistanceCalculator::coefficient(g.minHundredths), AssistanceCalculator::coefficient(g.maxHundredths));
        auto* label = new QLabel(g.title.text());
        const auto f = std::find_if(found.begin(), found.end(), [&](const GroupFinding& x) { return x.groupId == g.id; });
        if (f != found.end()) {
            spin->setValue(double(g.minHundredths) / 100);
            label->setText(tr("%1 <span style='color:#1A7F37'>(from the pool)</span>").arg(g.title.text()));
            tip = tr("In the pool: %1, %2. Filled in at the lowest k; change it or set 0 if it does not apply.")
                      .arg(f->list.text(), f->detail) +
                QStringLiteral("\n") + tip;
        }
        label->setToolTip(tip);
        spin->setToolTip(tip);
        grid->addWidget(label, r, 0);
        grid->addWidget(spin, r++, 1);
        m_groups[g.id] = spin;
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CalculatorDialog::recalculate);
    }
    b1.unblock();
    b2.unblock();
    b3.unblock();
    Q_EMIT m_band->currentIndexChanged(m_band->currentIndex());
}

void CalculatorDialog::recalculate()
{
    if (m_parameterSet->currentIndex() < 0)
        return;
    const ParameterSet& s = m_sets[size_t(m_parameterSet->currentIndex())];
    CalculationInput in;
    in.caseType = m_caseType->currentData().toString();
    in.hardshipBand = m_band->currentData().toString();
    in.hardship = m_hardship->value();
    for (const auto& [id, spin] : m_groups)
        if (spin->value() > 0)
            in.groups.emplace_back(id, spin->value());
    in.faultPreset = m_fault->currentData().toString();
    in.date = m_session.pool().now().date();
    auto c = AssistanceCalculator::calculate(s, in);
    if (!c) {
        m_current.reset();
        m_steps->setHtml(QStringLiteral("<p style='color:#B00000'>%1</p>").arg(c.error().message.toHtmlEscaped()));
        return;
    }
    CalculationStore(m_session.pool()).check(*c);
    m_current = *c;
    QString h = QStringLiteral("<h3>%1</h3><ol>").arg(s.title.text().toHtmlEscaped());
    for (const QString& line : c->lines(currentLanguage()))
        h += QStringLiteral("<li>%1</li>").arg(line.section(QStringLiteral(". "), 1).toHtmlEscaped());
    h += QStringLiteral("</ol><h2>%1 %2</h2>").arg(AssistanceCalculator::yuan(c->amountFen), tr("yuan"));
    for (const QString& w : c->warnings)
        h += QStringLiteral("<p style='color:#B06000'>⚠ %1</p>").arg(w.toHtmlEscaped());
    m_steps->setHtml(h);
}

bool CalculatorDialog::save(bool decided)
{
    if (!m_current) {
        QMessageBox::information(this, windowTitle(), tr("The inputs are not complete yet."));
        return false;
    }
    auto r = CalculationStore(m_session.pool())
                 .save(m_clueId > 0 ? std::optional<qint64>(m_clueId) : std::nullopt, m_key, *m_current, decided);
    if (!r) {
        QMessageBox::warning(this, windowTitle(), r.error().message);
        return false;
    }
    return true;
}

} // namespace cluedesk::ui
