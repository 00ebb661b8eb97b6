#include "ingest/ValueParser.h"
#include "ingest/XlsxReader.h"

#include "TestSupport.h"

using namespace cluedesk;

TEST_CASE("dates as text in the forms bureaus write them", "[ingest][values]")
{
    auto [text, iso] = GENERATE(table<const char*, const char*>({
        {"2023-03-05", "2023-03-05"}, {"2023/3/5", "2023-03-05"}, {"2023.03.05", "2023-03-05"}, {"2023年3月5日", "2023-03-05"},
        {"2023年03月05号", "2023-03-05"}, {"20230305", "2023-03-05"}, {"2023-03-05 14:30:00", "2023-03-05"},
        {"２０２３－０３－０５", "2023-03-05"}, {"202303", "2023-03"}, {"2023-03", "2023-03"}, {"2023年3月", "2023-03"},
        {"2023.3", "2023-03"}, {"44990", "2023-03-05"}, // a serial that lost its date format
    }));
    const auto d = ValueParser::dateText(QString::fromUtf8(text));
    INFO(text);
    REQUIRE(d);
    CHECK(d->iso == QString::fromLatin1(iso));
}

TEST_CASE("text that is no date", "[ingest][values]")
{
    auto text = GENERATE("", "2023-02-30", "2023-13-01", "明天", "03/05/23", "123", "2023年");
    CHECK_FALSE(ValueParser::dateText(QString::fromUtf8(text)));
}

TEST_CASE("spreadsheet serial numbers, including Excel's 1900 leap-year bug and 1904 dates", "[ingest][values]")
{
    CHECK(XlsxReader::serialToIso(1, false) == QStringLiteral("1900-01-01"));
    CHECK(XlsxReader::serialToIso(59, false) == QStringLiteral("1900-02-28"));
    CHECK(XlsxReader::serialToIso(61, false) == QStringLiteral("1900-03-01"));
    CHECK(XlsxReader::serialToIso(44990, false) == QStringLiteral("2023-03-05"));
    CHECK(XlsxReader::serialToIso(44990.5, false) == QStringLiteral("2023-03-05T12:00:00"));
    CHECK(XlsxReader::serialToIso(0, true) == QStringLiteral("1904-01-01"));
    CHECK(XlsxReader::serialToIso(43528, true) == QStringLiteral("2023-03-05"));
    CHECK(ValueParser::date(Cell::ofNumber(44990, QStringLiteral("44990")))->iso == QStringLiteral("2023-03-05"));
    CHECK(ValueParser::date(Cell::ofNumber(20230305, QStringLiteral("20230305")))->iso == QStringLiteral("2023-03-05"));
    CHECK(ValueParser::date(Cell::ofNumber(202303, QStringLiteral("202303")))->iso == QStringLiteral("2023-03"));
}

TEST_CASE("date formats of xlsx styles", "[ingest][values]")
{
    CHECK(XlsxReader::isDateFormat(14, QString()));
    CHECK(XlsxReader::isDateFormat(31, QString())); // yyyy"年"m"月"d"日" built in for Chinese
    CHECK(XlsxReader::isDateFormat(176, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
    CHECK(XlsxReader::isDateFormat(177, QStringLiteral("[$-F800]dddd, mmmm dd, yyyy")));
    CHECK_FALSE(XlsxReader::isDateFormat(0, QString()));
    CHECK_FALSE(XlsxReader::isDateFormat(49, QStringLiteral("@")));
    CHECK_FALSE(XlsxReader::isDateFormat(178, QStringLiteral("#,##0.00\"元\"")));
    CHECK_FALSE(XlsxReader::isDateFormat(179, QStringLiteral("[Red]0.00")));
}

TEST_CASE("amounts with separators, currency and units", "[ingest][values]")
{
    auto [text, value] = GENERATE(table<const char*, double>({
        {"1234.5", 1234.5},
        {"1,234.50", 1234.5},
        {"1，234元", 1234},
        {"￥1234", 1234},
        {"¥ 1,000", 1000},
        {"620元", 620},
        {"1.5万", 15000},
        {"(200)", -200},
        {"３００元整", 300},
    }));
    const auto v = ValueParser::amountText(QString::fromUtf8(text));
    INFO(text);
    REQUIRE(v);
    CHECK(*v == Approx(value));
    CHECK_FALSE(ValueParser::amountText(u"五百元"));
    CHECK_FALSE(ValueParser::amountText(u"待定"));
}
