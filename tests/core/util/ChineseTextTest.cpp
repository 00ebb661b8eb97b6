#include "util/ChineseText.h"

#include "TestSupport.h"

using namespace cluedesk;

TEST_CASE("dates in Chinese numerals as official documents write them", "[util]")
{
    CHECK(chinese::date(QDate(2024, 7, 1)) == QStringLiteral("二〇二四年七月一日"));
    CHECK(chinese::date(QDate(2024, 10, 20)) == QStringLiteral("二〇二四年十月二十日"));
    CHECK(chinese::date(QDate(2030, 12, 31)) == QStringLiteral("二〇三〇年十二月三十一日"));
    CHECK(chinese::date(QDate(2025, 11, 15)) == QStringLiteral("二〇二五年十一月十五日"));
}

TEST_CASE("amounts in capital numerals", "[util]")
{
    CHECK(chinese::amountInWords(3600000) == QStringLiteral("叁万陆仟元整"));
    CHECK(chinese::amountInWords(1234560) == QStringLiteral("壹万贰仟叁佰肆拾伍元陆角"));
    CHECK(chinese::amountInWords(100005) == QStringLiteral("壹仟元零伍分"));
    CHECK(chinese::amountInWords(10000000) == QStringLiteral("壹拾万元整"));
    CHECK(chinese::amountInWords(10050000) == QStringLiteral("壹拾万零伍佰元整"));
    CHECK(chinese::amountInWords(100100) == QStringLiteral("壹仟零壹元整"));
    CHECK(chinese::amountInWords(25) == QStringLiteral("贰角伍分"));
    CHECK(chinese::amountInWords(0) == QStringLiteral("零元整"));
}
