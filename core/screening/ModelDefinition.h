#pragma once
// A screening model as data: sources from the pool's current lists, filters, set operations
// on persons, date-interval, counting and relation rules, and an output with grade rules and
// a reason template. Models are JSON (resources/models/*.json and the office's own), so
// officers can read, edit, share and add to them without code.
#include "util/LocalText.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace cluedesk {

class DatasetCatalog;

struct FilterSpec {
    QString field; // data field of the rows ("" for person-level ops such as age)
    QString op;    // equals, not_equals, in, not_in, contains_any, contains_none, gt, ge, lt, le,
                   // between, empty, not_empty, age_under, age_at_least, local, not_local,
                   // not_role_of (values: roles the person must not also hold on the row)
    QStringList values;
    QVariant value;             // for equals/gt/...; for between the lower bound
    QVariant to;                // for between
    bool negationAware = false; // contains_*: ignore "未达成调解协议", "拒绝谅解"
    QString atField;            // age_*: the row's date field the age is taken at
    QString atDate;             // age_*: or a fixed date ("today" allowed)
    int years = 0;              // age_*
};

struct StepSpec {
    QString id;
    QString kind; // source, filter, intersect, union, subtract, during, count, relations, same_person, group,
                  // compare
    LocalText title;
    // source
    QStringList types;
    QStringList roles;
    // filter (from), during (from = rows), count (from), relations (from), subtract (from)
    QString from;
    std::vector<FilterSpec> filters;
    // intersect / union: operands; subtract: the steps to remove; same_person: the steps whose
    // rows are carried over to the person found under another number ("carry")
    QStringList operands;
    // same_person: the numbers must differ in their region code (characters 1-6)
    bool differentRegion = false;
    // during: the step holding the intervals; compare: the step whose rows of the same person the
    // expression may read as with.FIELD ("with"; empty: each row on its own)
    QString within;
    // compare: the expression (see Expression.h) a row must satisfy ("where")
    QString expression;
    QString monthField, dateField; // the row's month (or date) that must lie in the interval
    QString startField, endField;  // the interval in the `within` rows; an empty end is open
    // count; group: rows with one value of `by` per person
    int minRows = 0;
    // group: the field whose values are counted per person (a repair shop, an assessor), the
    // share of the person's rows that one value must reach, and the rows the person needs in all
    QString byField;
    double minShare = 0;
    int minTotal = 0;
    int withinYears = 0; // 0: over all time
    // relations: rows that start and end a relation between the two persons of a row
    std::vector<FilterSpec> startFilters, endFilters;
};

struct GradeCondition {
    // Leaf: about the evidence rows a step admitted for the person.
    QString step;
    QString test; // exists, rows_at_least, distinct_types_at_least, distinct_persons_at_least, type_in,
                  // field_contains_any, field_in, sum_at_least, minor, local
    QString field;
    QStringList values;
    double number = 0;
    // Or a combination.
    QString combine; // "", "any", "all"
    std::vector<GradeCondition> children;
};

struct GradeRule {
    QString grade; // red, orange, yellow
    GradeCondition when;
};

struct ModelDefinition {
    QString id;
    int version = 1;
    LocalText title;
    LocalText description;
    QString legalBasis;
    std::vector<StepSpec> steps;
    QString output;                // the step whose persons become clues
    std::vector<GradeRule> grades; // first match wins
    QString defaultGrade = QStringLiteral("yellow");
    LocalText reason; // template, see ReasonTemplate
    bool builtIn = false;

    const StepSpec* step(const QString& id) const;
    QJsonObject toJson() const;
    // Structure only; check() also knows the dataset types.
    static Result<ModelDefinition> fromJson(const QJsonObject& json);
    static Result<ModelDefinition> fromBytes(const QByteArray& json, const QString& source);
    // Every reference resolved: types, roles, fields, earlier steps. The message names the
    // step and the field that are wrong.
    Status check(const DatasetCatalog& catalog) const;
    // The dataset types whose rows can reach a step.
    QStringList typesOf(const QString& stepId, int depth = 0) const;
    QString hash() const; // of the canonical JSON, to tell which version a run used
};

} // namespace cluedesk
