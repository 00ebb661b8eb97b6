// The case files screen: a folder of PDFs read in the background, the page beside its text
// with keywords marked, facts linked to their pages, correcting a victim read wrongly, and
// masked text for a role that may not see full ID numbers.
#include "UiSupport.h"

#include "casefiles/CaseFilesScreen.h"
#include "casefiles/CorrectPersonDialog.h"
#include "casefiles/PageViewer.h"
#include "common/PoolSession.h"
#include "documents/CaseDocumentGenerator.h"
#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/Importer.h"
#include "security/UserStore.h"

#include "TestSupport.h"
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cluedesk;
using namespace cluedesk::ui;
using testing::ModalAnswerer;
using testing::waitFor;

namespace {

QString validId(const QString& first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

// The same number with a check character that does not fit, as a reader might misread it.
QString misreadId(const QString& first17)
{
    const QChar right = IdNumber::checkCharacter(first17);
    return first17 + (right == u'1' ? u'2' : u'1');
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

struct CaseFilesFixture {
    QTemporaryDir dir;
    const QString good = validId(QStringLiteral("33038219750512304"));
    const QString misread = misreadId(QStringLiteral("33038219880716221"));
    std::unique_ptr<PoolSession> session;

    CaseFilesFixture()
    {
        const QString folder = dir.filePath(QStringLiteral("cases"));
        const auto a = CaseDocumentGenerator::indictment(
            QStringLiteral("金建国"), good, QStringLiteral("重伤二级"), false, true, QStringLiteral("乐检刑诉〔2024〕88号"));
        const auto b = CaseDocumentGenerator::indictment(
            QStringLiteral("王小红"), misread, QStringLiteral("轻伤二级"), false, true, QStringLiteral("乐检刑诉〔2024〕91号"));
        writeFile(folder + QStringLiteral("/a.pdf"), CaseDocumentGenerator::pdf(a, true));
        // made once: two renderings a second apart differ in their creation date
        const QByteArray bPdf = CaseDocumentGenerator::pdf(b, true);
        writeFile(folder + QStringLiteral("/more/b.pdf"), bPdf);
        writeFile(folder + QStringLiteral("/more/b-copy.pdf"), bPdf); // the same bytes
        writeFile(folder + QStringLiteral("/notes.txt"), "not a case file");
        PoolOptions options;
        options.create = true;
        options.user = QStringLiteral("王检察官");
        auto pool = Pool::open(dir.filePath(QStringLiteral("office.pool")), options);
        REQUIRE(pool.ok());
        session = std::make_unique<PoolSession>(std::move(*pool), options);
    }
    QString folder() const { return dir.filePath(QStringLiteral("cases")); }
};

int rowOf(QTableWidget* table, int column, const QString& text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->text().contains(text))
            return r;
    return -1;
}

} // namespace

TEST_CASE("case files: a folder read in the background, pages beside their text, facts linked", "[ui][casefiles]")
{
    testing::ensureWidgetApp();
    CaseFilesFixture f;
    CaseFilesScreen screen(*f.session);
    screen.resize(1300, 800);
    screen.show();
    CHECK(screen.filesTable()->rowCount() == 0);
    CHECK(screen.pageViewer()->page() == 0);

    QString summary;
    QObject::connect(&screen, &CaseFilesScreen::added, [&](const QString& s) { summary = s; });
    {
        ModalAnswerer answer([](QWidget* w) {
            if (auto* box = qobject_cast<QMessageBox*>(w))
                box->accept();
        });
        screen.addPaths({f.folder()});
        REQUIRE(waitFor([&] { return !summary.isEmpty(); }));
    }
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("2 of 3 case files added")));
    CHECK(summary.contains(QStringLiteral("already added"))); // the copy of b.pdf, named as such
    CHECK(summary.contains(QStringLiteral("1 extractions wait for your review")));
    CHECK(summary.contains(QStringLiteral("b.pdf was already added")));
    REQUIRE(screen.filesTable()->rowCount() == 2); // notes.txt is no case file
    REQUIRE(screen.currentFile() > 0);

    // The file with the misread victim: its victim is marked for review.
    const int fileRow = rowOf(screen.filesTable(), 4, QStringLiteral("91号"));
    REQUIRE(fileRow >= 0);
    screen.filesTable()->selectRow(fileRow);
    QTableWidget* facts = screen.factsTable();
    const int victim = rowOf(facts, 1, QStringLiteral("Victim"));
    REQUIRE(victim >= 0);
    CHECK(facts->item(victim, 2)->text().startsWith(QStringLiteral("王小红")));
    CHECK_FALSE(facts->item(victim, 5)->text().isEmpty()); // why it needs review
    CHECK(facts->item(victim, 0)->background().color() == QColor(0xFB, 0xE3, 0xE3));

    // The page is rendered and its text shown with keywords and facts marked.
    REQUIRE(screen.pageViewer()->page() == 1);
    CHECK(screen.pageViewer()->image().width() > 500);
    QString html = screen.pageHtml();
    CHECK(html.contains(QStringLiteral("#f7c1c1"), Qt::CaseInsensitive)); // the third category's (family hardship: 低保)
    CHECK(html.contains(QStringLiteral("#dde7f3"), Qt::CaseInsensitive)); // facts
    CHECK(html.contains(f.misread));                                      // full view: prosecutor in a one-officer pool

    // A fact leads to its page with its snippet marked.
    facts->selectRow(victim);
    html = screen.pageHtml();
    CHECK(html.contains(QStringLiteral("name=\"focus\"")));
    CHECK(html.contains(QStringLiteral("text-decoration: underline")));

    // Opening the pages was audited once.
    CHECK(f.session->pool()
              .db()
              .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'casefile.view' AND subject = ?1"),
                  {QString::number(screen.currentFile())})
              .toInt() == 1);

    // 王小红 is in the subsistence list with the number the page shows but for its check
    // character: the dialog offers her, and taking her fills in the fields.
    const QString list = f.dir.filePath(QStringLiteral("低保.csv"));
    testing::writeCsv(
        list, {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}, {QStringLiteral("王小红"), validId(f.misread.left(17))}});
    ImportRequest req;
    req.type = QStringLiteral("subsistence");
    req.files = {list};
    REQUIRE(Importer(f.session->pool(), DatasetCatalog::forPool(f.session->pool())).run(req).ok());

    // Correct the victim: the dialog only accepts a valid number.
    bool rejectedBad = false, offered = false;
    {
        ModalAnswerer answer([&](QWidget* w) {
            if (auto* d = qobject_cast<CorrectPersonDialog*>(w)) {
                QPushButton* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
                testing::child<QLineEdit>(*d, "idNumber")->setText(f.misread);
                rejectedBad = !ok->isEnabled();
                auto* matches = d->findChild<QListWidget*>(QStringLiteral("possibleMatches"));
                offered = matches && matches->count() == 1 && matches->item(0)->text().contains(validId(f.misread.left(17)));
                d->findChild<QPushButton*>(QStringLiteral("useMatch"))->click();
                CHECK(testing::child<QLineEdit>(*d, "idNumber")->text() == validId(f.misread.left(17)));
                REQUIRE(ok->isEnabled());
                d->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(w)) {
                box->accept();
            }
        });
        screen.correctSelected();
    }
    CHECK(rejectedBad);
    CHECK(offered);
    const QString corrected = validId(f.misread.left(17));
    CHECK(f.session->pool()
              .db()
              .scalar(QStringLiteral("SELECT count(*) FROM record_persons WHERE person_key = ?1"), {corrected})
              .toInt() == 2); // the subsistence row and now the victim
    const int after = rowOf(screen.factsTable(), 1, QStringLiteral("Victim"));
    REQUIRE(after >= 0);
    CHECK(screen.factsTable()->item(after, 5)->text().isEmpty());
    CHECK(screen.factsTable()->item(after, 2)->text().contains(IdNumber::mask(corrected)));
    CHECK(f.session->pool()
              .db()
              .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'casefile.correct'"))
              .toInt() == 1);
}

