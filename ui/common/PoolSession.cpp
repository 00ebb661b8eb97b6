#include "common/PoolSession.h"

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
    auto pool = Pool::open(m_pool->path(), m_options);
    if (pool) {
        // the worker acts as the logged-in user
        (*pool)->setUser(m_pool->user());
        (*pool)->setRole(m_pool->role());
    }
    return pool;
}

} // namespace cluedesk::ui
