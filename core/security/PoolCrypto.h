#pragma once
// Whole-pool operations on encrypted files: converting a plain pool, encrypted backups and
// restoring them. All go through SQLite's VACUUM INTO into a file opened with the encrypting
// VFS, so the copy is consistent and never written in plain text.
#include "security/SecretKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace cluedesk {

class Pool;

class PoolCrypto {
public:
    // Writes an encrypted copy of the plain pool at plainPath to outPath (which must not exist)
    // and checks it opens with the passphrase. The plain file is left for the officer to delete.
    static Status encryptCopy(const QString& plainPath, const QString& outPath, const QByteArray& passphrase);
    // An encrypted, consistent copy of an open pool (plain or encrypted), readable with passphrase.
    // Beside it, in <outPath>.audit-head, the audit log's head, which is also returned: kept
    // outside the pool, it shows a later rewrite of the log (audit verify --head).
    static Result<QString> backup(Pool& pool, const QString& outPath, const QByteArray& passphrase);
    // Restores a backup to targetPath (which must not exist), encrypted with targetPassphrase.
    // Backups, restores and re-keys carry the users' key slots along (sealed to the new key), so
    // every user's password keeps opening the copy.
    static Status restore(const QString& backupPath, const QByteArray& backupPassphrase, const QString& targetPath,
        const QByteArray& targetPassphrase);

    // Re-encrypts the pool under a new passphrase, or encrypts a plain one, in place: a verified
    // encrypted copy replaces the file, so a failure leaves the pool as it was. Administrators
    // only; closes the pool (open it again with the new passphrase). ClueDesk must not have the
    // pool open anywhere else meanwhile.
    static Status rekey(std::unique_ptr<Pool>& pool, const QByteArray& newPassphrase);

private:
    // The copy's key (derived from passphrase with a fresh salt), to seal to the users' slots.
    static Result<std::shared_ptr<const crypto::SecretKey>> vacuumInto(
        Pool& pool, const QString& outPath, const QByteArray& passphrase);
    // Writes beside toPool the slots of fromPool's keyring, sealed to key for the users whose
    // public keys the pool users records.
    static Status carrySlots(const QString& fromPool, Pool& users, const QString& toPool, const crypto::SecretKey& key);
};

} // namespace cluedesk
