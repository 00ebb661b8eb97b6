// users add|list|unlock|disable|enable|passwd, audit list|verify
#include "Cli.h"

#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/UserStore.h"

#include <QCoreApplication>

namespace cluedesk::cli {
namespace {

QCommandLineOption newPasswordOption()
{
    return QCommandLineOption(QStringLiteral("new-password-file"),
        QCoreApplication::translate("cli", "Read the new password from FILE (- for standard input)."), QStringLiteral("FILE"));
}

std::optional<QByteArray> newPassword(Context& ctx, const QCommandLineParser& p, const QCommandLineOption& o)
{
    const auto secret = Context::readSecret(p.isSet(o) ? p.value(o) : QStringLiteral("-"));
    if (!secret || secret->isEmpty()) {
        ctx.failWith(
            QCoreApplication::translate("cli", "give the new password with --new-password-file FILE or on standard input"));
        return std::nullopt;
    }
    return secret;
}

int usersAdd(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption role(QStringLiteral("role"),
        QCoreApplication::translate("cli", "administrator, prosecutor or assistant."), QStringLiteral("ROLE"));
    const QCommandLineOption pw = newPasswordOption();
    p.addOption(role);
    p.addOption(pw);
    p.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("cli", "User name."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("NAME --role ROLE [--new-password-file FILE]"),
            QCoreApplication::translate("cli",
                "Adds a user. The first user must be an administrator and turns on logins for this pool; later users are "
                "added by an administrator."),
            code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(role))
        return ctx.failWith(QCoreApplication::translate("cli", "needs a name and --role")), Usage;
    const auto secret = newPassword(ctx, p, pw);
    if (!secret)
        return Usage;
    Pool* pool = ctx.pool(true);
    if (!pool)
        return Failed;
    auto r = UserStore(*pool).add(p.positionalArguments().first(), p.value(role), *secret);
    if (!r)
        return ctx.failWith(r.error().message);
    ctx.out() << QCoreApplication::translate("cli", "User %1 added as %2.").arg(r->name, Access::roleTitle(r->role).text())
              << '\n';
    return Ok;
}

int usersList(Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!ctx.parse(p, QString(), QCoreApplication::translate("cli", "Lists the pool's users."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    TextTable table({QCoreApplication::translate("cli", "USER"), QCoreApplication::translate("cli", "ROLE"),
        QCoreApplication::translate("cli", "FAILED LOGINS"), QCoreApplication::translate("cli", "LOCKED UNTIL"),
        QCoreApplication::translate("cli", "STATE"), QCoreApplication::translate("cli", "CREATED")});
    for (const UserRow& u : UserStore(*pool).list())
        table.add({u.name, Access::roleTitle(u.role).text(), QString::number(u.failedLogins), u.lockedUntil,
            u.disabled ? QCoreApplication::translate("cli", "disabled") : QCoreApplication::translate("cli", "active"),
            u.createdAt.left(10)});
    table.print(ctx.out());
    return Ok;
}

int usersChange(Context& ctx, const char* what)
{
    const QString action = QString::fromLatin1(what);
    QCommandLineParser p;
    const QCommandLineOption pw = newPasswordOption();
    if (action == QLatin1String("passwd"))
        p.addOption(pw);
    p.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("cli", "User name."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("NAME"),
            QCoreApplication::translate("cli", "Changes a user (administrators; anyone for their own password)."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one user name")), Usage;
    const QString name = p.positionalArguments().first();
    std::optional<QByteArray> secret;
    if (action == QLatin1String("passwd") && !(secret = newPassword(ctx, p, pw)))
        return Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    UserStore users(*pool);
    const Status s = action == QLatin1String("unlock") ? users.unlock(name)
        : action == QLatin1String("disable")           ? users.setDisabled(name, true)
        : action == QLatin1String("enable")            ? users.setDisabled(name, false)
                                                       : users.setPassword(name, *secret);
    if (!s)
        return ctx.failWith(s.error().message);
    if (action == QLatin1String("enable") && pool->encrypted())
        ctx.out() << QCoreApplication::translate("cli",
                         "%1 is enabled. Her or his old password no longer opens this encrypted pool: set a new one "
                         "with: cluedesk-cli users passwd %1")
                         .arg(name)
                  << '\n';
    return Ok;
}

int auditList(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption action(QStringLiteral("action"),
        QCoreApplication::translate("cli", "Only actions starting with this, e.g. login or person."), QStringLiteral("A"));
    const QCommandLineOption user(
        QStringLiteral("by"), QCoreApplication::translate("cli", "Only this user's actions."), QStringLiteral("USER"));
    const QCommandLineOption text(QStringLiteral("text"),
        QCoreApplication::translate("cli", "Only entries whose subject or detail contains TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        QCoreApplication::translate("cli", "At most N entries, newest first (default 100)."), QStringLiteral("N"),
        QStringLiteral("100"));
    for (const auto* o : {&action, &user, &text, &limit})
        p.addOption(*o);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--action A] [--by USER] [--text TEXT] [--limit N]"),
            QCoreApplication::translate("cli", "Shows the audit log, newest first."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (Status s = Access::require(*pool, Permission::ViewFullIds); !s)
        return ctx.failWith(s.error().message);
    TextTable table({QCoreApplication::translate("cli", "SEQ"), QCoreApplication::translate("cli", "WHEN"),
        QCoreApplication::translate("cli", "WHO"), QCoreApplication::translate("cli", "ACTION"),
        QCoreApplication::translate("cli", "SUBJECT"), QCoreApplication::translate("cli", "DETAIL")});
    for (const AuditEntry& e : AuditLog(*pool).list({p.value(action), p.value(user), p.value(text), p.value(limit).toInt()}))
        table.add({QString::number(e.seq), e.at, e.user, e.action, e.subject, e.detail.left(80)});
    table.print(ctx.out());
    return Ok;
}

int auditVerify(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption head(QStringLiteral("head"),
        QCoreApplication::translate("cli",
            "A head kept outside the pool (SEQ:HASH, as printed by backup and on letters), or a file holding one "
            "(the .audit-head beside a backup)."),
        QStringLiteral("HEAD"));
    p.addOption(head);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--head SEQ:HASH|FILE]"),
            QCoreApplication::translate("cli",
                "Checks the audit log's hash chain: exit 0 when whole, 1 when an entry was changed, removed or cut off, or "
                "when the log no longer holds the head given."),
            code))
        return code;
    QString outside = p.value(head).trimmed();
    if (!outside.isEmpty() && !outside.contains(u':')) {
        const auto line = Context::readSecret(outside);
        if (!line)
            return ctx.failWith(QCoreApplication::translate("cli", "cannot read %1").arg(outside)), Usage;
        outside = QString::fromUtf8(*line).trimmed();
    }
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const AuditVerification v = AuditLog(*pool).verify(outside);
    if (!v.ok)
        return ctx.failWith(QCoreApplication::translate("cli", "the audit log was tampered with: %1").arg(v.problem));
    ctx.out() << QCoreApplication::translate("cli", "The audit log is whole: %1 entries.").arg(v.entries) << '\n';
    return Ok;
}

const Register r1({QStringLiteral("users"), QStringLiteral("add")}, QT_TRANSLATE_NOOP("cli", "add a user with a role"), usersAdd);
const Register r2({QStringLiteral("users"), QStringLiteral("list")}, QT_TRANSLATE_NOOP("cli", "list the users"), usersList);
const Register r3({QStringLiteral("users"), QStringLiteral("unlock")}, QT_TRANSLATE_NOOP("cli", "unlock a locked-out user"),
    [](Context& c) { return usersChange(c, "unlock"); });
const Register r4({QStringLiteral("users"), QStringLiteral("disable")}, QT_TRANSLATE_NOOP("cli", "disable a user"),
    [](Context& c) { return usersChange(c, "disable"); });
const Register r5({QStringLiteral("users"), QStringLiteral("enable")}, QT_TRANSLATE_NOOP("cli", "enable a user again"),
    [](Context& c) { return usersChange(c, "enable"); });
const Register r6({QStringLiteral("users"), QStringLiteral("passwd")}, QT_TRANSLATE_NOOP("cli", "change a password"),
    [](Context& c) { return usersChange(c, "passwd"); });
const Register r7({QStringLiteral("audit"), QStringLiteral("list")}, QT_TRANSLATE_NOOP("cli", "show the audit log"), auditList);
const Register r8({QStringLiteral("audit"), QStringLiteral("verify")},
    QT_TRANSLATE_NOOP("cli", "check the audit log's hash chain"), auditVerify);

} // namespace
} // namespace cluedesk::cli
