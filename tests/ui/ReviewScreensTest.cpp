// The officer's path through the review screens, driven like a user would: the queue, the
// evidence, keyboard navigation, a status change, a visit, the amount and a letter.
#include "../core/review/ReviewTestSupport.h"
#include "UiSupport.h"

#include "assistance/CalculationStore.h"
#include "clues/ClueTableModel.h"
#include "clues/CluesScreen.h"
#include "clues/StatusDialog.h"
#include "common/PoolSession.h"
#include "ingest/Importer.h"
#include "letters/LetterDialog.h"
#include "letters/LetterRegister.h"
#include "letters/LettersScreen.h"
#include "person/CalculatorDialog.h"
#include "person/PersonDialog.h"
#include "person/VisitDialog.h"
#include "review/VisitStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cluedesk;
using namespace cluedesk::ui;

namespace {

struct Session {
    review_test::VictimPool v;
    std::unique_ptr<PoolSession> session;
    Session()
    {
        testing::ensureWidgetApp();
        session = std::make_unique<PoolSession>(std::move(v.pool.pool), PoolOptions{});
    }
    Pool& pool() { return session->pool(); }
    qint64 clueOf(const QString& key) { return screening_test::clueOf(pool(), "uncompensated-victims-in-hardship", key).id; }
};

int rowOf(const ClueTableModel& model, qint64 clue)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.clueId(r) == clue)
            return r;
    return -1;
}

} // namespace

TEST_CASE("the review queue shows open clues with their evidence and follows the keyboard", "[ui]")
{
    Session s;
    CluesScreen screen(*s.session);
    screen.resize(1300, 800);
    screen.show();
    REQUIRE(screen.model()->rowCount() == 3);
    screen.selectRow(0);
    const QString firstName = screen.model()->clue(0)->names.value(0);
    CHECK(screen.evidenceText().contains(QStringLiteral("victims-")));
    CHECK(screen.evidenceText().contains(QStringLiteral("subsistence-")));
    CHECK(screen.evidenceText().contains(firstName));

    screen.table()->setFocus();
    QTest::keyClick(screen.table(), Qt::Key_Down);
    REQUIRE(screen.selectedClues().size() == 1);
    CHECK(screen.selectedClues().first() == screen.model()->clueId(1));
    CHECK(screen.evidenceText().contains(screen.model()->clue(1)->names.value(0)));

    // a decision leaves the open queue, and shows up under its status with its history
    const qint64 clue = screen.model()->clueId(1);
    review_test::decide(s.pool(), clue, QStringLiteral("ineligible"), QStringLiteral("已获赔偿"));
    s.session->notifyChanged();
    CHECK(screen.model()->rowCount() == 2);
    CHECK(rowOf(*screen.model(), clue) == -1);
    ClueFilter all;
    screen.model()->setFilter(all);
    const int row = rowOf(*screen.model(), clue);
    REQUIRE(row >= 0);
    screen.selectRow(row);
    CHECK(screen.historyText().contains(QStringLiteral("已获赔偿")));
}

