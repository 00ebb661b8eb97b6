// Expressions in models (compare steps): parsing, the SQL made from the tree, the words, and
// model 11 built on them. Expectations are written out by hand.
#include "ScreeningTestSupport.h"

#include "screening/Expression.h"
#include "screening/ModelDefinition.h"

using namespace cluedesk;
using namespace screening_test;
using testing::PoolBuilder;

namespace {

// SQL with fields as a.NAME / b.NAME and values as ?1, ?2 ... in the order bound.
QString sqlOf(const QString& text, QVariantList* values = nullptr)
{
    auto e = Expression::parse(text);
    INFO(text.toStdString() << (e ? "" : (" " + e.error().message.toStdString())));
    REQUIRE(e);
    QVariantList bound;
    const QString sql =
        e->sql([](const QString& f, bool other) -> QString { return (other ? QStringLiteral("b.") : QStringLiteral("a.")) + f; },
            [&](const QVariant& v) {
                bound << v;
                return QStringLiteral("?%1").arg(bound.size());
            });
    if (values)
        *values = bound;
    return sql;
}

} // namespace

TEST_CASE("expressions parse with the usual precedence and bind every value", "[screening][expression]")
{
    QVariantList values;
    CHECK(sqlOf(QStringLiteral("start_price < 0.7 * appraised_value"), &values) ==
        QStringLiteral("(a.start_price < (?1 * a.appraised_value))"));
    CHECK(values == QVariantList{0.7});
    CHECK(sqlOf(QStringLiteral("a + b * c - d")) == QStringLiteral("((a.a + (a.b * a.c)) - a.d)"));
    CHECK(sqlOf(QStringLiteral("(a + b) * c")) == QStringLiteral("((a.a + a.b) * a.c)"));
    CHECK(sqlOf(QStringLiteral("x = 1 or y = 2 and not z = 3")) ==
        QStringLiteral("((a.x = ?1) OR ((a.y = ?2) AND (NOT (a.z = ?3))))"));
    CHECK(sqlOf(QStringLiteral("year(subsidy_year) > year(with.death_date)")) ==
        QStringLiteral("(CAST(substr(a.subsidy_year, 1, 4) AS INTEGER) > CAST(substr(b.death_date, 1, 4) AS INTEGER))"));
    CHECK(sqlOf(QStringLiteral("days(announced, starts) < 15")) ==
        QStringLiteral("((julianday(a.starts) - julianday(a.announced)) < ?1)"));
    CHECK(sqlOf(QStringLiteral("town-name <> 'x'' OR 1=1 --'"), &values).startsWith(QStringLiteral("(a.town-name <> ?1)")));
    CHECK(values == QVariantList{QStringLiteral("x' OR 1=1 --")});
    CHECK(sqlOf(QStringLiteral("a / b")) == QStringLiteral("(CAST(a.a AS REAL) / a.b)"));

    auto e = Expression::parse(QStringLiteral("a + b - with.c"));
    REQUIRE(e);
    CHECK(e->fields(false) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(e->fields(true) == QStringList{QStringLiteral("c")});
}

TEST_CASE("a broken expression names the character and what was expected", "[screening][expression]")
{
    for (const auto& [text, at] : std::vector<std::pair<const char*, const char*>>{{"a <", "character 4"},
             {"(a + b", "character 7"}, {"a ; b", "character 3"}, {"drop(a)", "character 1"}, {"'open", "character 1"},
             {"a b", "character 3"}, {"with.", "character 6"}, {"days(a)", "character 7"}}) {
        auto e = Expression::parse(QString::fromUtf8(text));
        INFO(text);
        REQUIRE_FALSE(e);
        CHECK(e.error().message.contains(QString::fromLatin1(at)));
    }
}

TEST_CASE("a compare step reads only fields its lists declare", "[screening][validation]")
{
    auto model = ModelDefinition::fromJson(builtIn("forest-subsidy-irregularities").toJson());
    REQUIRE(model);
    for (const char* where : {"year(subsidy_year) > year(with.no_such_field)", "json_extract(data) = 1", "area > with.area",
             "subsidy_year = 1 or x') OR 1=1 --"}) {
        for (StepSpec& s : model->steps)
            if (s.id == QLatin1String("after_death"))
                s.expression = QString::fromUtf8(where);
        INFO(where);
        const Status checked = model->check(DatasetCatalog::builtIn());
        CHECK_FALSE(checked);
        CHECK(checked.error().message.contains(QStringLiteral("\"after_death\"")));
    }
}

TEST_CASE("forest-subsidy-irregularities: paid after death, or twice in one year", "[screening][models]")
{
    testing::TempPool pool;
    const QString dead = PoolBuilder::person(QDate(1940, 2, 1), 11), lateDeath = PoolBuilder::person(QDate(1941, 3, 2), 21),
                  twice = PoolBuilder::person(QDate(1960, 4, 3), 31), moved = PoolBuilder::person(QDate(1961, 5, 4), 41);
    const QStringList header = {QStringLiteral("补偿年度"), QStringLiteral("村"), QStringLiteral("户主姓名"),
        QStringLiteral("身份证号码"), QStringLiteral("补偿金额")};
    PoolBuilder(pool)
        .list(QStringLiteral("forest-subsidies"),
            {header, {QStringLiteral("2022"), QStringLiteral("南山村"), QStringLiteral("甲"), dead, QStringLiteral("300")},
                {QStringLiteral("2023"), QStringLiteral("南山村"), QStringLiteral("甲"), dead, QStringLiteral("300")},
                {QStringLiteral("2024年度"), QStringLiteral("南山村"), QStringLiteral("甲"), dead, QStringLiteral("300")},
                {QStringLiteral("2023"), QStringLiteral("石门村"), QStringLiteral("乙"), lateDeath, QStringLiteral("200")},
                {QStringLiteral("2023"), QStringLiteral("东村"), QStringLiteral("丙"), twice, QStringLiteral("100")},
                {QStringLiteral("2023年"), QStringLiteral("西岙村"), QStringLiteral("丙"), twice, QStringLiteral("100")},
                {QStringLiteral("2022"), QStringLiteral("东村"), QStringLiteral("丁"), moved, QStringLiteral("100")},
                {QStringLiteral("2023"), QStringLiteral("西岙村"), QStringLiteral("丁"), moved, QStringLiteral("100")}})
        .list(QStringLiteral("deaths"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("死亡日期")},
                {QStringLiteral("甲"), dead, QStringLiteral("2022-06-30")},
                {QStringLiteral("乙"), lateDeath, QStringLiteral("2023-12-01")}})
        .importAll();
    const char* model = "forest-subsidy-irregularities";
    run(*pool, model);
    CHECK(clueKeys(*pool, model) == std::set<QString>{dead, twice});
    const ClueRow d = clueOf(*pool, model, dead);
    CHECK(d.grade == QStringLiteral("red"));
    CHECK(d.reasonZh.contains(QStringLiteral("2022-06-30死亡")));
    CHECK(d.reasonZh.contains(QStringLiteral("2023、2024年度")));
    CHECK_FALSE(d.reasonZh.contains(QStringLiteral("2022、")));
    CHECK(clueOf(*pool, model, twice).grade == QStringLiteral("orange"));
}

