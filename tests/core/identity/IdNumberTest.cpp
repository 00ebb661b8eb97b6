#include "identity/IdNumber.h"

#include "TestSupport.h"

using namespace cluedesk;

namespace {
const QDate kToday(2026, 11, 23);
}

TEST_CASE("valid 18-digit IDs in the forms bureaus write them", "[identity]")
{
    // Published examples of GB 11643-1999 plus numbers whose check characters were computed
    // independently (tests/data/README.md explains how).
    auto [text, key] = GENERATE(table<const char*, const char*>({
        {"11010519491231002X", "11010519491231002X"},                   // standard's example, X check
        {"440524188001010014", "440524188001010014"},                   // standard's example, born 1880
        {"11010519491231002x", "11010519491231002X"},                   // lowercase x
        {"'330382198705061238", "330382198705061238"},                  // Excel text prefix
        {" 330382 19870506 1238 ", "330382198705061238"},               // embedded and outer spaces
        {"\u3000330382198705061238\u3000", "330382198705061238"},       // full-width spaces
        {"３３０３８２１９８７０５０６１２３８", "330382198705061238"}, // full-width digits
        {"11010519491231002Ｘ", "11010519491231002X"},                  // full-width X
        {"11010519491231002ｘ", "11010519491231002X"},                  // full-width lowercase x
        {"330382200802290016", "330382200802290016"},                   // 29 February of a leap year
        {"510101199003074519", "510101199003074519"},
        {"330382198705061000", "330382198705061000"}, // ends in 000 yet validates: kept
    }));
    const IdParse r = IdParser::parse(QString::fromUtf8(text), kToday);
    INFO(text);
    REQUIRE(r.ok());
    CHECK(r.id->key() == QString::fromLatin1(key));
    CHECK(r.original == QString::fromUtf8(text)); // what was written is kept
    CHECK_FALSE(r.upgradedFrom15);
}

TEST_CASE("15-digit legacy IDs are upgraded to 18 digits", "[identity]")
{
    auto [text, key] = GENERATE(table<const char*, const char*>({
        {"110105491231002", "11010519491231002X"}, // the standard's own pair
        {"330382870506123", "330382198705061238"},
        {"330382870506124", "330382198705061246"},
    }));
    const IdParse r = IdParser::parse(QString::fromLatin1(text), kToday);
    REQUIRE(r.ok());
    CHECK(r.upgradedFrom15);
    CHECK(r.id->key() == QString::fromLatin1(key));
}

TEST_CASE("invalid IDs are rejected with the right reason", "[identity]")
{
    auto [text, problem] = GENERATE(table<const char*, IdProblem>({
        {"", IdProblem::Empty},
        {"   ", IdProblem::Empty},
        {"3.30382198705061E+17", IdProblem::Damaged}, // Excel's scientific notation
        {"3.30382198705061e17", IdProblem::Damaged},
        {"330382198705062000", IdProblem::Damaged}, // 15 significant digits kept, rest zeros
        {"330382198705061238.0", IdProblem::Damaged},
        {"330382198705061239", IdProblem::BadCheckDigit},
        {"110105194912310021", IdProblem::BadCheckDigit}, // X replaced by a digit
        {"33038219870506123", IdProblem::BadLength},      // one digit missing
        {"3303821987050612380", IdProblem::BadLength},
        {"33038219870506123A", IdProblem::BadCharacters},
        {"33038219870506-1238", IdProblem::BadCharacters},
        {"张三", IdProblem::BadCharacters},
        {"990382198705061233", IdProblem::BadRegion},    // 99 is no province
        {"330382201002290012", IdProblem::BadBirthDate}, // 2010 was no leap year
        {"330382203001010016", IdProblem::BadBirthDate}, // born after today
        {"330382198713061230", IdProblem::BadBirthDate}, // month 13
        {"11010549123100", IdProblem::BadLength},
        {"11010549123100A", IdProblem::BadCharacters},
    }));
    const IdParse r = IdParser::parse(QString::fromUtf8(text), kToday);
    INFO(text);
    CHECK_FALSE(r.ok());
    CHECK(r.problem == problem);
    CHECK_FALSE(r.message().isEmpty());
}

TEST_CASE("numeric spreadsheet cells: 15 digits survive, 18 digits are damaged", "[identity]")
{
    const IdParse legacy = IdParser::parseNumber(110105491231002.0, QStringLiteral("110105491231002"), kToday);
    REQUIRE(legacy.ok());
    CHECK(legacy.id->key() == QStringLiteral("11010519491231002X"));

    const IdParse lost = IdParser::parseNumber(330382198705061238.0, QStringLiteral("3.30382198705061E+17"), kToday);
    CHECK(lost.problem == IdProblem::Damaged);
    CHECK(lost.message().contains(QStringLiteral("3.30382198705061E+17")));
    CHECK(lost.message().contains(QStringLiteral("text")));
}

TEST_CASE("what an ID tells: birth date, sex, age, region", "[identity]")
{
    const IdParse r = IdParser::parse(QStringLiteral("11010519491231002X"), kToday);
    REQUIRE(r.ok());
    CHECK(r.id->birthDate() == QDate(1949, 12, 31));
    CHECK(r.id->sex() == Sex::Female); // 17th digit 2 is even
    CHECK(r.id->ageOn(QDate(2026, 11, 23)) == 76);
    CHECK(r.id->ageOn(QDate(2019, 12, 30)) == 69); // the day before the birthday
    CHECK(r.id->ageOn(QDate(2019, 12, 31)) == 70);
    CHECK(r.id->regionCode() == QStringLiteral("110105"));
    CHECK(r.id->isFrom(QStringLiteral("1101")));
    CHECK_FALSE(r.id->isFrom(QStringLiteral("330382")));

    const IdParse m = IdParser::parse(QStringLiteral("440524188001010014"), kToday);
    REQUIRE(m.ok());
    CHECK(m.id->sex() == Sex::Male);
}

TEST_CASE("masking keeps region and last four", "[identity]")
{
    CHECK(IdNumber::mask(u"330382198705061238") == QStringLiteral("330382********1238"));
    CHECK(IdNumber::mask(u"1234") == QStringLiteral("****"));
    CHECK(IdNumber::mask(u"330382870506123") == QStringLiteral("330382******123"));
}

TEST_CASE("OCR confusions are corrected only when the check character validates", "[identity]")
{
    auto [read, key] = GENERATE(table<const char*, const char*>({
        {"33O382198705061238", "330382198705061238"}, // letter O for zero
        {"330382l98705061238", "330382198705061238"}, // lowercase l for one
        {"33038219870SO61238", "330382198705061238"}, // S and O
        {"11010519491231002×", "11010519491231002X"}, // multiplication sign for X
    }));
    const IdParse r = IdParser::parseOcr(QString::fromUtf8(read), kToday);
    INFO(read);
    REQUIRE(r.ok());
    CHECK(r.id->key() == QString::fromLatin1(key));
    CHECK_FALSE(r.correctionNote.isEmpty());
    CHECK(r.original == QString::fromUtf8(read));

    // A confusion that would only validate by changing a real digit is not "repaired".
    const IdParse wrong = IdParser::parseOcr(QStringLiteral("33O382198705061239"), kToday);
    CHECK_FALSE(wrong.ok());
    // A valid number is not touched and carries no note.
    const IdParse clean = IdParser::parseOcr(QStringLiteral("330382198705061238"), kToday);
    REQUIRE(clean.ok());
    CHECK(clean.correctionNote.isEmpty());
}
