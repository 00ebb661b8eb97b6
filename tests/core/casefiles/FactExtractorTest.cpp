#include "casefiles/FactExtractor.h"
#include "casefiles/CaseFileStore.h"
#include "ingest/DatasetCatalog.h"
#include "screening/ClueStore.h"
#include "screening/ModelLibrary.h"
#include "screening/ScreeningRunner.h"
#include "security/UserStore.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <map>

using namespace cluedesk;

namespace {

CaseFileFacts read(std::initializer_list<const char*> pages, const char* source = "text", double confidence = 100)
{
    std::vector<PageText> texts;
    int n = 0;
    for (const char* p : pages)
        texts.push_back({++n, QString::fromUtf8(p), QString::fromLatin1(source), confidence});
    return FactExtractor(ExtractionRules::builtIn()).extract(texts, QDate(2024, 7, 1));
}

const ExtractedFact* factOf(const CaseFileFacts& f, const char* kind, const char* value = nullptr)
{
    for (const ExtractedFact& x : f.facts)
        if (x.kind == QLatin1String(kind) && (!value || x.value == QString::fromUtf8(value)))
            return &x;
    return nullptr;
}

} // namespace

TEST_CASE("text is normalised the way OCR and odd PDFs need", "[casefiles][extract]")
{
    CHECK(FactExtractor::normalise(QStringLiteral("被 害 人 张 三")) == QStringLiteral("被害人张三"));
    CHECK(FactExtractor::normalise(QStringLiteral("\u2EA0政局")) == QStringLiteral("民政局")); // CJK radical in a text layer
    CHECK(FactExtractor::normalise(QStringLiteral("３３０３８２（男）")) == QStringLiteral("330382(男)"));
    CHECK(FactExtractor::normalise(QStringLiteral("乐清市人民检察院\n起诉书")) == QStringLiteral("乐清市人民检察院\n起诉书"));
    CHECK(FactExtractor::normalise(QStringLiteral("Mary Ann")) == QStringLiteral("Mary Ann"));
}

TEST_CASE("case numbers, document types and charges", "[casefiles][extract]")
{
    auto [text, caseNo, docType] = GENERATE(table<const char*, const char*, const char*>({
        {"乐清市人民检察院\n起 诉 书\n乐检刑诉〔2023〕123号\n被告人涉嫌故意伤害罪", "乐检刑诉〔2023〕123号", "起诉书"},
        {"浙江省乐清市人民法院\n刑事判决书\n（2023）浙0382刑初456号", "（2023）浙0382刑初456号", "判决书"},
        {"刑事附带民事判决书\n(2024)浙0382刑初7号", "（2024）浙0382刑初7号", "判决书"},
        {"审查逮捕意见书\n乐检一部刑捕【2023]】12号", "乐检一部刑捕〔2023〕12号", "审查逮捕意见书"},
        {"道路交通事故认定书\n乐公交认字〔2022〕88号", "乐公交认字〔2022〕88号", "道路交通事故认定书"},
        {"法医学人体损伤程度鉴定书\n乐公刑鉴字[2023]301号", "乐公刑鉴字〔2023〕301号", "鉴定意见"},
    }));
    INFO(text);
    const CaseFileFacts f = read({text});
    CHECK(f.caseNo == QString::fromUtf8(caseNo));
    CHECK(f.docType == QString::fromUtf8(docType));
    const CaseFileFacts c = read({"被告人王某涉嫌盗窃罪。经审查，王某犯故意伤害罪的事实清楚，以故意伤害罪提起公诉。"});
    CHECK(c.charge == QStringLiteral("故意伤害"));
}

TEST_CASE("victims with their IDs, not the defendant's", "[casefiles][extract]")
{
    const CaseFileFacts f = read({"被告人李某，男，公民身份号码330382198503021115。被告人李某殴打被害人张三（男，身份证号码：\n"
                                  "330382198705061238），致其轻伤。被害人张三的损伤程度为轻伤二级。被告人未取得被害人谅解。"});
    REQUIRE(f.victims().size() == 1);
    CHECK(f.victims()[0].name == QStringLiteral("张三"));
    CHECK(f.victims()[0].key == QStringLiteral("330382198705061238"));
    CHECK(f.victims()[0].problem.isEmpty());
    const ExtractedFact* v = factOf(f, "victim", "张三");
    REQUIRE(v);
    CHECK_FALSE(v->needsReview);
    CHECK(v->page == 1);
    CHECK(v->snippet.contains(QStringLiteral("被害人张三")));
}

