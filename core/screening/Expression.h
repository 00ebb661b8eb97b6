#pragma once
// Expressions in models: comparisons and arithmetic over the fields of a row, or of a row and
// another row of the same person (`with.FIELD`), as in
//     start_price < 0.7 * appraised_value
//     year > year(with.death_date)
//     year = with.year and village != with.village
// The text is parsed into a tree once; SQL is emitted from the tree, never pasted from the text:
// field names must be identifiers the dataset types declare, numbers and strings are bound
// values, operators and functions come from fixed tables.
//
// Grammar:  expr   := and ('or' and)*        and  := not ('and' not)*
//           not    := 'not' not | cmp         cmp  := sum (('='|'!='|'<>'|'<'|'<='|'>'|'>=') sum)?
//           sum    := term (('+'|'-') term)*  term := unary (('*'|'/') unary)*
//           unary  := '-' unary | primary
//           primary:= NUMBER | 'TEXT' | FIELD | with.FIELD | FUNC '(' expr (',' expr)* ')' | '(' expr ')'
//           FUNC   := year (of a date) | days (from the first date to the second) | abs
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>
#include <vector>

namespace cluedesk {

struct ExprNode {
    enum class Kind { Number, Text, Field, Call, Unary, Binary };
    Kind kind = Kind::Number;
    double number = 0;
    QString text;       // Text: the literal; Field: the field name; Call: the function; Unary/Binary: the operator
    bool other = false; // Field: of the `with` row
    std::vector<std::unique_ptr<ExprNode>> args;
};

class Expression {
public:
    // Parses text; the message names the position and what was expected.
    static Result<Expression> parse(const QString& text);

    const ExprNode& root() const { return *m_root; }
    // The fields the expression reads: of the row itself, and of the `with` row.
    QStringList fields(bool other) const;
    // SQL for the expression: fieldSql turns a field into SQL, bind turns a value into a
    // parameter; everything else comes from fixed tables.
    QString sql(const std::function<QString(const QString& field, bool other)>& fieldSql,
        const std::function<QString(const QVariant& value)>& bind) const;
    // The expression in words, with fields named by title.
    QString describe(const std::function<QString(const QString& field, bool other)>& fieldTitle, bool chinese) const;

private:
    std::shared_ptr<ExprNode> m_root;
};

} // namespace cluedesk