TEST_CASE("the clue table reads the pool a page at a time", "[ui]")
{
    testing::ensureWidgetApp();
    testing::TempPool pool;
    std::vector<QStringList> victims = {
        {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")}};
    std::vector<QStringList> poor = {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}};
    // Every third victim is on the disabled list too: red, listed before the others (orange).
    std::vector<QStringList> disabled = {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("残疾类别")}};
    for (int i = 0; i < 450; ++i) {
        const QString id = testing::PoolBuilder::person(QDate(1960, 1, 1).addDays(i * 11), i % 900 + 1);
        victims.push_back({QStringLiteral("故意伤害"), QStringLiteral("被害人%1").arg(i), id});
        poor.push_back({QStringLiteral("被害人%1").arg(i), id});
        if (i % 3 == 0)
            disabled.push_back({QStringLiteral("被害人%1").arg(i), id, QStringLiteral("肢体")});
    }
    testing::PoolBuilder(pool)
        .list(QStringLiteral("victims"), victims)
        .list(QStringLiteral("subsistence"), poor)
        .list(QStringLiteral("disabled"), disabled)
        .importAll();
    screening_test::run(*pool, "uncompensated-victims-in-hardship");
    ClueTableModel model(*pool);
    CHECK(model.rowCount() == 450);
    CHECK(model.pagesLoaded() == 0);
    CHECK(model.data(model.index(5, ClueTableModel::Name), Qt::DisplayRole).toString().startsWith(QStringLiteral("被害人")));
    CHECK(model.pagesLoaded() == 1);
    CHECK(model.clueId(449) > 0);
    CHECK(model.pagesLoaded() == 2);
    CHECK(model.clueId(450) == 0);
    // Page by page, the rows the store lists for the filter, in its order.
    const std::vector<ClueRow> listed = ClueStore(*pool).list(model.filter());
    REQUIRE(listed.size() == 450);
    bool sameOrder = true;
    for (int row = 0; row < 450; ++row)
        sameOrder = sameOrder && model.clueId(row) == listed[size_t(row)].id &&
            model.clue(row)->reasonZh == listed[size_t(row)].reasonZh && !listed[size_t(row)].reasonZh.isEmpty();
    CHECK(sameOrder);
    CHECK(model.pagesLoaded() == 3);
    CHECK(model.clue(149)->grade == QStringLiteral("red"));
    CHECK(model.clue(150)->grade == QStringLiteral("orange"));
    CHECK(model.clueId(150) < model.clueId(149)); // by grade, not in the order the clues were found
    // masked unless the role may see full numbers
    const QString shown = model.data(model.index(0, ClueTableModel::IdNumber), Qt::DisplayRole).toString();
    CHECK(shown.contains(QStringLiteral("********")));
    model.setFullIds(true);
    CHECK(model.data(model.index(0, ClueTableModel::IdNumber), Qt::DisplayRole).toString() == model.clue(0)->personKey);
}

TEST_CASE("visit, amount and letter from the dialogs", "[ui]")
{
    Session s;
    const qint64 clue = s.clueOf(s.v.first);

    // The letter dialog refuses an undecided clue and says why.
    {
        LetterDialog letter(*s.session, {clue});
        CHECK_FALSE(letter.refresh());
    }
    review_test::decide(s.pool(), clue, QStringLiteral("eligible"), QStringLiteral("家庭困难属实"));

    VisitDialog visit(*s.session, s.v.first, clue);
    testing::child<QDateEdit>(visit, "date")->setDate(QDate(2024, 7, 5));
    QTest::keyClicks(testing::child<QLineEdit>(visit, "visitors"), QStringLiteral(", Li")); // QTest types ASCII only
    testing::child<QTableWidget>(visit, "family")->setItem(0, 0, new QTableWidgetItem(QStringLiteral("张母")));
    testing::child<QTableWidget>(visit, "family")->setItem(0, 1, new QTableWidgetItem(QStringLiteral("母亲")));
    testing::child<QTableWidget>(visit, "family")->setItem(0, 2, new QTableWidgetItem(QStringLiteral("70")));
    testing::child<QDoubleSpinBox>(visit, "monthlyIncome")->setValue(650);
    testing::child<QPlainTextEdit>(visit, "conclusion")->setPlainText(QStringLiteral("家庭生活确有困难"));
    visit.accept();
    CHECK(visit.result() == QDialog::Accepted);
    const auto visits = VisitStore(s.pool()).forClue(clue);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].visitDate == QStringLiteral("2024-07-05"));
    CHECK(visits[0].visitors.endsWith(QStringLiteral(", Li")));
    REQUIRE(visits[0].family.size() == 1);
    CHECK(visits[0].family[0].age == 70);

    CalculatorDialog calc(*s.session, clue, s.v.first);
    testing::child<QComboBox>(calc, "parameterSet")
        ->setCurrentIndex(testing::child<QComboBox>(calc, "parameterSet")->findData(QStringLiteral("guanyun-2024")));
    testing::child<QComboBox>(calc, "caseType")
        ->setCurrentIndex(testing::child<QComboBox>(calc, "caseType")->findData(QStringLiteral("intentional-injury")));
    testing::child<QComboBox>(calc, "band")
        ->setCurrentIndex(testing::child<QComboBox>(calc, "band")->findData(QStringLiteral("general")));
    testing::child<QDoubleSpinBox>(calc, "hardship")->setValue(3);
    testing::child<QDoubleSpinBox>(calc, "group-women-in-need")->setValue(2);
    testing::child<QComboBox>(calc, "fault")
        ->setCurrentIndex(testing::child<QComboBox>(calc, "fault")->findData(QStringLiteral("minor")));
    REQUIRE(calc.current());
    CHECK(calc.current()->amountFen == 1440000); // (2000 x 7 + 2000 x 2) x 0.8
    REQUIRE(calc.save(true));
    const auto saved = CalculationStore(s.pool()).forClue(clue);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].decided);

    PersonDialog person(*s.session, s.v.first, clue);
    CHECK(person.html().contains(QStringLiteral("家庭生活确有困难")));
    CHECK(person.html().contains(QStringLiteral("14400.00")));

    LetterDialog letter(*s.session, {clue});
    testing::child<QComboBox>(letter, "template")
        ->setCurrentIndex(
            testing::child<QComboBox>(letter, "template")->findData(QStringLiteral("social-assistance-suggestion")));
    testing::child<QComboBox>(letter, "department")->setCurrentText(QStringLiteral("乐清市民政局"));
    testing::child<QDateEdit>(letter, "date")->setDate(QDate(2024, 7, 10));
    REQUIRE(letter.refresh());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    CHECK(letter.issueTo(path) == QStringLiteral("乐检救建〔2024〕1号"));
    CHECK(testing::readFile(path).startsWith("%PDF"));
    LettersScreen register_(*s.session);
    REQUIRE(register_.table()->rowCount() == 1);
    CHECK(register_.table()->item(0, 0)->text() == QStringLiteral("乐检救建〔2024〕1号"));
    CHECK(register_.table()->item(0, 2)->text() == QStringLiteral("乐清市民政局"));
}

