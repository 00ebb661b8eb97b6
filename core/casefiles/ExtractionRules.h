#pragma once
// The rules for reading case documents, as data (resources/extraction): case-number and
// document-type patterns, charges, how victims are named, injury levels, and the keyword
// categories with weights for the warning grade. Officers extend the keyword catalogue in the
// pool (setting "casefiles.keywords", same format as keywords.json).
#include "util/LocalText.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace cluedesk {

class Pool;

struct KeywordCategory {
    QString id;
    LocalText title;
    double weight = 0;
    bool negationAware = false;
    QStringList keywords;
};

struct GradeRuleSpec {
    QString grade;
    QStringList all;  // each entry "a|b" means a or b must be present
    QStringList none; // none of these may be present
    double scoreAtLeast = -1e9;
};

struct InjuryLevel {
    QString level;
    int rank = 0;
    QStringList patterns;
};

struct ExtractionRules {
    std::vector<std::pair<QString, QRegularExpression>> caseNumbers; // kind, pattern
    std::vector<std::pair<QString, QStringList>> documentTypes;      // type, titles
    std::vector<QRegularExpression> chargePatterns;
    QStringList knownCharges;
    QStringList victimMarkers;
    QStringList personMarkers;
    QString nameStopCharacters;
    QString surnames;             // a victim's name starts with one of these
    QStringList notNames;         // words that follow 被害人 but are no name (被害人谅解)
    QStringList compoundSurnames; // 欧阳 ...: only they make four-character names
    int wrappedLineLength = 25;   // a line this long that breaks mid-sentence is a wrapped paragraph
    int idWindow = 80;
    std::vector<InjuryLevel> injuries; // most severe first
    QRegularExpression disability;
    double lowConfidence = 60;
    std::vector<KeywordCategory> categories;
    std::vector<GradeRuleSpec> grades;

    const KeywordCategory* category(const QString& id) const;

    static const ExtractionRules& builtIn();
    // Built-in rules with the office's keyword additions merged in.
    static ExtractionRules forPool(Pool& pool);
    // Merges a catalogue in keywords.json format: new keywords join their category, new
    // categories are added. The message names what is wrong.
    Status mergeKeywords(const QJsonObject& catalogue);
    static QJsonObject keywordsJson(const std::vector<KeywordCategory>& categories);
};

} // namespace cluedesk
