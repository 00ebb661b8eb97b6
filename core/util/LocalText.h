#pragma once
// Text kept in both UI languages inside data files (dataset types, models, templates):
// {"zh": "...", "en": "..."}. The language in use is process-wide and set by the app.
#include <QJsonValue>
#include <QString>

namespace cluedesk {

enum class Language { Chinese, English };

Language currentLanguage();
void setCurrentLanguage(Language language);
QString languageCode(Language language); // "zh", "en"

struct LocalText {
    QString zh;
    QString en;

    QString text(Language language) const;
    QString text() const { return text(currentLanguage()); }
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    QJsonValue toJson() const;
    static LocalText fromJson(const QJsonValue& value); // also accepts a plain string
};

} // namespace cluedesk
