#include "security/PoolCrypto.h"

#include "pool/Pool.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/CryptoVfs.h"
#include "security/KeyLease.h"
#include "security/Keyring.h"
#include "security/UserStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

namespace cluedesk {
namespace {

Status refuseExisting(const QString& path)
{
    if (QFileInfo::exists(path))
        return fail(QCoreApplication::translate("PoolCrypto", "%1 already exists; choose a new file name.").arg(path),
            QStringLiteral("crypto.exists"));
    return success();
}

} // namespace

Result<std::shared_ptr<const crypto::SecretKey>> PoolCrypto::vacuumInto(
    Pool& pool, const QString& outPath, const QByteArray& passphrase)
{
    if (Status s = refuseExisting(outPath); !s)
        return s.error();
    auto key = crypto::SecretKey::derive(passphrase);
    if (!key)
        return key.error();
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    auto discard = [&](const Error& error) -> Result<std::shared_ptr<const crypto::SecretKey>> {
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".keys"})
            QFile::remove(absolute + QLatin1String(suffix));
        return error;
    };
    {
        const crypto::KeyLease lease(*key);
        QString uri = lease.uri(absolute);
        uri.replace(QLatin1Char('\''), QStringLiteral("''"));
        try {
            Database& db = pool.db();
            if (db.scalar(QStringLiteral("PRAGMA page_size")).toInt() != crypto::kPageSize)
                return fail(QCoreApplication::translate(
                                "PoolCrypto", "The pool's page size is not 4096 bytes; run VACUUM with page_size 4096 first."),
                    QStringLiteral("crypto.page-size"));
            // The copy keeps 40 bytes per page for the nonce and tag.
            int reserve = crypto::kReserve;
            sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
            // VACUUM needs no statement in progress: the pool keeps prepared statements cached.
            for (sqlite3_stmt* st = sqlite3_next_stmt(db.handle(), nullptr); st; st = sqlite3_next_stmt(db.handle(), st))
                sqlite3_reset(st);
            db.exec(QStringLiteral("VACUUM INTO '%1'").arg(uri));
        } catch (const DbError& e) {
            return discard(Error{QCoreApplication::translate("PoolCrypto", "The copy could not be written: %1").arg(e.message()),
                QStringLiteral("crypto.copy")});
        }
    }
    // The copy must be encrypted, open with its passphrase and be whole; otherwise it goes.
    if (!crypto::isEncrypted(absolute))
        return discard(Error{QCoreApplication::translate("PoolCrypto", "The copy was not written encrypted; it was deleted."),
            QStringLiteral("crypto.copy-plain")});
    PoolOptions options;
    options.key = *key; // the same key opens it, without deriving it again
    options.readOnlyCheck = true;
    auto copy = Pool::open(absolute, options);
    if (!copy)
        return discard(copy.error());
    const QString check = (*copy)->db().scalar(QStringLiteral("PRAGMA quick_check")).toString();
    copy->reset();
    if (check != QLatin1String("ok"))
        return discard(Error{QCoreApplication::translate("PoolCrypto", "The copy failed its check: %1").arg(check),
            QStringLiteral("crypto.check")});
    return *key;
}

Status PoolCrypto::carrySlots(const QString& fromPool, Pool& users, const QString& toPool, const crypto::SecretKey& key)
{
    auto ring = crypto::Keyring::load(fromPool);
    if (!ring)
        return ring.error();
    return ring->resealed(key, UserStore(users).publicKeys()).saveFor(toPool);
}

Status PoolCrypto::encryptCopy(const QString& plainPath, const QString& outPath, const QByteArray& passphrase)
{
    if (crypto::isEncrypted(plainPath))
        return fail(QCoreApplication::translate("PoolCrypto", "%1 is already encrypted.").arg(plainPath),
            QStringLiteral("crypto.already"));
    auto pool = Pool::open(plainPath);
    if (!pool)
        return pool.error();
    if (auto key = vacuumInto(**pool, outPath, passphrase); !key)
        return key.error();
    return success();
}

Result<QString> PoolCrypto::backup(Pool& pool, const QString& outPath, const QByteArray& passphrase)
{
    // A backup carries every ID in full.
    if (Status s = Access::require(pool, Permission::ViewFullIds); !s)
        return s.error();
    AuditLog log(pool);
    log.record(QStringLiteral("backup"), QFileInfo(outPath).absoluteFilePath());
    const QString head = log.head();
    const auto key = vacuumInto(pool, outPath, passphrase);
    if (!key)
        return key.error();
    if (Status s = carrySlots(pool.path(), pool, outPath, **key); !s)
        return s.error();
    QSaveFile f(outPath + QStringLiteral(".audit-head"));
    if (!f.open(QIODevice::WriteOnly) || f.write(head.toUtf8() + '\n') < 0 || !f.commit())
        return fail(QCoreApplication::translate("PoolCrypto", "The backup is written, but not the audit head beside it: %1")
                        .arg(f.errorString()),
            QStringLiteral("crypto.head"));
    return head;
}

Status PoolCrypto::restore(
    const QString& backupPath, const QByteArray& backupPassphrase, const QString& targetPath, const QByteArray& targetPassphrase)
{
    PoolOptions options;
    options.passphrase = backupPassphrase;
    auto backup = Pool::open(backupPath, options);
    if (!backup)
        return backup.error();
    const auto key = vacuumInto(**backup, targetPath, targetPassphrase);
    if (!key)
        return key.error();
    return carrySlots((*backup)->path(), **backup, QFileInfo(targetPath).absoluteFilePath(), **key);
}

Status PoolCrypto::rekey(std::unique_ptr<Pool>& pool, const QByteArray& newPassphrase)
{
    if (Status s = Access::require(*pool, Permission::ManageUsers); !s)
        return s;
    const QString path = pool->path();
    const QString copy = path + QStringLiteral(".rekey");
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".keys"}) // a copy left by a crash is no pool
        QFile::remove(copy + QLatin1String(suffix));
    AuditLog(*pool).record(QStringLiteral("pool.rekey"), path,
        pool->encrypted() ? QStringLiteral("new passphrase") : QStringLiteral("encrypted a plain pool"));
    const auto key = vacuumInto(*pool, copy, newPassphrase);
    if (!key)
        return key.error();
    // Every user's slot opens the new key: sealed to the public keys the pool records.
    if (Status s = carrySlots(path, *pool, copy, **key); !s)
        return s;
    pool.reset(); // checkpoints and closes; the file is now only the old copy
    if (std::rename(QFile::encodeName(copy).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QCoreApplication::translate("PoolCrypto", "Could not replace %1 with its re-encrypted copy %2: %3")
                        .arg(path, copy, QString::fromLocal8Bit(std::strerror(errno))),
            QStringLiteral("crypto.replace"));
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    const QString ring = crypto::Keyring::pathFor(path), newRing = crypto::Keyring::pathFor(copy);
    if (!QFileInfo::exists(newRing))
        QFile::remove(ring);
    else if (std::rename(QFile::encodeName(newRing).constData(), QFile::encodeName(ring).constData()) != 0)
        return fail(QCoreApplication::translate("PoolCrypto",
                        "The pool is re-encrypted, but its keyring %1 could not be replaced: users log in with the "
                        "passphrase until the administrator sets their passwords again.")
                        .arg(ring),
            QStringLiteral("crypto.keyring"));
    return success();
}

} // namespace cluedesk
