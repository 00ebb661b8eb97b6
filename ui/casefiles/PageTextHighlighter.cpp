#include "casefiles/PageTextHighlighter.h"

#include <algorithm>

namespace cluedesk::ui {
namespace {

const char* const kCategoryColours[] = {
    "#FFE08A", "#B8E0B0", "#F7C1C1", "#C9D8F5", "#E6CCF0", "#FFD2A8", "#D0EEF2", "#D9D9D9", "#CFE8D5", "#EADCC8"};
const char* const kFactColour = "#DDE7F3";

// A pattern that finds text even where OCR or line wrapping put spaces or breaks between its
// characters, and where the page has the full-width form of a character that facts keep in its
// normalised (NFKC) form: ，for , and ０ for 0.
QRegularExpression spacedPattern(const QString& text)
{
    QStringList parts;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const QString one = QRegularExpression::escape(QString(c));
        parts << (c.unicode() > 0x20 && c.unicode() < 0x7F
                ? QStringLiteral("[%1%2]").arg(one, QRegularExpression::escape(QString(QChar(c.unicode() + 0xFEE0))))
                : one);
    }
    return QRegularExpression(parts.join(QStringLiteral("\\s*")));
}

QString swatch(const QString& colour, const QString& title)
{
    return QStringLiteral("<span style='background:%1'>&nbsp;%2&nbsp;</span>").arg(colour, title.toHtmlEscaped());
}

} // namespace

void PageTextHighlighter::setCategories(const std::vector<KeywordCategory>& categories)
{
    m_legend.clear();
    std::vector<std::pair<QString, QString>> keywords; // keyword, colour
    for (size_t i = 0; i < categories.size(); ++i) {
        const QString colour = QString::fromLatin1(kCategoryColours[i % std::size(kCategoryColours)]);
        m_legend << swatch(colour, categories[i].title.text());
        for (const QString& k : categories[i].keywords)
            keywords.emplace_back(k, colour);
    }
    // Longer keywords first: 未达成谅解 wins over 谅解.
    std::stable_sort(
        keywords.begin(), keywords.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    m_keywords.clear();
    for (const auto& [k, colour] : keywords)
        m_keywords.emplace_back(spacedPattern(k), colour);
}

QString PageTextHighlighter::legendHtml(const QString& factTitle) const
{
    return (QStringList(m_legend) << swatch(QLatin1String(kFactColour), factTitle)).join(QLatin1Char(' '));
}

QString PageTextHighlighter::html(
    const QString& heading, const QString& text, const QStringList& facts, const QStringList& marks) const
{
    std::vector<int> colourAt(size_t(text.size()), -1); // index into colours
    QStringList colours;
    const auto paint = [&](const QRegularExpression& pattern, const QString& colour) {
        colours << colour;
        QRegularExpressionMatchIterator m = pattern.globalMatch(text);
        while (m.hasNext()) {
            const auto match = m.next();
            for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i)
                if (colourAt[size_t(i)] < 0)
                    colourAt[size_t(i)] = int(colours.size()) - 1;
        }
    };
    for (const auto& [pattern, colour] : m_keywords)
        paint(pattern, colour);
    for (const QString& f : facts)
        if (!f.isEmpty())
            paint(spacedPattern(f), QLatin1String(kFactColour));
    std::vector<bool> focus(size_t(text.size()), false);
    for (const QString& mark : marks) {
        const auto m = mark.isEmpty() ? QRegularExpressionMatch() : spacedPattern(mark).match(text);
        if (!m.hasMatch())
            continue;
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            focus[size_t(i)] = true;
        break;
    }
    QString html = QStringLiteral("<p style='color:#666'>%1</p><div style='white-space:pre-wrap; font-size:14px'>")
                       .arg(heading.toHtmlEscaped());
    int open = -2;
    bool inFocus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int colour = colourAt[size_t(i)];
        if (focus[size_t(i)] != inFocus || colour != open) {
            if (open >= 0)
                html += QStringLiteral("</span>");
            if (inFocus && !focus[size_t(i)])
                html += QStringLiteral("</u></b>");
            if (!inFocus && focus[size_t(i)])
                html += QStringLiteral("<a name='focus'></a><b><u>");
            inFocus = focus[size_t(i)];
            if (colour >= 0)
                html += QStringLiteral("<span style='background:%1'>").arg(colours[colour]);
            open = colour;
        }
        html += QString(text[i]).toHtmlEscaped();
    }
    if (open >= 0)
        html += QStringLiteral("</span>");
    if (inFocus)
        html += QStringLiteral("</u></b>");
    return html + QStringLiteral("</div>");
}

} // namespace cluedesk::ui
