#include "documents/DocumentFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace cluedesk {

QString DocumentFont::family()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& f :
        {QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Serif CJK SC")})
        if (families.contains(f))
            return f;
    return QStringLiteral("Noto Sans CJK SC");
}

} // namespace cluedesk
