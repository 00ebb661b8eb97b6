#pragma once
// Resident identity numbers (GB 11643-1999): validation, 15->18 upgrade and what the number
// tells (birth date, sex, region). The normalised 18-character number is the person key
// everywhere in ClueDesk; the text as written is always kept beside it.
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace cluedesk {

enum class Sex { Female, Male };

enum class IdProblem {
    None,
    Empty,
    Damaged,       // Excel turned it into a number and its last digits are gone
    BadCharacters, // anything but digits and a final X
    BadLength,     // neither 15 nor 18 characters
    BadRegion,     // no such province code
    BadBirthDate,  // impossible or future birth date
    BadCheckDigit, // ISO 7064 MOD 11-2 check character does not match
};

class IdNumber {
public:
    // The 18-character key; only IdNumber::parse creates valid ones.
    const QString& key() const { return m_key; }
    QDate birthDate() const;
    Sex sex() const;
    int ageOn(const QDate& date) const;
    QString regionCode() const { return m_key.left(6); }
    bool isFrom(QStringView regionPrefix) const { return m_key.startsWith(regionPrefix); }

    // 330382********123X: region kept, birth date and sequence hidden, last four kept.
    static QString mask(QStringView key);
    // The check character for the first 17 digits (ISO 7064 MOD 11-2).
    static QChar checkCharacter(QStringView first17);
    // Birth date and sex straight from a key, without building an IdNumber.
    static QDate birthDateOf(QStringView key);

private:
    explicit IdNumber(QString key) : m_key(std::move(key)) { }
    QString m_key;
    friend class IdParser;
};

struct IdParse {
    std::optional<IdNumber> id;
    IdProblem problem = IdProblem::None;
    QString original; // the text as written in the source
    bool upgradedFrom15 = false;
    QString correctionNote; // set when an OCR confusion was corrected (see correctOcr)
    // The 18 characters as read (digits and a final X), also when they fail a check; empty when
    // the text has no such form. What possible matches are looked for from.
    QString digits;
    // The region code (characters 1-6) is not in GB/T 2260 (RegionCodes). Only a code of no
    // province makes the number invalid: the list ends around 2015, so a newer county's code
    // is reported, not rejected.
    bool regionUnknown = false;

    bool ok() const { return id.has_value(); }
    // One sentence for the officer: what is wrong and what was expected.
    QString message() const;
    // "; its region code 990101 is not in GB/T 2260 either", when it is not.
    QString regionNote() const;
};

class IdParser {
public:
    // Parses text as people and spreadsheets write it: spaces (also full-width) removed,
    // full-width digits folded, lowercase x accepted, a leading apostrophe dropped.
    // Never "repairs" digits: a number Excel mangled (3.30382198705061E+17) is Damaged.
    static IdParse parse(QStringView text, const QDate& today = QDate::currentDate());
    // For a spreadsheet cell stored as a number: 15-digit legacy IDs survive as a double,
    // 18-digit ones do not (a double holds ~15-16 significant digits).
    static IdParse parseNumber(double value, const QString& shownText, const QDate& today = QDate::currentDate());
    // For OCR text: if the number is invalid as read, tries the usual confusions (O/0, l/1,
    // I/1, S/5, B/8, Z/2, G/6) and accepts the result only when the check character validates.
    static IdParse parseOcr(QStringView text, const QDate& today = QDate::currentDate());
    // The text with what people and spreadsheets add around an ID removed (spaces, full-width
    // digits, a leading apostrophe, a lowercase x); no digit changed.
    static QString clean(QStringView text);
    // The letters OCR reads for digits (O/0, l/1, I/1, S/5, B/8, Z/2, G/6) as those digits.
    static QString foldOcrLetters(QStringView cleaned);
    // 15-digit legacy number to 18 digits ("19" century, computed check character).
    static QString upgrade15(QStringView fifteen);
};

} // namespace cluedesk
