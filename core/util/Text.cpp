#include "util/Text.h"

namespace cluedesk::text {

bool isSpaceLike(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x3000 || u == 0x00A0;
}

QString foldWidth(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QString removeSpaces(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!isSpaceLike(c))
            out.append(c);
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
