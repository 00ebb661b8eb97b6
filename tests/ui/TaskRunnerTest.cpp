// The progress dialog of long work: its cancel button is there while cancelling can still undo
// everything, and goes when the last step (writing to disk) has begun.
#include "UiSupport.h"

#include "common/TaskRunner.h"

#include <QLabel>
#include <QPushButton>
#include <atomic>
#include <thread>

using namespace cluedesk::ui;

TEST_CASE("the last step of a task takes the cancel button away", "[ui][task]")
{
    testing::ensureWidgetApp();
    QWidget parent;
    parent.show();
    std::atomic_int step{0}; // 1: the work reported half; 2: the test let it go on; 3: it may end
    bool done = false;
    const auto waitForStep = [&](int wanted) {
        while (step.load() < wanted)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    };
    TaskRunner::run<int>(
        &parent, QStringLiteral("导入"),
        [&](Progress& progress) {
            progress.report(0.5, QStringLiteral("已读取 500 行"));
            step = 1;
            waitForStep(2);
            progress.reportFinalStep(QStringLiteral("正在保存"));
            waitForStep(3);
            return 1;
        },
        [&](int) { done = true; });

    QProgressDialog* dialog = nullptr;
    const auto labelIs = [&](const QString& text) {
        dialog = parent.findChild<QProgressDialog*>();
        const QLabel* label = dialog ? dialog->findChild<QLabel*>() : nullptr;
        return label && label->text() == text && dialog->isVisible();
    };
    REQUIRE(testing::waitFor([&] { return step.load() == 1 && labelIs(QStringLiteral("已读取 500 行")); }));
    CHECK(dialog->findChild<QPushButton*>() != nullptr); // cancelling still undoes everything
    step = 2;
    REQUIRE(testing::waitFor([&] { return labelIs(QStringLiteral("正在保存")); }));
    CHECK(dialog->findChild<QPushButton*>() == nullptr);
    CHECK(dialog->maximum() == 0); // busy, with no promise of how far
    step = 3;
    REQUIRE(testing::waitFor([&] { return done; }));
}
