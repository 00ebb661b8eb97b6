// The GUI's error boundary: a storage failure thrown while an event is handled is reported, not
// fatal to the program; the main window tells the officer, and closes the pool when it cannot go on.
#include "../core/review/ReviewTestSupport.h"
#include "UiSupport.h"

#include "app/Application.h"
#include "app/MainWindow.h"
#include "common/PoolSession.h"

#include <QMessageBox>
#include <sqlite3.h>

using namespace cluedesk;
using namespace cluedesk::ui;

namespace {

class FailingWidget : public QWidget {
public:
    int code = SQLITE_IOERR_DATA;

protected:
    void mousePressEvent(QMouseEvent*) override { throw DbError(QStringLiteral("a page failed its check"), code); }
};

struct Reports {
    std::vector<std::pair<QString, bool>> seen;
    QMetaObject::Connection connection;
    Reports()
    {
        connection = QObject::connect(Application::instance(), &Application::storageFailed,
            [this](const QString& message, bool fatal) { seen.emplace_back(message, fatal); });
    }
    ~Reports() { QObject::disconnect(connection); }
};

} // namespace

TEST_CASE("a storage failure inside an event is reported, and the program goes on", "[ui][storage]")
{
    testing::ensureWidgetApp();
    REQUIRE(Application::instance());
    Reports reports;
    FailingWidget w;
    w.resize(100, 100);
    w.show();
    QTest::mouseClick(&w, Qt::LeftButton);
    REQUIRE(testing::waitFor([&] { return reports.seen.size() == 1; }, 5000));
    CHECK(reports.seen[0].second); // a tampered page: the pool cannot go on
    CHECK(reports.seen[0].first.contains(QStringLiteral("integrity check")));
    w.code = SQLITE_FULL;
    QTest::mouseClick(&w, Qt::LeftButton);
    REQUIRE(testing::waitFor([&] { return reports.seen.size() == 2; }, 5000));
    CHECK_FALSE(reports.seen[1].second); // a full disk: free space and go on
    CHECK(reports.seen[1].first.contains(QStringLiteral("disk is full")));
}

TEST_CASE("the main window keeps the pool after a full disk and closes it after a tampered page", "[ui][storage]")
{
    testing::ensureWidgetApp();
    review_test::VictimPool v;
    PoolSession session(std::move(v.pool.pool), PoolOptions{});
    MainWindow window(session);
    window.show();
    QStringList told;
    testing::ModalAnswerer answer([&](QWidget* w) {
        if (auto* box = qobject_cast<QMessageBox*>(w)) {
            told << box->text();
            box->accept();
        }
    });
    Q_EMIT Application::instance()->storageFailed(QStringLiteral("The disk is full."), false);
    REQUIRE(testing::waitFor([&] { return told.size() == 1; }, 5000));
    CHECK(window.isVisible());
    Q_EMIT Application::instance()->storageFailed(QStringLiteral("A page failed its integrity check."), true);
    REQUIRE(testing::waitFor([&] { return told.size() == 2; }, 5000));
    CHECK(told[1].contains(QStringLiteral("integrity check")));
    REQUIRE(testing::waitFor([&] { return !window.isVisible(); }, 5000));
}
