#pragma once
// Reads facts out of the text of a case file: case number, document type, charge, victims
// with their ID numbers (OCR confusions corrected only where the check character then
// validates), injury, disability grade, and warning keywords by category; then grades the file
// red/orange/yellow by the weighted categories. Every fact keeps its page and a snippet.
#include "casefiles/ExtractionRules.h"

#include <QDate>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace cluedesk {

struct PageText {
    int page = 0; // 1-based
    QString text;
    QString source;          // "text" (PDF text layer), "ocr" or "empty"
    double confidence = 100; // OCR mean word confidence; 100 for text layers
};

struct ExtractedFact {
    QString kind; // case_no, doc_type, charge, victim, injury, disability, keyword
    QString value;
    QJsonObject detail;
    int page = 0;
    QString snippet;
    double confidence = 100;
    bool needsReview = false;
    QString reviewReason;
};

struct ExtractedVictim {
    QString name;
    QString key;       // 18-digit ID when found and valid
    QString idWritten; // as read
    QString correctionNote;
    QString problem; // why it needs review
    int page = 0;
    QString snippet;
    double confidence = 100;
};

struct CaseFileFacts {
    QString caseNo, docType, charge, injury, disability;
    std::vector<ExtractedFact> facts;
    std::vector<ExtractedVictim> victims;
    QString grade; // red, orange, yellow, or empty for none
    double score = 0;
    QStringList gradeReasons; // one per category found, with page and snippet
    QStringList compensationSnippets;
    bool needsReview() const;
};

class FactExtractor {
public:
    explicit FactExtractor(const ExtractionRules& rules) : m_rules(rules) { }
    CaseFileFacts extract(const std::vector<PageText>& pages, const QDate& today = QDate::currentDate()) const;
    // NFKC, CJK radicals to ideographs, and no spaces or line breaks between Chinese
    // characters (OCR puts them there).
    static QString normalise(const QString& text, int wrappedLineLength = 25);
    static QString snippet(const QString& text, qsizetype at, qsizetype length);

private:
    void findVictims(const PageText& page, const QString& text, const QDate& today, CaseFileFacts& out) const;
    void grade(CaseFileFacts& out) const;
    const ExtractionRules& m_rules;
};

} // namespace cluedesk
