#pragma once
// Unified social credit codes (统一社会信用代码, GB 32100-2015): the key of an organisation, as the
// resident ID is the key of a person. 18 characters from 0-9 and the capitals without I, O, S, V
// and Z: registration authority, organisation kind, the 6-digit region code, the 9-character
// organisation code, and a check character (weights 3^i mod 31).
#include <QString>
#include <QStringView>
#include <optional>

namespace cluedesk {

enum class CreditCodeProblem { None, Empty, BadLength, BadCharacters, BadCheckCharacter };

struct CreditCodeParse {
    std::optional<QString> code; // the 18 characters, compact and upper case, when valid
    CreditCodeProblem problem = CreditCodeProblem::None;
    QString original;
    bool ok() const { return code.has_value(); }
    // One sentence for the officer: what is wrong and what was expected.
    QString message() const;
};

class CreditCode {
public:
    // Accepts the code as bureaus write it: full-width characters, lower case, spaces or dashes
    // between its parts.
    static CreditCodeParse parse(QStringView written);
    // The check character for the first 17 characters; a null QChar if one is not allowed.
    static QChar checkCharacter(QStringView first17);
    // The region code (characters 3-8) of a valid code.
    static QString regionCode(QStringView code) { return code.mid(2, 6).toString(); }
};

} // namespace cluedesk
