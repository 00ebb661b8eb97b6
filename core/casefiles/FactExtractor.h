#pragma once
// Reads facts out of the text of a case file: case number, document type, charge, the persons
// named with their roles and ID numbers (PersonFinder), injury, disability grade, and warning
// keywords by category; then grades the file red/orange/yellow by the weighted categories.
// Every fact keeps its page and a snippet.
#include "casefiles/ExtractionRules.h"
#include "casefiles/PersonFinder.h"

#include <QDate>
#include <QJsonObject>
#include <optional>
#include <set>
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

struct CaseFileFacts {
    QString caseNo, docType, charge, injury, disability;
    std::vector<ExtractedFact> facts;
    std::vector<ExtractedPerson> persons; // everyone named with a role, and everyone with an ID
    std::vector<ExtractedPerson> victims() const;
    QString grade;         // red, orange, yellow, or empty for none
    QStringList gradePath; // the decision tree's tests on the way to the grade: "重伤或死亡: yes"
    QString profile;       // the charge profile applied: "交通肇事：保险多已赔付…"
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
    void grade(CaseFileFacts& out, const std::set<QString>& categoriesFound) const;
    const ExtractionRules& m_rules;
};

} // namespace cluedesk
