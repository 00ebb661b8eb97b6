// The Chinese GUI and command line have no untranslated string: neither their own nor the core's
// messages they show (errors, reject reasons, validation); and the built-in translation is the
// one loaded.
#include "UiSupport.h"

#include "TestSupport.h"

#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

TEST_CASE("every GUI, CLI and core string has a Chinese translation", "[ui][i18n]")
{
    QFile ts(QStringLiteral(CLUEDESK_SOURCE_DIR "/translations/cluedesk_zh_CN.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context, source;
    int guiMessages = 0, cliMessages = 0;
    QStringList unfinished;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            guiMessages += context.startsWith(QLatin1String("cluedesk::ui::")) ? 1 : 0;
            cliMessages += context == QLatin1String("cli") ? 1 : 0;
            const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
                unfinished << context + QStringLiteral(": ") + source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(guiMessages > 200);
    CHECK(cliMessages > 400);
    INFO(unfinished.join(QLatin1Char('\n')).toStdString());
    CHECK(unfinished.isEmpty());
}

TEST_CASE("the built-in Chinese translation translates the screens", "[ui][i18n]")
{
    testing::ensureWidgetApp();
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/cluedesk_zh_CN.qm")));
    CHECK(zh.translate("cluedesk::ui::MainWindow", "Clues") == QStringLiteral("线索"));
    CHECK(zh.translate("cluedesk::ui::CluesScreen", "%n clue(s) selected", nullptr, 3) == QStringLiteral("已选 %n 条线索"));
    CHECK(zh.translate("IdNumber", "\"%1\" fails its check character (GB 11643); a digit is probably mistyped") ==
        QStringLiteral("“%1”校验码不符（GB 11643）；可能有一位数字录错"));
}

TEST_CASE("one English word with two meanings gets two Chinese words (disambiguation)", "[ui][i18n]")
{
    testing::ensureWidgetApp();
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/cluedesk_zh_CN.qm")));
    // a clue's reason and a rejected row's reason; a fact read from a page and a parameter's value
    CHECK(zh.translate("cluedesk::ui::ClueTableModel", "Reason") == QStringLiteral("理由"));
    CHECK(zh.translate("cluedesk::ui::RejectsDialog", "Reason", "why a row was not imported") == QStringLiteral("原因"));
    CHECK(zh.translate("cluedesk::ui::CaseFilesScreen", "Value") == QStringLiteral("内容"));
    CHECK(zh.translate("cluedesk::ui::ModelsScreen", "Value", "a model parameter's value") == QStringLiteral("取值"));
}
