// Masking of ID numbers in free text: valid, damaged, broken by OCR spaces; other numbers kept.
#include "security/Disclosure.h"

#include "TestSupport.h"

using cluedesk::Disclosure;

TEST_CASE("ID numbers in free text are masked, other numbers are not", "[security][masking]")
{
    const auto [text, masked] = GENERATE(table<const char*, const char*>({
        {"身份证 330382198705061238 住", "身份证 330382********1238 住"},
        {"330382198705061238", "330382********1238"},
        {"末位X：33038219870506123X。", "末位X：330382********123X。"},
        {"少一位 33038219870506123 的号码", "少一位 330382*******6123 的号码"},
        {"旧号 330382870506123", "旧号 330382*****6123"},
        {"OCR 3303 8219 8705 0612 38 完", "OCR 3303 82** **** **12 38 完"},
        {"电话 13800000000，日期 2024-07-01，案号（2024）浙0382刑初123号",
            "电话 13800000000，日期 2024-07-01，案号（2024）浙0382刑初123号"},
        {"两人 330382198705061238、330382195508090239", "两人 330382********1238、330382********0239"},
    }));
    CHECK(Disclosure::maskIdNumbers(QString::fromUtf8(text)) == QString::fromUtf8(masked));
}

TEST_CASE("nested fields of a record are masked too", "[security][masking]")
{
    const QJsonObject record{{QStringLiteral("name"), QStringLiteral("张一")},
        {QStringLiteral("extra"), QJsonObject{{QStringLiteral("联系人身份证"), QStringLiteral("330382195508090239")}}}};
    const QJsonObject masked = Disclosure::maskIdNumbers(record);
    CHECK(masked.value(QStringLiteral("name")).toString() == QStringLiteral("张一"));
    CHECK(masked.value(QStringLiteral("extra")).toObject().value(QStringLiteral("联系人身份证")).toString() ==
        QStringLiteral("330382********0239"));
}
