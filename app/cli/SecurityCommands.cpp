// pool encrypt, pool passphrase, backup, restore
#include "Cli.h"

#include "security/PoolCrypto.h"

#include <QCoreApplication>

namespace cluedesk::cli {
namespace {

// The backup's own passphrase: --backup-passphrase-file, CLUEDESK_BACKUP_PASSPHRASE, else the pool's.
std::optional<QByteArray> backupPassphrase(Context& ctx, const QCommandLineParser& p, const QCommandLineOption& file)
{
    if (p.isSet(file)) {
        auto secret = Context::readSecret(p.value(file));
        if (!secret)
            ctx.failWith(QCoreApplication::translate("cli", "cannot read the passphrase from %1").arg(p.value(file)));
        return secret;
    }
    const QByteArray env = qgetenv("CLUEDESK_BACKUP_PASSPHRASE");
    if (!env.isEmpty())
        return env;
    if (ctx.passphrase.isEmpty()) {
        ctx.failWith(QCoreApplication::translate("cli",
            "a backup is always encrypted: give a passphrase (--backup-passphrase-file, CLUEDESK_BACKUP_PASSPHRASE or the pool's "
            "own)"));
        return std::nullopt;
    }
    return ctx.passphrase;
}

QCommandLineOption backupPassphraseOption()
{
    return QCommandLineOption(QStringLiteral("backup-passphrase-file"),
        QCoreApplication::translate("cli", "Read the backup's passphrase from FILE (- for standard input)."),
        QStringLiteral("FILE"));
}

int poolEncrypt(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(
        QStringLiteral("out"), QCoreApplication::translate("cli", "The new encrypted pool."), QStringLiteral("FILE"));
    p.addOption(out);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--out FILE"),
            QCoreApplication::translate("cli",
                "Writes an encrypted copy of a plain pool, with the passphrase from CLUEDESK_PASSPHRASE or --passphrase-file. "
                "Check the copy, then delete the plain file."),
            code))
        return code;
    if (!p.isSet(out) || ctx.poolPath.isEmpty())
        return ctx.failWith(QCoreApplication::translate("cli", "needs --pool PLAIN and --out FILE")), Usage;
    if (ctx.passphrase.isEmpty())
        return ctx.failWith(
                   QCoreApplication::translate("cli", "needs the new passphrase (CLUEDESK_PASSPHRASE or --passphrase-file)")),
               Usage;
    if (Status s = PoolCrypto::encryptCopy(ctx.poolPath, p.value(out), ctx.passphrase); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Encrypted copy written to %1. Open it with its passphrase, then delete %2.")
                     .arg(p.value(out), ctx.poolPath)
              << '\n';
    return Ok;
}

int poolPassphrase(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption next(QStringLiteral("new-passphrase-file"),
        QCoreApplication::translate("cli", "Read the new passphrase from FILE (- for standard input)."), QStringLiteral("FILE"));
    p.addOption(next);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--new-passphrase-file FILE|-"),
            QCoreApplication::translate("cli",
                "Re-encrypts the pool under a new passphrase, or encrypts a plain pool, in place (administrators). The new "
                "passphrase may also come from CLUEDESK_NEW_PASSPHRASE. Close ClueDesk everywhere else first."),
            code))
        return code;
    QByteArray secret = qgetenv("CLUEDESK_NEW_PASSPHRASE");
    if (p.isSet(next)) {
        const auto read = Context::readSecret(p.value(next));
        if (!read)
            return ctx.failWith(QCoreApplication::translate("cli", "cannot read the passphrase from %1").arg(p.value(next)));
        secret = *read;
    }
    if (secret.isEmpty())
        return ctx.failWith(QCoreApplication::translate(
                   "cli", "needs the new passphrase (--new-passphrase-file or CLUEDESK_NEW_PASSPHRASE)")),
               Usage;
    if (!ctx.pool())
        return Failed;
    const bool wasEncrypted = ctx.openPool()->encrypted();
    if (Status s = PoolCrypto::rekey(ctx.openPool(), secret); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << (wasEncrypted ? QCoreApplication::translate("cli", "The pool %1 is now encrypted with the new passphrase.")
                               : QCoreApplication::translate("cli", "The pool %1 is now encrypted."))
                     .arg(ctx.poolPath)
              << '\n';
    return Ok;
}

int backup(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(
        QStringLiteral("out"), QCoreApplication::translate("cli", "The backup file."), QStringLiteral("FILE"));
    const QCommandLineOption pass = backupPassphraseOption();
    p.addOption(out);
    p.addOption(pass);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--out FILE [--backup-passphrase-file FILE]"),
            QCoreApplication::translate("cli", "Writes an encrypted, consistent copy of the pool (it may be in use meanwhile)."),
            code))
        return code;
    if (!p.isSet(out))
        return ctx.failWith(QCoreApplication::translate("cli", "needs --out FILE")), Usage;
    const auto secret = backupPassphrase(ctx, p, pass);
    if (!secret)
        return Failed;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const auto head = PoolCrypto::backup(*pool, p.value(out), *secret);
    if (!head)
        return ctx.failWith(head.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Encrypted backup written to %1.").arg(p.value(out)) << '\n'
              << QCoreApplication::translate(
                     "cli", "Audit head %1, also in %2.audit-head: keep it apart; audit verify --head checks the log against it.")
                     .arg(*head, p.value(out))
              << '\n';
    return Ok;
}

int restore(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(
        QStringLiteral("from"), QCoreApplication::translate("cli", "The backup file."), QStringLiteral("FILE"));
    const QCommandLineOption pass = backupPassphraseOption();
    p.addOption(from);
    p.addOption(pass);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--from BACKUP [--backup-passphrase-file FILE]"),
            QCoreApplication::translate("cli",
                "Restores a backup as the pool given by --pool (which must not exist yet), encrypted with the pool passphrase."),
            code))
        return code;
    if (!p.isSet(from) || ctx.poolPath.isEmpty())
        return ctx.failWith(QCoreApplication::translate("cli", "needs --pool NEW and --from BACKUP")), Usage;
    if (ctx.passphrase.isEmpty())
        return ctx.failWith(QCoreApplication::translate(
                   "cli", "needs the restored pool's passphrase (CLUEDESK_PASSPHRASE or --passphrase-file)")),
               Usage;
    const auto secret = backupPassphrase(ctx, p, pass);
    if (!secret)
        return Failed;
    if (Status s = PoolCrypto::restore(p.value(from), *secret, ctx.poolPath, ctx.passphrase); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Restored %1 to %2.").arg(p.value(from), ctx.poolPath) << '\n';
    return Ok;
}

const Register r1({QStringLiteral("pool"), QStringLiteral("encrypt")},
    QT_TRANSLATE_NOOP("cli", "write an encrypted copy of a plain pool"), poolEncrypt);
const Register r4({QStringLiteral("pool"), QStringLiteral("passphrase")},
    QT_TRANSLATE_NOOP("cli", "change the pool's passphrase, or encrypt a plain pool in place"), poolPassphrase);
const Register r2({QStringLiteral("backup")}, QT_TRANSLATE_NOOP("cli", "write an encrypted backup of the pool"), backup);
const Register r3({QStringLiteral("restore")}, QT_TRANSLATE_NOOP("cli", "restore a backup as a new pool"), restore);

} // namespace
} // namespace cluedesk::cli
