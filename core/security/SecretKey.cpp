#include "security/SecretKey.h"

#include <QCoreApplication>
#include <cstring>
#include <new>
#include <sodium.h>

namespace cluedesk::crypto {

static_assert(crypto_pwhash_SALTBYTES == kSaltBytes);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeyBytes);

KdfParams KdfParams::pool()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

SecretKey::SecretKey()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    m_bytes = static_cast<unsigned char*>(sodium_malloc(kKeyBytes)); // guarded and mlocked
    if (!m_bytes)
        throw std::bad_alloc();
}

SecretKey::~SecretKey()
{
    sodium_free(m_bytes); // wipes before it frees
}

std::shared_ptr<const SecretKey> SecretKey::random()
{
    std::shared_ptr<SecretKey> key(new SecretKey());
    randombytes_buf(key->m_bytes, kKeyBytes);
    randombytes_buf(key->m_salt.data(), kSaltBytes);
    key->m_params = KdfParams::interactive();
    return key;
}

std::shared_ptr<const SecretKey> SecretKey::filled(
    const std::function<bool(unsigned char*)>& fill, const QByteArray& salt, KdfParams params)
{
    std::shared_ptr<SecretKey> key(new SecretKey());
    if (!fill(key->m_bytes))
        return nullptr;
    if (salt.size() == kSaltBytes)
        std::memcpy(key->m_salt.data(), salt.constData(), kSaltBytes);
    key->m_params = params;
    return key;
}

std::shared_ptr<const SecretKey> SecretKey::subkey(const SecretKey& key, quint64 id, const char context[8])
{
    static_assert(crypto_kdf_KEYBYTES == kKeyBytes && crypto_kdf_CONTEXTBYTES == 8);
    std::shared_ptr<SecretKey> sub(new SecretKey());
    crypto_kdf_derive_from_key(sub->m_bytes, kKeyBytes, id, context, key.bytes());
    sub->m_salt = key.m_salt;
    sub->m_params = key.m_params;
    return sub;
}

Result<std::shared_ptr<const SecretKey>> SecretKey::derive(const QByteArray& passphrase, const QByteArray& salt, KdfParams params)
{
    if (passphrase.size() < 8)
        return fail(QCoreApplication::translate("CryptoVfs", "The passphrase is too short; use at least 8 characters."),
            QStringLiteral("crypto.short-passphrase"));
    if (params.ops < crypto_pwhash_OPSLIMIT_MIN || params.ops > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        params.mem < crypto_pwhash_MEMLIMIT_MIN || params.mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return fail(QCoreApplication::translate("CryptoVfs", "The key parameters in the file are out of range; it is damaged."),
            QStringLiteral("crypto.params"));
    std::shared_ptr<SecretKey> key(new SecretKey());
    if (salt.isEmpty())
        randombytes_buf(key->m_salt.data(), kSaltBytes);
    else if (salt.size() == kSaltBytes)
        std::memcpy(key->m_salt.data(), salt.constData(), kSaltBytes);
    else
        return fail(QStringLiteral("bad salt"), QStringLiteral("crypto.salt"));
    key->m_params = params;
    if (crypto_pwhash(key->m_bytes, kKeyBytes, passphrase.constData(), size_t(passphrase.size()), key->m_salt.data(), params.ops,
            size_t(params.mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(
            QCoreApplication::translate("CryptoVfs", "Not enough memory to derive the key."), QStringLiteral("crypto.memory"));
    return std::shared_ptr<const SecretKey>(std::move(key));
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size())); // detaches a shared copy first
    secret.clear();
}

} // namespace cluedesk::crypto