TEST_CASE("case files: a role with masked IDs sees no page images and masked text", "[ui][casefiles]")
{
    testing::ensureWidgetApp();
    CaseFilesFixture f;
    Pool& pool = f.session->pool();
    REQUIRE(UserStore(pool).add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin-secret").ok());
    {
        CaseFilesScreen adding(*f.session);
        ModalAnswerer answer([](QWidget* w) {
            if (auto* box = qobject_cast<QMessageBox*>(w))
                box->accept();
        });
        bool done = false;
        QObject::connect(&adding, &CaseFilesScreen::added, [&] { done = true; });
        adding.addPaths({f.folder() + QStringLiteral("/a.pdf")});
        REQUIRE(waitFor([&] { return done; }));
    }
    const auto views = [&] {
        return pool.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'casefile.view'")).toInt();
    };
    const int viewed = views(); // the officer who added it saw its pages
    pool.setRole(QStringLiteral("assistant"));
    CaseFilesScreen screen(*f.session);
    REQUIRE(screen.filesTable()->rowCount() == 1);
    REQUIRE(screen.currentFile() > 0);
    CHECK(screen.pageViewer()->image().isNull());
    const QString html = screen.pageHtml();
    CHECK(html.contains(QStringLiteral("金建国")));
    CHECK_FALSE(html.contains(f.good));
    CHECK(html.contains(f.good.left(6) + QStringLiteral("********") + f.good.right(4)));
    CHECK(views() == viewed);
    CHECK(screen.pageViewer()->page() == 1); // pages can still be turned, as text
}
