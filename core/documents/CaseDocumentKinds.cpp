// CaseDocumentGenerator::generate: documents of every kind an officer reads, naming persons in
// the many ways real ones do. Each role's phrasings are taken in turn, so a run of N documents
// uses every phrasing about N / count times; the persons and roles written are the ground truth.
#include "documents/CaseDocumentGenerator.h"

#include "demo/DemoPeople.h"

#include <QDate>
#include <random>
#include <set>

namespace cluedesk {
namespace {

const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "郑", "谢", "叶", "潘", "林",
    "何", "郭", "马", "罗", "梁", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭"};
const char* kGiven[] = {"建国", "秀英", "志强", "丽华", "海波", "晓燕", "国平", "春梅", "永福", "桂芳", "文斌", "雪琴", "明",
    "芳", "伟", "静", "立新", "红梅", "家豪", "婷"};
const char* kTowns[] = {"柳市镇", "虹桥镇", "乐成街道", "北白象镇", "大荆镇", "清江镇"};

// A clause between 【 and 】 carries the ID: kept (brackets dropped) when the person has one,
// left out when not. {n} is the person, {d} the defendant, {v} the (first) victim, {i} the ID,
// {I} what happened to the victim, {t} the town, {c} the charge.
const char* kVictim[] = {
    "被告人{d}在{t}与被害人{n}【（身份证号码{i}）】发生口角，后持木棍殴打被害人{n}，致其{I}。",
    "{d}驾驶小型货车在{t}路段撞倒行人{n}【（公民身份号码：{i}）】，致其{I}。",
    "{d}驾驶的客车在{t}发生侧翻，乘客{n}【，身份证号码{i}，】{I}。",
    "{d}持刀刺向受害人{n}【（身份证号码{i}）】，致其{I}。",
    "伤者{n}【（身份证号码{i}）】系被{d}驾车撞击后{I}。",
    "{d}驾车致{n}【（身份证号码{i}）】{I}。",
    "{d}驾驶电动车在{t}撞伤{n}【（身份证号码{i}）】，{n}{I}。",
    "{d}持木棍将{n}【（身份证号码{i}）】打伤，{n}{I}。",
    "{d}与被害人{n}因琐事发生冲突，致被害人{n}{I}。【{n}，女，公民身份号码{i}，住{t}。】",
    "{n}（被害人）【，身份证号码{i}，】在{t}被{d}殴打，{I}。",
    "{d}在{t}抢劫{n}【（身份证号码{i}）】的财物，致{n}{I}。",
    "死者{n}【（身份证号码{i}）】与{d}发生争执后被{d}打伤，{I}。",
};
const char* kDefendant[] = {
    "被告人{d}，男，公民身份号码{i}，汉族，初中文化，务工。",
    "犯罪嫌疑人{d}，男，身份证号码{i}，住{t}。",
    "被不起诉人{d}，男，身份证号码{i}，汉族，住{t}。",
    "肇事司机{d}（身份证号码{i}）驾驶车辆逃离现场，后到公安机关投案。",
    "{d}（驾驶人），男，身份证号码{i}，持C1驾驶证。",
    "甲方（被告人）：{d}，身份证号码{i}。",
    "当事人{d}，男，身份证号码{i}。经调查，{d}负事故全部责任。",
    "被告人：{d}，公民身份号码：{i}。",
    "原审被告人{d}，男，身份证号码{i}，因本案于二〇二三年被刑事拘留。",
    "肇事者{d}，身份证号码{i}，案发后主动报警。",
    "{d}（犯罪嫌疑人），身份证号码{i}，住{t}。",
};
const char* kRelative[] = {
    "被害人{v}的近亲属{n}（身份证号码{i}）到庭参加诉讼。",
    "死者{v}之父{n}，身份证号码{i}，要求赔偿。",
    "死者的妻子{n}（身份证号码{i}）因悲伤过度住院。",
    "近亲属{n}，身份证号码{i}，代为领取赔偿款。",
    "{n}（被害人近亲属），身份证号码{i}，家中无固定收入。",
    "乙方（被害人近亲属）：{n}，身份证号码{i}。",
    "本人{n}，系被害人{v}的母亲，身份证号码{i}。",
    "被害人之女{n}（身份证号码{i}）尚在读书。",
    "{v}的家属{n}（身份证号码{i}）提出附带民事诉讼。",
    "死者家属{n}，身份证号码{i}，现无业。",
    "被害人的丈夫{n}（身份证号码{i}）陈述了家庭困难情况。",
};
const char* kWitness[] = {
    "证人{n}（身份证号码{i}）证实了案发经过。",
    "证人：{n}，身份证号码{i}。",
    "{n}（证人），身份证号码{i}，案发时在现场。",
    "目击者{n}，身份证号码{i}，证实{d}驾车离开。",
    "证人{n}（身份证号码{i}）的证言，证实{d}先动手。",
    "目击证人{n}（身份证号码{i}）当即报警。",
    "被询问人：{n}（证人），身份证号码{i}。",
    "{n}的证言：看见{d}与被害人争吵。{n}身份证号码{i}。",
    "证人{n}，男，身份证号码{i}，系附近商户。",
    "经询问证人{n}（公民身份号码：{i}），其证实案发时间为晚上九时许。",
};

struct Kind {
    const char* type;
    const char* office;
    const char* title;
    const char* caseNo; // %1 year, %2 number
    const char* opening;
    const char* closing;
};
const Kind kKinds[] = {
    {"起诉书", "乐清市人民检察院", "起诉书", "乐检刑诉〔%1〕%2号",
        "被告人{d}涉嫌{c}罪一案，由乐清市公安局侦查终结，移送本院审查起诉。经依法审查查明：",
        "本院认为，被告人{d}的行为已构成{c}罪，应当追究其刑事责任。"},
    {"判决书", "浙江省乐清市人民法院", "刑事判决书", "（%1）浙0382刑初%2号",
        "乐清市人民检察院指控被告人{d}犯{c}罪，向本院提起公诉。经审理查明：",
        "本院认为，被告人{d}犯{c}罪，判处有期徒刑一年六个月。"},
    {"不起诉决定书", "乐清市人民检察院", "不起诉决定书", "乐检刑不诉〔%1〕%2号",
        "被不起诉人{d}涉嫌{c}罪一案，由乐清市公安局移送本院审查起诉。经本院依法审查查明：",
        "本院认为，{d}犯罪情节轻微，决定对{d}不起诉。"},
    {"询问笔录", "乐清市公安局", "询问笔录", "乐公刑询字〔%1〕%2号", "案由：{c}。问：请讲一下事情经过。答：",
        "以上笔录我看过，与我说的相符。"},
    {"鉴定意见", "乐清市公安局物证鉴定室", "法医学人体损伤程度鉴定书", "乐公刑鉴字〔%1〕%2号", "案由：{c}。案情摘要：",
        "鉴定人：王某、李某。"},
    {"道路交通事故认定书", "乐清市公安局交通警察大队", "道路交通事故认定书", "乐公交认字〔%1〕%2号", "事故经过：",
        "{d}的行为涉嫌{c}罪，移送刑侦部门处理。当事人如不服本认定，可在三日内申请复核。"},
    {"和解协议", "乐清市人民检察院", "刑事和解协议书", "乐检刑和〔%1〕%2号", "因{d}涉嫌{c}罪一案，双方经协商，自愿达成如下协议：",
        "本协议自双方签字之日起生效。"},
    {"谅解书", "乐清市人民检察院", "刑事谅解书", "乐检刑谅〔%1〕%2号", "关于{d}涉嫌{c}罪一案：", "特此谅解。"},
};

QString fill(QString text, const std::map<QString, QString>& values, bool withId)
{
    // 【…】: the clause with the ID, or nothing
    for (qsizetype open = text.indexOf(u'【'); open >= 0; open = text.indexOf(u'【')) {
        const qsizetype close = text.indexOf(u'】', open);
        const QString kept = withId ? text.mid(open + 1, close - open - 1) : QString();
        text = text.left(open) + kept + text.mid(close + 1);
    }
    for (const auto& [key, value] : values)
        text.replace(key, value);
    return text;
}

} // namespace

int CaseDocumentGenerator::phrasingCount(const QString& role)
{
    if (role == QLatin1String("victim"))
        return int(std::size(kVictim));
    if (role == QLatin1String("defendant"))
        return int(std::size(kDefendant));
    if (role == QLatin1String("relative"))
        return int(std::size(kRelative));
    if (role == QLatin1String("witness"))
        return int(std::size(kWitness));
    return 0;
}

std::vector<SyntheticCaseDocument> CaseDocumentGenerator::generate(int count, quint32 seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const QStringList injuries = {QStringLiteral("轻伤二级"), QStringLiteral("重伤二级"), QStringLiteral("死亡"),
        QStringLiteral("轻微伤"), QStringLiteral("轻伤一级")};
    const QStringList charges = {QStringLiteral("故意伤害"), QStringLiteral("交通肇事"), QStringLiteral("故意杀人"),
        QStringLiteral("抢劫"), QStringLiteral("寻衅滋事")};
    std::vector<SyntheticCaseDocument> out;
    int relatives = 0, witnesses = 0; // each role's phrasings in turn, 24 documents use them all
    for (int i = 0; i < count; ++i) {
        const Kind& kind = kKinds[size_t(i) % std::size(kKinds)];
        SyntheticCaseDocument d;
        d.docType = QString::fromUtf8(kind.type);
        d.fileStem = QStringLiteral("case-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const QDate date = QDate(2022, 1, 1).addDays(pick(900));
        d.date = date.toString(Qt::ISODate);
        d.caseNo = QString::fromUtf8(kind.caseNo).arg(date.year()).arg(100 + i);
        d.town = QString::fromUtf8(kTowns[pick(int(std::size(kTowns)))]);
        const int victimPhrase = i % int(std::size(kVictim));
        d.charge =
            d.docType == QStringLiteral("道路交通事故认定书") || victimPhrase == 1 || victimPhrase == 5 || victimPhrase == 6
            ? QStringLiteral("交通肇事")
            : charges[pick(int(charges.size()))];
        if (victimPhrase == 10)
            d.charge = QStringLiteral("抢劫");
        d.injury = victimPhrase == 11 ? QStringLiteral("死亡") : injuries[pick(int(injuries.size()))];
        d.compensated = d.docType == QStringLiteral("和解协议") || d.docType == QStringLiteral("谅解书") || pick(3) == 0;
        d.hardship = pick(2) == 0;

        std::set<QString> used;
        auto newName = [&] {
            for (;;) {
                const QString n = QString::fromUtf8(kSurnames[pick(int(std::size(kSurnames)))]) +
                    QString::fromUtf8(kGiven[pick(int(std::size(kGiven)))]);
                bool clash = false; // no name the start of another (张明, 张明芳)
                for (const QString& u : used)
                    clash = clash || u.startsWith(n) || n.startsWith(u) || u.front() == n.front();
                if (!clash) {
                    used.insert(n);
                    return n;
                }
            }
        };
        auto newId = [&](int fromYear, int span) {
            return DemoPeople::idFor(QStringLiteral("330382"), QDate(fromYear, 1, 1).addDays(pick(span)), pick(999));
        };
        const QString defendant =
            pick(3) == 0 ? QString::fromUtf8(kSurnames[pick(int(std::size(kSurnames)))]) + u'某' : newName();
        used.insert(defendant);
        const QString defendantId = newId(1975, 9000);
        const QString victim = newName();
        const QString victimId = pick(6) != 0 ? newId(1950, 20000) : QString();
        d.victims.push_back({victim, victimId});
        const QString happened = d.injury == QStringLiteral("死亡") ? QStringLiteral("经抢救无效死亡")
                                                                    : QStringLiteral("受伤，经鉴定损伤程度为%1").arg(d.injury);
        std::map<QString, QString> values = {{QStringLiteral("{d}"), defendant}, {QStringLiteral("{v}"), victim},
            {QStringLiteral("{t}"), d.town}, {QStringLiteral("{c}"), d.charge}, {QStringLiteral("{I}"), happened}};
        auto with = [&](const QString& name, const QString& id) {
            auto v = values;
            v[QStringLiteral("{n}")] = name;
            v[QStringLiteral("{i}")] = id;
            return v;
        };

        const int defendantPhrase = i % int(std::size(kDefendant));
        d.phrasings << QStringLiteral("defendant-%1").arg(defendantPhrase + 1)
                    << QStringLiteral("victim-%1").arg(victimPhrase + 1);
        d.persons.push_back({defendant, defendantId, QStringLiteral("defendant")});
        if (!victimId.isEmpty())
            d.persons.push_back({victim, victimId, QStringLiteral("victim")});
        QStringList body;
        body << fill(QString::fromUtf8(kDefendant[defendantPhrase]), with(defendant, defendantId), true);
        body << fill(QString::fromUtf8(kind.opening), values, true) +
                fill(QString::fromUtf8(kVictim[victimPhrase]), with(victim, victimId), !victimId.isEmpty());
        if (i % 4 == 3) { // a second victim in the same sentence, identified after it
            const QString second = newName();
            const QString secondId = newId(1950, 20000);
            d.victims.push_back({second, secondId});
            d.persons.push_back({second, secondId, QStringLiteral("victim")});
            body << QStringLiteral("同时致被害人%1、%2受伤。%2，男，身份证号码%3。").arg(victim, second, secondId);
            d.phrasings << QStringLiteral("victim-list");
        }
        if (i % 3 != 1) {
            const int phrase = relatives++ % int(std::size(kRelative));
            const QString relative = newName();
            const QString id = newId(1945, 25000);
            d.persons.push_back({relative, id, QStringLiteral("relative")});
            body << fill(QString::fromUtf8(kRelative[phrase]), with(relative, id), true);
            d.phrasings << QStringLiteral("relative-%1").arg(phrase + 1);
        }
        if (i % 2 == 0) {
            const int phrase = witnesses++ % int(std::size(kWitness));
            const QString witness = newName();
            const QString id = newId(1960, 15000);
            d.persons.push_back({witness, id, QStringLiteral("witness")});
            body << fill(QString::fromUtf8(kWitness[phrase]), with(witness, id), true);
            d.phrasings << QStringLiteral("witness-%1").arg(phrase + 1);
        }
        body << (d.hardship ? QStringLiteral("%1家庭生活困难，系低保对象，子女未成年。").arg(victim)
                            : QStringLiteral("%1有固定工作。").arg(victim));
        body << (d.compensated ? QStringLiteral("双方已达成调解协议，已赔偿被害人经济损失，被害人对其表示谅解。")
                               : QStringLiteral("至今未赔偿被害人经济损失，双方未达成调解协议。"));
        body << fill(QString::fromUtf8(kind.closing), values, true);
        d.paragraphs = QStringList{QString::fromUtf8(kind.office), QString::fromUtf8(kind.title), d.caseNo} + body;
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace cluedesk
