#pragma once
// The pool the window works on: one connection for the GUI thread, and the means to open
// another one for each background task (SQLite connections are not shared across threads).
#include "pool/Pool.h"

#include <QObject>
#include <memory>

namespace cluedesk::ui {

class PoolSession : public QObject {
    Q_OBJECT
public:
    PoolSession(std::unique_ptr<Pool> pool, PoolOptions options, QObject* parent = nullptr);
    Pool& pool() { return *m_pool; }
    QString path() const { return m_pool->path(); }
    // A new connection for a worker thread.
    Result<std::unique_ptr<Pool>> openConnection() const;
    // Re-encrypts the pool under a new passphrase (or encrypts a plain one) and reopens it as
    // the same user; no worker may be running. On failure the pool stays as it was, open.
    Status rekey(QByteArray newPassphrase);

Q_SIGNALS:
    // Something in the pool changed (an import, a screening run, a decision): views reload.
    void changed();

public:
    void notifyChanged() { Q_EMIT changed(); }

private:
    std::unique_ptr<Pool> m_pool;
    PoolOptions m_options;
};

} // namespace cluedesk::ui
