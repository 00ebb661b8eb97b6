#pragma once
// Logging in to a pool that has users: name and password, checked by UserStore (Argon2id, with
// lock-out after repeated failures).
#include <QDialog>

class QLabel;
class QLineEdit;

namespace cluedesk {
class Pool;
}

namespace cluedesk::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(Pool& pool, const QString& user, QWidget* parent = nullptr);
    void accept() override;
    QLineEdit* user = nullptr;
    QLineEdit* password = nullptr;
    QString problem() const;

private:
    Pool& m_pool;
    QLabel* m_problem = nullptr;
};

} // namespace cluedesk::ui
