#pragma once
// Every person a case document names with a role, and every resident ID number in it with its
// person. Names are found by the role rules (resources/extraction/roles.json): 被害人张三、李四,
// 行人王五, 致赵六受伤, 将孙七打伤, 张三的近亲属李四, 证人周八 ... A name that several rules give
// roles takes the strongest (a defendant is never a victim). Each ID number goes to the name just
// before it in its sentence, so a victim named first and identified later ("李四（身份证号码…）")
// is found; an ID with no name, or a name no rule gives a role, is kept for the officer's review
// with its page and snippet. OCR confusions in an ID are corrected only when the check character
// then validates.
#include "casefiles/ExtractionRules.h"

#include <QDate>
#include <vector>

namespace cluedesk {

struct PageText;

struct ExtractedPerson {
    QString name;
    QString role;   // defendant, victim, relative, witness, other
    QString rule;   // the rule that decided the role; empty when none did
    QString phrase; // the words that decided it: 行人张三
    QString key;    // 18-digit ID when found and valid
    QString idWritten;
    QString correctionNote;
    QString problem; // why it needs review; empty when it does not
    int page = 0;
    QString snippet;
    double confidence = 100;
};

class PersonFinder {
public:
    explicit PersonFinder(const ExtractionRules& rules) : m_rules(rules) { }
    // texts[i] is pages[i]'s normalised text.
    std::vector<ExtractedPerson> find(
        const std::vector<PageText>& pages, const std::vector<QString>& texts, const QString& docType, const QDate& today) const;
    // The name that starts at `at`, or empty: Chinese characters up to where the sentence goes on
    // (张三住院, 张三系低保), four only with a compound surname, starting with a surname.
    QString nameAt(const QString& text, qsizetype at) const;
    // The name that ends at `end` (张三 in 张三的近亲属), or empty.
    QString nameBefore(const QString& text, qsizetype end) const;

private:
    const ExtractionRules& m_rules;
};

} // namespace cluedesk
