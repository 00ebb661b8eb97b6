#include "util/Text.h"
#include "util/Sha256.h"

#include "TestSupport.h"

using namespace cluedesk;

TEST_CASE("column letters as Excel shows them", "[util]")
{
    auto [col, letters] =
        GENERATE(table<int, const char*>({{0, "A"}, {25, "Z"}, {26, "AA"}, {51, "AZ"}, {52, "BA"}, {701, "ZZ"}, {702, "AAA"}}));
    CHECK(text::columnLetters(col) == QString::fromLatin1(letters));
}

TEST_CASE("width folding and space removal", "[util]")
{
    CHECK(text::foldWidth(u"１２３ＡＢｃ，") == QStringLiteral("123ABc,"));
    CHECK(text::removeSpaces(u" a\u3000b\u00A0c\u200Bd\t") == QStringLiteral("abcd"));
    CHECK(text::trimmed(u"\u3000 张三 \u200B") == QStringLiteral("张三"));
    CHECK(text::isBlank(u" \u3000\t"));
    CHECK_FALSE(text::isBlank(u" x "));
}

TEST_CASE("SHA-256 matches the published test vector", "[util]")
{
    CHECK(Sha256::ofBytes("abc") == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(Sha256::ofBytes(QByteArray()) == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}
