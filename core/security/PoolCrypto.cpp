#include "security/PoolCrypto.h"

#include "pool/Pool.h"
#include "security/AuditLog.h"
#include "security/CryptoVfs.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
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

Status PoolCrypto::vacuumInto(Pool& pool, const QString& outPath, const QByteArray& passphrase)
{
    if (Status s = refuseExisting(outPath); !s)
        return s;
    auto key = crypto::deriveKey(passphrase);
    if (!key)
        return key.error();
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    crypto::registerKey(absolute, *key);
    QString uri = QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) + QStringLiteral("?vfs=") +
        QString::fromLatin1(crypto::vfsName());
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
        crypto::forgetKey(absolute);
        QFile::remove(absolute);
        return fail(QCoreApplication::translate("PoolCrypto", "The copy could not be written: %1").arg(e.message()),
            QStringLiteral("crypto.copy"));
    }
    crypto::forgetKey(absolute);
    // Check the copy opens with its passphrase and is whole.
    PoolOptions options;
    options.passphrase = passphrase;
    options.readOnlyCheck = true;
    auto copy = Pool::open(absolute, options);
    if (!copy)
        return copy.error();
    const QString check = (*copy)->db().scalar(QStringLiteral("PRAGMA quick_check")).toString();
    if (check != QLatin1String("ok"))
        return fail(QCoreApplication::translate("PoolCrypto", "The copy failed its check: %1").arg(check),
            QStringLiteral("crypto.check"));
    return success();
}

Status PoolCrypto::encryptCopy(const QString& plainPath, const QString& outPath, const QByteArray& passphrase)
{
    if (crypto::isEncrypted(plainPath))
        return fail(QCoreApplication::translate("PoolCrypto", "%1 is already encrypted.").arg(plainPath),
            QStringLiteral("crypto.already"));
    auto pool = Pool::open(plainPath);
    if (!pool)
        return pool.error();
    return vacuumInto(**pool, outPath, passphrase);
}

Status PoolCrypto::backup(Pool& pool, const QString& outPath, const QByteArray& passphrase)
{
    AuditLog(pool).record(QStringLiteral("backup"), QFileInfo(outPath).absoluteFilePath());
    return vacuumInto(pool, outPath, passphrase);
}

Status PoolCrypto::restore(
    const QString& backupPath, const QByteArray& backupPassphrase, const QString& targetPath, const QByteArray& targetPassphrase)
{
    PoolOptions options;
    options.passphrase = backupPassphrase;
    auto backup = Pool::open(backupPath, options);
    if (!backup)
        return backup.error();
    return vacuumInto(**backup, targetPath, targetPassphrase);
}

} // namespace cluedesk
