#include "security/KeyLease.h"

#include "security/CryptoVfs.h"

#include <QUrl>
#include <QUrlQuery>
#include <map>
#include <mutex>
#include <sodium.h>

namespace cluedesk::crypto {
namespace {

std::mutex& leasesMutex()
{
    static std::mutex m;
    return m;
}

// Handle -> key. Holds shared ownership only; the key bytes stay in their locked allocation.
std::map<QByteArray, std::shared_ptr<const SecretKey>>& leases()
{
    static std::map<QByteArray, std::shared_ptr<const SecretKey>> m;
    return m;
}

} // namespace

KeyLease::KeyLease(std::shared_ptr<const SecretKey> key)
{
    vfsName();
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    m_handle = QByteArray(reinterpret_cast<const char*>(raw), sizeof raw).toHex();
    std::lock_guard lock(leasesMutex());
    leases()[m_handle] = std::move(key);
}

KeyLease::~KeyLease()
{
    std::lock_guard lock(leasesMutex());
    leases().erase(m_handle);
}

QString KeyLease::uri(const QString& absolutePath) const
{
    QUrl url = QUrl::fromLocalFile(absolutePath);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("vfs"), QString::fromLatin1(vfsName()));
    query.addQueryItem(QStringLiteral("cdkey"), QString::fromLatin1(m_handle));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::shared_ptr<const SecretKey> KeyLease::find(const char* handle)
{
    if (!handle)
        return {};
    std::lock_guard lock(leasesMutex());
    const auto it = leases().find(QByteArray(handle));
    return it == leases().end() ? nullptr : it->second;
}

} // namespace cluedesk::crypto
