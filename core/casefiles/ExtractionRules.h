#pragma once
// The rules for reading case documents, as data (resources/extraction): case-number and
// document-type patterns, charges, how victims are named, injury levels, and the keyword
// categories with weights, the decision tree of the warning grade and the per-charge profiles.
// Officers extend the keyword catalogue in the pool (setting "casefiles.keywords", same format
// as keywords.json).
#include "util/LocalText.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace cluedesk {

class Pool;

struct KeywordCategory {
    QString id;
    LocalText title;
    double weight = 0;
    bool negationAware = false;
    bool against = false; // speaks against the need: compensated, settled, understanding
    QStringList keywords;
};

// A node of the warning-grade decision tree: a leaf names the grade (empty: none); an inner
// node tests the categories found, the score or the charge, and goes on to `then` or `otherwise`.
struct GradeNode {
    bool leaf = false;
    QString grade;
    LocalText note; // what the test means, for the reason
    QStringList all, any, none, charges;
    std::optional<double> scoreAtLeast;
    std::shared_ptr<const GradeNode> then, otherwise;
};

// What matters for one charge: category weights changed, keywords added.
struct ChargeProfile {
    QString charge;
    LocalText note;
    std::map<QString, double> weights;
    std::map<QString, QStringList> keywords;
};

struct InjuryLevel {
    QString level;
    int rank = 0;
    QStringList patterns;
};

// Who a person named in a document is, by the phrase around the name (resources/extraction/
// roles.json): the names come after the marker (被害人张三) or before it (张三的近亲属), and
// `then` must follow them (致张三受伤).
struct RoleRule {
    QString id;
    QString role; // defendant, victim, relative, witness, other
    QRegularExpression marker;
    bool namesAfter = true;
    QRegularExpression then; // empty pattern: nothing required
    QStringList docTypes;    // empty: every document
};

struct ExtractionRules {
    std::vector<std::pair<QString, QRegularExpression>> caseNumbers; // kind, pattern
    std::vector<std::pair<QString, QStringList>> documentTypes;      // type, titles
    std::vector<QRegularExpression> chargePatterns;
    QStringList knownCharges;
    std::vector<RoleRule> roleRules;
    QStringList rolePriority; // the role a name takes when rules give it several: first wins
    std::vector<std::pair<QString, LocalText>> roleTitles;
    QStringList nameStopWords; // a name ends where one of these starts (张三住院)
    QString nameStopCharacters;
    QString surnames;                  // a victim's name starts with one of these
    QStringList notNames;              // words that follow 被害人 but are no name (被害人谅解)
    QStringList compoundSurnames;      // 欧阳 ...: only they make four-character names
    int wrappedLineLength = 25;        // a line this long that breaks mid-sentence is a wrapped paragraph
    int idWindow = 120;                // how far before an ID number its person's name may be, within the sentence
    std::vector<InjuryLevel> injuries; // most severe first
    QRegularExpression disability;
    double lowConfidence = 60;
    std::vector<KeywordCategory> categories;
    std::shared_ptr<const GradeNode> gradeTree;
    std::vector<ChargeProfile> chargeProfiles;

    const KeywordCategory* category(const QString& id) const;
    const ChargeProfile* profile(const QString& charge) const;
    // The categories with a charge's profile applied: its weights and its added keywords.
    std::vector<KeywordCategory> categoriesFor(const QString& charge) const;
    QString roleTitle(const QString& role) const;
    int rolePriorityOf(const QString& role) const; // lower wins

    static const ExtractionRules& builtIn();
    // Built-in rules with the office's keyword additions merged in.
    static ExtractionRules forPool(Pool& pool);
    // Merges a catalogue in keywords.json format: new keywords join their category, new
    // categories are added, and a decision_tree or charge_profiles given replace the built-in
    // ones. The message names what is wrong.
    Status mergeKeywords(const QJsonObject& catalogue);
    static QJsonObject keywordsJson(const std::vector<KeywordCategory>& categories);
};

} // namespace cluedesk
