#pragma once
// The household visit form (入户调查): date and visitors, the family members, income,
// illness or disability, housing, urgent needs and the officer's conclusion.
#include "review/VisitStore.h"

#include <QDate>
#include <QDialog>
#include <functional>
#include <optional>

class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace cluedesk::ui {

class PoolSession;

class VisitDialog : public QDialog {
    Q_OBJECT
public:
    using Saver = std::function<Status(const Visit&)>;
    // At the office: saved to the pool.
    VisitDialog(PoolSession& session, const QString& personKey, std::optional<qint64> clueId, QWidget* parent = nullptr);
    // Anywhere else (a visit package on the field laptop): saved by save.
    VisitDialog(const QString& personKey, std::optional<qint64> clueId, const QString& officer, const QDate& today, Saver save,
        QWidget* parent = nullptr);
    void accept() override;

private:
    QDateEdit* m_date = nullptr;
    QLineEdit* m_visitors = nullptr;
    QTableWidget* m_family = nullptr;
    QLineEdit* m_income = nullptr;
    QDoubleSpinBox* m_monthlyIncome = nullptr;
    QPlainTextEdit* m_illness = nullptr;
    QLineEdit* m_housing = nullptr;
    QPlainTextEdit* m_needs = nullptr;
    QPlainTextEdit* m_conclusion = nullptr;
    Saver m_save;
    QString m_key;
    std::optional<qint64> m_clueId;
};

} // namespace cluedesk::ui
