#pragma once
// Encryption at rest for the pool: an SQLite VFS shim over the operating system's VFS that
// encrypts every page with XChaCha20-Poly1305 (libsodium) on its way to disk and checks it on
// its way back. See docs/threat-model.md for what this protects and what not.
//
// Page layout (4096-byte pages, 40 bytes reserved at the end of each page by SQLite itself):
//   [0, 4056)     ciphertext of the page content
//   [4056, 4080)  a fresh random nonce for every write
//   [4080, 4096)  the authentication tag
// Page 1 keeps two plain fields that are needed before the key exists: bytes [0, 16) hold the
// Argon2id salt instead of "SQLite format 3", and bytes [72, 92) (zero in every SQLite file)
// hold "CDK1" and the Argon2id limits. Both are authenticated with the page.
//
// Every page is bound (as additional data) to where it may stand: a database page to its page
// number; a WAL frame to its frame index, its page number and commit size, and the salts of the
// WAL header; a rollback-journal record to its offset and page number. Moved, replayed, zeroed
// or forged pages therefore fail their check.
//
// Keys reach the VFS by a handle (KeyLease) in the database URI (`cdkey=`), never by file name: SQLite
// resolves symbolic links before it opens a file, so a name-keyed table can miss and write
// plain text. A file opened through this VFS without a known handle is refused.
#include "security/SecretKey.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace cluedesk::crypto {

constexpr int kPageSize = 4096;
constexpr int kReserve = 40; // nonce 24 + tag 16

// What an encrypted pool's file says about its key before the key is known.
struct PoolHeader {
    QByteArray salt;
    KdfParams params;
};
// The header of an encrypted pool; nullopt when the file is a plain SQLite database, missing
// or empty.
std::optional<PoolHeader> headerOf(const QString& path);
bool isEncrypted(const QString& path);
// Whether key opens page 1 of the encrypted pool at path: the passphrase check, made before
// SQLite reads (or replays a journal into) anything.
bool opensFirstPage(const QString& path, const SecretKey& key);

// The VFS name (registered on first use).
const char* vfsName();

} // namespace cluedesk::crypto
