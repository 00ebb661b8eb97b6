#include "common/PoolSession.h"

#include "security/PoolCrypto.h"

namespace cluedesk::ui {

PoolSession::PoolSession(std::unique_ptr<Pool> pool, PoolOptions options, QObject* parent)
    : QObject(parent), m_pool(std::move(pool)), m_options(std::move(options))
{
    m_options.create = false;
    m_options.user = m_pool->user();
    // Worker connections open with the key in its locked memory; the passphrase is not kept.
    m_options.key = m_pool->key();
    crypto::wipe(m_options.passphrase);
}

Result<std::unique_ptr<Pool>> PoolSession::openConnection() const
{
    return m_pool->openAnother(); // the worker acts as the logged-in user
}

Status PoolSession::rekey(QByteArray newPassphrase)
{
    const QString path = m_pool->path(), user = m_pool->user(), role = m_pool->role();
    const Status done = PoolCrypto::rekey(m_pool, newPassphrase);
    if (!m_pool) { // closed by the re-encryption: open the new file (or the old one, if it failed there)
        PoolOptions options = m_options;
        if (done) {
            options.key.reset();
            options.passphrase = newPassphrase;
        }
        auto reopened = Pool::open(path, options);
        crypto::wipe(options.passphrase);
        if (!reopened) {
            crypto::wipe(newPassphrase);
            return reopened.error();
        }
        m_pool = std::move(*reopened);
        m_pool->setUser(user);
        m_pool->setRole(role);
    }
    crypto::wipe(newPassphrase);
    m_options.key = m_pool->key();
    Q_EMIT changed();
    return done;
}

} // namespace cluedesk::ui
