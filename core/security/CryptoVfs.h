#pragma once
// Encryption at rest for the pool: an SQLite VFS shim over the operating system's VFS that
// encrypts every database page with XChaCha20-Poly1305 (libsodium) on its way to disk and
// checks it on its way back. See docs/threat-model.md for what this protects and what not.
//
// Page layout (4096-byte pages, 40 bytes reserved at the end of each page by SQLite itself):
//   [0, 4056)     ciphertext of the page content
//   [4056, 4080)  a fresh random nonce for every write
//   [4080, 4096)  the authentication tag
// The first 16 bytes of the database file hold the key's salt instead of "SQLite format 3";
// SQLite sees the magic string, plain sqlite3 sees no database. Pages of the main file are
// bound to their page number (additional data), so a page moved elsewhere fails its check;
// pages in the WAL and rollback journal are covered by SQLite's own checksums over page number
// and content. Temporary files get a random key that lives only as long as the file.
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <array>

namespace cluedesk::crypto {

constexpr int kPageSize = 4096;
constexpr int kReserve = 40; // nonce 24 + tag 16
constexpr int kSaltBytes = 16;

struct Key {
    std::array<unsigned char, 32> bytes{};
    std::array<unsigned char, kSaltBytes> salt{};
};

// The VFS name to open encrypted pools with (registered on first use).
const char* vfsName();

// A key from a passphrase with Argon2id; a new random salt when none is given.
Result<Key> deriveKey(const QByteArray& passphrase, const QByteArray& salt = {});
// The salt at the start of an encrypted pool file; empty when the file is a plain SQLite
// database, missing or empty.
QByteArray saltOf(const QString& path);
bool isEncrypted(const QString& path);

// Keys are looked up by the database file's absolute path; its WAL and journal use the same.
void registerKey(const QString& path, const Key& key);
void forgetKey(const QString& path);

} // namespace cluedesk::crypto
