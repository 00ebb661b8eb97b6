#pragma once
// Key material: Argon2id limits and 32-byte keys kept in locked memory, for the pool's
// encrypting VFS and the field packages.
#include "util/Result.h"

#include <QByteArray>
#include <array>
#include <functional>
#include <memory>

namespace cluedesk::crypto {

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

// Argon2id cost. Stored in the pool header, so raising it later leaves older pools readable.
struct KdfParams {
    quint64 ops = 0;
    quint64 mem = 0;
    static KdfParams pool();        // libsodium's MODERATE limits: the pool key (~256 MiB)
    static KdfParams interactive(); // INTERACTIVE: one-time field packages, pools made before
    bool operator==(const KdfParams& o) const { return ops == o.ops && mem == o.mem; }
};

// A 32-byte key in memory that libsodium keeps locked (never swapped out) and wipes when the
// last owner lets go. Never copied: holders share the one allocation.
class SecretKey {
public:
    static Result<std::shared_ptr<const SecretKey>> derive(
        const QByteArray& passphrase, const QByteArray& salt = {}, KdfParams params = KdfParams::pool());
    static std::shared_ptr<const SecretKey> random();
    // A key written straight into locked memory by fill (which unwraps it from somewhere); null
    // when fill fails. Salt and limits are those of the pool the key belongs to.
    static std::shared_ptr<const SecretKey> filled(
        const std::function<bool(unsigned char* out)>& fill, const QByteArray& salt = {}, KdfParams params = {});
    // A key for one purpose derived from this one (libsodium's KDF); context is 8 characters.
    static std::shared_ptr<const SecretKey> subkey(const SecretKey& key, quint64 id, const char context[8]);
    ~SecretKey();
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    const unsigned char* bytes() const { return m_bytes; }
    const std::array<unsigned char, kSaltBytes>& salt() const { return m_salt; }
    KdfParams params() const { return m_params; }

private:
    SecretKey();
    unsigned char* m_bytes = nullptr; // sodium_malloc'd, mlocked
    std::array<unsigned char, kSaltBytes> m_salt{};
    KdfParams m_params;
};

// Overwrites a secret held in a QByteArray (a passphrase typed in) and empties it.
void wipe(QByteArray& secret);

} // namespace cluedesk::crypto