TEST_CASE("several victims, OCR confusions and names without an ID", "[casefiles][extract]")
{
    const CaseFileFacts f =
        read({"被害人王建国、李秀英受伤。被害人王建国，身份证号码33O382l98705061238。被害人欧阳小明住院。"}, "ocr", 88);
    const std::vector<ExtractedPerson> victims = f.victims();
    REQUIRE(victims.size() == 3);
    const auto find = [&](const char* name) -> const ExtractedPerson& {
        for (const ExtractedPerson& v : victims)
            if (v.name == QString::fromUtf8(name))
                return v;
        FAIL("no victim " << name);
        return victims.front();
    };
    CHECK(find("王建国").key == QStringLiteral("330382198705061238"));
    CHECK_FALSE(find("王建国").correctionNote.isEmpty()); // O and l were corrected, and it says so
    CHECK(find("李秀英").key.isEmpty());
    CHECK_FALSE(find("李秀英").problem.isEmpty());
    CHECK(find("欧阳小明").key.isEmpty());
    const ExtractedFact* review = factOf(f, "victim", "李秀英");
    REQUIRE(review);
    CHECK(review->needsReview);
    CHECK(f.needsReview());
}

TEST_CASE("words after 被害人 that are no name are not victims", "[casefiles][extract]")
{
    const CaseFileFacts f = read({"被告人取得被害人谅解，赔偿被害人经济损失，向被害人家属道歉。"});
    CHECK(f.victims().empty());
}

TEST_CASE("injury: the most severe one that is not negated", "[casefiles][extract]")
{
    CHECK(read({"被害人张三轻微伤。后经鉴定为轻伤一级。"}).injury == QStringLiteral("轻伤一级"));
    CHECK(read({"致被害人张三重伤二级，未造成人员死亡。"}).injury == QStringLiteral("重伤二级"));
    CHECK(read({"被害人经抢救无效死亡。"}).injury == QStringLiteral("死亡"));
    CHECK(read({"经鉴定构成八级伤残。"}).disability == QStringLiteral("八级"));
    CHECK(read({"伤残等级为10级"}).disability == QStringLiteral("10级"));
}

TEST_CASE("warning grade: the decision tree, branch by branch", "[casefiles][grade]")
{
    // Expected grades read off resources/extraction/keywords.json's tree by hand.
    auto [text, grade] = GENERATE(table<const char*, const char*>({
        // serious injury or death, with hardship, lost working capacity or unpaid compensation
        {"被害人经抢救无效死亡，其家庭生活困难，系低保对象。被告人至今未赔偿。", "red"},
        {"被害人重伤二级，伤残八级。被告人无赔偿能力。", "red"},
        {"被害人重伤二级，部分丧失劳动能力。", "red"},
        // serious injury alone
        {"被害人重伤二级。", "orange"},
        // compensated or settled: only serious injury with hardship keeps a yellow
        {"被害人重伤二级，家庭困难，双方已达成调解协议，被告人已赔偿。", "yellow"},
        {"被害人轻伤二级，被告人已赔偿全部损失，被害人表示谅解。", ""},
        // lost working capacity; hardship with medical need or economic loss
        {"被害人轻伤一级，丧失劳动能力。", "orange"},
        {"被害人轻伤二级，家庭困难，住院手术。", "orange"},
        // anything else that counts
        {"被害人轻伤二级，住院手术，医疗费三万元，误工费损失较大。", "yellow"},
        {"被害人轻微伤。", "yellow"},
        {"被告人盗窃电动车一辆。", ""},
    }));
    INFO(text);
    const CaseFileFacts f = read({text});
    CHECK(f.grade == QString::fromUtf8(grade));
    CHECK_FALSE(f.gradePath.isEmpty());
    if (!f.grade.isEmpty())
        CHECK_FALSE(f.gradeReasons.isEmpty());
}

