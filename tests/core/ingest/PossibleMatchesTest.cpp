// Possible matches for broken IDs: transposed, mistyped and OCR-garbled IDs planted across lists;
// the person they were made from must be proposed first, and nothing is linked before the
// officer confirms. Expected keys are the ones the broken IDs were made from.
#include "ingest/PossibleMatches.h"
#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/Importer.h"
#include "pool/DatasetStore.h"
#include "screening/ClueStore.h"
#include "screening/ModelLibrary.h"
#include "screening/ScreeningRunner.h"
#include "security/AuditLog.h"

#include "TestSupport.h"

#include <set>

using namespace cluedesk;
using testing::PoolBuilder;

namespace {

bool validKey(const QString& id)
{
    return IdParser::parse(id, QDate(2026, 11, 23)).ok();
}

// A valid number that differs from `broken` in one digit other than at `avoid`.
QString oneDigitFrom(const QString& broken, const QString& avoid, int fromPosition)
{
    for (int i = fromPosition; i < 17; ++i)
        for (char d = '0'; d <= '9'; ++d) {
            QString t = broken;
            t[i] = QLatin1Char(d);
            if (t != broken && t != avoid && validKey(t))
                return t;
        }
    return {};
}

qint64 issueFor(Pool& pool, const QString& written)
{
    IssueFilter f;
    f.severities = {QStringLiteral("rejected")};
    for (const ImportIssue& i : DatasetStore(pool).issues(f))
        if (i.original == written)
            return i.id;
    return 0;
}

std::set<QString> pensionClues(Pool& pool)
{
    for (const auto& m : ModelLibrary::builtIns())
        if (m.id == QLatin1String("pension-during-imprisonment")) {
            auto r = ScreeningRunner(pool, DatasetCatalog::forPool(pool)).run(m);
            REQUIRE(r.ok());
        }
    ClueFilter f;
    f.models = {QStringLiteral("pension-during-imprisonment")};
    f.presences = {QStringLiteral("new"), QStringLiteral("present")};
    std::set<QString> keys;
    for (const auto& c : ClueStore(pool).list(f))
        keys.insert(c.personKey);
    return keys;
}

} // namespace

