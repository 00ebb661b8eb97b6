// Supervision clues and their letters: the gate follows the clue's review path, issuing a
// suggestion moves a confirmed clue on, replies are recorded, letters fall overdue, and the next
// screening after a reply shows whether the problem went away.
#include "ReviewTestSupport.h"

#include "letters/LetterFollowUp.h"

#include <ranges>

using namespace cluedesk;
using testing::PoolBuilder;

namespace {

const char* kModel = "pension-during-imprisonment";

std::vector<QStringList> pensionRows(const QStringList& keys, int lastMonth)
{
    std::vector<QStringList> rows = {
        {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额")}};
    for (const QString& key : keys)
        for (int m = 1; m <= lastMonth; ++m)
            rows.push_back(
                {QStringLiteral("某"), key, QStringLiteral("2023%1").arg(m, 2, 10, QLatin1Char('0')), QStringLiteral("2000")});
    return rows;
}

struct PensionPool {
    testing::TempPool pool;
    QString stopped = PoolBuilder::person(QDate(1950, 2, 3), 21); // the bureau stops paying after the letter
    QString ongoing = PoolBuilder::person(QDate(1951, 4, 5), 22); // and this one it keeps paying
    QDateTime clock = QDateTime(QDate(2024, 7, 1), QTime(9, 0));

    PensionPool()
    {
        pool->setClock([this] { return clock; });
        PoolBuilder(pool)
            .list(QStringLiteral("pension"), pensionRows({stopped, ongoing}, 12))
            .list(QStringLiteral("custody"),
                {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("刑种"), QStringLiteral("刑期起日"),
                     QStringLiteral("刑期止日")},
                    {QStringLiteral("甲"), stopped, QStringLiteral("有期徒刑"), QStringLiteral("2023-03-01"),
                        QStringLiteral("2024-12-31")},
                    {QStringLiteral("乙"), ongoing, QStringLiteral("有期徒刑"), QStringLiteral("2023-03-01"),
                        QStringLiteral("2024-12-31")}})
            .importAll();
        pool->setSetting(QStringLiteral("office.name"), QStringLiteral("乐清市人民检察院"));
        pool->setSetting(QStringLiteral("county.name"), QStringLiteral("乐清市"));
        screening_test::run(*pool, kModel);
    }
    qint64 clueOf(const QString& key) { return screening_test::clueOf(*pool, kModel, key).id; }
    LetterRequest request(const QString& templ, std::vector<qint64> clues)
    {
        LetterRequest r;
        r.templateId = templ;
        r.department = QStringLiteral("乐清市人力资源和社会保障局");
        r.clueIds = std::move(clues);
        r.date = QDate(2024, 7, 10);
        return r;
    }
};

Result<QByteArray> fakePdf(const QString& html)
{
    return QByteArray(QByteArray("%PDF-fake ") + html.toUtf8());
}

} // namespace

TEST_CASE("a supervision clue gets a letter after a confirmed violation, and moves on to suggested", "[letters]")
{
    PensionPool p;
    const qint64 a = p.clueOf(p.stopped), b = p.clueOf(p.ongoing);
    // judicial-aid letters are not written about pension clues, whatever their status
    auto wrong = LetterComposer::compose(*p.pool, p.request(QStringLiteral("social-assistance-suggestion"), {a}));
    CHECK(wrong.error().code == QStringLiteral("letter.wrong-workflow"));
    auto early = LetterComposer::compose(*p.pool, p.request(QStringLiteral("procuratorial-suggestion"), {a, b}));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == QStringLiteral("letter.not-decided"));
    CHECK(early.error().message.contains(QStringLiteral("违法属实")));       // the gate names this path's decisions
    CHECK_FALSE(early.error().message.contains(QStringLiteral("eligible"))); // not the aid path's codes
    review_test::decide(*p.pool, a, QStringLiteral("confirmed"), QStringLiteral("经调取监狱档案，服刑属实"));
    review_test::decide(*p.pool, b, QStringLiteral("confirmed"), QStringLiteral("服刑属实"));
    auto draft = LetterComposer::compose(*p.pool, p.request(QStringLiteral("procuratorial-suggestion"), {a, b}));
    REQUIRE(draft.ok());
    CHECK(draft->deadline == QDate(2024, 9, 8)); // 60 days to reply
    auto letter = LetterRegister(*p.pool).issue(*draft, fakePdf);
    REQUIRE(letter.ok());
    CHECK(letter->dueDate == QStringLiteral("2024-09-08"));
    ReviewStore review(*p.pool);
    for (qint64 clue : {a, b}) {
        CHECK(review.statusOf(clue) == QStringLiteral("suggested"));
        CHECK(review.events(clue).back().note.contains(letter->number));
    }
}

