#include "security/Access.h"

#include "pool/Pool.h"

#include <QCoreApplication>

namespace cluedesk {

const QStringList& Access::roles()
{
    static const QStringList r = {QStringLiteral("administrator"), QStringLiteral("prosecutor"), QStringLiteral("assistant")};
    return r;
}

LocalText Access::roleTitle(const QString& role)
{
    if (role == QLatin1String("administrator"))
        return {QStringLiteral("管理员"), QStringLiteral("Administrator")};
    if (role == QLatin1String("prosecutor"))
        return {QStringLiteral("检察官"), QStringLiteral("Prosecutor")};
    if (role == QLatin1String("assistant"))
        return {QStringLiteral("检察辅助人员"), QStringLiteral("Assistant")};
    return {role, role};
}

bool Access::allows(const QString& role, Permission p)
{
    const bool admin = role == QLatin1String("administrator"), prosecutor = role == QLatin1String("prosecutor");
    switch (p) {
    case Permission::ManageUsers:
    case Permission::EditParameters:
    case Permission::EditModels: return admin;
    case Permission::Import: return admin || prosecutor || role == QLatin1String("assistant");
    case Permission::Screen:
    case Permission::ViewFullIds: return admin || prosecutor;
    case Permission::Review:
    case Permission::WriteLetters: return prosecutor;
    }
    return false;
}

bool Access::can(Pool& pool, Permission p)
{
    if (!pool.hasUsers())
        return true;
    return allows(pool.role(), p);
}

Status Access::require(Pool& pool, Permission p)
{
    if (can(pool, p))
        return success();
    QStringList who;
    for (const QString& r : roles())
        if (allows(r, p))
            who << roleTitle(r).text();
    return fail(pool.role().isEmpty() ? QCoreApplication::translate("Access", "Log in first: this pool has users.")
                                      : QCoreApplication::translate("Access", "Your role (%1) may not do this; it needs: %2.")
                                            .arg(roleTitle(pool.role()).text(), who.join(QStringLiteral(", "))),
        QStringLiteral("access.denied"));
}

} // namespace cluedesk
