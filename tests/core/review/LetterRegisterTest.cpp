// The verification gate, composing letters, and the register's numbers: per year, no gaps,
// never reused, none taken by a letter that could not be made.
#include "ReviewTestSupport.h"

#include "letters/LetterRegister.h"

using namespace cluedesk;
using review_test::VictimPool;

namespace {

Result<QByteArray> fakePdf(const QString& html)
{
    return QByteArray(QByteArray("%PDF-fake ") + html.toUtf8());
}

LetterRequest request(std::vector<qint64> clues, const QDate& date = QDate(2024, 7, 10))
{
    LetterRequest r;
    r.templateId = QStringLiteral("social-assistance-suggestion");
    r.department = QStringLiteral("乐清市民政局");
    r.clueIds = std::move(clues);
    r.date = date;
    return r;
}

QString issue(Pool& pool, const LetterRequest& r)
{
    auto draft = LetterComposer::compose(pool, r);
    INFO(draft.errorMessage().toStdString());
    REQUIRE(draft.ok());
    auto letter = LetterRegister(pool).issue(*draft, fakePdf);
    INFO(letter.errorMessage().toStdString());
    REQUIRE(letter.ok());
    return letter->number;
}

} // namespace

TEST_CASE("no letter about a person before a verification decision", "[letters]")
{
    VictimPool v;
    const qint64 clue = v.clueOf(v.first);
    auto d = LetterComposer::compose(*v.pool, request({clue}));
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().code == QStringLiteral("letter.not-decided"));
    CHECK(d.error().message.contains(QStringLiteral("张一")));
    REQUIRE(ReviewStore(*v.pool).setStatus(clue, QStringLiteral("verifying"), QString()).ok());
    CHECK(LetterComposer::compose(*v.pool, request({clue})).error().code == QStringLiteral("letter.not-decided"));
    // one undecided person among decided ones stops the whole letter
    const qint64 second = v.clueOf(v.second);
    v.decide(second, QStringLiteral("referred"));
    CHECK(LetterComposer::compose(*v.pool, request({second, clue})).error().code == QStringLiteral("letter.not-decided"));
    REQUIRE(ReviewStore(*v.pool).setStatus(clue, QStringLiteral("eligible"), QStringLiteral("经核查：家庭困难属实")).ok());
    CHECK(LetterComposer::compose(*v.pool, request({second, clue})).ok());
    CHECK(v.pool->db().scalar(QStringLiteral("SELECT count(*) FROM letters")).toInt() == 0);
}

TEST_CASE("a letter lists several persons for one department with what was found", "[letters]")
{
    VictimPool v;
    const qint64 a = v.clueOf(v.first), b = v.clueOf(v.second);
    v.decide(a, QStringLiteral("eligible"), QStringLiteral("经核查，家庭困难属实"));
    v.decide(b, QStringLiteral("referred"), QStringLiteral("不符合司法救助条件，建议纳入低保"));
    auto d = LetterComposer::compose(*v.pool, request({a, b}));
    REQUIRE(d.ok());
    CHECK(d->prefix == QStringLiteral("乐检救建"));
    CHECK(d->department == QStringLiteral("乐清市民政局"));
    REQUIRE(d->persons.size() == 2);
    CHECK(d->html.contains(QStringLiteral("乐清市民政局：")));
    CHECK(d->html.contains(QStringLiteral("1、张一：")));
    CHECK(d->html.contains(QStringLiteral("2、李二：")));
    // the officer's lead-in is not printed twice
    CHECK(d->html.contains(QStringLiteral("经核查：家庭困难属实")));
    CHECK_FALSE(d->html.contains(QStringLiteral("经核查：经核查")));
    CHECK(d->html.contains(QStringLiteral("二〇二四年八月九日"))); // 30 days to reply
    CHECK(d->html.contains(QStringLiteral("二〇二四年七月十日")));
    CHECK(d->html.contains(QStringLiteral("{{number}}")));
    // the annex masks ID numbers unless asked
    CHECK(d->html.contains(v.first.left(6) + QStringLiteral("********") + v.first.right(4)));
    CHECK_FALSE(d->html.contains(v.first));
    auto full = request({a, b});
    full.fullIds = true;
    CHECK(LetterComposer::compose(*v.pool, full)->html.contains(v.first));
    // a department letter needs its department; the decision notice needs the decided amount
    auto noDept = request({a});
    noDept.department.clear();
    CHECK(LetterComposer::compose(*v.pool, noDept).error().code == QStringLiteral("letter.no-department"));
    auto decision = request({a});
    decision.templateId = QStringLiteral("judicial-aid-decision");
    CHECK(LetterComposer::compose(*v.pool, decision).error().code == QStringLiteral("letter.no-amount"));
    auto unknown = request({a});
    unknown.templateId = QStringLiteral("thank-you-note");
    CHECK(LetterComposer::compose(*v.pool, unknown).error().code == QStringLiteral("letter.bad-template"));
}

