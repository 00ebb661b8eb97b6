#pragma once
// Where person data leaves the stores. ID numbers are masked (330382********123X) unless the
// logged-in user's role may see them in full; the stores call these on everything they hand
// out, so no command, export, search or screen can get more than the role allows. A full view
// that a user asks for on purpose is checked and written to the audit log by requireFull().
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace cluedesk {

class Pool;

class Disclosure {
public:
    // Whether the pool's current user may see full ID numbers (every role in a single-officer pool).
    static bool fullIds(Pool& pool);
    // A person key as this user may see it.
    static QString id(Pool& pool, const QString& key);
    // Free text (a page, a snippet, a raw row, a reason) with every ID-like number masked for a
    // user who may not see them; unchanged otherwise.
    static QString text(Pool& pool, const QString& text);
    // Every run of 14 to 18 digits (the last may be X), valid or damaged, masked.
    static QString maskIdNumbers(const QString& text);
    // The same for every text in a record, nested ones (a source's unmapped columns) included.
    static QJsonObject maskIdNumbers(const QJsonObject& fields);
    // An explicit full view ("show full IDs", an export with them): allowed or refused, audited.
    static Status requireFull(Pool& pool, const QString& what);
};

} // namespace cluedesk
