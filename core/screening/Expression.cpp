#include "screening/Expression.h"

#include <QCoreApplication>
#include <map>
#include <optional>

namespace cluedesk {
namespace {

struct Token {
    enum class Kind { End, Number, Text, Name, Symbol } kind = Kind::End;
    QString text;
    double number = 0;
    qsizetype at = 0;
};

const QStringList kSymbols = {QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("!="), QStringLiteral("<>"),
    QStringLiteral("="), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("*"),
    QStringLiteral("/"), QStringLiteral("("), QStringLiteral(")"), QStringLiteral(","), QStringLiteral(".")};
const QStringList kComparisons = {QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<>"), QStringLiteral("<"),
    QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
// name -> number of arguments
const std::map<QString, int> kFunctions = {{QStringLiteral("year"), 1}, {QStringLiteral("month"), 1}, {QStringLiteral("sum"), 1},
    {QStringLiteral("days"), 2}, {QStringLiteral("abs"), 1}, {QStringLiteral("contains"), 2}, {QStringLiteral("empty"), 1},
    {QStringLiteral("casenumber"), 1}};

bool nameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}
bool namePart(QChar c)
{
    return nameStart(c) || c.isDigit();
}

class Parser {
public:
    explicit Parser(const QString& text) : m_text(text) { }

    Result<std::unique_ptr<ExprNode>> run()
    {
        if (Status s = tokenize(); !s)
            return s.error();
        auto e = orExpr();
        if (!e)
            return e;
        if (peek().kind != Token::Kind::End)
            return expected(QCoreApplication::translate("Expression", "an operator or the end"));
        return e;
    }

private:
    using Node = std::unique_ptr<ExprNode>;

    Status tokenize()
    {
        for (qsizetype i = 0; i < m_text.size();) {
            const QChar c = m_text[i];
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.at = i;
            if (c.isDigit()) {
                qsizetype j = i;
                while (j < m_text.size() && (m_text[j].isDigit() || m_text[j] == u'.'))
                    ++j;
                bool ok = false;
                t.kind = Token::Kind::Number;
                t.number = m_text.mid(i, j - i).toDouble(&ok);
                if (!ok)
                    return error(i, QCoreApplication::translate("Expression", "a number"));
                i = j;
            } else if (c == u'\'') {
                // 'text', with '' for a quote inside it
                qsizetype j = i + 1;
                for (;; ++j) {
                    if (j >= m_text.size())
                        return error(i, QCoreApplication::translate("Expression", "a closing quote"));
                    if (m_text[j] == u'\'') {
                        if (j + 1 < m_text.size() && m_text[j + 1] == u'\'') {
                            t.text += u'\'';
                            ++j;
                            continue;
                        }
                        break;
                    }
                    t.text += m_text[j];
                }
                t.kind = Token::Kind::Text;
                i = j + 1;
            } else if (nameStart(c) || (c == u'$' && i + 1 < m_text.size() && nameStart(m_text[i + 1]))) {
                qsizetype j = i + 1;
                // a '-' inside a name only between letters or digits: "town-subsidy", not "a - b"
                while (j < m_text.size() &&
                    (namePart(m_text[j]) ||
                        (m_text[j] == u'-' && j + 1 < m_text.size() && namePart(m_text[j + 1]) && namePart(m_text[j - 1]))))
                    ++j;
                t.kind = Token::Kind::Name;
                t.text = m_text.mid(i, j - i);
                i = j;
            } else {
                for (const QString& s : kSymbols)
                    if (QStringView(m_text).mid(i).startsWith(s)) {
                        t.kind = Token::Kind::Symbol;
                        t.text = s;
                        break;
                    }
                if (t.kind != Token::Kind::Symbol)
                    return error(i, QCoreApplication::translate("Expression", "a field, a number, 'text' or an operator"));
                i += t.text.size();
            }
            m_tokens.push_back(t);
        }
        Token end;
        end.at = m_text.size();
        m_tokens.push_back(end);
        return success();
    }

