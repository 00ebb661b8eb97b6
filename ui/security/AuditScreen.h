#pragma once
// The audit log for administrators and prosecutors: who did what and when, filtered by action,
// user or text, and a check of the hash chain.
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace cluedesk::ui {

class PoolSession;

class AuditScreen : public QWidget {
    Q_OBJECT
public:
    explicit AuditScreen(PoolSession& session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QLineEdit* actionFilter() const { return m_action; }
    QString verifyText() const;

public Q_SLOTS:
    void reload();
    void verify();

private:
    PoolSession& m_session;
    QLineEdit* m_action = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_text = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_verify = nullptr;
};

} // namespace cluedesk::ui
