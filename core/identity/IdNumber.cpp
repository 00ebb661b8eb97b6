#include "identity/IdNumber.h"

#include "identity/RegionCodes.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <cmath>

namespace cluedesk {
namespace {

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

// Province-level codes in GB/T 2260, including 71 (Taiwan), 81/82 (Hong Kong, Macao residence
// permits) and 83 (Taiwan residents' permits) that appear on IDs issued since 2018.
bool validProvince(int code)
{
    switch (code) {
    case 11:
    case 12:
    case 13:
    case 14:
    case 15:
    case 21:
    case 22:
    case 23:
    case 31:
    case 32:
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 61:
    case 62:
    case 63:
    case 64:
    case 65:
    case 71:
    case 81:
    case 82:
    case 83: return true;
    default: return false;
    }
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// Strips what people and spreadsheets add around an ID without changing a digit of it.
QString cleanText(QStringView text)
{
    QString s = text::removeSpaces(text::foldWidth(text));
    while (!s.isEmpty() && (s.front() == u'\'' || s.front() == u'\u2018' || s.front() == u'\u2019' || s.front() == u'`'))
        s.remove(0, 1);
    if (s.size() >= 2 && s.front() == u'"' && s.back() == u'"')
        s = s.mid(1, s.size() - 2);
    if (!s.isEmpty() && s.back() == u'x')
        s.back() = u'X';
    return s;
}

bool looksLikeScientific(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9](\\.[0-9]+)?[eE]\\+?[0-9]{1,2}$"));
    return re.match(s).hasMatch();
}

} // namespace

QDate IdNumber::birthDateOf(QStringView key)
{
    if (key.size() != 18)
        return {};
    return QDate(key.mid(6, 4).toInt(), key.mid(10, 2).toInt(), key.mid(12, 2).toInt());
}

QDate IdNumber::birthDate() const
{
    return birthDateOf(m_key);
}

Sex IdNumber::sex() const
{
    return (m_key[16].digitValue() % 2) ? Sex::Male : Sex::Female;
}

int IdNumber::ageOn(const QDate& date) const
{
    const QDate b = birthDate();
    int age = date.year() - b.year();
    if (date.month() < b.month() || (date.month() == b.month() && date.day() < b.day()))
        --age;
    return age;
}

QString IdNumber::mask(QStringView key)
{
    if (key.size() == 15) // a legacy number as written: region, birth date, sequence
        return key.left(6) + QString(6, u'*') + key.right(3);
    if (key.size() != 18)
        return QString(key.size(), u'*');
    return key.left(6) + QString(8, u'*') + key.right(4);
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * kWeights[size_t(i)];
    return QLatin1Char(kCheckChars[sum % 11]);
}

QString IdParser::upgrade15(QStringView fifteen)
{
    const QString first17 = fifteen.left(6) + QLatin1String("19") + fifteen.mid(6);
    return first17 + IdNumber::checkCharacter(first17);
}

// An ID written as it should be: 17 ASCII digits and a digit or X. Nothing to clean then.
static bool isPlain18(QStringView text)
{
    if (text.size() != 18 || !allDigits(text.left(17)))
        return false;
    const char16_t last = text[17].unicode();
    return (last >= u'0' && last <= u'9') || last == u'X' || last == u'x';
}

IdParse IdParser::parse(QStringView text, const QDate& today)
{
    IdParse r;
    r.original = text.toString();
    const bool plain = isPlain18(text); // the usual case: nothing to clean, nothing damaged
    QString s = plain ? r.original : cleanText(text);
    if (!s.isEmpty() && s.back() == u'x')
        s.back() = u'X';
    if (s.isEmpty()) {
        r.problem = IdProblem::Empty;
        return r;
    }
    if (!plain && (looksLikeScientific(s) || (s.contains(u'.') && allDigits(QString(s).remove(u'.'))))) {
        r.problem = IdProblem::Damaged;
        return r;
    }
    QString key;
    if (s.size() == 15) {
        if (!allDigits(s)) {
            r.problem = IdProblem::BadCharacters;
            return r;
        }
        key = upgrade15(s);
        r.upgradedFrom15 = true;
    } else if (s.size() == 18) {
        key = s;
    } else {
        r.problem = (allDigits(s) || (allDigits(QStringView(s).chopped(1)) && s.back() == u'X')) ? IdProblem::BadLength
                                                                                                 : IdProblem::BadCharacters;
        return r;
    }
    if (!allDigits(QStringView(key).left(17)) || !(key[17].isDigit() || key[17] == u'X')) {
        r.problem = IdProblem::BadCharacters;
        return r;
    }
    r.digits = key;
    r.regionUnknown = !RegionCodes::gbt2260().known(QStringView(key).left(6));
    if (!validProvince(QStringView(key).left(2).toInt())) {
        r.problem = IdProblem::BadRegion;
        return r;
    }
    const QDate birth = IdNumber::birthDateOf(key);
    if (!birth.isValid() || birth.year() < 1850 || (today.isValid() && birth > today)) {
        r.problem = IdProblem::BadBirthDate;
        return r;
    }
    if (IdNumber::checkCharacter(QStringView(key).left(17)) != key[17]) {
        // Excel keeps 15 significant digits: an 18-digit ID typed into a number cell ends in 000.
        r.problem = key.endsWith(QLatin1String("000")) ? IdProblem::Damaged : IdProblem::BadCheckDigit;
        return r;
    }
    r.id = IdNumber(key);
    return r;
}

IdParse IdParser::parseNumber(double value, const QString& shownText, const QDate& today)
{
    if (std::isfinite(value) && value >= 0 && value < 1e15 && value == std::floor(value)) {
        IdParse r = parse(QString::number(qint64(value)), today);
        r.original = shownText;
        return r;
    }
    IdParse r;
    r.original = shownText;
    r.problem = IdProblem::Damaged;
    return r;
}

QString IdParser::clean(QStringView text)
{
    return cleanText(text);
}

QString IdParser::foldOcrLetters(QStringView cleaned)
{
    const QStringView s = cleaned;
    QString fixed;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const bool last = i == s.size() - 1;
        switch (c.unicode()) {
        case u'O':
        case u'o':
        case u'D':
        case u'Q': fixed += u'0'; break;
        case u'l':
        case u'I':
        case u'i':
        case u'|': fixed += u'1'; break;
        case u'S':
        case u's': fixed += u'5'; break;
        case u'B': fixed += u'8'; break;
        case u'Z':
        case u'z': fixed += u'2'; break;
        case u'G':
        case u'b': fixed += u'6'; break;
        case u'×':
        case u'χ':
        case u'Х': fixed += last ? QChar(u'X') : c; break;
        default: fixed += c;
        }
    }
    return fixed;
}

