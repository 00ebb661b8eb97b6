#pragma once
// What a model says about one person once its rows are known: the grade (first matching
// rule of the model) and the reason, rendered from the model's template. Templates take
// placeholders over the evidence:
//   {name} {names} {local}             the person as written; 本地/外地 by the county prefix
//   {subject}                          the clue's key: a case number, a credit code, a lot
//   {types:STEP}                       titles of the lists the step's rows come from
//   {values:STEP.FIELD}                distinct values of a field, e.g. {values:victims.charge}
//   {count:STEP} {sum:STEP.FIELD}      number of rows; total of an amount
//   {months:STEP.FIELD}                months as ranges: 2022-04至2023-07
//   {min:STEP.FIELD} {max:STEP.FIELD}  smallest and largest value
//   {ages:STEP.FIELD}                  the person's age on the dates of a field
//   {numbers:STEP} {regions:STEP}      how many ID numbers the rows are about, and their region
//                                      codes (one human under several numbers: same_person)
// STEP may name several steps: {types:a|b}. [[ ... ]] is dropped when a placeholder inside
// it is empty, so optional facts do not leave dangling words.
#include "screening/Evidence.h"
#include "screening/ModelDefinition.h"

namespace cluedesk {

class DatasetCatalog;
class LocalArea;

struct PersonContext {
    QString personKey;
    const LocalArea* area = nullptr; // the office's county; null or unset: local/non-local unknown
};

// A reason template parsed once, rendered for every clue of a run.
class ReasonTemplate {
public:
    explicit ReasonTemplate(const QString& text);
    QString render(const Evidence& evidence, const PersonContext& person, const DatasetCatalog& catalog, Language language) const;

private:
    struct Token {
        QString literal;   // text, or
        QString kind;      // a placeholder: its kind,
        QStringList steps; // the steps it reads ("a|b": either),
        QString field;     // and the field
        int optional = -1; // index of the [[ ]] segment it belongs to
    };
    std::vector<Token> m_tokens;
    int m_segments = 0;
};

class ClueRules {
public:
    // Whether a row names the clue's person: under the clue's number, or under another number of
    // the same human (same birth date and sex: same_person). A row paired with the person's row
    // (the register entry of a company) names someone else and does not give the person's name.
    static bool namesPerson(const EvidenceRow& row, const QString& personKey);
    static QString grade(const ModelDefinition& model, const Evidence& evidence, const PersonContext& person);
    static bool holds(const GradeCondition& condition, const Evidence& evidence, const PersonContext& person);
    static QString reason(const QString& templateText, const Evidence& evidence, const PersonContext& person,
        const DatasetCatalog& catalog, Language language);
    static QString monthRanges(QStringList months, Language language);

    // One placeholder's value over the evidence.
    static QString value(const QString& kind, const QStringList& steps, const QString& field, const Evidence& evidence,
        const PersonContext& person, const DatasetCatalog& catalog, Language language);
};

} // namespace cluedesk