TEST_CASE("a clue about an auction lot shows its key and has no person profile", "[ui]")
{
    testing::ensureWidgetApp();
    testing::TempPool pool;
    const QString buyer = testing::PoolBuilder::person(QDate(1980, 3, 4), 7);
    testing::PoolBuilder(pool)
        .list(QStringLiteral("auctions"),
            {{QStringLiteral("案号"), QStringLiteral("标的物名称"), QStringLiteral("标的物类型"), QStringLiteral("评估价"),
                 QStringLiteral("起拍价"), QStringLiteral("拍卖开始时间"), QStringLiteral("拍卖轮次"),
                 QStringLiteral("买受人证件号码"), QStringLiteral("被执行人证件号码")},
                {QStringLiteral("（2023）浙0382执1号"), QStringLiteral("房屋A"), QStringLiteral("不动产"),
                    QStringLiteral("1000000"), QStringLiteral("600000"), QStringLiteral("2023-02-05"), QStringLiteral("一拍"),
                    buyer, QString()}})
        .importAll();
    screening_test::run(*pool, "judicial-auction-irregularities");
    PoolSession session(std::move(pool.pool), PoolOptions{});
    CluesScreen screen(session);
    screen.show();
    REQUIRE(screen.model()->rowCount() == 1);
    screen.selectRow(0);
    CHECK(screen.model()->data(screen.model()->index(0, ClueTableModel::IdNumber), Qt::DisplayRole).toString() ==
        QStringLiteral("(2023)浙0382执1号 / 房屋A"));
    CHECK(screen.model()->data(screen.model()->index(0, ClueTableModel::Name), Qt::DisplayRole).toString() ==
        QStringLiteral("房屋A"));
    auto* person = screen.findChild<QPushButton*>(QStringLiteral("personButton"));
    REQUIRE(person);
    CHECK_FALSE(person->isEnabled());
    CHECK(screen.evidenceText().contains(QStringLiteral("（2023）浙0382执1号"))); // the number as the file wrote it
    // the letter dialog offers only the letters of the supervision path
    LetterDialog letter(session, {screen.model()->clueId(0)});
    QStringList offered;
    for (int i = 0; i < testing::child<QComboBox>(letter, "template")->count(); ++i)
        offered << testing::child<QComboBox>(letter, "template")->itemData(i).toString();
    CHECK(offered == QStringList{QStringLiteral("procuratorial-suggestion")});
}