TEST_CASE("charge profiles: what counts for a traffic case or a fraud", "[casefiles][grade]")
{
    // Traffic: the insurer paid (a profile keyword), no hardship: no warning. A hit-and-run
    // driver who paid nothing: red.
    const CaseFileFacts paid = read({"被告人涉嫌交通肇事罪。被害人重伤二级，保险公司赔付医疗费用。"});
    CHECK(paid.charge == QStringLiteral("交通肇事"));
    CHECK(paid.profile.startsWith(QStringLiteral("交通肇事")));
    CHECK(paid.grade.isEmpty());
    CHECK(read({"被告人涉嫌交通肇事罪。被害人重伤二级，被告人肇事后逃逸。"}).grade == QStringLiteral("red"));
    // Fraud: an elderly victim's pension savings are a loss with hardship (both profile words).
    const CaseFileFacts fraud = read({"被告人涉嫌诈骗罪，骗取被害人养老钱五万元，被害人系独居老人。"});
    CHECK(fraud.grade == QStringLiteral("orange"));
    // Without the profile the same words say nothing.
    CHECK(read({"被告人涉嫌故意伤害罪。被害人的养老钱五万元，系独居老人。"}).grade.isEmpty());
}

TEST_CASE("the shipped catalogue: six categories of need, three against, sixty keywords or more", "[casefiles][grade]")
{
    const ExtractionRules& rules = ExtractionRules::builtIn();
    int keywords = 0, against = 0;
    for (const KeywordCategory& c : rules.categories) {
        keywords += int(c.keywords.size());
        against += c.against ? 1 : 0;
    }
    CHECK(keywords >= 60);
    CHECK(against == 3);
    for (const char* id : {"serious-injury-death", "working-capacity", "family-hardship", "medical-need", "economic-loss",
             "unpaid-compensation", "compensated", "settled", "understanding"})
        CHECK(rules.category(QString::fromLatin1(id)));
    for (const char* charge : {"故意伤害", "交通肇事", "故意杀人", "抢劫", "强奸", "诈骗", "盗窃", "寻衅滋事"})
        CHECK(rules.profile(QString::fromUtf8(charge)));
}

TEST_CASE("office keywords extend the catalogue", "[casefiles][grade]")
{
    ExtractionRules rules = ExtractionRules::builtIn();
    REQUIRE(rules.mergeKeywords(QJsonDocument::fromJson(
        R"({"categories":[{"id":"family-hardship","keywords":["五保户"]},{"id":"elderly","title":{"zh":"高龄","en":"Elderly"},"weight":2,"keywords":["八旬老人"]}]})")
                                    .object()));
    const CaseFileFacts f =
        FactExtractor(rules).extract({{1, QStringLiteral("被害人系五保户，八旬老人。"), QStringLiteral("text"), 100}});
    QStringList categories;
    for (const ExtractedFact& x : f.facts)
        if (x.kind == QLatin1String("keyword"))
            categories << x.detail.value(QStringLiteral("category")).toString();
    CHECK(categories.contains(QStringLiteral("family-hardship")));
    CHECK(categories.contains(QStringLiteral("elderly")));
    CHECK(f.score == 5);
}

TEST_CASE("low OCR confidence puts the page's facts up for review", "[casefiles][extract]")
{
    const CaseFileFacts f = read({"被害人张三，身份证号码330382198705061238。"}, "ocr", 41);
    const ExtractedFact* v = factOf(f, "victim", "张三");
    REQUIRE(v);
    CHECK(v->needsReview);
    CHECK(v->reviewReason.contains(QStringLiteral("41")));
}