TEST_CASE("replies are recorded, letters without one fall overdue", "[letters]")
{
    PensionPool p;
    const qint64 a = p.clueOf(p.stopped);
    review_test::decide(*p.pool, a, QStringLiteral("confirmed"), QStringLiteral("服刑属实"));
    auto draft = LetterComposer::compose(*p.pool, p.request(QStringLiteral("procuratorial-suggestion"), {a}));
    REQUIRE(draft.ok());
    LetterRegister reg(*p.pool);
    const QString number = reg.issue(*draft, fakePdf)->number;
    CHECK(reg.byNumber(number)->state(QDate(2024, 9, 8)) == QStringLiteral("due"));
    CHECK(reg.byNumber(number)->state(QDate(2024, 9, 9)) == QStringLiteral("overdue"));
    CHECK(reg.overdue(QDate(2024, 9, 8)).empty());
    REQUIRE(reg.overdue(QDate(2024, 9, 9)).size() == 1);

    CHECK(reg.reply(number, QDate(2024, 7, 1), QStringLiteral("已停发")).error().code == QStringLiteral("letter.reply-date"));
    CHECK(reg.reply(number, QDate(2024, 9, 1), QStringLiteral("  ")).error().code == QStringLiteral("letter.no-reply-text"));
    CHECK(reg.reply(QStringLiteral("乐检建〔2024〕99号"), QDate(2024, 9, 1), QStringLiteral("x")).error().code ==
        QStringLiteral("letter.unknown"));
    REQUIRE(reg.reply(number, QDate(2024, 9, 20), QStringLiteral("已停发并追回养老金"), QStringLiteral("回复.pdf"),
                   QByteArray("%PDF-reply"))
                .ok());
    const auto l = reg.byNumber(number);
    REQUIRE(l->replies.size() == 1);
    CHECK(l->replies.front().date == QStringLiteral("2024-09-20"));
    CHECK(l->replies.front().fileName == QStringLiteral("回复.pdf"));
    CHECK(reg.replyFile(l->replies.front().id).value() == QByteArray("%PDF-reply"));
    CHECK(l->state(QDate(2024, 12, 1)) == QStringLiteral("replied")); // a late reply is still a reply
    CHECK(reg.overdue(QDate(2024, 12, 1)).empty());
    CHECK(p.pool->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'letter.reply'")).toInt() == 1);
    // a void letter takes no reply
    REQUIRE(reg.voidLetter(number, QStringLiteral("地址有误")).ok());
    CHECK(reg.reply(number, QDate(2024, 9, 21), QStringLiteral("x")).error().code == QStringLiteral("letter.unknown"));
    CHECK(reg.byNumber(number)->state(QDate(2024, 12, 1)) == QStringLiteral("void"));
}

TEST_CASE("after a reply the next screening shows whether the pension was stopped", "[letters]")
{
    PensionPool p;
    const qint64 a = p.clueOf(p.stopped), b = p.clueOf(p.ongoing);
    for (qint64 clue : {a, b})
        review_test::decide(*p.pool, clue, QStringLiteral("confirmed"), QStringLiteral("服刑属实"));
    auto draft = LetterComposer::compose(*p.pool, p.request(QStringLiteral("procuratorial-suggestion"), {a, b}));
    LetterRegister reg(*p.pool);
    const QString number = reg.issue(*draft, fakePdf)->number;
    auto followUp = [&](qint64 clue) {
        const auto f = LetterFollowUp::forClue(*p.pool, clue, QDate(2024, 10, 1));
        REQUIRE(f.size() == 1);
        return f.front();
    };
    CHECK(followUp(a).outcome.isEmpty());
    CHECK(followUp(a).describe().text(Language::Chinese).contains(QStringLiteral("应于2024-09-08前回复")));
    p.clock = QDateTime(QDate(2024, 9, 20), QTime(10, 0));
    REQUIRE(reg.reply(number, QDate(2024, 9, 20), QStringLiteral("已对二人停发养老金")).ok());
    CHECK(followUp(a).outcome == QStringLiteral("pending"));
    CHECK(followUp(a).describe().text(Language::Chinese).contains(QStringLiteral("尚未用回复之后的名单重新筛查")));
    // screening again on the same old lists tells nothing yet
    p.clock = QDateTime(QDate(2024, 9, 25), QTime(10, 0));
    screening_test::run(*p.pool, kModel);
    CHECK(followUp(a).outcome == QStringLiteral("pending"));
    CHECK(followUp(b).outcome == QStringLiteral("pending"));
    // the bureau's next list: one of the two is no longer paid for months in prison
    p.clock = QDateTime(QDate(2024, 10, 8), QTime(10, 0));
    std::vector<QStringList> rows = pensionRows({p.stopped}, 2);
    for (const QStringList& r : pensionRows({p.ongoing}, 12) | std::views::drop(1))
        rows.push_back(r);
    PoolBuilder(p.pool).list(QStringLiteral("pension"), rows, QStringLiteral("2024-09-30")).importAll();
    screening_test::run(*p.pool, kModel);
    CHECK(followUp(a).outcome == QStringLiteral("gone"));
    CHECK(followUp(a).rescreenedAt == QStringLiteral("2024-10-08"));
    CHECK(followUp(a).describe().text(Language::Chinese).contains(QStringLiteral("问题已消除")));
    CHECK(followUp(b).outcome == QStringLiteral("present"));
    CHECK(followUp(b).describe().text(Language::Chinese).contains(QStringLiteral("问题仍存在")));
}

TEST_CASE("a case not transferred gets the transfer suggestion, naming the case, not a person's ID", "[letters]")
{
    testing::TempPool pool;
    pool->setSetting(QStringLiteral("office.name"), QStringLiteral("乐清市人民检察院"));
    const QString party = PoolBuilder::person(QDate(1975, 1, 1), 31);
    PoolBuilder(pool)
        .list(QStringLiteral("admin-penalties"),
            {{QStringLiteral("行政处罚决定书文号"), QStringLiteral("当事人名称"), QStringLiteral("当事人身份证号码"),
                 QStringLiteral("违法行为类型"), QStringLiteral("涉案货值金额"), QStringLiteral("处罚决定日期")},
                {QStringLiteral("乐市监罚决字〔2023〕1号"), QStringLiteral("王某"), party, QStringLiteral("销售伪劣产品"),
                    QStringLiteral("60000"), QStringLiteral("2023-03-01")}})
        .importAll();
    screening_test::run(*pool, "admin-cases-not-transferred");
    const ClueRow clue = screening_test::clueOf(*pool, "admin-cases-not-transferred", QStringLiteral("乐市监罚决字(2023)1号"));
    review_test::decide(*pool, clue.id, QStringLiteral("confirmed"), QStringLiteral("涉案货值达到追诉标准，未移送公安"));
    LetterRequest r;
    r.templateId = QStringLiteral("case-transfer-suggestion");
    r.department = QStringLiteral("乐清市市场监督管理局");
    r.clueIds = {clue.id};
    r.date = QDate(2024, 7, 10);
    auto draft = LetterComposer::compose(*pool, r);
    INFO(draft.errorMessage().toStdString());
    REQUIRE(draft.ok());
    CHECK(draft->prefix.endsWith(QStringLiteral("检移建")));
    CHECK(draft->deadline == QDate(2024, 7, 25)); // 15 days
    CHECK(draft->html.contains(QStringLiteral("建议移送涉嫌犯罪案件函")));
    CHECK(draft->html.contains(QStringLiteral("乐市监罚决字(2023)1号")));
    CHECK_FALSE(draft->html.contains(party)); // the case is the subject; the party's ID is not printed
    CHECK(draft->html.contains(QStringLiteral("有关案件（事项）情况表")));
    CHECK_FALSE(draft->html.contains(QStringLiteral("身份证号码")));
    REQUIRE(LetterRegister(*pool).issue(*draft, fakePdf).ok());
    CHECK(ReviewStore(*pool).statusOf(clue.id) == QStringLiteral("suggested"));
}
