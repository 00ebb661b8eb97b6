// Every command and export as an assistant, a role that may not see full ID numbers: whatever it
// prints or writes (rejected rows, clues and their evidence, case-file text and reasons, letters,
// profiles, searches) holds no full ID, and what needs another role is refused. The IDs to look
// for are the ones planted in the files and the ones a prosecutor sees with --full-ids.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using testing::runCli;

namespace {

struct Office {
    QTemporaryDir dir;
    QString pool = dir.filePath(QStringLiteral("office.pool"));
    QString victim = testing::PoolBuilder::person(QDate(1980, 3, 1), 11);
    QString contact = testing::PoolBuilder::person(QDate(1955, 8, 9), 23); // in a column no model reads
    QString damaged;                                                       // a victim ID with a wrong check character
    QString casefile;
    QStringList secrets; // every full ID the pool holds

    testing::CliRun as(const QString& user, QStringList args, const QByteArray& in = {})
    {
        QStringList global{QStringLiteral("--plain"), QStringLiteral("--pool"), pool};
        if (!user.isEmpty())
            global << QStringLiteral("--user") << user << QStringLiteral("--password-file")
                   << dir.filePath(user + QStringLiteral(".pw"));
        return runCli(global + args, in);
    }
    void ok(const QString& user, const QStringList& args)
    {
        const auto r = as(user, args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    Office()
    {
        damaged = victim.left(17) + (victim.endsWith(u'1') ? QStringLiteral("2") : QStringLiteral("1"));
        const QString victims = testing::writeCsv(dir.filePath(QStringLiteral("victims.csv")),
            {{QStringLiteral("部门受案号"), QStringLiteral("案由"), QStringLiteral("被害人姓名"),
                 QStringLiteral("被害人身份证号码"), QStringLiteral("联系人身份证")},
                {QStringLiteral("乐检刑诉〔2024〕1号"), QStringLiteral("故意伤害"), QStringLiteral("张一"), victim, contact},
                {QStringLiteral("乐检刑诉〔2024〕2号"), QStringLiteral("故意伤害"), QStringLiteral("张二"), damaged, contact}});
        const QString poor = testing::writeCsv(dir.filePath(QStringLiteral("dibao.csv")),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张一"), victim}});
        const QString demo = dir.filePath(QStringLiteral("demo"));
        REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--out"), demo}).exitCode == 0);
        ok({},
            {QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("victims"), victims});
        ok({},
            {QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"), QStringLiteral("subsistence"), poor});
        ok({},
            {QStringLiteral("casefile"), QStringLiteral("add"),
                QDir(demo).filePath(QStringLiteral("起诉书-乐检刑诉〔2024〕88号.pdf"))});
        ok({}, {QStringLiteral("settings"), QStringLiteral("office.name"), QStringLiteral("乐清市人民检察院")});
        ok({}, {QStringLiteral("screen")});
        for (const char* user : {"admin", "wang", "li"})
            testing::writeFile(dir.filePath(QString::fromLatin1(user) + QStringLiteral(".pw")), "a long password\n");
        ok({},
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                QStringLiteral("administrator"), QStringLiteral("--new-password-file"),
                dir.filePath(QStringLiteral("admin.pw"))});
        ok(QStringLiteral("admin"),
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--role"),
                QStringLiteral("prosecutor"), QStringLiteral("--new-password-file"), dir.filePath(QStringLiteral("wang.pw"))});
        ok(QStringLiteral("admin"),
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--role"),
                QStringLiteral("assistant"), QStringLiteral("--new-password-file"), dir.filePath(QStringLiteral("li.pw"))});
        // the prosecutor takes the clue to a letter
        const auto list = as(QStringLiteral("wang"),
            {QStringLiteral("clues"), QStringLiteral("--model"), QStringLiteral("uncompensated-victims-in-hardship"),
                QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray clues = QJsonDocument::fromJson(list.out.toUtf8()).array();
        REQUIRE(clues.size() == 1);
        const QString clue = QString::number(clues[0].toObject().value(QStringLiteral("clue")).toInteger());
        ok(QStringLiteral("wang"),
            {QStringLiteral("review"), QStringLiteral("set"), clue, QStringLiteral("--status"), QStringLiteral("verifying")});
        ok(QStringLiteral("wang"),
            {QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--clue"), clue, QStringLiteral("--date"),
                QStringLiteral("2024-07-05"), QStringLiteral("--visitors"), QStringLiteral("王"), QStringLiteral("--conclusion"),
                QStringLiteral("困难属实")});
        ok(QStringLiteral("wang"),
            {QStringLiteral("review"), QStringLiteral("set"), clue, QStringLiteral("--status"), QStringLiteral("eligible"),
                QStringLiteral("--note"), QStringLiteral("符合")});
        ok(QStringLiteral("wang"),
            {QStringLiteral("letter"), QStringLiteral("--template"), QStringLiteral("social-assistance-suggestion"),
                QStringLiteral("--to"), QStringLiteral("乐清市民政局"), QStringLiteral("--clues"), clue,
                QStringLiteral("--full-ids"), QStringLiteral("--out"), dir.filePath(QStringLiteral("letter.pdf"))});
        // what a prosecutor sees in full is what an assistant must not
        const auto files = as(QStringLiteral("wang"), {QStringLiteral("casefile"), QStringLiteral("list")});
        casefile = QRegularExpression(QStringLiteral("^\\s*#?(\\d+)"), QRegularExpression::MultilineOption)
                       .match(files.out.section(u'\n', 1))
                       .captured(1);
        REQUIRE_FALSE(casefile.isEmpty());
        const auto full = as(QStringLiteral("wang"),
            {QStringLiteral("casefile"), QStringLiteral("show"), casefile, QStringLiteral("--text"),
                QStringLiteral("--full-ids")});
        REQUIRE(full.exitCode == 0);
        secrets << victim << contact << damaged;
        auto it = QRegularExpression(QStringLiteral("\\d{17}[\\dX]")).globalMatch(full.out);
        while (it.hasNext())
            secrets << it.next().captured();
        secrets.removeDuplicates();
        REQUIRE(secrets.size() > 3); // the case file names people with their IDs
    }

    // A full ID (or the middle digits that masking hides) anywhere in this text.
    QString leaked(const QString& text) const
    {
        for (const QString& id : secrets)
            if (text.contains(id) || text.contains(id.mid(6, 8)))
                return id;
        return {};
    }
    void requireNoIds(const testing::CliRun& r, const char* what) const
    {
        INFO(what << "\n" << r.err.toStdString());
        CHECK(leaked(r.out) == QString());
        CHECK(leaked(r.err) == QString());
    }
    void requireRefused(const testing::CliRun& r, const char* what) const
    {
        INFO(what << "\n" << r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK(r.err.contains(QStringLiteral("may not")));
        requireNoIds(r, what);
    }
};

} // namespace

TEST_CASE("an assistant gets no full ID from any command or export", "[cli][security][roles]")
{
    Office o;
    const QString li = QStringLiteral("li");
    auto file = [&](const QString& name) { return o.dir.filePath(name); };
    auto t = [](const char* s) { return QString::fromLatin1(s); };

    SECTION("rejected rows, as CSV, JSON and xlsx")
    {
        auto r = o.as(li, {t("rejects"), t("--format"), t("csv")});
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("张二"))); // the row is there, its number masked
        o.requireNoIds(r, "rejects csv");
        o.requireNoIds(o.as(li, {t("rejects"), t("--all"), t("--format"), t("json")}), "rejects json");
        REQUIRE(o.as(li, {t("rejects"), t("--format"), t("xlsx"), t("--out"), file(t("rejects.xlsx"))}).exitCode == 0);
        QString cells;
        for (const auto& sheet : testing::readAll(file(t("rejects.xlsx"))))
            for (const auto& row : sheet.rows)
                cells += testing::texts(row).join(u'|') + u'\n';
        CHECK(cells.contains(QStringLiteral("张二")));
        CHECK(o.leaked(cells) == QString());
    }
    SECTION("clues with their evidence, every unmapped column included")
    {
        for (const char* fmt : {"csv", "json"}) {
            const auto r = o.as(li, {t("clues"), t("--format"), t(fmt)});
            REQUIRE(r.exitCode == 0);
            CHECK(r.out.contains(QStringLiteral("张一")));
            o.requireNoIds(r, fmt);
        }
        REQUIRE(o.as(li, {t("clues"), t("--format"), t("xlsx"), t("--out"), file(t("clues.xlsx"))}).exitCode == 0);
        QString cells;
        for (const auto& sheet : testing::readAll(file(t("clues.xlsx"))))
            for (const auto& row : sheet.rows)
                cells += testing::texts(row).join(u'|') + u'\n';
        CHECK(cells.contains(QStringLiteral("张一")));
        CHECK(o.leaked(cells) == QString());
        o.requireRefused(o.as(li, {t("clues"), t("--full-ids")}), "clues --full-ids");
    }
    SECTION("a search answers a whole ID, never a part of one")
    {
        auto r = o.as(li, {t("clues"), t("--format"), t("json"), t("--search"), o.victim.left(12)});
        CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
        r = o.as(li, {t("clues"), t("--format"), t("json"), t("--search"), o.victim});
        CHECK_FALSE(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
        o.requireNoIds(r, "search by whole ID");
        // a prosecutor may search by part of a number
        r = o.as(t("wang"), {t("clues"), t("--format"), t("json"), t("--search"), o.victim.left(12)});
        CHECK_FALSE(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
    }
    SECTION("case files: text, facts, review reasons")
    {
        const auto show = o.as(li, {t("casefile"), t("show"), o.casefile, t("--text")});
        REQUIRE(show.exitCode == 0);
        CHECK(show.out.contains(QStringLiteral("起诉书")));
        o.requireNoIds(show, "casefile show --text");
        o.requireNoIds(o.as(li, {t("casefile"), t("list"), t("--review")}), "casefile list --review");
        o.requireNoIds(o.as(li, {t("casefile"), t("list")}), "casefile list");
        o.requireRefused(o.as(li, {t("casefile"), t("show"), o.casefile, t("--full-ids")}), "casefile --full-ids");
    }
    SECTION("letters, profiles, visits")
    {
        auto r = o.as(li, {t("letters"), t("list")});
        CHECK(r.out.contains(QStringLiteral("乐检救建")));
        o.requireNoIds(r, "letters list");
        const QString number = QRegularExpression(QStringLiteral("乐检救建〔\\d+〕\\d+号")).match(r.out).captured();
        REQUIRE_FALSE(number.isEmpty());
        r = o.as(li, {t("letters"), t("show"), number, t("--pdf"), file(t("again.pdf"))});
        o.requireRefused(r, "letters show --pdf");
        CHECK_FALSE(QFile::exists(file(t("again.pdf"))));
        r = o.as(li, {t("person"), t("show"), o.victim});
        CHECK(r.out.contains(QStringLiteral("张一")));
        o.requireNoIds(r, "person show");
        o.requireRefused(o.as(li, {t("person"), t("show"), o.victim, t("--full-ids")}), "person show --full-ids");
        o.requireNoIds(o.as(li, {t("visit"), t("list"), t("--person"), o.victim}), "visit list");
    }
    SECTION("commands that need another role are refused")
    {
        o.requireRefused(
            o.as(li, {t("backup"), t("--out"), file(t("b.bak")), t("--backup-passphrase-file"), file(t("li.pw"))}), "backup");
        CHECK_FALSE(QFile::exists(file(t("b.bak"))));
        o.requireRefused(o.as(li, {t("datasets"), t("withdraw"), t("1")}), "datasets withdraw");
        const QString type = file(t("type.json"));
        testing::writeFile(type, o.as(t("wang"), {t("datasets"), t("types"), t("--json")}).out.toUtf8());
        const QJsonArray types = QJsonDocument::fromJson(testing::readFile(type)).array();
        REQUIRE_FALSE(types.isEmpty());
        QJsonObject custom = types.first().toObject();
        custom.insert(t("id"), t("office-own"));
        testing::writeFile(type, QJsonDocument(custom).toJson());
        o.requireRefused(o.as(li, {t("datasets"), t("add-type"), type}), "datasets add-type");
        o.requireRefused(o.as(li, {t("settings"), t("office.name"), t("别处")}), "settings");
        CHECK(o.as(li, {t("settings"), t("office.name")}).exitCode == 0); // reading is fine
        o.requireRefused(o.as(li, {t("audit"), t("list")}), "audit list");
        o.requireRefused(
            o.as(li, {t("field"), t("export"), t("--clues"), t("1"), t("--out"), file(t("f.cdvisit"))}), "field export");
        o.requireRefused(o.as(li, {t("pool"), t("passphrase"), t("--new-passphrase-file"), file(t("li.pw"))}), "pool passphrase");
        o.requireRefused(o.as(li, {t("screen")}), "screen");
    }
}
