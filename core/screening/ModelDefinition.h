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
#include <map>
#include <vector>

namespace cluedesk {

class DatasetCatalog;

struct FilterSpec {
    QString field; // data field of the rows ("" for person-level ops such as age)
    QString op;    // equals, not_equals, in, not_in, contains_any, contains_none, gt, ge, lt, le,
                   // between, empty, not_empty, age_under, age_at_least, local, not_local,
                   // not_role_of / role_of (values: roles the person must not / must also hold on the row)
    QStringList values;
    QString valuesParameter;    // "values": "$name": the words come from a text parameter (、 or , between them)
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
                  // compare, rekey, series, threshold
    LocalText title;
    // source
    QStringList types;
    QStringList roles; // source: the persons in these roles; rekey: the row's persons in these roles
    // source, rekey: the subject is the value of these fields ("key"; several are joined into one
    // key, as case number + lot), of the kind "subject" (org, case, item; by default from the
    // first field's kind) instead of the person
    QStringList keyFields;
    QString subject;
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
    QString outside; // during: rows that also lie inside an interval of this step are left out (parole ends custody)
    QString endedBy, endedByDateField; // relations: rows of another step (a court's divorce) that end a relation too
    // compare, series: the expression (see Expression.h) a row must satisfy ("where")
    QString expression;
    // compare with another step: the rows are paired on these fields (row field -> with field)
    // instead of on the subject, or on both (same_subject); absent: a row stays when no paired
    // row satisfies the expression, provided rows paired on the fields exist at all (an employer
    // that has no contribution rows in the pool tells nothing about its employees)
    std::vector<std::pair<QString, QString>> join;
    bool sameSubject = false;
    bool absent = false;
    bool keepPrevious = true; // series: the previous row comes along as evidence too
    // series: the field that orders a subject's rows (prev.FIELD is the row before)
    QString orderField;
    // threshold: the text field matched against the table's keywords, the amount compared with
    // the table's thresholds, and the parameter holding the table
    QString matchField, amountField, table;
    QString monthField, dateField; // the row's month (or date) that must lie in the interval
    QString startField, endField;  // the interval in the `within` rows; an empty end is open
    // count; group: rows with one value of `by` per person
    int minRows = 0;
    // group: the field whose values are counted per person (a repair shop, an assessor), the
    // share of the person's rows that one value must reach, and the rows the person needs in all
    QString byField;
    double minShare = 0;
    int minTotal = 0;
    // group: count per value of this field (a debtor) instead of per subject, and keep the
    // groups of at least this many subjects (claimants with one amount against one debtor)
    QString perField;
    int minSubjects = 0;
    int withinYears = 0; // 0: over all time
    // Numbers given as "$name" (min, min_share, min_total, min_subjects, within_years): the JSON
    // key and the parameter, so the value follows the parameter and the file keeps the reference
    std::map<QString, QString> parameterRefs;
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

// A value of the model that an office may change without touching its steps: a ratio, a number
// of days, or a table of thresholds; $name in expressions, "table" in threshold steps.
struct ModelParameter {
    QString name;
    LocalText title;
    QJsonValue value; // a number, a text, or for tables an array of objects
    QString unit;
    QString basis; // the legal basis of the value
    bool isTable() const { return value.isArray(); }
    // A text parameter used as a filter's values: the words between 、 , ; or spaces.
    static QStringList words(const QString& text);
};

// A threshold table row: rows whose matched field mentions one of the words reach the threshold
// when their amount is at least atLeast.
struct ThresholdRow {
    QStringList words;
    double atLeast = 0;
    QString basis;
};

struct ModelDefinition {
    QString id;
    int version = 1;
    LocalText title;
    LocalText description;
    QString legalBasis;
    std::vector<ModelParameter> parameters;
    std::vector<StepSpec> steps;
    QString output;                // the step whose subjects become clues
    QStringList labelFields;       // for subjects other than persons: the fields that name them
    std::vector<GradeRule> grades; // first match wins
    QString defaultGrade = QStringLiteral("yellow");
    LocalText reason;                         // template, see ReasonTemplate
    QString workflow = QStringLiteral("aid"); // the review path of its clues (ClueStatus): aid, supervision
    bool builtIn = false;

    const StepSpec* step(const QString& id) const;
    const ModelParameter* parameter(const QString& name) const;
    static std::vector<ThresholdRow> thresholds(const ModelParameter& table);
    // person, org, case or item: what the subjects of a step are.
    QString subjectOf(const QString& stepId, const DatasetCatalog& catalog, int depth = 0) const;
    QJsonObject toJson() const;
    // Structure only; check() also knows the dataset types. Unknown keys are refused, named by
    // their path in the file (source: the file's name).
    static Result<ModelDefinition> fromJson(const QJsonObject& json, const QString& source = {});
    static Result<ModelDefinition> fromBytes(const QByteArray& json, const QString& source);
    // Every reference resolved: types, roles, fields, earlier steps. The message names the
    // step and the field that are wrong.
    Status check(const DatasetCatalog& catalog) const;
    // The dataset types whose rows can reach a step.
    QStringList typesOf(const QString& stepId, int depth = 0) const;
    QString hash() const; // of the canonical JSON, to tell which version a run used
};

} // namespace cluedesk
