#include "demo/DemoGenerator.h"
#include "demo/DemoPeople.h"
#include "ingest/Importer.h"
#include "pool/Database.h"
#include "screening/ClueRules.h"
#include "screening/ModelDescriber.h"
#include "screening/SqlFunctions.h"
#include "security/AuditLog.h"

#include "ScreeningTestSupport.h"

#include "screening/LocalArea.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace cluedesk;
using namespace screening_test;

namespace {

// A built-in model's resource file, found by its id and parsed as plain JSON.
QJsonObject resourceModel(const QString& id)
{
    const QDir dir(QStringLiteral(CLUEDESK_TEST_DATA "/../../resources/models"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QJsonObject o = QJsonDocument::fromJson(testing::readFile(dir.filePath(name))).object();
        if (o.value(QStringLiteral("id")).toString() == id)
            return o;
    }
    return {};
}

} // namespace

TEST_CASE("every built-in model is valid, described and round-trips through JSON", "[screening][models]")
{
    const QStringList ids = {QStringLiteral("uncompensated-victims-in-hardship"), QStringLiteral("unpaid-judgments-in-hardship"),
        QStringLiteral("social-assistance-recipients-eligible"), QStringLiteral("aided-without-social-assistance"),
        QStringLiteral("key-groups-in-proceedings"), QStringLiteral("pension-during-imprisonment"), QStringLiteral("bigamy"),
        QStringLiteral("frequent-litigants"), QStringLiteral("double-household-registration"),
        QStringLiteral("organised-false-litigation"), QStringLiteral("forest-subsidy-irregularities"),
        QStringLiteral("admin-cases-not-transferred"), QStringLiteral("false-labour-claims-in-bankruptcy"),
        QStringLiteral("judicial-auction-irregularities"), QStringLiteral("pension-increase-during-correction"),
        QStringLiteral("marriage-certificates-unknown-to-the-registry"), QStringLiteral("petitioners-with-unfinished-executions"),
        QStringLiteral("victims-of-insolvent-offenders")};
    QStringList found;
    for (const ModelDefinition& m : ModelLibrary::builtIns()) {
        INFO(m.id.toStdString());
        found << m.id;
        REQUIRE(m.check(DatasetCatalog::builtIn()));
        CHECK_FALSE(m.legalBasis.isEmpty());
        CHECK_FALSE(m.reason.zh.isEmpty());
        CHECK_FALSE(m.reason.en.isEmpty());
        const QStringList zh = ModelDescriber::describe(m, DatasetCatalog::builtIn(), Language::Chinese);
        CHECK(zh.size() >= int(m.steps.size()) + 2);
        auto again = ModelDefinition::fromJson(m.toJson());
        REQUIRE(again.ok());
        CHECK(again->hash() == m.hash());
        // What the model writes is what its resource file says, read here without ClueDesk.
        const QJsonObject written = m.toJson();
        const QJsonObject file = resourceModel(m.id);
        REQUIRE_FALSE(file.isEmpty());
        for (const QString& key : file.keys()) {
            INFO(key.toStdString());
            CHECK(written.value(key) == file.value(key));
        }
        CHECK(written.keys() == file.keys());
    }
    found.sort();
    QStringList expected = ids;
    expected.sort();
    CHECK(found == expected);
}

TEST_CASE("an invalid model is rejected with the step and field named", "[screening][validation]")
{
    const auto base = builtIn("uncompensated-victims-in-hardship").toJson();
    auto broken = [&](auto change) {
        QJsonObject o = base;
        change(o);
        auto m = ModelDefinition::fromJson(o);
        if (!m)
            return m.error().message;
        Status s = m->check(DatasetCatalog::builtIn());
        REQUIRE_FALSE(s.ok());
        return s.error().message;
    };
    auto editStep = [](QJsonObject& o, int i, const char* key, const QJsonValue& v) {
        QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QJsonObject s = steps[i].toObject();
        s.insert(QString::fromLatin1(key), v);
        steps[i] = s;
        o.insert(QStringLiteral("steps"), steps);
    };
    CHECK(broken([&](QJsonObject& o) {
        editStep(o, 3, "types", QJsonArray{QStringLiteral("no-such-list")}); // hardship
    }).contains(QStringLiteral("no-such-list")));
    const QString badField = broken([&](QJsonObject& o) {
        editStep(o, 0, "filters",
            QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("colour")},
                {QStringLiteral("op"), QStringLiteral("equals")}, {QStringLiteral("value"), QStringLiteral("red")}}});
    });
    CHECK(badField.contains(QStringLiteral("\"victims_listed\"")));
    CHECK(badField.contains(QStringLiteral("colour")));
    CHECK(broken([&](QJsonObject& o) {
        editStep(o, 0, "filters",
            QJsonArray{QJsonObject{
                {QStringLiteral("field"), QStringLiteral("charge")}, {QStringLiteral("op"), QStringLiteral("sounds_like")}}});
    }).contains(QStringLiteral("sounds_like")));
    CHECK(broken([&](QJsonObject& o) {
        editStep(o, 5, "of", QJsonArray{QStringLiteral("victims"), QStringLiteral("later")}); // victims_in_hardship
    }).contains(QStringLiteral("later")));
    CHECK(broken([&](QJsonObject& o) {
        editStep(o, 0, "roles", QJsonArray{QStringLiteral("judge")});
    }).contains(QStringLiteral("judge")));
    CHECK(broken([&](QJsonObject& o) {
        QJsonObject out = o.value(QStringLiteral("output")).toObject();
        out.insert(QStringLiteral("from"), QStringLiteral("nowhere"));
        o.insert(QStringLiteral("output"), out);
    }).contains(QStringLiteral("nowhere")));
    CHECK(broken([&](QJsonObject& o) {
        o.insert(QStringLiteral("id"), QStringLiteral("Bad Id"));
    }).contains(QStringLiteral("Bad Id")));
    CHECK_FALSE(ModelDefinition::fromBytes("{\"id\": ", QStringLiteral("m.json")).ok());
}

