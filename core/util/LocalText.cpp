#include "util/LocalText.h"

#include <QJsonObject>
#include <atomic>

namespace cluedesk {
namespace {
std::atomic<Language> g_language{Language::Chinese};
}

Language currentLanguage()
{
    return g_language.load();
}
void setCurrentLanguage(Language language)
{
    g_language.store(language);
}
QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

QString LocalText::text(Language language) const
{
    const QString& preferred = language == Language::Chinese ? zh : en;
    return preferred.isEmpty() ? (language == Language::Chinese ? en : zh) : preferred;
}

QJsonValue LocalText::toJson() const
{
    QJsonObject o;
    if (!zh.isEmpty())
        o.insert(QStringLiteral("zh"), zh);
    if (!en.isEmpty())
        o.insert(QStringLiteral("en"), en);
    return o;
}

LocalText LocalText::fromJson(const QJsonValue& value)
{
    if (value.isString())
        return LocalText{value.toString(), value.toString()};
    const QJsonObject o = value.toObject();
    return LocalText{o.value(QStringLiteral("zh")).toString(), o.value(QStringLiteral("en")).toString()};
}

} // namespace cluedesk
