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

TEST_CASE("a row with two broken IDs is imported once both are matched, with both persons, and only once", "[ingest][match]")
{
    testing::TempPool pool;
    // One digit mistyped in each: the sixteenth (a sequence digit), so the check digit fails.
    const auto mistype = [](const QString& id) {
        QString t = id;
        t[15] = t[15] == u'4' ? u'5' : u'4';
        REQUIRE_FALSE(validKey(t));
        return t;
    };
    const QString husband = PoolBuilder::person(QDate(1970, 1, 5), 11), wife = PoolBuilder::person(QDate(1972, 2, 6), 12);
    const QString victim = PoolBuilder::person(QDate(1980, 3, 7), 13), relative = PoolBuilder::person(QDate(1955, 4, 8), 14);
    const QString victim2 = PoolBuilder::person(QDate(1981, 5, 9), 15), relative2 = PoolBuilder::person(QDate(1956, 6, 10), 16);
    const QString lostRelative = PoolBuilder::person(QDate(1957, 8, 12), 18);
    PoolBuilder(pool)
        .list(QStringLiteral("subsistence"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张甲"), husband},
                {QStringLiteral("李乙"), wife}, {QStringLiteral("王丙"), victim}, {QStringLiteral("赵丁"), relative},
                {QStringLiteral("钱戊"), victim2}, {QStringLiteral("孙己"), relative2}, {QStringLiteral("吴辛"), lostRelative}})
        .importAll();
    const auto importOne = [&](const char* type, const QString& file, const std::vector<QStringList>& rows) {
        ImportRequest req;
        req.type = QString::fromLatin1(type);
        req.files = {testing::writeCsv(pool.file(file), rows)};
        auto report = Importer(*pool, DatasetCatalog::forPool(*pool)).run(req);
        REQUIRE(report.ok());
        return report->datasetId;
    };
    // Marriage: both spouses are required, so either broken ID keeps the row out.
    const qint64 marriage = importOne("marriage", QStringLiteral("婚姻.csv"),
        {{QStringLiteral("登记类型"), QStringLiteral("登记日期"), QStringLiteral("男方姓名"), QStringLiteral("男方身份证号码"),
             QStringLiteral("女方姓名"), QStringLiteral("女方身份证号码")},
            {QStringLiteral("结婚登记"), QStringLiteral("2001-05-01"), QStringLiteral("张甲"), mistype(husband),
                QStringLiteral("李乙"), mistype(wife)}});
    // Victims: the victim is required, the relative is not. Rows 2 and 3 have both IDs mistyped;
    // row 4's victim ID was stored by Excel as a number (lost digits: no match can mend it).
    const qint64 victims = importOne("victims", QStringLiteral("被害人.csv"),
        {{QStringLiteral("案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码"),
             QStringLiteral("近亲属姓名"), QStringLiteral("近亲属身份证号码")},
            {QStringLiteral("A1"), QStringLiteral("故意伤害"), QStringLiteral("王丙"), mistype(victim), QStringLiteral("赵丁"),
                mistype(relative)},
            {QStringLiteral("A2"), QStringLiteral("故意伤害"), QStringLiteral("钱戊"), mistype(victim2), QStringLiteral("孙己"),
                mistype(relative2)},
            {QStringLiteral("A3"), QStringLiteral("故意伤害"), QStringLiteral("郑壬"), QStringLiteral("3.30382198705061E+17"),
                QStringLiteral("吴辛"), mistype(lostRelative)}});
    CHECK(DatasetStore(*pool).recordCount(marriage) == 0);
    CHECK(DatasetStore(*pool).recordCount(victims) == 0);

    // The issue of a broken ID as written (the relative's is a warning: not issueFor's rejects).
    const auto brokenId = [&](const QString& written) {
        for (const ImportIssue& i : DatasetStore(*pool).issues(IssueFilter{}))
            if (i.original == written && i.code == QLatin1String("id.invalid"))
                return i;
        FAIL("no issue for " << written.toStdString());
        return ImportIssue{};
    };
    const auto issueOf = [&](const QString& written) { return brokenId(written).id; };
    const auto outcomeOf = [&](const QString& written) { return brokenId(written).matchOutcome; };
    // The persons of a version's records, as role:key, one string per record.
    const auto records = [&](qint64 datasetId) {
        std::multiset<QString> out;
        Statement st = pool->db().prepare(
            QStringLiteral("SELECT group_concat(role || ':' || person_key, ' ') FROM (SELECT record_id, role, person_key FROM "
                           "record_persons WHERE dataset_id = ?1 ORDER BY record_id, role) GROUP BY record_id"));
        st.bind(1, datasetId);
        while (st.step())
            out.insert(st.text(0));
        return out;
    };
    PossibleMatches matcher(*pool);

    // The husband matched: recorded, the row waits for the wife.
    auto done = matcher.confirm(issueOf(mistype(husband)), husband);
    REQUIRE(done.ok());
    CHECK(done->rowsWaiting == 1);
    CHECK(done->recordsLinked == 0);
    CHECK(DatasetStore(*pool).recordCount(marriage) == 0);
    CHECK(outcomeOf(mistype(husband)) == QStringLiteral("waiting"));
    CHECK(outcomeOf(mistype(wife)).isEmpty()); // not decided yet
    done = matcher.confirm(issueOf(mistype(wife)), wife);
    REQUIRE(done.ok());
    CHECK(done->rowsWaiting == 0);
    CHECK(done->recordsLinked == 1);
    CHECK(done->recordCreated);
    CHECK(records(marriage) == std::multiset<QString>{QStringLiteral("female:%1 male:%2").arg(wife, husband)});
    CHECK(outcomeOf(mistype(husband)) == QStringLiteral("linked"));
    CHECK(outcomeOf(mistype(wife)) == QStringLiteral("linked"));

    // The relative (not required) first: the row still waits for the victim.
    done = matcher.confirm(issueOf(mistype(relative)), relative);
    REQUIRE(done.ok());
    CHECK(done->rowsWaiting == 1);
    CHECK(DatasetStore(*pool).recordCount(victims) == 0);
    done = matcher.confirm(issueOf(mistype(victim)), victim);
    REQUIRE(done.ok());
    CHECK(done->recordsLinked == 1);
    // The victim first: the row is stored at once; the relative matched later joins that record.
    done = matcher.confirm(issueOf(mistype(victim2)), victim2);
    REQUIRE(done.ok());
    CHECK(done->recordsLinked == 1);
    CHECK(done->rowsWaiting == 0);
    done = matcher.confirm(issueOf(mistype(relative2)), relative2);
    REQUIRE(done.ok());
    CHECK(done->recordsLinked == 1);
    CHECK_FALSE(done->recordCreated);
    // Row 4 stays out for its damaged victim ID: the relative's match is recorded, nothing stored.
    done = matcher.confirm(issueOf(mistype(lostRelative)), lostRelative);
    REQUIRE(done.ok());
    CHECK(done->recordsLinked == 0);
    CHECK(done->rowsWaiting == 0);
    CHECK(outcomeOf(mistype(lostRelative)) == QStringLiteral("out"));
    CHECK(outcomeOf(mistype(relative2)) == QStringLiteral("linked"));
    CHECK(records(victims) ==
        std::multiset<QString>{QStringLiteral("relative:%1 victim:%2").arg(relative, victim),
            QStringLiteral("relative:%1 victim:%2").arg(relative2, victim2)});
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
