#include "identity/PersonName.h"

#include "TestSupport.h"

using namespace cluedesk;

TEST_CASE("names are normalised for comparison across files", "[identity]")
{
    auto [written, normal] = GENERATE(table<const char*, const char*>({
        {"张三", "张三"}, {"张三  ", "张三"},                                     // trailing spaces
        {"\u3000张三\u3000", "张三"},                                             // full-width spaces
        {"张 三", "张三"},                                                        // a space between characters
        {"陳麗華", "陈丽华"},                                                     // traditional characters
        {"劉國強", "刘国强"}, {"阿依古丽・买买提", "阿依古丽·买买提"},            // katakana middle dot
        {"阿依古丽.买买提", "阿依古丽·买买提"}, {"Ｍａｒｙ  Ａｎｎ", "Mary Ann"}, // full-width Latin, spaces kept between words
    }));
    INFO(written);
    CHECK(PersonName::normalise(QString::fromUtf8(written)) == QString::fromUtf8(normal));
}

TEST_CASE("names are masked for lists", "[identity]")
{
    CHECK(PersonName::mask(u"张三") == QStringLiteral("张*"));
    CHECK(PersonName::mask(u"李小明") == QStringLiteral("李**"));
    CHECK(PersonName::mask(u"欧阳小明") == QStringLiteral("欧阳**"));
}
