#pragma once
// Person names as bureaus write them: trailing or full-width spaces, spaces between the
// characters of a Chinese name, traditional characters, and several forms of the middle dot
// of minority names. normalise() gives the form used to compare names across files; the
// name as written is always kept too.
#include <QString>
#include <QStringView>

namespace cluedesk {

class PersonName {
public:
    static QString normalise(QStringView written);
    // Traditional Chinese characters to simplified (ICU "Traditional-Simplified").
    static QString toSimplified(QStringView text);
    // 张三 -> 张*, 欧阳小明 -> 欧阳**: for masked lists.
    static QString mask(QStringView name);
};

} // namespace cluedesk