TEST_CASE("forest-subsidy-irregularities: paid for more than all the plots registered in the village", "[screening][models]")
{
    testing::TempPool pool;
    const QString over = PoolBuilder::person(QDate(1950, 1, 1), 11), twoPlots = PoolBuilder::person(QDate(1951, 2, 2), 21),
                  exact = PoolBuilder::person(QDate(1952, 3, 3), 31), elsewhere = PoolBuilder::person(QDate(1953, 4, 4), 41);
    const QStringList header = {
        QStringLiteral("补偿年度"), QStringLiteral("村"), QStringLiteral("身份证号码"), QStringLiteral("补偿面积（亩）")};
    PoolBuilder(pool)
        .list(QStringLiteral("forest-subsidies"),
            {header, {QStringLiteral("2023"), QStringLiteral("南山村"), over, QStringLiteral("25")},
                {QStringLiteral("2023"), QStringLiteral("石门村"), twoPlots, QStringLiteral("20")},
                {QStringLiteral("2023"), QStringLiteral("东村"), exact, QStringLiteral("30")},
                {QStringLiteral("2023"), QStringLiteral("西岙村"), elsewhere, QStringLiteral("40")}})
        .list(QStringLiteral("forest-register"),
            {{QStringLiteral("身份证号码"), QStringLiteral("村"), QStringLiteral("面积（亩）")},
                {over, QStringLiteral("南山村"), QStringLiteral("12")}, {over, QStringLiteral("南山村"), QStringLiteral("8")},
                {twoPlots, QStringLiteral("石门村"), QStringLiteral("12")},
                {twoPlots, QStringLiteral("石门村"), QStringLiteral("8")}, {exact, QStringLiteral("东村"), QStringLiteral("30")},
                {elsewhere, QStringLiteral("东村"), QStringLiteral("5")}})
        .importAll();
    const char* model = "forest-subsidy-irregularities";
    run(*pool, model);
    // 25 > 12 + 8; 20 = 12 + 8 (each plot alone is smaller); 30 = 30; nothing registered in 西岙村
    CHECK(clueKeys(*pool, model) == std::set<QString>{over});
    const ClueRow o = clueOf(*pool, model, over);
    CHECK(o.grade == QStringLiteral("orange"));
    CHECK(o.reasonZh.contains(QStringLiteral("2023年度在南山村按25亩领取补偿，超过其在该村的林权登记面积20亩")));
    int plots = 0;
    for (const EvidenceRow& e : ClueStore(*pool).evidence(o.id))
        plots += e.type == QLatin1String("forest-register");
    CHECK(plots == 2);
}
