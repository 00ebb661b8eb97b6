// Generates reproducible large inputs for the benchmarks: bureau-style CSV and xlsx lists.
//   cluedesk-bench-data csv ROWS FILE
//   cluedesk-bench-data xlsx ROWS FILE
//   cluedesk-bench-data pool ROWS FILE   a pool of every dataset type, ROWS rows in all, with
//                                        the overlaps between lists that real counties have
#include "demo/DemoPeople.h"
#include "identity/CreditCode.h"
#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/Importer.h"
#include "pool/Pool.h"

#include "ingest/XlsxWriter.h"
#include <QDir>
#include <QTemporaryDir>
#include <random>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <functional>

using namespace cluedesk;

namespace {

const char* kTowns[] = {"乐成街道", "城东街道", "柳市镇", "北白象镇", "虹桥镇", "清江镇", "雁荡镇", "大荆镇"};
const char* kCategories[] = {"城乡低保", "特困供养", "低保边缘"};

struct Row {
    QString name, id, town, category, amount, since;
};

// Deterministic rows: IDs are valid and mostly distinct, as in a real county list.
Row makeRow(qint64 i)
{
    const QDate birth = QDate(1940, 1, 1).addDays(i % 25000);
    const QString id = DemoPeople::idFor(QStringLiteral("330382"), birth, int((i / 25000) % 1000));
    static const char* surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    static const char* given[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰"};
    return {
        QString::fromUtf8(surnames[i % 10]) + QString::fromUtf8(given[(i / 10) % 12]) + QString::fromUtf8(given[(i / 120) % 12]),
        id, QString::fromUtf8(kTowns[i % 8]), QString::fromUtf8(kCategories[i % 3]), QString::number(400 + (i % 9) * 50),
        QDate(2015, 1, 1).addDays(i % 3000).toString(Qt::ISODate)};
}

int writeCsv(qint64 rows, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QByteArray buffer = "姓名,身份证号码,乡镇（街道）,保障类别,月保障金额,纳入日期\n";
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = makeRow(i);
        buffer += QStringLiteral("%1,%2,%3,%4,%5,%6\n").arg(r.name, r.id, r.town, r.category, r.amount, r.since).toUtf8();
        if (buffer.size() > (1 << 22)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return 0;
}

int writeXlsx(qint64 rows, const QString& path)
{
    XlsxWriter w(path);
    if (Status s = w.beginSheet(QStringLiteral("低保")); !s) {
        fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    w.addTextRow({QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("乡镇（街道）"),
        QStringLiteral("保障类别"), QStringLiteral("月保障金额"), QStringLiteral("纳入日期")});
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = makeRow(i);
        w.addRow(
            {XlsxWriter::Cell::t(r.name), XlsxWriter::Cell::t(r.id), XlsxWriter::Cell::t(r.town), XlsxWriter::Cell::t(r.category),
                XlsxWriter::Cell::n(r.amount.toDouble()), XlsxWriter::Cell::d(QDate::fromString(r.since, Qt::ISODate))});
    }
    return w.close() ? 0 : 1;
}

// Share of the rows each list takes in a county pool, with its header and a row maker.
struct ListSpec {
    const char* type;
    double share;
    QStringList header;
    std::function<QStringList(const QString& id, const QString& name, std::mt19937& rng, qint64 i)> row;
};

QString pick(std::mt19937& rng, std::initializer_list<const char*> options)
{
    std::vector<const char*> v(options);
    return QString::fromUtf8(v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)]);
}

QString date(std::mt19937& rng, int fromYear, int toYear)
{
    return QDate(fromYear, 1, 1)
        .addDays(std::uniform_int_distribution<int>(0, (toYear - fromYear + 1) * 365 - 1)(rng))
        .toString(Qt::ISODate);
}

// The k-th organisation's unified social credit code (valid check character).
QString codeFor(qint64 k)
{
    static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString body;
    for (int i = 0; i < 9; ++i, k /= 31)
        body.prepend(chars[int(k % 31)]);
    const QString first17 = QStringLiteral("91330382") + body;
    return first17 + CreditCode::checkCharacter(first17);
}

QString otherId(qint64 i)
{
    return DemoPeople::idFor(QStringLiteral("330382"), QDate(1960, 1, 1).addDays(i % 9000), int(i % 983));
}

constexpr qint64 kOrganisations = 10000;

// The lists of the supervision models (11-14): forest, penalties and police, companies,
// contributions and claims in bankruptcies, auctions and court staff.
std::vector<ListSpec> supervisionLists()
{
    return {
        {"forest-subsidies", 0.02,
            {QStringLiteral("补偿年度"), QStringLiteral("村"), QStringLiteral("身份证号码"), QStringLiteral("补偿面积（亩）")},
            [](auto& id, auto&, auto&, qint64 i) {
                return QStringList{
                    QString::number(2020 + i % 4), QStringLiteral("村%1").arg(i % 20), id, QString::number(5 + i % 40)};
            }},
        {"forest-register", 0.01, {QStringLiteral("身份证号码"), QStringLiteral("村"), QStringLiteral("面积（亩）")},
            [](auto& id, auto&, auto&, qint64 i) {
                return QStringList{id, QStringLiteral("村%1").arg(i % 20), QString::number(5 + i % 30)};
            }},
        {"deaths", 0.01, {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("死亡日期")},
            [](auto& id, auto& name, auto& rng, qint64) {
                return QStringList{name, id, date(rng, 2018, 2024)};
            }},
        {"admin-penalties", 0.01,
            {QStringLiteral("行政处罚决定书文号"), QStringLiteral("当事人名称"), QStringLiteral("当事人身份证号码"),
                QStringLiteral("统一社会信用代码"), QStringLiteral("违法行为类型"), QStringLiteral("涉案货值金额"),
                QStringLiteral("处罚决定日期")},
            [](auto& id, auto& name, auto& rng, qint64 i) {
                const bool org = i % 3 == 0;
                return QStringList{QStringLiteral("乐市监罚决字〔2023〕%1号").arg(i), name, org ? QString() : id,
                    org ? codeFor(i % kOrganisations) : QString(),
                    pick(rng, {"销售伪劣产品", "非法经营", "非法捕捞水产品", "占道经营"}),
                    QString::number(std::uniform_int_distribution<int>(1000, 150000)(rng)), date(rng, 2019, 2024)};
            }},
        {"police-cases", 0.01,
            {QStringLiteral("受案编号"), QStringLiteral("嫌疑人身份证号码"), QStringLiteral("涉案单位统一社会信用代码"),
                QStringLiteral("受案时间")},
            [](auto& id, auto&, auto& rng, qint64 i) {
                const bool org = i % 4 == 0;
                return QStringList{QStringLiteral("A33038252%1").arg(i), org ? QString() : id,
                    org ? codeFor((i * 7) % kOrganisations) : QString(), date(rng, 2019, 2024)};
            }},
        {"enterprises", 0.005,
            {QStringLiteral("企业名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("法定代表人"),
                QStringLiteral("法定代表人身份证号码"), QStringLiteral("法定代表人住所"), QStringLiteral("股东"),
                QStringLiteral("吊销/注销日期")},
            [](auto& id, auto& name, auto& rng, qint64 i) {
                return QStringList{QStringLiteral("乐清市第%1电气有限公司").arg(i), codeFor(i % kOrganisations), name, id,
                    QStringLiteral("乐清市柳市镇%1号").arg(i % 500), name + QStringLiteral("、某某"),
                    i % 10 == 0 ? date(rng, 2020, 2024) : QString()};
            }},
        {"social-insurance", 0.05,
            {QStringLiteral("单位统一社会信用代码"), QStringLiteral("公民身份号码"), QStringLiteral("费款所属期")},
            [](auto& id, auto&, auto&, qint64 i) {
                return QStringList{
                    codeFor((i / 60) % 300), id, QDate(2019, 1, 1).addMonths(int(i % 60)).toString(QStringLiteral("yyyyMM"))};
            }},
        {"bankruptcy-claims", 0.005,
            {QStringLiteral("债务人"), QStringLiteral("债务人统一社会信用代码"), QStringLiteral("职工姓名"),
                QStringLiteral("身份证号码"), QStringLiteral("住址"), QStringLiteral("申报金额"), QStringLiteral("入职日期"),
                QStringLiteral("离职日期")},
            [](auto& id, auto& name, auto& rng, qint64 i) {
                return QStringList{QStringLiteral("乐清市第%1电气有限公司").arg(i % 300), codeFor(i % 300), name, id,
                    QStringLiteral("乐清市柳市镇%1号").arg(i % 700), pick(rng, {"30000", "45000", "52000", "61234"}),
                    date(rng, 2015, 2023), QStringLiteral("2023-12-31")};
            }},
        {"auctions", 0.005,
            {QStringLiteral("案号"), QStringLiteral("标的物名称"), QStringLiteral("标的物类型"), QStringLiteral("评估价"),
                QStringLiteral("起拍价"), QStringLiteral("公告日期"), QStringLiteral("拍卖开始时间"), QStringLiteral("拍卖轮次"),
                QStringLiteral("买受人证件号码"), QStringLiteral("被执行人证件号码")},
            [](auto& id, auto&, auto& rng, qint64 i) {
                const QDate starts = QDate(2020, 1, 1).addDays(int(i % 1400));
                const int appraised = 100000 + int(i % 50) * 20000;
                const double ratio = std::uniform_int_distribution<int>(55, 90)(rng) / 100.0;
                return QStringList{QStringLiteral("（2023）浙0382执%1号").arg(i / 2), QStringLiteral("标的%1").arg(i / 2),
                    i % 5 == 0 ? QStringLiteral("不动产") : QStringLiteral("动产"), QString::number(appraised),
                    QString::number(qint64(appraised * ratio * (i % 2 ? 0.8 : 1.0))),
                    starts.addDays(-std::uniform_int_distribution<int>(5, 40)(rng)).toString(Qt::ISODate),
                    starts.addDays(int(i % 2) * 40).toString(Qt::ISODate),
                    i % 2 ? QStringLiteral("二拍") : QStringLiteral("一拍"), id, otherId(i)};
            }},
        {"court-staff", 0.001, {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("部门")},
            [](auto& id, auto& name, auto&, qint64) {
                return QStringList{name, id, QStringLiteral("执行局")};
            }},
    };
}

int writePool(qint64 rows, const QString& path)
{
    std::vector<ListSpec> lists = {
        {"subsistence", 0.14,
            {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("保障类别"), QStringLiteral("乡镇")},
            [](auto& id, auto& name, auto& rng, qint64) {
                return QStringList{
                    name, id, pick(rng, {"城乡低保", "特困供养", "低保边缘"}), pick(rng, {"柳市镇", "虹桥镇", "乐成街道"})};
            }},
        {"disabled", 0.08, {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("残疾等级")},
            [](auto& id, auto& name, auto& rng, qint64) {
                return QStringList{name, id, pick(rng, {"一级", "二级", "三级", "四级"})};
            }},
        {"poverty-monitoring", 0.06, {QStringLiteral("户主姓名"), QStringLiteral("公民身份号码"), QStringLiteral("监测类型")},
            [](auto& id, auto& name, auto& rng, qint64) {
                return QStringList{name, id, pick(rng, {"脱贫户", "边缘易致贫户"})};
            }},
        {"children-in-distress", 0.01, {QStringLiteral("儿童姓名"), QStringLiteral("儿童身份证号码"), QStringLiteral("儿童类别")},
            [](auto& id, auto& name, auto& rng, qint64) {
                return QStringList{name, id, pick(rng, {"孤儿", "困境儿童"})};
            }},
        {"women-in-need", 0.02, {QStringLiteral("姓名"), QStringLiteral("身份证号码")},
            [](auto& id, auto& name, auto&, qint64) {
                return QStringList{name, id};
            }},
        {"workers-in-difficulty", 0.02, {QStringLiteral("姓名"), QStringLiteral("身份证号码")},
            [](auto& id, auto& name, auto&, qint64) {
                return QStringList{name, id};
            }},
        {"medical-aid", 0.05, {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("救助金额")},
            [](auto& id, auto& name, auto& rng, qint64) {
                return QStringList{name, id, QString::number(std::uniform_int_distribution<int>(100, 30000)(rng))};
            }},
        {"social-assistance", 0.05,
            {QStringLiteral("受救助人"), QStringLiteral("身份证号码"), QStringLiteral("救助类型"), QStringLiteral("救助金额")},
            [](auto& id, auto& name, auto& rng, qint64) {
                return QStringList{name, id, pick(rng, {"临时救助", "急难型临时救助"}), QStringLiteral("2000")};
            }},
        {"judicial-aid", 0.005,
            {QStringLiteral("救助申请人"), QStringLiteral("救助申请人身份证号码"), QStringLiteral("救助金额")},
            [](auto& id, auto& name, auto&, qint64) {
                return QStringList{name, id, QStringLiteral("10000")};
            }},
        {"victims", 0.08,
            {QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
                QStringLiteral("被害人身份证号码"), QStringLiteral("受理日期"), QStringLiteral("案情摘要")},
            [](auto& id, auto& name, auto& rng, qint64 i) {
                return QStringList{QStringLiteral("乐检刑诉〔2023〕%1号").arg(i),
                    pick(rng, {"故意伤害", "交通肇事", "盗窃", "诈骗", "寻衅滋事"}), name, id, date(rng, 2020, 2024),
                    pick(rng,
                        {"被告人未赔偿", "双方达成调解协议", "取得被害人谅解", "被害人重伤，家庭困难", "双方未达成调解协议"})};
            }},
        {"execution", 0.08,
            {QStringLiteral("执行案号"), QStringLiteral("申请执行人"), QStringLiteral("申请执行人证件号码"),
                QStringLiteral("结案方式"), QStringLiteral("立案日期"), QStringLiteral("未执行到位金额")},
            [](auto& id, auto& name, auto& rng, qint64 i) {
                return QStringList{QStringLiteral("（2023）浙0382执%1号").arg(i), name, id,
                    pick(rng, {"终结本次执行程序", "执行完毕", "终结执行", "驳回申请"}), date(rng, 2018, 2024),
                    QStringLiteral("50000")};
            }},
        {"civil-cases", 0.08,
            {QStringLiteral("案号"), QStringLiteral("原告"), QStringLiteral("原告证件号码"), QStringLiteral("立案日期"),
                QStringLiteral("案由")},
            [](auto& id, auto& name, auto& rng, qint64 i) {
                return QStringList{QStringLiteral("（2023）浙0382民初%1号").arg(i), name, id, date(rng, 2015, 2024),
                    QStringLiteral("民间借贷纠纷")};
            }},
        {"petitions", 0.02,
            {QStringLiteral("信访人"), QStringLiteral("信访人身份证号码"), QStringLiteral("类型"), QStringLiteral("来访日期")},
            [](auto& id, auto& name, auto& rng, qint64) {
                return QStringList{name, id, pick(rng, {"信访", "民事诉讼监督申请"}), date(rng, 2021, 2024)};
            }},
        {"pension", 0.28,
            {QStringLiteral("姓名"), QStringLiteral("社会保障号码"), QStringLiteral("发放年月"), QStringLiteral("实发金额")},
            [](auto& id, auto& name, auto&, qint64 i) {
                // half the pensioners get the July increase (model 15 looks for it during correction)
                const bool raised = i % 12 >= 6 && id.at(16).digitValue() % 2 == 0;
                return QStringList{name, id, QDate(2023, 1, 1).addMonths(int(i % 12)).toString(QStringLiteral("yyyyMM")),
                    raised ? QStringLiteral("2420") : QStringLiteral("2350")};
            }},
        {"custody", 0.015,
            {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("刑种"), QStringLiteral("矫正类别"),
                QStringLiteral("刑期起日"), QStringLiteral("刑期止日")},
            [](auto& id, auto& name, auto& rng, qint64) {
                const QString start = date(rng, 2021, 2023);
                return QStringList{name, id, pick(rng, {"有期徒刑", "拘役", "缓刑", "管制", "死缓"}),
                    pick(rng, {"", "", "", "假释", "暂予监外执行"}), start,
                    QDate::fromString(start, Qt::ISODate)
                        .addDays(std::uniform_int_distribution<int>(20, 1500)(rng))
                        .toString(Qt::ISODate)};
            }},
        {"marriage", 0.015,
            {QStringLiteral("业务类型"), QStringLiteral("登记日期"), QStringLiteral("男方身份证号码"),
                QStringLiteral("女方身份证号码")},
            [](auto& id, auto&, auto& rng, qint64 i) {
                return QStringList{pick(rng, {"结婚登记", "结婚登记", "离婚登记"}), date(rng, 2000, 2024), id,
                    DemoPeople::idFor(QStringLiteral("330382"), QDate(1985, 1, 1).addDays(i % 5000), int(i % 997))};
            }},
        // One in fifty registered a second time under a Lucheng number; one in twenty cancelled.
        {"household-registrations", 0.08,
            {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("出生日期"), QStringLiteral("公民身份号码"),
                QStringLiteral("户口状态")},
            [](auto& id, auto& name, auto&, qint64 i) {
                const QString first17 = (i % 50 == 49 ? QStringLiteral("330302") : id.left(6)) + id.mid(6, 11);
                return QStringList{name, id.mid(16, 1).toInt() % 2 ? QStringLiteral("男") : QStringLiteral("女"), id.mid(6, 8),
                    first17 + IdNumber::checkCharacter(first17), i % 20 == 7 ? QStringLiteral("注销") : QStringLiteral("正常")};
            }},
        {"insurance-claims", 0.04,
            {QStringLiteral("索赔人"), QStringLiteral("索赔人证件号码"), QStringLiteral("被保险人证件号码"),
                QStringLiteral("维修单位"), QStringLiteral("公估机构"), QStringLiteral("报案日期"), QStringLiteral("代理人")},
            [](auto& id, auto& name, auto& rng, qint64 i) {
                const QString other =
                    DemoPeople::idFor(QStringLiteral("330382"), QDate(1975, 1, 1).addDays(i % 7000), int(i % 991));
                return QStringList{name, id, i % 3 == 0 ? other : id, QStringLiteral("乐清市第%1汽车修理厂").arg(i % 50),
                    QStringLiteral("浙江第%1保险公估有限公司").arg(i % 30), date(rng, 2019, 2024),
                    i % 4 ? QStringLiteral("律师%1").arg(i % 40) : QString()};
            }},
    };
    for (ListSpec& s : supervisionLists())
        lists.push_back(std::move(s));
    QFile::remove(path);
    cluedesk::PoolOptions options;
    options.create = true;
    options.user = QStringLiteral("bench");
    auto pool = cluedesk::Pool::open(path, options);
    if (!pool) {
        fprintf(stderr, "%s\n", qPrintable(pool.error().message));
        return 1;
    }
    (*pool)->setSetting(QStringLiteral("county.prefix"), QStringLiteral("330382"));
    QTemporaryDir dir;
    std::mt19937 rng(7);
    // People drawn from a population a third of the row count, so that lists overlap.
    const qint64 population = std::max<qint64>(1000, rows / 3);
    for (const ListSpec& spec : lists) {
        const qint64 n = std::max<qint64>(10, qint64(double(rows) * spec.share));
        QByteArray csv = spec.header.join(u',').toUtf8() + '\n';
        const QString file = dir.filePath(QString::fromLatin1(spec.type) + QStringLiteral(".csv"));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        for (qint64 i = 0; i < n; ++i) {
            // pension: one person for 12 months
            const qint64 who = QString::fromLatin1(spec.type) == QLatin1String("pension")
                ? (i / 12) * 7 % population
                : std::uniform_int_distribution<qint64>(0, population - 1)(rng);
            const Row person = makeRow(who);
            csv += spec.row(person.id, person.name, rng, i).join(u',').toUtf8() + '\n';
            if (csv.size() > (1 << 22)) {
                f.write(csv);
                csv.clear();
            }
        }
        f.write(csv);
        f.close();
        cluedesk::ImportRequest req;
        req.type = QString::fromLatin1(spec.type);
        req.files = {file};
        auto r = cluedesk::Importer(**pool, cluedesk::DatasetCatalog::builtIn()).run(req);
        if (!r) {
            fprintf(stderr, "%s: %s\n", spec.type, qPrintable(r.error().message));
            return 1;
        }
        fprintf(stderr, "%-24s %9lld rows\n", spec.type, static_cast<long long>(r->imported));
    }
    (*pool)->db().exec(QStringLiteral("ANALYZE"));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        fprintf(stderr, "usage: cluedesk-bench-data csv|xlsx|pool ROWS FILE\n");
        return 2;
    }
    const qint64 rows = args[2].toLongLong();
    if (args[1] == QLatin1String("csv"))
        return writeCsv(rows, args[3]);
    if (args[1] == QLatin1String("xlsx"))
        return writeXlsx(rows, args[3]);
    if (args[1] == QLatin1String("pool"))
        return writePool(rows, args[3]);
    fprintf(stderr, "unknown kind %s\n", qPrintable(args[1]));
    return 2;
}
