#pragma once
// Roles and what each may do. A pool without users is a single-officer pool: whoever opens it
// may do everything. Adding the first user (an administrator) turns on logins and roles.
#include "util/LocalText.h"
#include "util/Result.h"

#include <QStringList>

namespace cluedesk {

class Pool;

enum class Permission {
    ManageUsers,    // administrator
    EditParameters, // administrator
    EditModels,     // administrator
    Import,         // everyone
    Screen,         // administrator, prosecutor
    Review,         // prosecutor: status changes, notes, visits, amounts
    WriteLetters,   // prosecutor
    ViewFullIds,    // prosecutor, administrator; every full view is audited
};

class Access {
public:
    static const QStringList& roles(); // administrator, prosecutor, assistant
    static LocalText roleTitle(const QString& role);
    static bool allows(const QString& role, Permission permission);
    // Whether the pool's current user may; true in a single-officer pool.
    static bool can(Pool& pool, Permission permission);
    // The same as an error that says who may.
    static Status require(Pool& pool, Permission permission);
};

} // namespace cluedesk
