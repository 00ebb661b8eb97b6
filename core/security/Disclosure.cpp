#include "security/Disclosure.h"

#include "identity/IdNumber.h"
#include "security/Access.h"
#include "security/AuditLog.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace cluedesk {

bool Disclosure::fullIds(Pool& pool)
{
    return Access::can(pool, Permission::ViewFullIds);
}

QString Disclosure::id(Pool& pool, const QString& key)
{
    return key.isEmpty() || fullIds(pool) ? key : IdNumber::mask(key);
}

QString Disclosure::text(Pool& pool, const QString& text)
{
    return fullIds(pool) ? text : maskIdNumbers(text);
}

QString Disclosure::maskIdNumbers(const QString& text)
{
    // Damaged numbers (a digit missing, a wrong check character) identify people too, and OCR
    // text breaks numbers with spaces: every such run keeps its first six and last four digits.
    static const QRegularExpression number(QStringLiteral("(?<![0-9])[0-9][0-9 ]{12,20}[0-9Xx](?![0-9])"));
    static const QRegularExpression digit(QStringLiteral("[0-9Xx]"));
    QString out = text;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype total = m.captured().count(digit);
        if (total < 14)
            continue;
        qsizetype digits = 0;
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            if (!out[i].isSpace() && ++digits > 6 && digits <= total - 4)
                out[i] = u'*';
    }
    return out;
}

QJsonObject Disclosure::maskIdNumbers(const QJsonObject& fields)
{
    const QString json = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    const QString masked = maskIdNumbers(json);
    return masked == json ? fields : QJsonDocument::fromJson(masked.toUtf8()).object();
}

Status Disclosure::requireFull(Pool& pool, const QString& what)
{
    if (Status s = Access::require(pool, Permission::ViewFullIds); !s)
        return s;
    AuditLog(pool).record(QStringLiteral("ids.full"), what);
    return success();
}

} // namespace cluedesk
