#pragma once
// Puts a letter together from decided clues: checks that every person has a verification
// decision the template allows, gathers the reasons and what was found (decision notes,
// household visits, the decided amount), and fills the template. The number is filled in by
// the register when the letter is issued.
#include "letters/LetterTemplate.h"

#include <QDate>
#include <QJsonArray>

namespace cluedesk {

class Pool;

struct LetterRequest {
    QString templateId;
    QString department; // for person-addressed letters: empty (the person)
    std::vector<qint64> clueIds;
    QDate date;
    QString measures;     // empty: the template's default
    QDate deadline;       // empty: date + the template's reply period
    bool fullIds = false; // the annex shows ID numbers in full only for roles that may see them
};

struct LetterDraft {
    const LetterTemplate* templ = nullptr;
    QString prefix; // the number prefix with the office filled in
    QString department;
    QDate date;
    std::vector<qint64> clueIds;
    QJsonArray persons; // name, key, reason, finding, as put in the letter
    QDate deadline;     // the reply is due by then
    QString html;       // with {{number}} still open
};

class LetterComposer {
public:
    static Result<LetterDraft> compose(Pool& pool, const LetterRequest& request);
    // Fills {{placeholders}} in one pass; "{{" inside a value is written as an entity, so text
    // typed by the officer is printed as typed and never filled later.
    static QString fill(const QString& html, const std::map<QString, QString>& values);
};

} // namespace cluedesk
