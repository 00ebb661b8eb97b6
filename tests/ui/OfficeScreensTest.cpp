// The models library and editor, the dashboard and the settings screen.
#include "../core/review/ReviewTestSupport.h"
#include "UiSupport.h"

#include "assistance/CalculationStore.h"
#include "common/PoolSession.h"
#include "dashboard/DashboardScreen.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/Importer.h"
#include "models/ModelsScreen.h"
#include "pool/DataPoolScreen.h"
#include "pool/DatasetStore.h"
#include "pool/DatasetTableModel.h"
#include "pool/RejectsDialog.h"
#include "settings/SettingsScreen.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cluedesk;
using namespace cluedesk::ui;

namespace {

struct Office {
    review_test::VictimPool v;
    std::unique_ptr<PoolSession> session;
    Office()
    {
        testing::ensureWidgetApp();
        session = std::make_unique<PoolSession>(std::move(v.pool.pool), PoolOptions{});
    }
    Pool& pool() { return session->pool(); }
};

} // namespace

TEST_CASE("the models screen describes, checks and saves models", "[ui][models]")
{
    Office o;
    ModelsScreen screen(*o.session);
    REQUIRE(screen.list()->count() == 18); // resources/models holds eighteen
    screen.list()->setCurrentRow(0);
    CHECK(screen.description().size() > 100);
    const QString original = screen.editor()->toPlainText();
    CHECK(original.contains(QStringLiteral("\"steps\"")));

    screen.editor()->setPlainText(QStringLiteral("{ not json"));
    CHECK_FALSE(screen.check());
    CHECK(screen.checkResult().contains(QStringLiteral("JSON")));

    QString broken = original;
    broken.replace(QStringLiteral("\"source\""), QStringLiteral("\"sauce\""));
    screen.editor()->setPlainText(broken);
    CHECK_FALSE(screen.check());
    CHECK(screen.checkResult().contains(QStringLiteral("sauce")));

    // an edited built-in model is kept as the office's own copy
    screen.editor()->setPlainText(original);
    REQUIRE(screen.check());
    REQUIRE(screen.saveEdited());
    CHECK(screen.list()->count() == 19);
    CHECK(screen.list()->currentItem()->data(Qt::UserRole).toString().endsWith(QStringLiteral("-office")));
}

TEST_CASE("the dashboard counts the funnel and the money", "[ui][dashboard]")
{
    Office o;
    const qint64 clue = screening_test::clueOf(o.pool(), "uncompensated-victims-in-hardship", o.v.first).id;
    review_test::decide(o.pool(), clue, QStringLiteral("eligible"), QStringLiteral("属实"));
    CalculationInput in;
    in.caseType = QStringLiteral("intentional-injury");
    in.hardshipBand = QStringLiteral("general");
    in.hardship = 3;
    in.date = QDate(2024, 7, 1);
    auto c = AssistanceCalculator::calculate(*ParameterStore(o.pool()).inForce(in.date), in);
    REQUIRE(CalculationStore(o.pool()).save(clue, o.v.first, *c, true).ok());
    o.pool().setSetting(QStringLiteral("assistance.budget"), QStringLiteral("140000"));
    DashboardScreen screen(*o.session);
    const Statistics& s = screen.statistics();
    CHECK(s.found == 3);
    CHECK(s.verifying == 1);
    CHECK(s.decided == 1);
    CHECK(s.assisted == 0);
    CHECK(s.fenThisYear == 1400000);
    CHECK(s.fenByCaseType.at(QStringLiteral("intentional-injury")) == 1400000);
    REQUIRE(s.averageDaysToDecision);
    CHECK(*s.averageDaysToDecision == Approx(0.0).margin(0.01)); // the test clock does not move
    CHECK(screen.summary().contains(QStringLiteral("14000.00")));
    CHECK(screen.summary().contains(QStringLiteral("10.0%")));
    // the year's table: three victims found this year, one decided; exported as a workbook
    CHECK(screen.report().total.found == 3);
    CHECK(screen.report().total.decided == 1);
    CHECK(screen.summary().contains(QStringLiteral("0 overdue")));
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("figures.xlsx"));
    CHECK(screen.exportTo(xlsx).isEmpty());
    CHECK(QFileInfo(xlsx).size() > 1000);
    CHECK(screen.findChild<QPushButton*>(QStringLiteral("exportStats")));
}

TEST_CASE("the settings screen saves office settings and lists parameter sets", "[ui][settings]")
{
    Office o;
    SettingsScreen screen(*o.session);
    CHECK(screen.field(QStringLiteral("office.name"))->text() == QStringLiteral("乐清市人民检察院"));
    screen.field(QStringLiteral("office.short"))->setText(QStringLiteral("乐"));
    screen.save();
    CHECK(o.pool().setting(QStringLiteral("office.short")) == QStringLiteral("乐"));
    CHECK(screen.parameterSets()->rowCount() == 2);
    CHECK(screen.users()->rowCount() == 0);
}

