#pragma once
// The household visit form (入户调查): date and visitors, the family members, income,
// illness or disability, housing, urgent needs and the officer's conclusion.
#include <QDialog>
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
    VisitDialog(PoolSession& session, const QString& personKey, std::optional<qint64> clueId, QWidget* parent = nullptr);
    void accept() override;

    QDateEdit* date = nullptr;
    QLineEdit* visitors = nullptr;
    QTableWidget* family = nullptr;
    QLineEdit* income = nullptr;
    QDoubleSpinBox* monthlyIncome = nullptr;
    QPlainTextEdit* illness = nullptr;
    QLineEdit* housing = nullptr;
    QPlainTextEdit* needs = nullptr;
    QPlainTextEdit* conclusion = nullptr;

private:
    PoolSession& m_session;
    QString m_key;
    std::optional<qint64> m_clueId;
};

} // namespace cluedesk::ui
