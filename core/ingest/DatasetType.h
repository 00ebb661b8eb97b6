#pragma once
// What a kind of list holds (victims, subsistence recipients, pension payments ...): its
// fields, the column names bureaus use for each, and which fields identify persons in which
// role. Types are data (resources/datasets/*.json); officers add their own without code.
#include "util/LocalText.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace cluedesk {

// Org and Case are stored normalised (OrgName, CaseNumber), the text as written beside them
// (<field>_text) when it differs, so that one organisation or case written several ways is one
// value to compare, group and join on. Code is a unified social credit code (CreditCode), kept
// compact and upper case when its check character holds, reported otherwise.
enum class FieldKind { Text, LongText, Name, Id, Date, Month, Amount, Number, Org, Case, Code };

QString fieldKindName(FieldKind kind);
std::optional<FieldKind> fieldKindFromName(const QString& name);

struct FieldDef {
    QString name;
    FieldKind kind = FieldKind::Text;
    LocalText title;
    QStringList columns; // column names as bureaus write them, most specific first
    bool required = false;
};

struct PersonRole {
    QString role;      // "victim", "applicant", ...
    QString idField;   // field of kind Id
    QString nameField; // field of kind Name (may be empty)
    LocalText title;
    bool required = true; // a row without a valid ID for this role is rejected
};

struct DatasetType {
    QString id;
    LocalText title;
    LocalText description;
    std::vector<FieldDef> fields;
    std::vector<PersonRole> persons;
    bool builtIn = false;
    int updateDays = 0; // how often the bureau sends a new version (31: monthly); 0: no cycle

    // Days past the update cycle for a version as of `asOf` on `today`; 0 while it is fresh or
    // when the type has no cycle.
    int daysOverdue(const QString& asOf, const QDate& today) const;
    // 每月, 每季度, 每N天 (or the English)
    QString cycleText() const;

    const FieldDef* field(const QString& name) const;
    const PersonRole* person(const QString& role) const;
    const PersonRole& primaryPerson() const { return persons.front(); }
    QJsonObject toJson() const;
    // Validates as it parses; the message names the field or role that is wrong.
    static Result<DatasetType> fromJson(const QJsonObject& json);
};

} // namespace cluedesk