TEST_CASE("a model's thresholds are changed in the parameters table, not in its steps", "[ui][models]")
{
    Office o;
    ModelsScreen screen(*o.session);
    for (int i = 0; i < screen.list()->count(); ++i)
        if (screen.list()->item(i)->data(Qt::UserRole).toString() == QLatin1String("judicial-auction-irregularities"))
            screen.list()->setCurrentRow(i);
    auto* table = screen.findChild<QTableWidget*>(QStringLiteral("parameters"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 6); // first_ratio, drop and four notice periods
    CHECK(table->item(0, 1)->text() == QStringLiteral("0.7"));
    CHECK(table->item(0, 3)->text().contains(QStringLiteral("百分之七十")));

    table->item(0, 1)->setText(QStringLiteral("0.8"));
    const QJsonObject edited = QJsonDocument::fromJson(screen.editor()->toPlainText().toUtf8()).object();
    CHECK(edited.value(QStringLiteral("parameters")).toArray().at(0).toObject().value(QStringLiteral("value")).toDouble() == 0.8);
    CHECK(screen.checkResult().contains(QStringLiteral("✔")));
    CHECK(screen.description().contains(QStringLiteral("0.7"))); // the description is of the saved model until saved

    table->item(1, 1)->setText(QStringLiteral("二成"));
    CHECK(screen.checkResult().contains(QStringLiteral("二成")));
    const QJsonObject unchanged = QJsonDocument::fromJson(screen.editor()->toPlainText().toUtf8()).object();
    CHECK(unchanged.value(QStringLiteral("parameters")).toArray().at(1).toObject().value(QStringLiteral("value")).toDouble() ==
        0.2);

    REQUIRE(screen.saveEdited());
    CHECK(
        screen.list()->currentItem()->data(Qt::UserRole).toString() == QStringLiteral("judicial-auction-irregularities-office"));
    CHECK(screen.description().contains(QStringLiteral("0.8")));
}

TEST_CASE("the data pool marks lists past their update cycle", "[ui][pool]")
{
    Office o; // victims and subsistence lists as of 2024-06-30, both sent monthly
    o.pool().setClock([] { return QDateTime(QDate(2024, 7, 20), QTime(9, 0)); });
    DataPoolScreen screen(*o.session);
    auto* table = screen.findChild<QTableView*>();
    REQUIRE(table);
    auto* model = table->model();
    REQUIRE(model->rowCount() == 2);
    for (int r = 0; r < 2; ++r)
        CHECK(model->index(r, DatasetTableModel::State).data().toString() == QStringLiteral("Current"));
    o.pool().setClock([] { return QDateTime(QDate(2024, 8, 5), QTime(9, 0)); }); // 36 days: past a month
    o.session->notifyChanged();
    for (int r = 0; r < 2; ++r) {
        CHECK(model->index(r, DatasetTableModel::State).data().toString() == QStringLiteral("Current, out of date"));
        CHECK(model->index(r, DatasetTableModel::State).data(Qt::ToolTipRole).toString().contains(QStringLiteral("5 days")));
    }
}

TEST_CASE("the rejects dialog shows a broken ID's possible match and links the row on confirmation", "[ui][pool][match]")
{
    testing::ensureWidgetApp();
    testing::TempPool pool;
    const QString person = testing::PoolBuilder::person(QDate(1975, 3, 12), 41);
    QString swapped = person;
    int at = 14;
    while (swapped[at] == swapped[at + 1])
        ++at;
    std::swap(swapped[at], swapped[at + 1]);
    testing::PoolBuilder(pool)
        .list(QStringLiteral("subsistence"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("王芳"), person}})
        .importAll();
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("养老金.csv")),
        {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月")},
            {QStringLiteral("王芳"), swapped, QStringLiteral("202304")}});
    ImportRequest req;
    req.type = QStringLiteral("pension");
    req.files = {csv};
    auto report = Importer(*pool, DatasetCatalog::forPool(*pool)).run(req);
    REQUIRE(report.ok());
    REQUIRE(report->rejected == 1);

    RejectsDialog dialog(*pool, report->datasetId);
    auto* matches = dialog.findChild<QTableWidget*>(QStringLiteral("possibleMatches"));
    auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("confirmMatch"));
    auto* rejects = dialog.findChild<QTableWidget*>(QStringLiteral("rejects"));
    REQUIRE((matches && confirm && rejects));
    REQUIRE(matches->rowCount() == 1); // the row with a match is selected when the dialog opens
    CHECK(matches->item(0, 0)->text() == person);
    CHECK(matches->item(0, 1)->text() == QStringLiteral("王芳"));
    CHECK(DatasetStore(*pool).recordCount(report->datasetId) == 0); // shown, not linked
    REQUIRE(confirm->isEnabled());
    confirm->click();
    CHECK(DatasetStore(*pool).recordCount(report->datasetId) == 1);
    CHECK(rejects->item(0, 6)->text().contains(person));
    CHECK_FALSE(confirm->isEnabled());
}