IdParse IdParser::parseOcr(QStringView text, const QDate& today)
{
    IdParse direct = parse(text, today);
    if (direct.ok())
        return direct;
    const QString s = cleanText(text);
    const QString fixed = foldOcrLetters(s);
    if (fixed == s)
        return direct;
    IdParse corrected = parse(fixed, today);
    if (!corrected.ok())
        return direct;
    corrected.original = text.toString();
    corrected.correctionNote =
        QCoreApplication::translate("IdNumber", "OCR read \"%1\"; corrected to %2 because the check character then validates")
            .arg(s, corrected.id->key());
    return corrected;
}

QString IdParse::regionNote() const
{
    if (!regionUnknown)
        return {};
    return QCoreApplication::translate("IdNumber", "; its region code %1 is not in GB/T 2260 either").arg(digits.left(6));
}

QString IdParse::message() const
{
    switch (problem) {
    case IdProblem::None: return {};
    case IdProblem::Empty:
        return QCoreApplication::translate(
            "IdNumber", "the ID number is empty; expected 18 characters (or a 15-digit legacy number)");
    case IdProblem::Damaged:
        return QCoreApplication::translate("IdNumber",
            "\"%1\" looks like an ID number that Excel stored as a number, so its last digits are lost; "
            "expected the ID as text (ask the sender to format the column as text)")
            .arg(original);
    case IdProblem::BadCharacters:
        return QCoreApplication::translate("IdNumber", "\"%1\" is not an ID number; expected 17 digits followed by a digit or X")
            .arg(original);
    case IdProblem::BadLength:
        return QCoreApplication::translate("IdNumber", "\"%1\" has %2 characters; expected 18 (or a 15-digit legacy number)")
            .arg(original)
            .arg(cleanText(original).size());
    case IdProblem::BadRegion:
        return QCoreApplication::translate(
            "IdNumber", "\"%1\" starts with %2, which is no province code; expected a region code such as 33xxxx")
            .arg(original, cleanText(original).left(2));
    case IdProblem::BadBirthDate:
        return QCoreApplication::translate("IdNumber", "\"%1\" holds no possible birth date (characters 7-14); expected YYYYMMDD")
                   .arg(original) +
            regionNote();
    case IdProblem::BadCheckDigit:
        return QCoreApplication::translate(
                   "IdNumber", "\"%1\" fails its check character (GB 11643); a digit is probably mistyped")
                   .arg(original) +
            regionNote();
    }
    return {};
}

} // namespace cluedesk
