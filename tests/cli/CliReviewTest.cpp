// End-to-end through the real binary: from a clue to a decision, an amount and a letter.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <poppler-qt6.h>

using testing::runCli;

namespace {

struct Office {
    QTemporaryDir dir;
    QString pool = dir.filePath(QStringLiteral("office.pool"));
    QString victim = testing::PoolBuilder::person(QDate(1980, 3, 1), 11);

    testing::CliRun run(QStringList args, const QString& user = QStringLiteral("wang"))
    {
        args.prepend(user);
        args.prepend(QStringLiteral("--user"));
        args.prepend(pool);
        args.prepend(QStringLiteral("--pool"));
        args.prepend(QStringLiteral("--plain"));
        return runCli(args);
    }
    void ok(const QStringList& args)
    {
        const auto r = run(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    Office()
    {
        const QString victims = testing::writeCsv(dir.filePath(QStringLiteral("victims.csv")),
            {{QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
                 QStringLiteral("被害人身份证号码")},
                {QStringLiteral("乐检刑诉〔2024〕1号"), QStringLiteral("故意伤害"), QStringLiteral("张一"), victim}});
        const QString poor = testing::writeCsv(dir.filePath(QStringLiteral("dibao.csv")),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张一"), victim}});
        ok({QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("victims"), victims});
        ok({QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("subsistence"), poor});
        ok({QStringLiteral("settings"), QStringLiteral("office.name"), QStringLiteral("乐清市人民检察院")});
        ok({QStringLiteral("settings"), QStringLiteral("county.name"), QStringLiteral("乐清市")});
        ok({QStringLiteral("screen")});
    }
    QString clue()
    {
        const auto r = run({QStringLiteral("clues"), QStringLiteral("--model"),
            QStringLiteral("uncompensated-victims-in-hardship"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        REQUIRE(a.size() == 1);
        return QString::number(a[0].toObject().value(QStringLiteral("clue")).toInteger());
    }
};

} // namespace

TEST_CASE("review, visit, amount, letter and profile from the command line", "[cli][review]")
{
    Office o;
    const QString clue = o.clue();

    auto r = o.run({QStringLiteral("letter"), QStringLiteral("--template"), QStringLiteral("social-assistance-suggestion"),
        QStringLiteral("--to"), QStringLiteral("乐清市民政局"), QStringLiteral("--clues"), clue, QStringLiteral("--out"),
        o.dir.filePath(QStringLiteral("early.pdf"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("record a verification decision")));
    CHECK_FALSE(QFile::exists(o.dir.filePath(QStringLiteral("early.pdf"))));

    r = o.run({QStringLiteral("review"), QStringLiteral("set"), clue, QStringLiteral("--status"), QStringLiteral("eligible"),
        QStringLiteral("--note"), QStringLiteral("x")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("cannot become")));
    o.ok({QStringLiteral("review"), QStringLiteral("set"), clue, QStringLiteral("--status"), QStringLiteral("verifying")});
    o.ok({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--clue"), clue, QStringLiteral("--date"),
        QStringLiteral("2024-07-05"), QStringLiteral("--visitors"), QStringLiteral("王、李"), QStringLiteral("--family"),
        QStringLiteral("张母:母亲:70:瘫痪"), QStringLiteral("--conclusion"), QStringLiteral("家庭生活确有困难")});
    o.ok({QStringLiteral("review"), QStringLiteral("set"), clue, QStringLiteral("--status"), QStringLiteral("eligible"),
        QStringLiteral("--note"), QStringLiteral("符合救助条件")});

    r = o.run({QStringLiteral("calc"), QStringLiteral("--clue"), clue, QStringLiteral("--case-type"),
        QStringLiteral("intentional-injury"), QStringLiteral("--hardship"), QStringLiteral("general:3"),
        QStringLiteral("--group"), QStringLiteral("women-in-need:2"), QStringLiteral("--fault"), QStringLiteral("minor"),
        QStringLiteral("--date"), QStringLiteral("2024-07-06"), QStringLiteral("--decide")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("guanyun-2024")));
    CHECK(r.out.contains(QStringLiteral("Basic amount: 2000.00 × (4 + 3) = 14000.00 yuan")));
    CHECK(r.out.contains(QStringLiteral("Amount: min(14400.00, 259200.00) = 14400.00 yuan")));
    r = o.run({QStringLiteral("calc"), QStringLiteral("--clue"), clue, QStringLiteral("--case-type"), QStringLiteral("traffic"),
        QStringLiteral("--hardship"), QStringLiteral("general:9")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("outside")));
    // the subsistence list puts the victim among "other people in need" (k from 1 in the 2024 set)
    r = o.run({QStringLiteral("calc"), QStringLiteral("--clue"), clue, QStringLiteral("--case-type"),
        QStringLiteral("intentional-injury"), QStringLiteral("--hardship"), QStringLiteral("general:3"), QStringLiteral("--date"),
        QStringLiteral("2024-07-06"), QStringLiteral("--groups-from-pool"), QStringLiteral("--dry-run")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("From the pool: other-in-need")));
    CHECK(r.out.contains(QStringLiteral("Additional amount: 2000.00 × 1 = 2000.00 yuan")));

    const QString pdfPath = o.dir.filePath(QStringLiteral("letter.pdf"));
    r = o.run({QStringLiteral("letter"), QStringLiteral("--template"), QStringLiteral("social-assistance-suggestion"),
        QStringLiteral("--to"), QStringLiteral("乐清市民政局"), QStringLiteral("--clues"), clue, QStringLiteral("--out"), pdfPath,
        QStringLiteral("--date"), QStringLiteral("2024-07-10")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("乐检救建〔2024〕1号")));
    auto doc = Poppler::Document::load(pdfPath);
    REQUIRE(doc);
    const QString text = doc->page(0)->text(QRectF()).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(QStringLiteral("乐清市民政局")));
    CHECK(text.contains(QStringLiteral("张一")));
    CHECK(text.contains(QStringLiteral("乐检救建〔2024〕1号")));

    o.ok({QStringLiteral("review"), QStringLiteral("set"), clue, QStringLiteral("--status"), QStringLiteral("assisted"),
        QStringLiteral("--note"), QStringLiteral("已发放")});
    r = o.run({QStringLiteral("letters"), QStringLiteral("list")});
    CHECK(r.out.contains(QStringLiteral("乐检救建〔2024〕1号")));
    r = o.run({QStringLiteral("review"), QStringLiteral("history"), clue});
    CHECK(r.out.count(QStringLiteral("wang")) == 3); // verifying, eligible, assisted

    r = o.run({QStringLiteral("person"), QStringLiteral("show"), o.victim});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("ALREADY GIVEN JUDICIAL AID")));
    CHECK(r.out.contains(QStringLiteral("家庭生活确有困难")));
    CHECK(r.out.contains(QStringLiteral("14400.00")));
    CHECK(r.out.contains(QStringLiteral("乐检救建〔2024〕1号")));
    CHECK_FALSE(r.out.contains(o.victim)); // masked unless --full-ids
    CHECK(
        o.run({QStringLiteral("person"), QStringLiteral("show"), o.victim, QStringLiteral("--full-ids")}).out.contains(o.victim));

    // the aided person is no longer proposed
    o.ok({QStringLiteral("screen")});
    r = o.run({QStringLiteral("clues"), QStringLiteral("--model"), QStringLiteral("uncompensated-victims-in-hardship"),
        QStringLiteral("--presence"), QStringLiteral("new"), QStringLiteral("--presence"), QStringLiteral("present"),
        QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
}

TEST_CASE("parameter sets from the command line", "[cli][review]")
{
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    REQUIRE(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("settings"),
                       QStringLiteral("county.name"), QStringLiteral("灌云县")})
                .exitCode == 0);
    auto r =
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("params"), QStringLiteral("list")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("guanyun-2024")));
    CHECK(r.out.contains(QStringLiteral("guanyun-2025")));
    r = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("params"), QStringLiteral("show"),
        QStringLiteral("guanyun-2025")});
    CHECK(r.out.contains(QStringLiteral("Benchmark: 2200.00 yuan")));
    CHECK(r.out.contains(QStringLiteral("36 months x 7500.00 yuan = 270000.00 yuan")));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    testing::writeFile(bad, R"({"id": "x", "benchmark": {"amount": -5}})");
    r = runCli(
        {QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("params"), QStringLiteral("import"), bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("bad.json")));
}

TEST_CASE("a supervision clue from the command line: its own statuses and the money recovered", "[cli][review]")
{
    Office o;
    const QString lots = testing::writeCsv(o.dir.filePath(QStringLiteral("auctions.csv")),
        {{QStringLiteral("案号"), QStringLiteral("标的物名称"), QStringLiteral("标的物类型"), QStringLiteral("评估价"),
             QStringLiteral("起拍价"), QStringLiteral("拍卖开始时间"), QStringLiteral("拍卖轮次"),
             QStringLiteral("买受人证件号码")},
            {QStringLiteral("（2023）浙0382执1号"), QStringLiteral("房屋A"), QStringLiteral("不动产"), QStringLiteral("1000000"),
                QStringLiteral("600000"), QStringLiteral("2023-02-05"), QStringLiteral("一拍"), o.victim}});
    o.ok({QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("auctions"), lots});
    o.ok({QStringLiteral("screen"), QStringLiteral("--model"), QStringLiteral("judicial-auction-irregularities")});
    const auto listed = o.run({QStringLiteral("clues"), QStringLiteral("--model"),
        QStringLiteral("judicial-auction-irregularities"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray a = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(a.size() == 1);
    const QJsonObject c = a[0].toObject();
    CHECK(c.value(QStringLiteral("subject_kind")).toString() == QStringLiteral("item"));
    CHECK(c.value(QStringLiteral("subject")).toString() == QStringLiteral("(2023)浙0382执1号 / 房屋A"));
    CHECK(c.value(QStringLiteral("id_number")).toString().isEmpty());
    const QString id = QString::number(c.value(QStringLiteral("clue")).toInteger());
    auto set = [&](const QStringList& extra) {
        return o.run(
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("review"), QStringLiteral("set"), id} +
            extra);
    };
    CHECK(set({QStringLiteral("--status"), QStringLiteral("verifying")}).exitCode == 0);
    auto refused = set({QStringLiteral("--status"), QStringLiteral("eligible"), QStringLiteral("--note"), QStringLiteral("x")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("confirmed")));
    CHECK(set({QStringLiteral("--status"), QStringLiteral("confirmed"), QStringLiteral("--note"), QStringLiteral("理由")})
              .exitCode == 0);
    // the suggestion letter moves the clue on to "suggested"; the court's reply is recorded
    const QString pdf = o.dir.filePath(QStringLiteral("suggestion.pdf"));
    o.ok({QStringLiteral("letter"), QStringLiteral("--template"), QStringLiteral("procuratorial-suggestion"),
        QStringLiteral("--to"), QStringLiteral("乐清市人民法院"), QStringLiteral("--clues"), id, QStringLiteral("--out"), pdf,
        QStringLiteral("--date"), QStringLiteral("2024-07-10")});
    CHECK(QFileInfo(pdf).size() > 1000);
    const auto listed2 =
        o.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("letters"), QStringLiteral("list")});
    CHECK(listed2.out.contains(QStringLiteral("2024-09-08"))); // due after the template's 60 days
    const QString number = listed2.out.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char(' '), 0, 0);
    REQUIRE(number.contains(QStringLiteral("检建")));
    const auto overdue =
        o.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("letters"), QStringLiteral("overdue")});
    CHECK(overdue.out.contains(number)); // today is long past 2024-09-08
    CHECK(overdue.out.contains(QStringLiteral("Overdue")));
    const QString scan = o.dir.filePath(QStringLiteral("reply.pdf"));
    testing::writeFile(scan, QByteArray("%PDF-reply"));
    o.ok({QStringLiteral("letters"), QStringLiteral("reply"), number, QStringLiteral("--date"), QStringLiteral("2024-08-01"),
        QStringLiteral("--text"), QStringLiteral("已撤销拍卖并重新评估"), QStringLiteral("--file"), scan});
    const auto shown = o.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("letters"), QStringLiteral("show"),
        number, QStringLiteral("--reply-file"), o.dir.filePath(QStringLiteral("back.pdf"))});
    CHECK(shown.out.contains(QStringLiteral("Replied")));
    CHECK(shown.out.contains(QStringLiteral("已撤销拍卖并重新评估")));
    CHECK(testing::readFile(o.dir.filePath(QStringLiteral("back.pdf"))) == QByteArray("%PDF-reply"));
    CHECK(o.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("letters"), QStringLiteral("overdue")})
              .out.contains(QStringLiteral("No letter is overdue")));
    CHECK(set({QStringLiteral("--status"), QStringLiteral("corrected"), QStringLiteral("--note"), QStringLiteral("已纠正"),
                  QStringLiteral("--recovered"), QStringLiteral("十万")})
              .exitCode != 0);
    CHECK(set({QStringLiteral("--status"), QStringLiteral("corrected"), QStringLiteral("--note"), QStringLiteral("已纠正"),
                  QStringLiteral("--recovered"), QStringLiteral("126000.5")})
              .exitCode == 0);
    const auto history =
        o.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("review"), QStringLiteral("history"), id});
    CHECK(history.out.contains(QStringLiteral("126000.50 yuan recovered")));
    CHECK(history.out.contains(QStringLiteral("Suggestion issued")));
    CHECK(history.out.contains(number + QStringLiteral(" answered on 2024-08-01")));
    // the chief's figures since 2024
    const auto stats = o.run({QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2024-01-01"),
        QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject figures = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    const QJsonObject total = figures.value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("corrected")).toInt() == 1);
    CHECK(total.value(QStringLiteral("suggested")).toInt() == 1);
    CHECK(total.value(QStringLiteral("recovered_yuan")).toDouble() == 126000.5);
    CHECK(figures.value(QStringLiteral("letters_issued")).toInt() == 1);
    CHECK(figures.value(QStringLiteral("letters_replied")).toInt() == 1);
    CHECK(figures.value(QStringLiteral("letters_overdue")).toInt() == 0);
    const auto csv = o.run({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("stats"), QStringLiteral("--from"),
        QStringLiteral("2024-01-01"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.out.contains(QStringLiteral("司法拍卖")));
    CHECK(csv.out.contains(QStringLiteral("追回金额（元）,126000.50")));
}