namespace {

// A marriage row whose spouses' ID numbers are both one digit off; both are on another list, so
// each has a possible match. Returns the marriage list's dataset.
qint64 marriageWithTwoBrokenIds(testing::TempPool& pool)
{
    const QString husband = testing::PoolBuilder::person(QDate(1970, 1, 5), 11);
    const QString wife = testing::PoolBuilder::person(QDate(1972, 2, 6), 12);
    const auto mistype = [](QString id) {
        id[15] = id[15] == u'4' ? u'5' : u'4';
        return id;
    };
    testing::PoolBuilder(pool)
        .list(QStringLiteral("subsistence"),
            {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("张甲"), husband},
                {QStringLiteral("李乙"), wife}})
        .importAll();
    const QString csv = testing::writeCsv(pool.file(QStringLiteral("婚姻.csv")),
        {{QStringLiteral("登记类型"), QStringLiteral("登记日期"), QStringLiteral("男方姓名"), QStringLiteral("男方身份证号码"),
             QStringLiteral("女方姓名"), QStringLiteral("女方身份证号码")},
            {QStringLiteral("结婚登记"), QStringLiteral("2001-05-01"), QStringLiteral("张甲"), mistype(husband),
                QStringLiteral("李乙"), mistype(wife)}});
    ImportRequest req;
    req.type = QStringLiteral("marriage");
    req.files = {csv};
    auto report = Importer(*pool, DatasetCatalog::forPool(*pool)).run(req);
    REQUIRE(report.ok());
    REQUIRE(report->rejected == 1);
    return report->datasetId;
}

} // namespace

TEST_CASE("the rejects dialog says a row with two broken IDs waits for the second match", "[ui][pool][match]")
{
    testing::ensureWidgetApp();
    testing::TempPool pool;
    const qint64 datasetId = marriageWithTwoBrokenIds(pool);
    RejectsDialog dialog(*pool, datasetId);
    auto* rejects = dialog.findChild<QTableWidget*>(QStringLiteral("rejects"));
    auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("confirmMatch"));
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("matchResult"));
    REQUIRE((rejects && confirm && result));
    REQUIRE(rejects->rowCount() == 2); // one row, two broken IDs
    rejects->selectRow(0);
    for (int r = 0; r < 2; ++r) {
        // the second row is selected by the dialog itself, the next one with a match to decide
        REQUIRE(rejects->selectionModel()->selectedRows().value(0).row() == r);
        REQUIRE(confirm->isEnabled());
        confirm->click();
        if (r == 0) {
            CHECK(result->text().contains(QStringLiteral("imported once that one is matched too")));
            CHECK_FALSE(result->text().contains(QStringLiteral("Linked to")));
            CHECK(rejects->item(0, 6)->text().contains(QStringLiteral("imported once the row's other broken ID is matched")));
            CHECK(DatasetStore(*pool).recordCount(datasetId) == 0);
        }
    }
    CHECK(result->text().contains(QStringLiteral("Linked to")));
    CHECK(DatasetStore(*pool).recordCount(datasetId) == 1);
}

TEST_CASE("the rejects dialog moves on to the next row with a match to decide after a dismissal", "[ui][pool][match]")
{
    testing::ensureWidgetApp();
    testing::TempPool pool;
    const qint64 datasetId = marriageWithTwoBrokenIds(pool);
    RejectsDialog dialog(*pool, datasetId);
    auto* rejects = dialog.findChild<QTableWidget*>(QStringLiteral("rejects"));
    auto* dismiss = dialog.findChild<QPushButton*>(QStringLiteral("dismissMatches"));
    REQUIRE((rejects && dismiss));
    REQUIRE(rejects->rowCount() == 2);
    rejects->selectRow(0);
    REQUIRE(dismiss->isEnabled());
    dismiss->click();                                                     // the husband's match is not him
    CHECK(rejects->selectionModel()->selectedRows().value(0).row() == 1); // the wife's, still open
    REQUIRE(dismiss->isEnabled());
    dismiss->click();
    // Nothing left to decide: the selection stays, and nothing was imported.
    CHECK(rejects->selectionModel()->selectedRows().value(0).row() == 1);
    CHECK_FALSE(dismiss->isEnabled());
    CHECK(DatasetStore(*pool).recordCount(datasetId) == 0);
}
