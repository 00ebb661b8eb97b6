// A letter made from decided clues, rendered to PDF and read back with Poppler: the text
// layer must hold the names, the department and the number as written (not CJK radicals).
#include "../core/review/ReviewTestSupport.h"

#include "documents/LetterPdf.h"
#include "letters/LetterRegister.h"

#include "GuiSupport.h"

#include <QImage>
#include <poppler-qt6.h>

using namespace cluedesk;

TEST_CASE("a social-assistance suggestion letter as PDF", "[letters][pdf]")
{
    testing::ensureGuiApp();
    review_test::VictimPool v;
    const qint64 a = v.clueOf(v.first), b = v.clueOf(v.second);
    v.decide(a, QStringLiteral("eligible"), QStringLiteral("家庭困难属实"));
    v.decide(b, QStringLiteral("referred"), QStringLiteral("建议纳入低保"));
    LetterRequest r;
    r.templateId = QStringLiteral("social-assistance-suggestion");
    r.department = QStringLiteral("乐清市民政局");
    r.clueIds = {a, b};
    r.date = QDate(2024, 7, 10);
    auto draft = LetterComposer::compose(*v.pool, r);
    REQUIRE(draft.ok());
    auto letter = LetterRegister(*v.pool).issue(*draft, [](const QString& html) { return LetterPdf::render(html); });
    INFO(letter.errorMessage().toStdString());
    REQUIRE(letter.ok());
    const QByteArray pdf = LetterRegister(*v.pool).pdf(letter->id).value();
    REQUIRE(pdf.startsWith("%PDF"));

    auto doc = Poppler::Document::loadFromData(pdf);
    REQUIRE(doc);
    REQUIRE(doc->numPages() == 2); // the letter, then the annex table
    QString text;
    for (int i = 0; i < doc->numPages(); ++i) {
        auto page = doc->page(i);
        CHECK(std::abs(page->pageSizeF().width() - 595.3) < 2); // A4 in points
        text += page->text(QRectF()) + QLatin1Char('\n');
    }
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(QStringLiteral("乐检救建〔2024〕1号")));
    CHECK(text.contains(QStringLiteral("乐清市民政局：")));
    CHECK(text.contains(QStringLiteral("张一")));
    CHECK(text.contains(QStringLiteral("李二")));
    CHECK(text.contains(QStringLiteral("乐清市人民检察院")));
    CHECK(text.contains(QStringLiteral("—1—")));
    CHECK(text.contains(QStringLiteral("—2—")));
    CHECK(text.contains(v.first.left(6) + QStringLiteral("********") + v.first.right(4)));
    CHECK_FALSE(text.contains(QChar(0x2EA0))); // ⺠, the radical Noto CJK leaves in place of 民

    // The page is really drawn: dark text on white, and the red seal area.
    const QImage image = doc->page(0)->renderToImage(50, 50);
    REQUIRE_FALSE(image.isNull());
    int dark = 0, red = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            dark += c.lightness() < 100;
            red += c.red() > 150 && c.green() < 80 && c.blue() < 80;
        }
    CHECK(dark > 1000);
    CHECK(red > 20);
}