TEST_CASE("the letter dialog offers an aid clue's letters, and none made for other models", "[ui]")
{
    Session s;
    LetterDialog letter(*s.session, {s.clueOf(s.v.first)});
    QStringList offered;
    for (int i = 0; i < testing::child<QComboBox>(letter, "template")->count(); ++i)
        offered << testing::child<QComboBox>(letter, "template")->itemData(i).toString();
    CHECK(offered ==
        QStringList{QStringLiteral("judicial-aid-decision"), QStringLiteral("procuratorial-suggestion"),
            QStringLiteral("social-assistance-suggestion")});
}

TEST_CASE("the status dialog offers a supervision clue's path and asks for the money recovered", "[ui]")
{
    testing::ensureWidgetApp();
    StatusDialog dialog(QStringLiteral("suggested"), QStringLiteral("supervision"), 1);
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("status"));
    auto* recovered = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("recovered"));
    REQUIRE(status);
    REQUIRE(recovered);
    REQUIRE(status->count() == 2);
    CHECK(status->itemData(0).toString() == QStringLiteral("corrected"));
    CHECK(status->itemData(1).toString() == QStringLiteral("confirmed"));
    dialog.show();
    status->setCurrentIndex(0);
    CHECK(recovered->isVisible());
    recovered->setValue(1234.5);
    CHECK(dialog.recoveredFen() == std::optional<qint64>(123450));
    status->setCurrentIndex(1);
    CHECK_FALSE(recovered->isVisible());
    CHECK_FALSE(dialog.recoveredFen().has_value());

    StatusDialog aid(QStringLiteral("verifying"), QStringLiteral("aid"), 1);
    auto* aidStatus = aid.findChild<QComboBox*>(QStringLiteral("status"));
    QStringList offered;
    for (int i = 0; i < aidStatus->count(); ++i)
        offered << aidStatus->itemData(i).toString();
    CHECK(offered ==
        QStringList{QStringLiteral("eligible"), QStringLiteral("ineligible"), QStringLiteral("referred"), QStringLiteral("new")});
}

TEST_CASE("the calculator fills in the groups the pool's lists name, marked and overridable", "[ui][calculator]")
{
    Session s;
    const QStringList header = {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("残疾等级")};
    ImportRequest req;
    req.type = QStringLiteral("disabled");
    QTemporaryDir dir;
    req.files = {testing::writeCsv(
        dir.filePath(QStringLiteral("残疾人.csv")), {header, {QStringLiteral("李二"), s.v.second, QStringLiteral("一级")}})};
    REQUIRE(Importer(s.pool(), DatasetCatalog::forPool(s.pool())).run(req).ok());
    CalculatorDialog calc(*s.session, s.clueOf(s.v.second), s.v.second);
    const ParameterSet params = *ParameterStore(s.pool()).inForce(s.pool().now().date());
    auto* disabled = calc.findChild<QDoubleSpinBox*>(QStringLiteral("group-disabled-1-2"));
    REQUIRE(disabled);
    CHECK(disabled->value() == double(params.group(QStringLiteral("disabled-1-2"))->minHundredths) / 100);
    CHECK(disabled->toolTip().contains(QStringLiteral("一级")));
    auto* children = calc.findChild<QDoubleSpinBox*>(QStringLiteral("group-children-in-distress"));
    REQUIRE(children);
    CHECK(children->value() == 0);
    // the officer overrides: not in the group after all
    disabled->setValue(0);
    const auto now = calc.current();
    REQUIRE(now);
    CHECK(std::none_of(now->input.groups.begin(), now->input.groups.end(),
        [](const auto& g) { return g.first == QLatin1String("disabled-1-2") && g.second > 0; }));
}