TEST_CASE("negation-aware keyword matching", "[screening][functions]")
{
    const QStringList kw = {QStringLiteral("调解协议"), QStringLiteral("谅解"), QStringLiteral("已赔偿")};
    auto [text, mentions] = GENERATE(table<const char*, bool>({
        {"双方达成调解协议", true},
        {"双方未达成调解协议", false},
        {"被害人拒绝谅解", false},
        {"未能取得被害人谅解", false},
        {"被告人未到案，被害人表示谅解", true}, // the negation is in another clause
        {"被告人已赔偿并取得谅解", true},
        {"至今未赔偿", false},
        {"", false},
    }));
    INFO(text);
    CHECK(SqlFunctions::mentions(QString::fromUtf8(text), kw, true) == mentions);
    CHECK(SqlFunctions::mentions(QStringLiteral("双方未达成调解协议"), kw, false)); // plain matching sees the words
}

TEST_CASE("age from an ID number at a date", "[screening][functions]")
{
    CHECK(SqlFunctions::ageOn(QStringLiteral("330382200603010016"), QStringLiteral("2024-02-29")) == 17);
    CHECK(SqlFunctions::ageOn(QStringLiteral("330382200603010016"), QStringLiteral("2024-03-01")) == 18);
    CHECK(SqlFunctions::ageOn(QStringLiteral("330382200603010016"), QStringLiteral("2024-03")) == 18);
    CHECK(SqlFunctions::ageOn(QStringLiteral("330382200603010016"), QStringLiteral("bad")) == -1);
}

TEST_CASE("cd_age in SQL: whole years, the same for full dates and the rest", "[screening][functions]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("f.db")), true);
    SqlFunctions::registerAll(db->handle());
    // Ages worked out by hand from the birth dates in the numbers; -1 stands for NULL.
    const auto [key, date, age] = GENERATE(table<const char*, const char*, int>({
        {"330382200603010016", "2024-02-29", 17}, // the day before the 18th birthday
        {"330382200603010016", "2024-03-01", 18},
        {"330382200603010016", "2024-03-01 08:30:00", 18},                           // a time after the date is ignored
        {"330382200603010016", "2024-03", 18},                                       // a month counts from its first day
        {"330382200603010016", "2024-02-30", 17},                                    // no such day: the month's first day
        {"330382200603010016", "2024-2-5", -1},                                      // not ISO
        {"330382200603010016", "2005-12-31", -1},                                    // before birth
        {"330382200603010016", "bad", -1}, {"11010120000229001X", "2023-02-28", 22}, // born on a 29 February
        {"11010120000229001X", "2023-03-01", 23}, {"11010120000229001X", "2024-02-29", 24},
        {"1101012000O229001X", "2024-03-01", -1}, // a letter in the birth date
        {"110101000229001", "2024-03-01", -1},    // 15 characters: no birth date is read
        {"330382200613010016", "2024-03-01", -1}, // no 13th month of birth
        {"330382200603010016", "2024-13-01", -1}, // nor of the date
        {"330382200603010016", "2024-03-1", 18},  // a day of one digit: the month, from its first day
    }));
    INFO(key << " " << date);
    const QVariant v = db->scalar(QStringLiteral("SELECT cd_age(?1, ?2)"), {QString::fromLatin1(key), QString::fromLatin1(date)});
    CHECK((v.isNull() ? -1 : v.toInt()) == age);
    CHECK(SqlFunctions::ageOn(QString::fromLatin1(key), QString::fromLatin1(date)) == age);
}

