#include "identity/CreditCode.h"

#include <QCoreApplication>

namespace cluedesk {
namespace {

constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

} // namespace

QChar CreditCode::checkCharacter(QStringView first17)
{
    int sum = 0, weight = 1;
    for (int i = 0; i < 17 && i < first17.size(); ++i) {
        const qsizetype value = kAlphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += int(value) * weight;
        weight = weight * 3 % 31;
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

CreditCodeParse CreditCode::parse(QStringView written)
{
    CreditCodeParse r;
    r.original = written.toString();
    QString compact;
    compact.reserve(18);
    for (const QChar c : written.toString().normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace() || c == u'-')
            continue;
        compact.append(c.toUpper());
    }
    if (compact.isEmpty()) {
        r.problem = CreditCodeProblem::Empty;
        return r;
    }
    if (compact.size() != 18) {
        r.problem = CreditCodeProblem::BadLength;
        return r;
    }
    for (int i = 0; i < 18; ++i) {
        const bool regionDigit = i >= 2 && i < 8;
        if (!kAlphabet.contains(compact[i]) || (regionDigit && !compact[i].isDigit())) {
            r.problem = CreditCodeProblem::BadCharacters;
            return r;
        }
    }
    if (checkCharacter(QStringView(compact).left(17)) != compact[17]) {
        r.problem = CreditCodeProblem::BadCheckCharacter;
        return r;
    }
    r.code = compact;
    return r;
}

QString CreditCodeParse::message() const
{
    switch (problem) {
    case CreditCodeProblem::None: return {};
    case CreditCodeProblem::Empty:
        return QCoreApplication::translate("CreditCode", "the unified social credit code is empty; expected 18 characters");
    case CreditCodeProblem::BadLength:
        return QCoreApplication::translate(
            "CreditCode", "\"%1\" is not 18 characters long; expected a unified social credit code (GB 32100)")
            .arg(original);
    case CreditCodeProblem::BadCharacters:
        return QCoreApplication::translate("CreditCode",
            "\"%1\" holds characters a unified social credit code cannot have; expected digits and capitals without I, O, "
            "S, V, Z, and digits in places 3-8")
            .arg(original);
    case CreditCodeProblem::BadCheckCharacter:
        return QCoreApplication::translate(
            "CreditCode", "\"%1\" fails its check character (GB 32100); a character is probably mistyped")
            .arg(original);
    }
    return {};
}

} // namespace cluedesk
