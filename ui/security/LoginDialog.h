#pragma once
// Logging in: name and password, checked by UserStore (Argon2id, with lock-out after repeated
// failures). For an encrypted pool with a keyring the password also opens the pool, so that each
// user types only their own password (see security/Keyring.h); the pool passphrase stays as the
// administrator's way in.
#include "pool/Pool.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;

namespace cluedesk::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // Logs in to a pool already open.
    LoginDialog(Pool& pool, const QString& user, QWidget* parent = nullptr);
    // Opens the encrypted pool at path with a user's password, and logs in.
    LoginDialog(const QString& path, const PoolOptions& options, const QString& user, QWidget* parent = nullptr);
    void accept() override;
    QString problem() const;
    // The pool opened by the second form, once accepted.
    std::unique_ptr<Pool> takePool() { return std::move(m_opened); }
    // The officer chose to open the pool with its passphrase instead.
    bool wantsPassphrase() const { return m_wantsPassphrase; }

private:
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    void build(const QString& poolPath, const QString& name, bool withPassphraseChoice);
    std::function<Status(const QString&, const QByteArray&)> m_check;
    std::unique_ptr<Pool> m_opened;
    bool m_wantsPassphrase = false;
    QLabel* m_problem = nullptr;
};

} // namespace cluedesk::ui
