#pragma once
// Small text clean-ups shared by readers and parsers: the forms spreadsheets from different
// bureaus bring (full-width characters, stray invisible characters, odd spaces).
#include <QString>
#include <QStringView>

namespace cluedesk::text {

// Full-width ASCII variants (０-９, Ａ-Ｚ, ａ-ｚ, full-width punctuation, U+3000) to ASCII.
QString foldWidth(QStringView s);
// Removes every space-like character (ASCII, U+3000, NBSP) and zero-width characters.
QString removeSpaces(QStringView s);
// Trims space-like and zero-width characters at both ends.
QString trimmed(QStringView s);
bool isSpaceLike(QChar c);
bool isBlank(QStringView s);
// Column letters as Excel shows them: 0 -> A, 26 -> AA.
QString columnLetters(int zeroBasedColumn);

} // namespace cluedesk::text
