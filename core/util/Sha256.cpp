#include "util/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <mutex>
#include <stdexcept>

namespace cluedesk {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium could not be initialised");
    });
}

Sha256::Sha256()
{
    ensureSodium();
    crypto_hash_sha256_init(&m_state);
}

void Sha256::add(const char* data, qsizetype size)
{
    crypto_hash_sha256_update(&m_state, reinterpret_cast<const unsigned char*>(data), static_cast<unsigned long long>(size));
}

QString Sha256::hex()
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&m_state, out);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString Sha256::ofBytes(const QByteArray& data)
{
    Sha256 h;
    h.add(data);
    return h.hex();
}

Result<QString> Sha256::ofFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Sha256", "Cannot read %1: %2").arg(path, file.errorString()),
            QStringLiteral("file.unreadable"));
    Sha256 h;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(QCoreApplication::translate("Sha256", "Cannot read %1: %2").arg(path, file.errorString()),
                QStringLiteral("file.unreadable"));
        if (n == 0)
            break;
        h.add(buffer.constData(), n);
    }
    return h.hex();
}

} // namespace cluedesk
