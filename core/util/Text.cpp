#include "util/Text.h"

namespace cluedesk::text {

bool isSpaceLike(QChar c)
{
    const char16_t u = c.unicode();
    if (u > 0x20 && u < 0x7F)
        return false; // printable ASCII: the usual case, decided without a table lookup
    return c.isSpace() || u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x3000 || u == 0x00A0;
}

// Each character is written through a pointer into a buffer sized once: these run on every cell
// of every imported row, where QString::append per character was a measurable part of the cost.
QString foldWidth(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            *d++ = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            *d++ = QLatin1Char(' ');
        else
            *d++ = c;
    }
    return out;
}

QString removeSpaces(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (QChar c : s)
        if (!isSpaceLike(c))
            *d++ = c;
    out.truncate(d - out.constData());
    return out;
}

QString trimmed(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isSpaceLike(s[b]))
        ++b;
    while (e > b && isSpaceLike(s[e - 1]))
        --e;
    return s.mid(b, e - b).toString();
}

bool isBlank(QStringView s)
{
    for (QChar c : s)
        if (!isSpaceLike(c))
            return false;
    return true;
}

QString columnLetters(int col)
{
    QString out;
    for (int n = col + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

} // namespace cluedesk::text