TEST_CASE("case-file victims join the victims list, and corrected ones too", "[casefiles][store]")
{
    testing::TempPool pool;
    const QString known = QStringLiteral("330382198705061238");
    const CaseFileFacts facts = read(
        {"乐清市人民检察院\n起诉书\n乐检刑诉〔2023〕123号\n被告人李某涉嫌故意伤害罪。被害人张三（身份证号码330382198705061238）"
         "重伤二级，家庭困难，系低保户。被害人李四受轻伤。至今未赔偿。"});
    REQUIRE(facts.victims().size() == 2);
    CaseFileReadSummary summary{QStringLiteral("pdf"), 1, 1, 0, 0.2, {{1, QStringLiteral("..."), QStringLiteral("text"), 100}}};
    CaseFileStore store(*pool);
    auto id = store.add(QStringLiteral("起诉书.pdf"), "%PDF-fake-bytes", summary, facts);
    REQUIRE(id.ok());
    CHECK_FALSE(store.add(QStringLiteral("copy.pdf"), "%PDF-fake-bytes", summary, facts).ok()); // the same file twice
    const auto info = store.get(*id);
    REQUIRE(info);
    CHECK(info->grade == QStringLiteral("red"));
    CHECK(info->victims == 2);
    CHECK(info->needsReview == 1);

    Statement st = pool->db().prepare(QStringLiteral("SELECT rp.person_key, r.data FROM record_persons rp JOIN records r ON r.id "
                                                     "= rp.record_id JOIN datasets d ON d.id = rp.dataset_id "
                                                     "WHERE d.type = 'victims' AND d.stream = 'casefiles'"));
    REQUIRE(st.step());
    CHECK(st.text(0) == known);
    CHECK(st.text(1).contains(QStringLiteral("乐检刑诉〔2023〕123号")));
    CHECK(st.text(1).contains(QStringLiteral("故意伤害")));
    CHECK_FALSE(st.step()); // 李四 waits for an ID

    // The officer corrects 李四; screening then sees both, together with a hardship list.
    const auto pending = store.needingReview();
    REQUIRE(pending.size() == 1);
    // Only a role that reviews may correct: an assistant reads masked IDs and cannot check the page.
    REQUIRE(UserStore(*pool).add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin-secret").ok());
    pool->setRole(QStringLiteral("assistant"));
    const Status denied = store.correctPerson(pending[0].id, QString(), QStringLiteral("11010519491231002X"));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == QStringLiteral("access.denied"));
    pool->setRole(QStringLiteral("prosecutor"));
    CHECK_FALSE(store.correctPerson(pending[0].id, QString(), QStringLiteral("330382198705061239")).ok()); // a typo is refused
    REQUIRE(store.correctPerson(pending[0].id, QString(), QStringLiteral("11010519491231002X")));
    CHECK(store.needingReview().empty());
    // The corrected victim's row says what the document says about compensation, as 张三's does.
    std::map<QString, QString> summaries;
    Statement rows = pool->db().prepare(QStringLiteral(
        "SELECT rp.person_key, json_extract(r.data, '$.summary') FROM record_persons rp JOIN records r ON r.id = rp.record_id "
        "JOIN datasets d ON d.id = rp.dataset_id WHERE d.type = 'victims' AND d.stream = 'casefiles'"));
    while (rows.step())
        summaries[rows.text(0)] = rows.text(1);
    REQUIRE(summaries.size() == 2);
    CHECK(summaries[known].contains(QStringLiteral("至今未赔偿")));
    CHECK(summaries[QStringLiteral("11010519491231002X")] == summaries[known]);
    testing::PoolBuilder(pool)
        .list(QStringLiteral("subsistence"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张三"), known},
                {QStringLiteral("李四"), QStringLiteral("11010519491231002X")}})
        .importAll();
    const ModelDefinition* model = nullptr;
    for (const auto& m : ModelLibrary::builtIns())
        if (m.id == QLatin1String("uncompensated-victims-in-hardship"))
            model = &m;
    REQUIRE(model);
    const DatasetCatalog catalog = DatasetCatalog::forPool(*pool);
    auto r = ScreeningRunner(*pool, catalog).run(*model);
    REQUIRE(r.ok());
    CHECK(r->clues == 2);
}

TEST_CASE("two victims in one sentence, each with an ID", "[casefiles][extract]")
{
    const CaseFileFacts f =
        read({"经依法审查查明：二〇二三年一月五日，被告人陈某在柳市镇与被害人刘文斌，身份证号码330382195201181056；"
              "被害人郑永福，身份证号码330382197512126686发生冲突，致刘文斌损伤程度为轻伤二级。"});
    REQUIRE(f.victims().size() == 2);
    CHECK(f.victims()[0].name == QStringLiteral("刘文斌"));
    CHECK(f.victims()[0].key == QStringLiteral("330382195201181056"));
    CHECK(f.victims()[1].name == QStringLiteral("郑永福"));
    CHECK(f.victims()[1].key == QStringLiteral("330382197512126686"));
}

TEST_CASE("a name runs on into the sentence only so far", "[casefiles][extract]")
{
    CHECK(read({"被害人赵志强损伤程度为轻伤。"}).victims().at(0).name == QStringLiteral("赵志强"));
    CHECK(read({"被害人欧阳小明受伤。"}).victims().at(0).name == QStringLiteral("欧阳小明"));
    CHECK(read({"鉴定委托：对被害人王某某的损伤进行鉴定。案由：故意伤害。"}).charge == QStringLiteral("故意伤害"));
}
