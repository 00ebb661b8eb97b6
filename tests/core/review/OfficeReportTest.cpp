// The chief's figures over a period, against a timeline worked out by hand: two victims and two
// pensioners found in March 2024; one victim assisted, one pension stopped after a suggestion
// and a reply, one suggestion left without a reply.
#include "ReviewTestSupport.h"

#include "assistance/CalculationStore.h"
#include "letters/LetterRegister.h"
#include "review/OfficeReport.h"

#include <QTemporaryDir>

using namespace cluedesk;
using testing::PoolBuilder;

namespace {

Result<QByteArray> fakePdf(const QString& html)
{
    return QByteArray(QByteArray("%PDF-fake ") + html.toUtf8());
}

} // namespace

TEST_CASE("stats: clues, decisions, suggestions, corrections, money and letters of a period", "[review][stats]")
{
    testing::TempPool pool;
    QDateTime clock(QDate(2024, 3, 1), QTime(9, 0));
    pool->setClock([&] { return clock; });
    const QString a = PoolBuilder::person(QDate(1980, 3, 1), 41), b = PoolBuilder::person(QDate(1981, 3, 1), 42);
    const QString p1 = PoolBuilder::person(QDate(1950, 3, 1), 43), p2 = PoolBuilder::person(QDate(1951, 3, 1), 44);
    std::vector<QStringList> pension = {
        {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额")}};
    for (const QString& key : {p1, p2})
        for (int m = 1; m <= 12; ++m)
            pension.push_back(
                {QStringLiteral("某"), key, QStringLiteral("2023%1").arg(m, 2, 10, QLatin1Char('0')), QStringLiteral("2000")});
    const QStringList listHeader = {QStringLiteral("姓名"), QStringLiteral("身份证号码")};
    PoolBuilder(pool)
        .list(QStringLiteral("victims"),
            {{QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
                 QStringLiteral("被害人身份证号码")},
                {QStringLiteral("A1"), QStringLiteral("故意伤害"), QStringLiteral("甲"), a},
                {QStringLiteral("A2"), QStringLiteral("交通肇事"), QStringLiteral("乙"), b}},
            QStringLiteral("2024-02-29"))
        .list(QStringLiteral("subsistence"), {listHeader, {QStringLiteral("甲"), a}, {QStringLiteral("乙"), b}},
            QStringLiteral("2024-02-29"))
        .list(QStringLiteral("pension"), pension, QStringLiteral("2024-02-29"))
        .list(QStringLiteral("custody"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("刑种"), QStringLiteral("刑期起日"),
                 QStringLiteral("刑期止日")},
                {QStringLiteral("丙"), p1, QStringLiteral("有期徒刑"), QStringLiteral("2023-01-01"),
                    QStringLiteral("2024-12-31")},
                {QStringLiteral("丁"), p2, QStringLiteral("有期徒刑"), QStringLiteral("2023-01-01"),
                    QStringLiteral("2024-12-31")}},
            QStringLiteral("2024-02-29"))
        .importAll();
    pool->setSetting(QStringLiteral("office.name"), QStringLiteral("乐清市人民检察院"));
    screening_test::run(*pool, "uncompensated-victims-in-hardship");
    screening_test::run(*pool, "pension-during-imprisonment");
    const qint64 victimA = screening_test::clueOf(*pool, "uncompensated-victims-in-hardship", a).id;
    const qint64 pension1 = screening_test::clueOf(*pool, "pension-during-imprisonment", p1).id;
    const qint64 pension2 = screening_test::clueOf(*pool, "pension-during-imprisonment", p2).id;
    ReviewStore review(*pool);
    auto at = [&](int month, int day) { clock = QDateTime(QDate(2024, month, day), QTime(9, 0)); };
    auto set = [&](qint64 clue, const char* status, std::optional<qint64> recovered = {}) {
        auto s = review.setStatus(clue, QString::fromLatin1(status), QStringLiteral("理由"), recovered);
        INFO(s.errorMessage().toStdString());
        REQUIRE(s.ok());
    };
    auto letter = [&](qint64 clue) {
        LetterRequest r;
        r.templateId = QStringLiteral("procuratorial-suggestion");
        r.department = QStringLiteral("乐清市人力资源和社会保障局");
        r.clueIds = {clue};
        r.date = clock.date();
        auto d = LetterComposer::compose(*pool, r);
        REQUIRE(d.ok());
        return LetterRegister(*pool).issue(*d, fakePdf)->number;
    };
    // victim A: decided after 9 days, 30,000 yuan decided and paid
    at(3, 5);
    set(victimA, "verifying");
    at(3, 10);
    set(victimA, "eligible");
    Calculation c;
    c.amountFen = 3000000;
    c.input.caseType = QStringLiteral("intentional-injury");
    REQUIRE(CalculationStore(*pool).save(victimA, a, c, true).ok());
    at(3, 20);
    set(victimA, "assisted");
    // pensioner 1: confirmed after 3 days, suggestion, reply, corrected with 24,000 yuan recovered
    at(3, 2);
    set(pension1, "verifying");
    set(pension2, "verifying");
    at(3, 4);
    set(pension1, "confirmed");
    at(3, 5);
    const QString first = letter(pension1);
    at(4, 1);
    REQUIRE(LetterRegister(*pool).reply(first, QDate(2024, 4, 1), QStringLiteral("已停发")).ok());
    at(4, 10);
    set(pension1, "corrected", 2400000);
    // pensioner 2: confirmed after 5 days, suggestion unanswered (due 2024-05-06)
    at(3, 6);
    set(pension2, "confirmed");
    at(3, 7);
    letter(pension2);

    clock = QDateTime(QDate(2025, 1, 10), QTime(9, 0)); // the chief asks in January
    const OfficeReport year = OfficeReport::collect(*pool, QDate(2024, 1, 1), QDate(2024, 12, 31));
    REQUIRE(year.models.size() == 2);
    const ReportRow& pensions =
        year.models[0].modelId == QLatin1String("pension-during-imprisonment") ? year.models[0] : year.models[1];
    const ReportRow& victims = &pensions == &year.models[0] ? year.models[1] : year.models[0];
    CHECK(victims.found == 2);
    CHECK(victims.orange == 2);
    CHECK(victims.decided == 1);
    CHECK(victims.assisted == 1);
    CHECK(victims.daysToDecision == Approx(9.0));
    CHECK(pensions.found == 2);
    CHECK(pensions.red == 2); // twelve months each
    CHECK(pensions.decided == 2);
    CHECK(pensions.suggested == 2);
    CHECK(pensions.corrected == 1);
    CHECK(pensions.recoveredFen == 2400000);
    CHECK(pensions.daysToDecision == Approx(4.0)); // 3 and 5 days
    CHECK(year.total.found == 4);
    CHECK(year.total.decided == 3);
    CHECK(year.total.daysToDecision == Approx(17.0 / 3));
    CHECK(year.decidedFen == 3000000);
    CHECK(year.paidFen == 3000000);
    CHECK(year.lettersIssued == 2);
    CHECK(year.lettersReplied == 1);
    CHECK(year.lettersOverdue == 1);
    const auto rows = year.rows(Language::Chinese);
    REQUIRE(rows.size() == 3);
    CHECK(rows.back().front() == QStringLiteral("合计"));
    CHECK(rows.back().back() == QStringLiteral("24000.00"));

    // April alone: the reply, the correction; nothing found; the second letter not yet overdue
    const OfficeReport april = OfficeReport::collect(*pool, QDate(2024, 4, 1), QDate(2024, 4, 30));
    CHECK(april.total.found == 0);
    CHECK(april.total.corrected == 1);
    CHECK(april.total.recoveredFen == 2400000);
    CHECK(april.lettersIssued == 0);
    CHECK(april.lettersReplied == 1);
    CHECK(april.lettersOverdue == 0);

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("stats.xlsx"));
    REQUIRE(year.writeXlsx(xlsx, Language::Chinese).ok());
    CHECK(QFileInfo(xlsx).size() > 1000);
}
