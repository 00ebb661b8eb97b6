#include "screening/Evidence.h"

#include "TestSupport.h"
#include <QJsonDocument>

using namespace cluedesk;

TEST_CASE("an evidence row read with its stored JSON gives its fields when asked", "[screening][evidence]")
{
    const QByteArray stored = QStringLiteral(R"({"name":"張三","town":"乐成街道","amount":400.5})").toUtf8();
    EvidenceRow row;
    row.setStoredJson(stored);
    CHECK(row.storedJson() == stored);
    // The expectation is parsed here on its own, not by the row.
    const QJsonObject expected{{QStringLiteral("name"), QStringLiteral("張三")},
        {QStringLiteral("town"), QStringLiteral("乐成街道")}, {QStringLiteral("amount"), 400.5}};
    const EvidenceRow copy = row; // a copy made before the first look parses on its own
    CHECK(row.fields() == expected);
    CHECK(copy.fields() == expected);
    CHECK(row.fields().value(QStringLiteral("town")).toString() == QStringLiteral("乐成街道"));
}

TEST_CASE("fields set on an evidence row replace the stored JSON", "[screening][evidence]")
{
    EvidenceRow row;
    row.setStoredJson(QByteArrayLiteral(R"({"id_card":"330382195501010011"})"));
    const QJsonObject masked{{QStringLiteral("id_card"), QStringLiteral("330382********0011")}};
    row.setFields(masked);
    CHECK(row.fields() == masked);
    CHECK(row.storedJson().isEmpty()); // nothing unmasked is left to parse or write
    EvidenceRow empty;
    CHECK(empty.fields().isEmpty());
    empty.setStoredJson(QByteArrayLiteral("not json"));
    CHECK(empty.fields().isEmpty());
}