TEST_CASE("reason templates: placeholders, several steps, optional segments", "[screening][reason]")
{
    Evidence ev;
    EvidenceRow a;
    a.recordId = 1;
    a.steps = {QStringLiteral("pension")};
    a.type = QStringLiteral("pension");
    a.nameWritten = QStringLiteral("张三");
    a.personKey = QStringLiteral("330382195501010011");
    a.setFields(QJsonObject{{QStringLiteral("month"), QStringLiteral("2023-04")}, {QStringLiteral("amount"), 2000.5}});
    EvidenceRow b = a;
    b.recordId = 2;
    b.setFields(QJsonObject{{QStringLiteral("month"), QStringLiteral("2023-05")}, {QStringLiteral("amount"), 2000}});
    EvidenceRow c = a;
    c.recordId = 3;
    c.nameWritten = QStringLiteral("張三");
    c.setFields(QJsonObject{{QStringLiteral("month"), QStringLiteral("2023-07")}, {QStringLiteral("amount"), 2000}});
    ev = {a, b, c};
    const LocalArea area({QStringLiteral("330382")}, QStringLiteral("乐清市"));
    const PersonContext person{QStringLiteral("330382195501010011"), &area};
    auto r = [&](const char* t, Language l = Language::Chinese) {
        return ClueRules::reason(QString::fromUtf8(t), ev, person, DatasetCatalog::builtIn(), l);
    };
    CHECK(r("{names}") == QStringLiteral("张三、張三"));
    CHECK(r("{months:pension.month}") == QStringLiteral("2023-04至2023-05、2023-07"));
    CHECK(r("{months:pension.month}", Language::English) == QStringLiteral("2023-04 to 2023-05, 2023-07"));
    CHECK(r("{count:pension}个月，{sum:pension.amount}元") == QStringLiteral("3个月，6000.50元"));
    CHECK(r("{types:pension}") == QStringLiteral("养老金发放"));
    CHECK(r("{local}") == QStringLiteral("本地（身份证号码地区码330382）"));
    CHECK(r("a[[ b{values:pension.town}]]c") == QStringLiteral("ac")); // the segment has an empty value
    CHECK(r("a[[ b{values:other|pension.month}]]") == QStringLiteral("a b2023-04、2023-05、2023-07"));
    CHECK(r("{sum:other|pension.amount}") == QStringLiteral("6000.50"));
    CHECK(r("{count:other}") == QString()); // no row of the step: no value
    CHECK(r("{nonsense:x}") == QStringLiteral("{nonsense:x}"));
    CHECK(r("{nonsense:a|b.f}") == QStringLiteral("{nonsense:a|b.f}"));
}

TEST_CASE("the demo set yields exactly the planted clues in every model", "[screening][demo]")
{
    testing::TempPool pool;
    pool->setSetting(QStringLiteral("county.prefix"), QString::fromLatin1(DemoPeople::kCountyPrefix));
    const DemoSet demo = DemoGenerator::generate();
    const QString dir = pool.file(QStringLiteral("demo"));
    REQUIRE(DemoGenerator::writeTo(dir, demo));
    for (const DemoFile& f : demo.files) {
        ImportRequest req;
        req.type = f.type;
        req.files = {QDir(dir).filePath(f.fileName)};
        REQUIRE(Importer(*pool, DatasetCatalog::forPool(*pool)).run(req).ok());
    }
    // All models at once, as `screen` and the clue list run them: two at a time, on the pool's
    // connection and a second one.
    const std::vector<ModelDefinition>& models = ModelLibrary::builtIns();
    int connections = 0;
    std::vector<int> told(models.size(), 0);
    const auto results = ScreeningRunner(*pool, DatasetCatalog::forPool(*pool))
                             .runAll(
                                 models,
                                 [&] {
                                     ++connections;
                                     return pool->openAnother();
                                 },
                                 nullptr, false, [&](size_t i, const Result<ModelRunResult>&) { ++told[i]; });
    CHECK(connections == 1);
    CHECK(told == std::vector<int>(models.size(), 1));
    REQUIRE(results.size() == models.size());
    for (size_t i = 0; i < models.size(); ++i) {
        const ModelDefinition& m = models[i];
        INFO(m.id.toStdString());
        REQUIRE(results[i].ok());
        CHECK(results[i]->modelId == m.id);
        CHECK(results[i]->warnings.isEmpty());
        CHECK(results[i]->clues > 0);
        CHECK(clueKeys(*pool, m.id.toLatin1().constData()) == demo.expectedClues.at(m.id));
    }
    // One audit line and one finished run per model, the audit chain whole.
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'screen'")).toInt() ==
        int(models.size()));
    CHECK(pool->db().scalar(QStringLiteral("SELECT count(finished_at) FROM screening_runs")).toInt() == int(models.size()));
    CHECK(AuditLog(*pool).verify().ok);
    for (const QString& key : demo.nonLocalAided)
        CHECK(clueOf(*pool, "aided-without-social-assistance", key).reasonZh.startsWith(QStringLiteral("外地")));
}
