// The calculator's additional groups from the pool's lists, and a benchmark that is the average
// of the last three years' published figures.
#include "ReviewTestSupport.h"

#include "assistance/AssistanceCalculator.h"
#include "assistance/PoolGroups.h"

#include <QJsonArray>

using namespace cluedesk;
using testing::PoolBuilder;

TEST_CASE("disability levels as lists write them", "[assistance]")
{
    const std::vector<std::pair<const char*, int>> cases = {
        {"一级", 1}, {"二级", 2}, {"3级", 3}, {"肆级", 4}, {"4", 4}, {"视力残疾二级", 2}, {"", 0}, {"待评定", 0}, {"7", 0}};
    for (const auto& [text, level] : cases) {
        INFO(text);
        CHECK(PoolGroups::disabilityLevel(QString::fromUtf8(text)) == level);
    }
}

TEST_CASE("the pool's lists put a person in the parameter set's additional groups", "[assistance]")
{
    review_test::VictimPool v; // first, second, third are on the subsistence list
    const QString unreadable = PoolBuilder::person(QDate(1970, 1, 1), 77);
    const QStringList header = {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("残疾等级")};
    PoolBuilder(v.pool)
        .list(QStringLiteral("disabled"),
            {header, {QStringLiteral("李二"), v.second, QStringLiteral("二级")},
                {QStringLiteral("张一"), v.first, QStringLiteral("四级")},
                {QStringLiteral("某"), unreadable, QStringLiteral("待评定")}})
        .list(QStringLiteral("children-in-distress"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("王小三"), v.third}})
        .list(QStringLiteral("special-care"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("优抚类别")},
                {QStringLiteral("张一"), v.first, QStringLiteral("在乡复员军人")}})
        .importAll();
    const ParameterSet params = *ParameterStore(*v.pool).inForce(QDate(2025, 3, 1));
    auto groups = [&](const QString& key) {
        std::set<QString> ids;
        for (const GroupFinding& g : PoolGroups::find(*v.pool, key, params))
            ids.insert(g.groupId);
        return ids;
    };
    CHECK(groups(v.first) ==
        std::set<QString>{QStringLiteral("disabled-3-4"), QStringLiteral("key-special-care"), QStringLiteral("other-in-need")});
    CHECK(groups(v.second) == std::set<QString>{QStringLiteral("disabled-1-2"), QStringLiteral("other-in-need")});
    CHECK(groups(v.third) == std::set<QString>{QStringLiteral("children-in-distress"), QStringLiteral("other-in-need")});
    CHECK(groups(unreadable).empty()); // an unreadable level decides nothing
    const auto found = PoolGroups::find(*v.pool, v.second, params);
    const auto disabled = std::find_if(
        found.begin(), found.end(), [](const GroupFinding& g) { return g.groupId == QLatin1String("disabled-1-2"); });
    REQUIRE(disabled != found.end());
    CHECK(disabled->detail.contains(QStringLiteral("二级")));
    CHECK(disabled->list.zh == QStringLiteral("残疾人"));
}

TEST_CASE("a benchmark as the average of the last three published years", "[assistance]")
{
    QJsonObject json = ParameterStore::builtIns().front().json;
    json.insert(QStringLiteral("id"), QStringLiteral("office-average"));
    json.insert(QStringLiteral("benchmark"),
        QJsonObject{{QStringLiteral("average_of_last"), 3},
            {QStringLiteral("published"),
                QJsonArray{QJsonObject{{QStringLiteral("year"), 2021}, {QStringLiteral("amount"), 1500}},
                    QJsonObject{{QStringLiteral("year"), 2023}, {QStringLiteral("amount"), 2100}},
                    QJsonObject{{QStringLiteral("year"), 2022}, {QStringLiteral("amount"), 2000.5}},
                    QJsonObject{{QStringLiteral("year"), 2024}, {QStringLiteral("amount"), 2200}}}}});
    auto p = ParameterSet::fromJson(json);
    INFO(p.errorMessage().toStdString());
    REQUIRE(p.ok());
    // (2000.50 + 2100 + 2200) / 3 = 2100.1666... -> 2100.17 yuan; 2021 is older than the last three
    CHECK(p->benchmarkFen == 210017);
    CHECK(p->benchmarkBasis == QStringLiteral("（2022年2000.50 + 2023年2100.00 + 2024年2200.00）÷ 3"));
    CalculationInput in;
    in.caseType = QStringLiteral("intentional-injury");
    in.hardshipBand = QStringLiteral("general");
    in.hardship = 1;
    in.faultPreset = QStringLiteral("none");
    in.date = QDate(2024, 7, 1);
    auto c = AssistanceCalculator::calculate(*p, in);
    REQUIRE(c.ok());
    CHECK(c->lines(Language::Chinese).front().contains(QStringLiteral("÷ 3 = 2100.17")));

    json.insert(QStringLiteral("benchmark"),
        QJsonObject{{QStringLiteral("average_of_last"), 3},
            {QStringLiteral("published"),
                QJsonArray{QJsonObject{{QStringLiteral("year"), 2024}, {QStringLiteral("amount"), 2200}}}}});
    CHECK(ParameterSet::fromJson(json).error().code == QStringLiteral("params.bad-benchmark"));
}
