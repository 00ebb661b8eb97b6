// FieldValues writes a record's JSON itself; QJsonDocument is the reference it must agree with,
// byte for byte, for every kind of text and number an import meets.
#include "ingest/FieldValues.h"

#include "TestSupport.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cmath>
#include <limits>

using namespace cluedesk;

namespace {

QByteArray reference(const QString& key, const QJsonValue& v)
{
    return QJsonDocument(QJsonObject{{key, v}}).toJson(QJsonDocument::Compact);
}

QByteArray ours(const QString& key, const QJsonValue& v)
{
    FieldValues f;
    if (v.isDouble())
        f.insert(key, v.toDouble());
    else
        f.insert(key, v.toString());
    return f.toJson();
}

} // namespace

TEST_CASE("field values: text is escaped as QJsonDocument escapes it", "[ingest][json]")
{
    const QStringList samples = {QString(), QStringLiteral("王伟伟"), QStringLiteral("say \"hi\"\\ok"),
        QStringLiteral("line\nbreak\ttab\rcr"), QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QChar(0x08) + QChar(0x0c),
        QString::fromUcs4(U"𠀀𪚥 Extension B"), QStringLiteral("€ ½ \u2028 \u00A0"), QStringLiteral("/slash</script>"),
        // lone surrogates, as broken files carry them
        QString(QChar(0xD800)) + QStringLiteral("x"), QStringLiteral("a") + QChar(0xDC00),
        QString(QChar(0xD83D)) + QChar(0xD83D) + QChar(0xDE00)};
    for (const QString& s : samples) {
        INFO(s.toStdString());
        CHECK(ours(QStringLiteral("k"), s) == reference(QStringLiteral("k"), s));
    }
    // Random text from a pool that has every class of character the escaper treats differently.
    const QString pool = QStringLiteral("a Z0\"\\/\n\r\t\b\f") + QChar(0x00) + QChar(0x1b) + QStringLiteral("王芳陳é€") +
        QString::fromUcs4(U"𠀀😀");
    QRandomGenerator rng(20261130);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int n = rng.bounded(0, 12);
        for (int k = 0; k < n; ++k) {
            const int at = rng.bounded(0, int(pool.size()));
            if (pool.at(at).isHighSurrogate() && at + 1 < pool.size())
                s += pool.mid(at, 2);
            else if (!pool.at(at).isLowSurrogate())
                s += pool.at(at);
        }
        INFO(s.toStdString());
        REQUIRE(ours(s, s) == reference(s, s)); // as key and as value
    }
}

TEST_CASE("field values: numbers are written as QJsonDocument writes them", "[ingest][json]")
{
    const double samples[] = {0.0, -0.0, 1, -1, 400, 12000.5, 0.1, 1.0 / 3.0, 1e-7, 123456789.125, 9007199254740991.0,
        9007199254740992.0, 1e20, -1e300, 5e-324, std::numeric_limits<double>::infinity(),
        std::numeric_limits<double>::quiet_NaN(), 330382194001010004.0};
    for (double d : samples) {
        INFO(d);
        CHECK(ours(QStringLiteral("n"), d) == reference(QStringLiteral("n"), d));
    }
    QRandomGenerator rng(7);
    for (int i = 0; i < 5000; ++i) {
        const double d = i % 2 ? double(qint64(rng.generate64() >> rng.bounded(1, 60))) / 100.0
                               : std::ldexp(rng.generateDouble(), rng.bounded(-60, 80));
        INFO(d);
        REQUIRE(ours(QStringLiteral("n"), d) == reference(QStringLiteral("n"), d));
    }
}

TEST_CASE("field values: several fields, replaced values, lookups", "[ingest][json]")
{
    FieldValues f;
    CHECK(f.isEmpty());
    CHECK(f.toJson() == QByteArray("{}"));
    f.insert(QStringLiteral("name"), QStringLiteral("王伟"));
    f.insert(QStringLiteral("amount"), 400.0);
    f.insert(QStringLiteral("date_text"), QStringLiteral("去年"));
    f.insert(QStringLiteral("amount"), 450.5); // the same field again replaces it
    CHECK(f.size() == 3);
    CHECK(f.value(QStringLiteral("amount")).toDouble() == 450.5);
    CHECK(f.value(QStringLiteral("name")).toString() == QStringLiteral("王伟"));
    CHECK(f.value(QStringLiteral("missing")).isUndefined());
    const QJsonObject parsed = QJsonDocument::fromJson(f.toJson()).object();
    CHECK(parsed ==
        QJsonObject{{QStringLiteral("name"), QStringLiteral("王伟")}, {QStringLiteral("amount"), 450.5},
            {QStringLiteral("date_text"), QStringLiteral("去年")}});
    CHECK(f.toJson() == QByteArray(R"({"name":"王伟","amount":450.5,"date_text":"去年"})"));
}
