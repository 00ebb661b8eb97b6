// Near IDs and GB/T 2260 region codes. Expected keys are made here by breaking valid numbers the
// ways people and OCR break them; check characters are computed by this file's own ISO 7064.
#include "identity/NearIds.h"
#include "identity/IdNumber.h"
#include "identity/RegionCodes.h"

#include "TestSupport.h"

using namespace cluedesk;

namespace {

const QDate kToday(2026, 11, 23);

QChar check(const QString& first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

bool valid(const QString& id)
{
    return id.size() == 18 && check(id.left(17)) == id[17] &&
        QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd")).isValid();
}

QString make(const char* region, const char* birth, const char* sequence)
{
    const QString body = QString::fromLatin1(region) + QString::fromLatin1(birth) + QString::fromLatin1(sequence);
    return body + check(body);
}

const NearId* findKey(const std::vector<NearId>& near, const QString& key)
{
    for (const NearId& n : near)
        if (n.key == key)
            return &n;
    return nullptr;
}

} // namespace

TEST_CASE("every valid number one edit away is found, and only valid ones", "[identity][near]")
{
    const QStringList bases = {make("330382", "19750312", "041"), make("110105", "19491231", "002"),
        make("510101", "19900307", "451"), make("330302", "20080229", "016")};
    for (const QString& base : bases) {
        INFO(base.toStdString());
        REQUIRE(valid(base));
        for (int i = 0; i + 1 < 18; ++i) { // neighbours swapped, the check character too
            if (base[i] == base[i + 1])
                continue;
            QString broken = base;
            std::swap(broken[i], broken[i + 1]);
            INFO("swapped at " << i + 1 << ": " << broken.toStdString());
            const auto near = NearIds::of(broken, kToday);
            const NearId* n = findKey(near, base);
            REQUIRE(n);
            CHECK(n->rank() == 1);
            CHECK(n->kind == NearId::Kind::Swap);
            CHECK(n->position == i + 1);
            for (const NearId& m : near)
                CHECK(valid(m.key));
        }
        for (int i = 0; i < 17; ++i) // one digit mistyped
            for (char d = '0'; d <= '9'; ++d) {
                QString broken = base;
                broken[i] = QLatin1Char(d);
                if (broken == base)
                    continue;
                INFO("digit " << i + 1 << " as " << d);
                const NearId* n = findKey(NearIds::of(broken, kToday), base);
                REQUIRE(n);
                CHECK(n->rank() <= 2);
                CHECK(n->position == i + 1);
            }
        QString wrongCheck = base; // only the check character
        wrongCheck[17] = base[17] == u'1' ? u'2' : u'1';
        const NearId* c = findKey(NearIds::of(wrongCheck, kToday), base);
        REQUIRE(c);
        CHECK(c->kind == NearId::Kind::CheckCharacter);
        for (int i = 0; i < 17; ++i) { // a digit left out, a digit typed twice
            CHECK(findKey(NearIds::of(QString(base).remove(i, 1), kToday), base));
            CHECK(findKey(NearIds::of(QString(base).insert(i, base[i]), kToday), base));
        }
    }
}

TEST_CASE("OCR letters and 15-digit legacy numbers are near too", "[identity][near]")
{
    const QString base = make("330382", "19901010", "005");
    QString letters = base;
    letters[2] = u'O'; // 33O382...
    const NearId* n = findKey(NearIds::of(letters, kToday), base);
    REQUIRE(n);
    CHECK(n->rank() == 1);
    // 110105491231002 is the standard's 15-digit example of 11010519491231002X; with its 13th
    // and 14th digits swapped (...1231020) it upgrades to a number that fails its check
    // character, and the upgrade of the original is the match.
    const std::vector<NearId> legacy = NearIds::of(QStringLiteral("110105491231020"), kToday);
    const NearId* l = findKey(legacy, QStringLiteral("11010519491231002X"));
    REQUIRE(l);
    CHECK(l->legacy15);
    CHECK(l->kind == NearId::Kind::Swap);
    CHECK(NearIds::of(QStringLiteral("not an id"), kToday).empty());
}

TEST_CASE("region codes are checked against GB/T 2260, historic codes included", "[identity][region]")
{
    const RegionCodes& codes = RegionCodes::gbt2260();
    CHECK(codes.size() > 3000);
    CHECK(codes.name(u"330382") == QStringLiteral("浙江省温州市乐清市"));
    CHECK(codes.known(u"110103"));       // 崇文区, merged into 东城区 in 2010: older IDs carry it
    CHECK_FALSE(codes.known(u"330399")); // no such county
    CHECK_FALSE(codes.known(u"990101"));

    const IdParse unknownCounty = IdParser::parse(make("330399", "19800101", "123"), kToday);
    REQUIRE(unknownCounty.ok()); // a county newer than the list is reported, not rejected
    CHECK(unknownCounty.regionUnknown);
    CHECK_FALSE(IdParser::parse(make("330382", "19800101", "123"), kToday).regionUnknown);

    const IdParse noProvince = IdParser::parse(make("990101", "19800101", "123"), kToday);
    CHECK(noProvince.problem == IdProblem::BadRegion);
    QString broken = make("330399", "19800101", "123");
    broken[17] = broken[17] == u'1' ? u'2' : u'1';
    const IdParse badCheck = IdParser::parse(broken, kToday);
    CHECK(badCheck.problem == IdProblem::BadCheckDigit);
    CHECK(badCheck.message().contains(QStringLiteral("330399")));
    CHECK(badCheck.message().contains(QStringLiteral("GB/T 2260")));
}
