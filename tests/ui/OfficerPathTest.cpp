// The officer's whole day through the GUI, offscreen: the demo lists on the data pool, the demo
// case files on their screen, then run all models, open a clue from the queue, record a visit and
// a decision, compute the amount and produce the letter PDF. Modal dialogs are answered the way an
// officer would.
#include "UiSupport.h"

#include "TestSupport.h"

#include "app/MainWindow.h"
#include "assistance/CalculationStore.h"
#include "casefiles/CaseFilesScreen.h"
#include "clues/ClueTableModel.h"
#include "clues/CluesScreen.h"
#include "clues/StatusDialog.h"
#include "common/PoolSession.h"
#include "demo/DemoGenerator.h"
#include "documents/CaseDocumentGenerator.h"
#include "letters/LetterDialog.h"
#include "letters/LetterRegister.h"
#include "letters/LettersScreen.h"
#include "person/CalculatorDialog.h"
#include "person/VisitDialog.h"
#include "pool/DataPoolScreen.h"
#include "review/ClueStatus.h"
#include "review/ReviewStore.h"
#include "review/VisitStore.h"
#include "screening/ClueStore.h"
#include "screening/ModelLibrary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <functional>
#include <poppler-qt6.h>

using namespace cluedesk;
using namespace cluedesk::ui;

using testing::ModalAnswerer;
using testing::waitFor;