    Error error(qsizetype at, const QString& what) const
    {
        return Error{QCoreApplication::translate("Expression", "expression \"%1\", character %2: expected %3")
                         .arg(m_text)
                         .arg(at + 1)
                         .arg(what),
            QStringLiteral("expr.syntax")};
    }
    Error expected(const QString& what) const { return error(peek().at, what); }
    const Token& peek() const { return m_tokens[m_pos]; }
    bool isSymbol(const char* s) const { return peek().kind == Token::Kind::Symbol && peek().text == QLatin1String(s); }
    bool isWord(const char* w) const
    {
        return peek().kind == Token::Kind::Name && peek().text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    }

    static Node node(ExprNode::Kind kind, const QString& text = {})
    {
        auto n = std::make_unique<ExprNode>();
        n->kind = kind;
        n->text = text;
        return n;
    }
    static Node binary(const QString& op, Node a, Node b)
    {
        Node n = node(ExprNode::Kind::Binary, op);
        n->args.push_back(std::move(a));
        n->args.push_back(std::move(b));
        return n;
    }

    // One level of left-associative binary operators: next (op next)*.
    Result<Node> chain(Result<Node> (Parser::*next)(), const std::function<std::optional<QString>()>& op)
    {
        auto first = (this->*next)();
        if (!first)
            return first;
        Node a = std::move(*first);
        for (auto o = op(); o; o = op()) {
            ++m_pos;
            auto b = (this->*next)();
            if (!b)
                return b;
            a = binary(*o, std::move(a), std::move(*b));
        }
        return a;
    }
    std::optional<QString> word(const char* w) const
    {
        return isWord(w) ? std::optional<QString>(QString::fromLatin1(w)) : std::nullopt;
    }
    std::optional<QString> symbol(const char* a, const char* b) const
    {
        return isSymbol(a) || isSymbol(b) ? std::optional<QString>(peek().text) : std::nullopt;
    }

