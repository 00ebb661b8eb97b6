#pragma once
// Expressions in models: comparisons and arithmetic over the fields of a row, or of a row and
// another row (`with.FIELD`; `prev.FIELD` in a series: the subject's row before this one), with
// the model's parameters as `$name`, as in
//     start_price < $start_ratio * appraised_value
//     year > year(with.death_date)
//     year = with.year and village != with.village
//     start_price < (1 - $drop) * prev.start_price
// The text is parsed into a tree once; SQL is emitted from the tree, never pasted from the text:
// field names must be identifiers the dataset types declare, numbers and strings are bound
// values, operators and functions come from fixed tables.
//
// Grammar:  expr   := and ('or' and)*        and  := not ('and' not)*
//           not    := 'not' not | cmp         cmp  := sum (('='|'!='|'<>'|'<'|'<='|'>'|'>=') sum)?
//           sum    := term (('+'|'-') term)*  term := unary (('*'|'/') unary)*
//           unary  := '-' unary | primary
//           primary:= NUMBER | 'TEXT' | $PARAM | FIELD | with.FIELD | prev.FIELD
//                   | FUNC '(' expr (',' expr)* ')' | '(' expr ')'
//           FUNC   := year (of a date) | month (of a date, as 2023-04) | days (from the first date to
//                     the second) | abs | contains (the first text contains the second) | empty
//                   | sum (of with.FIELD over every paired row: the registered area of all plots)
//                   | casenumber (a case number normalised: （2023）浙0382民初1号 = (2023)浙0382民初1号)
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>
#include <vector>

namespace cluedesk {

struct ExprNode {
    enum class Kind { Number, Text, Field, Param, Call, Unary, Binary };
    Kind kind = Kind::Number;
    double number = 0;
    QString text;       // Text: the literal; Field, Param: the name; Call: the function; Unary/Binary: the operator
    bool other = false; // Field: of the `with` (or `prev`) row
    std::vector<std::unique_ptr<ExprNode>> args;
};

class Expression {
public:
    // Parses text; the message names the position and what was expected.
    static Result<Expression> parse(const QString& text);

    const ExprNode& root() const { return *m_root; }
    // The fields the expression reads: of the row itself, and of the `with` row.
    QStringList fields(bool other) const;
    // The model parameters it reads ($name).
    QStringList parameters() const;
    // SQL for the expression: fieldSql turns a field into SQL, bind turns a value into a
    // parameter, param gives a model parameter's value; everything else comes from fixed tables.
    QString sql(const std::function<QString(const QString& field, bool other)>& fieldSql,
        const std::function<QString(const QVariant& value)>& bind, const std::function<QVariant(const QString& name)>& param = {},
        const std::function<QString(const QString& field)>& total = {}) const;
    // The expression in words, with fields (and parameters) named by title.
    QString describe(const std::function<QString(const QString& field, bool other)>& fieldTitle, bool chinese,
        const std::function<QString(const QString& name)>& paramTitle = {}) const;

private:
    std::shared_ptr<ExprNode> m_root;
};

} // namespace cluedesk