TEST_CASE("the officer's path through the workstation", "[ui][e2e]")
{
    testing::ensureWidgetApp();
    QTemporaryDir dir;
    const QString files = dir.filePath(QStringLiteral("demo"));
    const DemoSet demo = DemoGenerator::generate();
    REQUIRE(DemoGenerator::writeTo(files, demo).ok());
    REQUIRE(CaseDocumentGenerator::writeDemoCaseFiles(files, demo.caseFiles).ok());
    PoolOptions options;
    options.create = true;
    options.user = QStringLiteral("王检察官");
    auto pool = Pool::open(dir.filePath(QStringLiteral("office.pool")), options);
    REQUIRE(pool.ok());
    (*pool)->setSetting(QStringLiteral("county.prefix"), QStringLiteral("330382"));
    (*pool)->setSetting(QStringLiteral("county.name"), QStringLiteral("乐清市"));
    (*pool)->setSetting(QStringLiteral("office.name"), QStringLiteral("乐清市人民检察院"));
    PoolSession session(std::move(*pool), options);
    MainWindow window(session);
    window.show();

    // 1. Import every list of the month, confirming the type the manifest names, and add the
    //    case files (two of them scans, read by OCR) on their screen.
    int imported = 0;
    QStringList caseFiles;
    {
        QString wantedType;
        int reports = 0;
        ModalAnswerer answer([&](QWidget* w) {
            if (auto* type = w->findChild<QComboBox*>(QStringLiteral("type"))) {
                type->setCurrentIndex(type->findData(wantedType));
                static_cast<QDialog*>(w)->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(w)) {
                box->accept();
            } else if (auto* d = qobject_cast<QDialog*>(w); d && !qobject_cast<QProgressDialog*>(w)) {
                ++reports; // the import report
                d->accept();
            }
        });
        for (const QString& line : QString::fromUtf8(testing::readFile(QDir(files).filePath(QStringLiteral("manifest.tsv"))))
                                       .split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(u'\t');
            if (parts[0] == QLatin1String("casefile")) {
                caseFiles << QDir(files).filePath(parts[1]);
                continue;
            }
            wantedType = parts[0];
            const int before = reports;
            window.dataPool()->importFiles({QDir(files).filePath(parts[1])});
            REQUIRE(waitFor([&] { return reports > before; }));
            ++imported;
        }
        REQUIRE(caseFiles.size() >= 2);
        window.showScreen(QStringLiteral("casefiles"));
        QString summary;
        QObject::connect(window.caseFiles(), &CaseFilesScreen::added, [&](const QString& s) { summary = s; });
        window.caseFiles()->addPaths(caseFiles);
        REQUIRE(waitFor([&] { return !summary.isEmpty(); }, 120000));
        CHECK(window.caseFiles()->filesTable()->rowCount() == caseFiles.size());
    } // stop answering import dialogs
    CHECK(session.pool().db().scalar(QStringLiteral("SELECT count(*) FROM current_datasets")).toInt() == imported + 1);

    // 2. Run all models from the clues screen.
    window.showScreen(QStringLiteral("clues"));
    CluesScreen* clues = window.clues();
    QPushButton* run = nullptr;
    for (QPushButton* b : clues->findChildren<QPushButton*>())
        if (b->shortcut() == QKeySequence(Qt::Key_F5))
            run = b;
    REQUIRE(run);
    QTest::mouseClick(run, Qt::LeftButton);
    REQUIRE(waitFor([&] { return ClueStore(session.pool()).count({}) > 0 && clues->model()->rowCount() > 0; }));
    const int open = clues->model()->rowCount();
    // Every model found exactly the persons the demo planted for it (its oracle, computed
    // from the planted cases, not by ClueDesk's models).
    for (const ModelDefinition& m : ModelLibrary::builtIns()) {
        INFO(m.id.toStdString());
        ClueFilter f;
        f.models = {m.id};
        std::set<QString> keys;
        for (const ClueRow& c : ClueStore(session.pool()).list(f))
            keys.insert(c.personKey);
        CHECK(keys == demo.expectedCluesWithCaseFiles.at(m.id));
    }
    size_t planted = 0;
    for (const auto& [model, keys] : demo.expectedCluesWithCaseFiles)
        planted += keys.size();
    CHECK(size_t(open) == planted); // the queue shows them all

    // 3. Open a clue of the uncompensated-victims model from the queue, with the keyboard.
    int row = -1;
    for (int r = 0; r < clues->model()->rowCount() && row < 0; ++r)
        if (clues->model()->clue(r)->modelId == QLatin1String("uncompensated-victims-in-hardship"))
            row = r;
    REQUIRE(row >= 0);
    clues->selectRow(row);
    const ClueRow clue = *clues->model()->clue(row);
    CHECK_FALSE(clues->evidenceText().isEmpty());

    // 4. Start verifying, record the household visit, then decide: eligible.
    const auto decideOn = [&](qint64 id, const QString& status, const QString& note, double recovered = 0) {
        for (int r = 0; r < clues->model()->rowCount(); ++r)
            if (clues->model()->clue(r)->id == id)
                clues->selectRow(r);
        REQUIRE(clues->selectedClues() == QList<qint64>{id});
        ModalAnswerer statusAnswer([&](QWidget* w) {
            if (!qobject_cast<StatusDialog*>(w))
                return;
            auto* combo = w->findChild<QComboBox*>(QStringLiteral("status"));
            combo->setCurrentIndex(combo->findData(status));
            w->findChild<QPlainTextEdit*>()->setPlainText(note);
            if (recovered > 0)
                w->findChild<QDoubleSpinBox*>(QStringLiteral("recovered"))->setValue(recovered);
            static_cast<QDialog*>(w)->accept();
        });
        clues->changeStatus();
    };
    const auto decide = [&](const QString& status, const QString& note) { decideOn(clue.id, status, note); };
    decide(QStringLiteral("verifying"), QString());
    CHECK(ReviewStore(session.pool()).statusOf(clue.id) == QStringLiteral("verifying"));
    VisitDialog visit(session, clue.personKey, clue.id);
    QTest::keyClicks(testing::child<QLineEdit>(visit, "visitors"), QStringLiteral(", Li"));
    testing::child<QPlainTextEdit>(visit, "conclusion")->setPlainText(QStringLiteral("家庭生活确有困难，无收入来源"));
    visit.accept();
    REQUIRE(visit.result() == QDialog::Accepted);
    decide(QStringLiteral("eligible"), QStringLiteral("经入户核实，家庭困难属实"));
    CHECK(ReviewStore(session.pool()).statusOf(clue.id) == QStringLiteral("eligible"));
    clues->selectRow(0); // the queue moved on: the decided clue left the open filter
    CHECK(ClueStore(session.pool()).get(clue.id)->status == QStringLiteral("eligible"));

    // 5. Compute and decide the amount.
    CalculatorDialog calc(session, clue.id, clue.personKey);
    testing::child<QComboBox>(calc, "caseType")
        ->setCurrentIndex(testing::child<QComboBox>(calc, "caseType")->findData(QStringLiteral("intentional-injury")));
    testing::child<QComboBox>(calc, "band")
        ->setCurrentIndex(testing::child<QComboBox>(calc, "band")->findData(QStringLiteral("serious")));
    testing::child<QDoubleSpinBox>(calc, "hardship")->setValue(6);
    REQUIRE(calc.current());
    const qint64 amount = calc.current()->amountFen;
    CHECK(amount > 0);
    REQUIRE(calc.save(true));
    CHECK(CalculationStore(session.pool()).forClue(clue.id).front().decided);

    // 6. The letter, as PDF.
    LetterDialog letter(session, {clue.id});
    testing::child<QComboBox>(letter, "template")
        ->setCurrentIndex(
            testing::child<QComboBox>(letter, "template")->findData(QStringLiteral("social-assistance-suggestion")));
    testing::child<QComboBox>(letter, "department")->setCurrentText(QStringLiteral("乐清市民政局"));
    REQUIRE(letter.refresh());
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    const QString number = letter.issueTo(pdf);
    REQUIRE_FALSE(number.isEmpty());
    auto doc = Poppler::Document::load(pdf);
    REQUIRE(doc);
    const QString text = doc->page(0)->text(QRectF()).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(number));
    CHECK(text.contains(clue.names.value(0)));
    CHECK(text.contains(QStringLiteral("乐清市民政局")));

    // 7. A supervision clue: a pension paid during imprisonment goes from new to corrected, with
    //    its suggestion letter, the bureau's reply and the money recovered.
    ClueFilter pensions;
    pensions.models = {QStringLiteral("pension-during-imprisonment")};
    const auto pensionClues = ClueStore(session.pool()).list(pensions);
    REQUIRE_FALSE(pensionClues.empty());
    const ClueRow pension = pensionClues.front();
    CHECK(pension.workflow == QStringLiteral("supervision"));
    decideOn(pension.id, QStringLiteral("verifying"), QString());
    decideOn(pension.id, QStringLiteral("confirmed"), QStringLiteral("经调取监狱档案，服刑期间领取养老金属实"));
    REQUIRE(ClueStore(session.pool()).get(pension.id)->status == QStringLiteral("confirmed"));
    LetterDialog suggestion(session, {pension.id});
    testing::child<QComboBox>(suggestion, "template")
        ->setCurrentIndex(
            testing::child<QComboBox>(suggestion, "template")->findData(QStringLiteral("procuratorial-suggestion")));
    testing::child<QComboBox>(suggestion, "department")->setCurrentText(QStringLiteral("乐清市人力资源和社会保障局"));
    REQUIRE(suggestion.refresh());
    const QString suggestionNumber = suggestion.issueTo(dir.filePath(QStringLiteral("suggestion.pdf")));
    REQUIRE_FALSE(suggestionNumber.isEmpty());
    CHECK(ClueStore(session.pool()).get(pension.id)->status == QStringLiteral("suggested"));

    auto* letters = window.findChild<LettersScreen*>();
    REQUIRE(letters);
    window.showScreen(QStringLiteral("letters"));
    QTableWidget* register_ = letters->table();
    int letterRow = -1;
    for (int r = 0; r < register_->rowCount(); ++r)
        if (register_->item(r, 0)->text() == suggestionNumber)
            letterRow = r;
    REQUIRE(letterRow >= 0);
    register_->selectRow(letterRow);
    {
        ModalAnswerer replyAnswer([&](QWidget* w) {
            if (!w->findChild<QPlainTextEdit*>(QStringLiteral("replyText")))
                return;
            w->findChild<QDateEdit*>(QStringLiteral("replyDate"))->setDate(session.pool().now().date());
            w->findChild<QPlainTextEdit*>(QStringLiteral("replyText"))->setPlainText(QStringLiteral("已停发并追回多发养老金"));
            static_cast<QDialog*>(w)->accept();
        });
        QTest::mouseClick(letters->findChild<QPushButton*>(QStringLiteral("replyButton")), Qt::LeftButton);
    }
    const auto replied = LetterRegister(session.pool()).byNumber(suggestionNumber);
    REQUIRE(replied->replies.size() == 1);
    CHECK(replied->replies.front().text == QStringLiteral("已停发并追回多发养老金"));
    for (int r = 0; r < register_->rowCount(); ++r)
        if (register_->item(r, 0)->text() == suggestionNumber)
            CHECK(register_->item(r, 5)->text() == IssuedLetter::stateTitle(QStringLiteral("replied")).text());

    // the officer finds the clue again among those with a suggestion out
    window.showScreen(QStringLiteral("clues"));
    auto* statusFilter = clues->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    statusFilter->setCurrentIndex(statusFilter->findData(QStringLiteral("suggested")));
    decideOn(pension.id, QStringLiteral("corrected"), QStringLiteral("人社局回复已停发并追回"), 24000);
    const auto corrected = ClueStore(session.pool()).get(pension.id);
    CHECK(corrected->status == QStringLiteral("corrected"));
    CHECK(corrected->recoveredFen == 2400000);
    statusFilter->setCurrentIndex(statusFilter->findData(QStringLiteral("corrected")));
    REQUIRE(clues->model()->rowCount() >= 1);
    for (int r = 0; r < clues->model()->rowCount(); ++r)
        if (clues->model()->clue(r)->id == pension.id)
            clues->selectRow(r);
    CHECK(clues->historyText().contains(suggestionNumber));
    CHECK(clues->historyText().contains(QStringLiteral("24000.00")));
}