    Result<Node> orExpr()
    {
        return chain(&Parser::andExpr, [this] { return word("or"); });
    }
    Result<Node> andExpr()
    {
        return chain(&Parser::notExpr, [this] { return word("and"); });
    }
    Result<Node> notExpr()
    {
        if (!isWord("not"))
            return comparison();
        ++m_pos;
        auto a = notExpr();
        if (!a)
            return a;
        Node n = node(ExprNode::Kind::Unary, QStringLiteral("not"));
        n->args.push_back(std::move(*a));
        return n;
    }
    Result<Node> comparison()
    {
        auto a = sum();
        if (a && peek().kind == Token::Kind::Symbol && kComparisons.contains(peek().text)) {
            const QString op = peek().text == QLatin1String("<>") ? QStringLiteral("!=") : peek().text;
            ++m_pos;
            auto b = sum();
            if (!b)
                return b;
            return binary(op, std::move(*a), std::move(*b));
        }
        return a;
    }
    Result<Node> sum()
    {
        return chain(&Parser::term, [this] { return symbol("+", "-"); });
    }
    Result<Node> term()
    {
        return chain(&Parser::unary, [this] { return symbol("*", "/"); });
    }
    Result<Node> unary()
    {
        if (!isSymbol("-"))
            return primary();
        ++m_pos;
        auto a = unary();
        if (!a)
            return a;
        Node n = node(ExprNode::Kind::Unary, QStringLiteral("-"));
        n->args.push_back(std::move(*a));
        return n;
    }
    Result<Node> primary()
    {
        const Token t = peek();
        if (t.kind == Token::Kind::Number) {
            ++m_pos;
            Node n = node(ExprNode::Kind::Number);
            n->number = t.number;
            return n;
        }
        if (t.kind == Token::Kind::Text) {
            ++m_pos;
            return node(ExprNode::Kind::Text, t.text);
        }
        if (isSymbol("(")) {
            ++m_pos;
            auto e = orExpr();
            if (!e)
                return e;
            if (!isSymbol(")"))
                return expected(QStringLiteral(")"));
            ++m_pos;
            return e;
        }
        if (t.kind != Token::Kind::Name)
            return expected(QCoreApplication::translate("Expression", "a field, a number or 'text'"));
        ++m_pos;
        if (isSymbol("(")) {
            const auto fn = kFunctions.find(t.text.toLower());
            if (fn == kFunctions.end())
                return error(t.at,
                    QCoreApplication::translate(
                        "Expression", "a function: year, month, days, abs, contains, empty, sum or casenumber"));
            ++m_pos;
            Node call = node(ExprNode::Kind::Call, fn->first);
            for (int i = 0; i < fn->second; ++i) {
                if (i > 0) {
                    if (!isSymbol(","))
                        return expected(QStringLiteral(","));
                    ++m_pos;
                }
                auto arg = orExpr();
                if (!arg)
                    return arg;
                call->args.push_back(std::move(*arg));
            }
            // sum() totals a field over all the paired rows: it takes with.FIELD and nothing else.
            if (call->text == QLatin1String("sum") && (call->args[0]->kind != ExprNode::Kind::Field || !call->args[0]->other))
                return error(t.at, QCoreApplication::translate("Expression", "with.FIELD inside sum()"));
            if (!isSymbol(")"))
                return expected(QStringLiteral(")"));
            ++m_pos;
            return call;
        }
        if (t.text.startsWith(u'$'))
            return node(ExprNode::Kind::Param, t.text.mid(1));
        Node field = node(ExprNode::Kind::Field, t.text);
        if ((t.text == QLatin1String("with") || t.text == QLatin1String("prev")) && isSymbol(".")) {
            ++m_pos;
            if (peek().kind != Token::Kind::Name || peek().text.startsWith(u'$'))
                return expected(QCoreApplication::translate("Expression", "a field after \"%1.\"").arg(t.text));
            field->text = peek().text;
            field->other = true;
            ++m_pos;
        }
        return field;
    }

