// Unified social credit codes against python-stdnum (tests/data/identity/uscc.tsv, written by
// make-uscc.py with Debian's python3-stdnum), and the names and case numbers of organisations and
// cases as different bureaus write the same one.
#include "identity/CreditCode.h"
#include "identity/OrgName.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace cluedesk;

TEST_CASE("credit codes are valid exactly when python-stdnum says so", "[identity][org]")
{
    QFile f(QStringLiteral(CLUEDESK_TEST_DATA "/identity/uscc.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    int valid = 0, invalid = 0;
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).chopped(1).split(u'\t');
        REQUIRE(cols.size() == 2);
        const CreditCodeParse r = CreditCode::parse(cols[0]);
        INFO(cols[0].toStdString() << " " << r.message().toStdString());
        if (cols[1] == QLatin1String("invalid")) {
            CHECK_FALSE(r.ok());
            CHECK_FALSE(r.message().isEmpty());
            ++invalid;
        } else {
            REQUIRE(r.ok());
            CHECK(*r.code == cols[1]);
            ++valid;
        }
    }
    CHECK(valid > 200);
    CHECK(invalid > 200);
}

TEST_CASE("credit codes as bureaus write them", "[identity][org]")
{
    // 91110000600037341L is stdnum's own example; here in full-width characters and lower case.
    CHECK(CreditCode::parse(u"９１１１００００６０００３７３４１Ｌ").code == QStringLiteral("91110000600037341L"));
    CHECK(CreditCode::parse(u" 91110000600037341l ").code == QStringLiteral("91110000600037341L"));
    CHECK(CreditCode::parse(u"91110000600037341I").problem == CreditCodeProblem::BadCharacters);
    CHECK(CreditCode::parse(u"911100006000373410").problem == CreditCodeProblem::BadCheckCharacter);
    CHECK(CreditCode::parse(u"9111000060003734").problem == CreditCodeProblem::BadLength);
    CHECK(CreditCode::parse(u"  ").problem == CreditCodeProblem::Empty);
    CHECK(CreditCode::regionCode(u"91110000600037341L") == QStringLiteral("110000"));
}

TEST_CASE("one organisation written several ways has one name", "[identity][org]")
{
    const QString a = OrgName::normalise(u"乐清市 宏达 汽车修理有限责任公司");
    CHECK(a == OrgName::normalise(u"乐清市宏达汽车修理有限公司"));
    CHECK(a == OrgName::normalise(u"樂清市宏達汽車修理有限公司"));
    CHECK(OrgName::normalise(u"温州（乐清）ＡＢ贸易有限公司") == QStringLiteral("温州(乐清)AB贸易有限公司"));
    CHECK(OrgName::normalise(u"乐清市宏达汽车修理有限公司") != OrgName::normalise(u"乐清市宏达汽车修理股份有限公司"));
    CHECK(OrgName::normalise(u"乐清市宏达汽车修理有限公司") != OrgName::normalise(u"乐清市宏远汽车修理有限公司"));
}

TEST_CASE("one case written several ways has one number", "[identity][case]")
{
    const QString key = QStringLiteral("(2023)浙0382执123号");
    for (const char16_t* written : {u"（2023）浙0382执123号", u"(2023)浙0382执123号", u"〔2023〕浙0382执123号",
             u"[2023]浙0382执123号", u"【2023】浙0382执0123号", u"（２０２３）浙 0382 執 123 号", u"(2023)浙0382执123"})
        CHECK(CaseNumber::normalise(written) == key);
    CHECK(CaseNumber::normalise(u"(2023)浙0382执124号") != key);
    CHECK(CaseNumber::normalise(u"(2023)浙0382执恢123号") != key);
    CHECK(CaseNumber::normalise(u"乐检刑诉〔2024〕1号") == QStringLiteral("乐检刑诉(2024)1号"));
    CHECK(CaseNumber::normalise(u"乐公(刑)立字[2024]0088号") == QStringLiteral("乐公(刑)立字(2024)88号"));

    const CaseNumberParts p = CaseNumber::parts(key);
    CHECK(p.valid());
    CHECK(p.year == 2023);
    CHECK(p.court == QStringLiteral("浙0382"));
    CHECK(p.kind == QStringLiteral("执"));
    CHECK(p.sequence == 123);
    const CaseNumberParts q = CaseNumber::parts(CaseNumber::normalise(u"（2022）浙0382民初4567号"));
    CHECK(q.kind == QStringLiteral("民初"));
    CHECK(q.sequence == 4567);
    const CaseNumberParts r = CaseNumber::parts(u"乐检刑诉(2024)1号");
    CHECK(r.prefix == QStringLiteral("乐检刑诉"));
    CHECK(r.year == 2024);
    CHECK_FALSE(CaseNumber::parts(u"第123号").valid());
}