TEST_CASE("letter numbers run per prefix and year without gaps and are never reused", "[letters]")
{
    VictimPool v;
    const qint64 a = v.clueOf(v.first), b = v.clueOf(v.second);
    v.decide(a, QStringLiteral("eligible"));
    v.decide(b, QStringLiteral("referred"));
    CHECK(issue(*v.pool, request({a})) == QStringLiteral("乐检救建〔2024〕1号"));
    CHECK(issue(*v.pool, request({b})) == QStringLiteral("乐检救建〔2024〕2号"));

    // A letter that cannot be made takes no number.
    auto draft = LetterComposer::compose(*v.pool, request({a}));
    REQUIRE(draft.ok());
    auto failed = LetterRegister(*v.pool).issue(
        *draft, [](const QString&) -> Result<QByteArray> { return fail(QStringLiteral("printer on fire")); });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("no number was used")));
    CHECK(issue(*v.pool, request({a})) == QStringLiteral("乐检救建〔2024〕3号"));

    // A voided letter keeps its number.
    LetterRegister reg(*v.pool);
    CHECK_FALSE(reg.voidLetter(QStringLiteral("乐检救建〔2024〕2号"), QString()).ok());
    REQUIRE(reg.voidLetter(QStringLiteral("乐检救建〔2024〕2号"), QStringLiteral("收件单位有误")).ok());
    CHECK(reg.byNumber(QStringLiteral("乐检救建〔2024〕2号"))->status == QStringLiteral("void"));
    CHECK(issue(*v.pool, request({b})) == QStringLiteral("乐检救建〔2024〕4号"));
    CHECK_FALSE(reg.voidLetter(QStringLiteral("乐检救建〔2024〕9号"), QStringLiteral("x")).ok());

    // Other years and other prefixes count on their own.
    CHECK(issue(*v.pool, request({a}, QDate(2025, 1, 2))) == QStringLiteral("乐检救建〔2025〕1号"));
    auto suggestion = request({a});
    suggestion.templateId = QStringLiteral("procuratorial-suggestion");
    CHECK(issue(*v.pool, suggestion) == QStringLiteral("乐检建〔2024〕1号"));

    std::vector<int> seqs;
    for (const IssuedLetter& l : reg.list(2024))
        if (l.prefix == QStringLiteral("乐检救建"))
            seqs.push_back(l.seq);
    std::sort(seqs.begin(), seqs.end());
    CHECK(seqs == std::vector<int>{1, 2, 3, 4});
    CHECK(reg.forClue(a).size() == 4);
    CHECK(reg.pdf(reg.byNumber(QStringLiteral("乐检救建〔2024〕3号"))->id).value().contains("乐检救建〔2024〕3号"));
    // the database itself refuses a second letter with a used number
    CHECK_THROWS(v.pool->db().exec(
        QStringLiteral("INSERT INTO letters(template, prefix, year, seq, number, department, letter_date, "
                       "clue_ids, content, created_at, created_by) SELECT template, prefix, year, seq, "
                       "number, department, letter_date, clue_ids, content, created_at, created_by FROM letters LIMIT 1")));
}

TEST_CASE("placeholders are filled once: braces the officer types are printed as typed", "[letters]")
{
    VictimPool v;
    const qint64 clue = v.clueOf(v.first);
    v.decide(clue, QStringLiteral("eligible"));
    LetterRequest r = request({clue});
    r.measures = QStringLiteral("请在回函中注明{{number}}及{{deadline}}");
    auto d = LetterComposer::compose(*v.pool, r);
    REQUIRE(d.ok());
    auto letter = LetterRegister(*v.pool).issue(*d, fakePdf);
    REQUIRE(letter.ok());
    const QString html = LetterRegister(*v.pool).html(letter->id).value();
    // the letter's own number and deadline are filled; the officer's text stays as typed
    CHECK(html.contains(letter->number));
    CHECK(html.contains(QStringLiteral("请在回函中注明&#123;&#123;number}}及&#123;&#123;deadline}}")));
    CHECK(html.count(letter->number) == 1);
    // a placeholder the call does not know is left for the next one
    CHECK(LetterComposer::fill(QStringLiteral("{{a}} {{b}}"), {{QStringLiteral("a"), QStringLiteral("{{b}}")}}) ==
        QStringLiteral("&#123;&#123;b}} {{b}}"));
}
