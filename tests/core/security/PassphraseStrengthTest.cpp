// Passphrase strength as the officer sees it: guessable ones refused, several unrelated words
// accepted, the office's own words counted as known.
#include "security/PassphraseStrength.h"

#include "TestSupport.h"

using cluedesk::assessPassphrase;

TEST_CASE("guessable passphrases are refused, several unrelated words are accepted", "[security][passphrase]")
{
    for (const char* weak : {"1234567", "12345678", "password1", "qwertyuiop", "11111111111", "abcabcabc", "19870506"}) {
        INFO(weak);
        const auto s = assessPassphrase(weak);
        CHECK_FALSE(s.acceptable);
        CHECK(s.level == 0);
        CHECK_FALSE(s.verdict.isEmpty());
    }
    const auto strong = assessPassphrase("tiger kettle moss lantern quay 7");
    CHECK(strong.acceptable);
    CHECK(strong.level >= 2);
    CHECK(strong.bits > assessPassphrase("tiger kettle").bits);
}

TEST_CASE("the office's own words count as known to an attacker", "[security][passphrase]")
{
    const QByteArray guess = QStringLiteral("yueqingjianchayuan").toUtf8();
    const auto alone = assessPassphrase(guess);
    const auto known = assessPassphrase(guess, {QStringLiteral("yueqingjianchayuan")});
    CHECK(known.bits < alone.bits);
    CHECK_FALSE(known.acceptable);
}