TEST_CASE("broken IDs get possible matches by name and one edit; nothing is linked before confirmation", "[ingest][match]")
{
    testing::TempPool pool;
    const QString a = PoolBuilder::person(QDate(1975, 3, 12), 41); // 王芳
    QString swapped = a;                                           // two neighbours of the sequence swapped
    int at = 14;
    while (swapped[at] == swapped[at + 1])
        ++at;
    std::swap(swapped[at], swapped[at + 1]);
    REQUIRE_FALSE(validKey(swapped));
    const QString decoy = oneDigitFrom(swapped, a, 6);         // another 王芳, one digit from the broken ID
    const QString otherName = oneDigitFrom(swapped, decoy, 0); // 李强, as near as a but named otherwise
    REQUIRE((!decoy.isEmpty() && !otherName.isEmpty() && decoy != otherName && otherName != a));
    const QString b = PoolBuilder::person(QDate(1968, 7, 2), 17); // 陈明, written 陳明 with a mistyped digit
    QString mistyped = b;
    mistyped[15] = mistyped[15] == u'4' ? u'5' : u'4';
    const QString c = PoolBuilder::person(QDate(1990, 10, 10), 5); // 刘洋, read by OCR as 33O382...
    QString letters = c;
    letters[2] = u'O';
    const QString nobody = QStringLiteral("330382198001011239"); // 赵敏: nobody near in the pool
    REQUIRE_FALSE(validKey(nobody));

    PoolBuilder(pool)
        .list(QStringLiteral("subsistence"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("王芳"), a}, {QStringLiteral("王芳"), decoy},
                {QStringLiteral("李强"), otherName}, {QStringLiteral("陈明"), b}, {QStringLiteral("刘洋"), c}})
        .list(QStringLiteral("custody"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("刑种"), QStringLiteral("刑期起日"),
                 QStringLiteral("刑期止日")},
                {QStringLiteral("王芳"), a, QStringLiteral("有期徒刑"), QStringLiteral("2023-03-15"),
                    QStringLiteral("2023-06-10")}})
        .importAll();
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("养老金.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额")},
            {QStringLiteral("王芳"), swapped, QStringLiteral("202304"), QStringLiteral("2000")},
            {QStringLiteral("王芳"), swapped, QStringLiteral("202305"), QStringLiteral("2000")},
            {QStringLiteral("陳明"), mistyped, QStringLiteral("202304"), QStringLiteral("1800")},
            {QStringLiteral("刘洋"), letters, QStringLiteral("202304"), QStringLiteral("1500")},
            {QStringLiteral("赵敏"), nobody, QStringLiteral("202304"), QStringLiteral("1500")}});
    ImportRequest req;
    req.type = QStringLiteral("pension");
    req.files = {csv};
    auto report = Importer(*pool, DatasetCatalog::forPool(*pool)).run(req);
    REQUIRE(report.ok());
    REQUIRE(report->rejected == 5);
    const qint64 pension = report->datasetId;

    PossibleMatches matcher(*pool);
    const qint64 issueA = issueFor(*pool, swapped), issueB = issueFor(*pool, mistyped), issueC = issueFor(*pool, letters),
                 issueNobody = issueFor(*pool, nobody);
    REQUIRE((issueA && issueB && issueC && issueNobody));

    const auto forA = matcher.forIssue(issueA);
    REQUIRE(forA.size() == 2); // 王芳 a and the decoy; 李强 is as near but named otherwise
    CHECK(forA[0].key == a);
    CHECK(forA[0].near.kind == NearId::Kind::Swap);
    CHECK(forA[1].key == decoy);
    CHECK(forA[0].where.at(0).fileName.isEmpty() == false);
    CHECK(forA[0].sightings == 2); // the subsistence list and custody
    const auto forB = matcher.forIssue(issueB);
    REQUIRE(forB.size() == 1); // 陳明 is 陈明
    CHECK(forB[0].key == b);
    CHECK(forB[0].near.position == 16);
    const auto forC = matcher.forIssue(issueC);
    REQUIRE_FALSE(forC.empty());
    CHECK(forC[0].key == c);
    CHECK(matcher.forIssue(issueNobody).empty());

    // Nothing linked yet: the pension rows are not in the pool, and screening does not see them.
    CHECK(DatasetStore(*pool).recordCount(pension) == 0);
    CHECK(pensionClues(*pool).empty());

    // Only a proposed match can be confirmed.
    const auto wrong = matcher.confirm(issueA, otherName);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("match.not-proposed"));
    CHECK(DatasetStore(*pool).recordCount(pension) == 0);

    const auto done = matcher.confirm(issueA, a);
    INFO(done.errorMessage());
    REQUIRE(done.ok());
    CHECK(done->rows == 2); // both months of 王芳 with the same broken ID
    CHECK(done->recordsLinked == 2);
    CHECK(DatasetStore(*pool).recordCount(pension) == 2);
    Statement st = pool->db().prepare(QStringLiteral("SELECT person_key, %1, %2 FROM record_persons rp WHERE dataset_id = ?1")
                                          .arg(DatasetStore::idWrittenSql(u"rp"), DatasetStore::nameWrittenSql(u"rp")));
    st.bind(1, pension);
    int linked = 0;
    while (st.step()) {
        CHECK(st.text(0) == a);
        CHECK(st.text(1) == swapped); // the text as written is kept
        CHECK(st.text(2) == QStringLiteral("王芳"));
        ++linked;
    }
    CHECK(linked == 2);
    CHECK(pensionClues(*pool) == std::set<QString>{a});
    AuditFilter af;
    af.action = QStringLiteral("reject.match");
    CHECK(AuditLog(*pool).list(af).size() == 1);
    CHECK_FALSE(matcher.confirm(issueA, a).ok()); // already linked

    REQUIRE(matcher.dismiss(issueNobody).ok());
    IssueFilter f;
    f.datasetId = pension;
    int matched = 0, dismissed = 0;
    for (const ImportIssue& i : DatasetStore(*pool).issues(f)) {
        matched += i.decision == QLatin1String("matched") ? 1 : 0;
        dismissed += i.decision == QLatin1String("dismissed") ? 1 : 0;
        if (i.decision == QLatin1String("matched"))
            CHECK(i.decidedBy == pool->user());
        if (i.id == issueB)
            CHECK(i.personName == QStringLiteral("陳明"));
    }
    CHECK(matched == 2);
    CHECK(dismissed == 1);
}

TEST_CASE("an ID whose county is not in GB/T 2260 is imported with a warning", "[ingest][region]")
{
    testing::TempPool pool;
    const QString unknownCounty = PoolBuilder::person(QDate(1980, 1, 1), 7, QStringLiteral("330399"));
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("低保.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张三"), unknownCounty}});
    ImportRequest req;
    req.type = QStringLiteral("subsistence");
    req.files = {csv};
    auto report = Importer(*pool, DatasetCatalog::forPool(*pool)).run(req);
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    IssueFilter f;
    const auto issues = DatasetStore(*pool).issues(f);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == QStringLiteral("id.region-unknown"));
    CHECK(issues[0].message.contains(QStringLiteral("330399")));
}
