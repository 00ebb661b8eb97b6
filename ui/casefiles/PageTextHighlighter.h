#pragma once
// The text read from a case-file page as HTML: the office's keyword categories each in its own
// colour, the extracted facts in another, and one passage underlined with an anchor "focus" to
// scroll to. Matching tolerates the spaces and line breaks OCR puts between Chinese characters.
#include "casefiles/ExtractionRules.h"

#include <QRegularExpression>
#include <QStringList>
#include <utility>
#include <vector>

namespace cluedesk::ui {

class PageTextHighlighter {
public:
    void setCategories(const std::vector<KeywordCategory>& categories);
    // The categories with their colours, and the facts' colour titled factTitle.
    QString legendHtml(const QString& factTitle) const;
    // heading above the text; facts: values to colour; marks: the first of these found in the
    // text is underlined (a snippet, then the value itself as a fallback).
    QString html(const QString& heading, const QString& text, const QStringList& facts, const QStringList& marks) const;

private:
    std::vector<std::pair<QRegularExpression, QString>> m_keywords; // pattern, colour; longest keyword first
    QStringList m_legend;
};

} // namespace cluedesk::ui
