#pragma once
// SQL functions ClueDesk adds to every pool connection for the screening SQL:
//   cd_mentions(text, keywords_json, negation_aware) -> 1 if the text mentions a keyword
//   cd_age(person_key, date)                         -> whole years on that date, or NULL
//   cd_case(text)                                    -> the case number normalised (CaseNumber)
#include <QString>
#include <QStringList>

struct sqlite3;

namespace cluedesk {

class SqlFunctions {
public:
    static void registerAll(sqlite3* db);
    // The logic behind cd_mentions, for tests and for highlighting in the UI.
    static bool mentions(const QString& text, const QStringList& keywords, bool negationAware);
    // A keyword is negated when 未/没有/不/拒绝/无... stands shortly before it in the same clause.
    static bool negatedAt(const QString& text, qsizetype position);
    static int ageOn(const QString& personKey, const QString& isoDate); // -1 when unknown
};

} // namespace cluedesk