    QString m_text;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
};

void collect(const ExprNode& n, ExprNode::Kind kind, bool other, QStringList& out)
{
    if (n.kind == kind && (kind == ExprNode::Kind::Param || n.other == other) && !out.contains(n.text))
        out << n.text;
    for (const auto& a : n.args)
        collect(*a, kind, other, out);
}

QString toSql(const ExprNode& n, const std::function<QString(const QString&, bool)>& fieldSql,
    const std::function<QString(const QVariant&)>& bind, const std::function<QVariant(const QString&)>& param,
    const std::function<QString(const QString&)>& total)
{
    if (n.kind == ExprNode::Kind::Call && n.text == QLatin1String("sum"))
        return total ? total(n.args[0]->text) : QStringLiteral("NULL");
    static const std::map<QString, QString> ops = {{QStringLiteral("="), QStringLiteral("=")},
        {QStringLiteral("!="), QStringLiteral("<>")}, {QStringLiteral("<"), QStringLiteral("<")},
        {QStringLiteral("<="), QStringLiteral("<=")}, {QStringLiteral(">"), QStringLiteral(">")},
        {QStringLiteral(">="), QStringLiteral(">=")}, {QStringLiteral("+"), QStringLiteral("+")},
        {QStringLiteral("-"), QStringLiteral("-")}, {QStringLiteral("*"), QStringLiteral("*")},
        {QStringLiteral("and"), QStringLiteral("AND")}, {QStringLiteral("or"), QStringLiteral("OR")}};
    // Arguments are turned into SQL left to right, so values are bound in reading order.
    QStringList a;
    for (const auto& child : n.args)
        a << toSql(*child, fieldSql, bind, param, total);
    auto arg = [&](qsizetype i) { return a[i]; };
    switch (n.kind) {
    case ExprNode::Kind::Number: return bind(n.number);
    case ExprNode::Kind::Text: return bind(n.text);
    case ExprNode::Kind::Field: return fieldSql(n.text, n.other);
    case ExprNode::Kind::Param: return bind(param ? param(n.text) : QVariant());
    case ExprNode::Kind::Call:
        if (n.text == QLatin1String("year"))
            return QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER)").arg(arg(0));
        if (n.text == QLatin1String("month"))
            return QStringLiteral("substr(%1, 1, 7)").arg(arg(0));
        if (n.text == QLatin1String("days"))
            return QStringLiteral("(julianday(%2) - julianday(%1))").arg(arg(0), arg(1));
        if (n.text == QLatin1String("contains"))
            return QStringLiteral("(trim(coalesce(%2, '')) <> '' AND instr(coalesce(%1, ''), trim(%2)) > 0)").arg(arg(0), arg(1));
        if (n.text == QLatin1String("empty"))
            return QStringLiteral("(trim(coalesce(%1, '')) = '')").arg(arg(0));
        if (n.text == QLatin1String("casenumber"))
            return QStringLiteral("cd_case(%1)").arg(arg(0));
        return QStringLiteral("abs(%1)").arg(arg(0));
    case ExprNode::Kind::Unary:
        return n.text == QLatin1String("not") ? QStringLiteral("(NOT %1)").arg(arg(0)) : QStringLiteral("(-%1)").arg(arg(0));
    case ExprNode::Kind::Binary:
        if (n.text == QLatin1String("/"))
            return QStringLiteral("(CAST(%1 AS REAL) / %2)").arg(arg(0), arg(1));
        return QStringLiteral("(%1 %2 %3)").arg(arg(0), ops.at(n.text), arg(1));
    }
    return {};
}

// How tightly an operator binds: a looser child is put in brackets when read out.
int precedence(const ExprNode& n)
{
    if (n.kind == ExprNode::Kind::Unary)
        return n.text == QLatin1String("not") ? 3 : 7;
    if (n.kind != ExprNode::Kind::Binary)
        return 8;
    if (n.text == QLatin1String("or"))
        return 1;
    if (n.text == QLatin1String("and"))
        return 2;
    if (n.text == QLatin1String("+") || n.text == QLatin1String("-"))
        return 5;
    if (n.text == QLatin1String("*") || n.text == QLatin1String("/"))
        return 6;
    return 4; // comparisons
}

QString words(const ExprNode& n, const std::function<QString(const QString&, bool)>& title, bool zh,
    const std::function<QString(const QString&)>& paramTitle)
{
    static const std::map<QString, std::pair<const char*, const char*>> ops = {{QStringLiteral("="), {"等于", "equals"}},
        {QStringLiteral("!="), {"不等于", "differs from"}}, {QStringLiteral("<"), {"小于", "is less than"}},
        {QStringLiteral("<="), {"不大于", "is at most"}}, {QStringLiteral(">"), {"大于", "is more than"}},
        {QStringLiteral(">="), {"不小于", "is at least"}}, {QStringLiteral("+"), {"加", "plus"}},
        {QStringLiteral("-"), {"减", "minus"}}, {QStringLiteral("*"), {"乘以", "times"}},
        {QStringLiteral("/"), {"除以", "divided by"}}, {QStringLiteral("and"), {"且", "and"}},
        {QStringLiteral("or"), {"或", "or"}}};
    QStringList a;
    for (const auto& child : n.args) {
        const QString w = words(*child, title, zh, paramTitle);
        const bool bracket = (n.kind == ExprNode::Kind::Binary || n.kind == ExprNode::Kind::Unary) &&
            precedence(*child) < precedence(n) && child->kind == ExprNode::Kind::Binary;
        a << (bracket ? (zh ? QStringLiteral("（%1）") : QStringLiteral("(%1)")).arg(w) : w);
    }
    auto arg = [&](qsizetype i) { return a[i]; };
    switch (n.kind) {
    case ExprNode::Kind::Number: return QString::number(n.number, 'g', 12);
    case ExprNode::Kind::Text: return zh ? QStringLiteral("“%1”").arg(n.text) : QStringLiteral("\"%1\"").arg(n.text);
    case ExprNode::Kind::Field: return title(n.text, n.other);
    case ExprNode::Kind::Param: return paramTitle ? paramTitle(n.text) : QStringLiteral("$") + n.text;
    case ExprNode::Kind::Call:
        if (n.text == QLatin1String("year"))
            return zh ? QStringLiteral("%1的年份").arg(arg(0)) : QStringLiteral("the year of %1").arg(arg(0));
        if (n.text == QLatin1String("month"))
            return zh ? QStringLiteral("%1的月份").arg(arg(0)) : QStringLiteral("the month of %1").arg(arg(0));
        if (n.text == QLatin1String("casenumber"))
            return zh ? QStringLiteral("%1（按统一写法）").arg(arg(0)) : QStringLiteral("%1 (normalised)").arg(arg(0));
        if (n.text == QLatin1String("sum"))
            return zh ? QStringLiteral("%1合计").arg(arg(0)) : QStringLiteral("the total of %1").arg(arg(0));
        if (n.text == QLatin1String("contains"))
            return zh ? QStringLiteral("%1包含%2").arg(arg(0), arg(1)) : QStringLiteral("%1 contains %2").arg(arg(0), arg(1));
        if (n.text == QLatin1String("empty"))
            return zh ? QStringLiteral("%1为空").arg(arg(0)) : QStringLiteral("%1 is empty").arg(arg(0));
        if (n.text == QLatin1String("days"))
            return zh ? QStringLiteral("%1至%2的天数").arg(arg(0), arg(1))
                      : QStringLiteral("the days from %1 to %2").arg(arg(0), arg(1));
        return zh ? QStringLiteral("%1的绝对值").arg(arg(0)) : QStringLiteral("the absolute value of %1").arg(arg(0));
    case ExprNode::Kind::Unary:
        if (n.text == QLatin1String("not"))
            return zh ? QStringLiteral("并非%1").arg(arg(0)) : QStringLiteral("not %1").arg(arg(0));
        return QStringLiteral("-%1").arg(arg(0));
    case ExprNode::Kind::Binary: {
        const auto& w = ops.at(n.text);
        const QString op = QString::fromUtf8(zh ? w.first : w.second);
        const bool grouped = n.text == QLatin1String("and") || n.text == QLatin1String("or");
        return grouped ? QStringLiteral("%1 %2 %3").arg(arg(0), op, arg(1))
                       : (zh ? QStringLiteral("%1%2%3") : QStringLiteral("%1 %2 %3")).arg(arg(0), op, arg(1));
    }
    }
    return {};
}

} // namespace

Result<Expression> Expression::parse(const QString& text)
{
    auto root = Parser(text).run();
    if (!root)
        return root.error();
    Expression e;
    e.m_root = std::move(*root);
    return e;
}

QStringList Expression::fields(bool other) const
{
    QStringList out;
    collect(*m_root, ExprNode::Kind::Field, other, out);
    return out;
}

QStringList Expression::parameters() const
{
    QStringList out;
    collect(*m_root, ExprNode::Kind::Param, false, out);
    return out;
}

QString Expression::sql(const std::function<QString(const QString&, bool)>& fieldSql,
    const std::function<QString(const QVariant&)>& bind, const std::function<QVariant(const QString&)>& param,
    const std::function<QString(const QString&)>& total) const
{
    return toSql(*m_root, fieldSql, bind, param, total);
}

QString Expression::describe(const std::function<QString(const QString&, bool)>& fieldTitle, bool chinese,
    const std::function<QString(const QString&)>& paramTitle) const
{
    return words(*m_root, fieldTitle, chinese, paramTitle);
}

} // namespace cluedesk
