#pragma once
// The assistance calculator: the parameter set in force (or another), case type, hardship
// band and coefficient, additional groups, fault; every step shown as it changes; saved as a
// draft or as the decided amount.
#include "assistance/CalculationStore.h"

#include <QDialog>
#include <map>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTextBrowser;

namespace cluedesk::ui {

class PoolSession;

class CalculatorDialog : public QDialog {
    Q_OBJECT
public:
    CalculatorDialog(PoolSession& session, qint64 clueId, const QString& personKey, QWidget* parent = nullptr);
    std::optional<Calculation> current() const { return m_current; }
    bool save(bool decided);

private:
    QComboBox* m_parameterSet = nullptr;
    QComboBox* m_caseType = nullptr;
    QComboBox* m_band = nullptr;
    QDoubleSpinBox* m_hardship = nullptr;
    QComboBox* m_fault = nullptr;
    std::map<QString, QDoubleSpinBox*> m_groups; // 0 = not in the group
    void fillFromSet();
    void recalculate();

    PoolSession& m_session;
    qint64 m_clueId;
    QString m_key;
    std::vector<ParameterSet> m_sets;
    QWidget* m_groupBox = nullptr;
    QTextBrowser* m_steps = nullptr;
    std::optional<Calculation> m_current;
};

} // namespace cluedesk::ui
