#include "util/ChineseText.h"

namespace cluedesk::chinese {
namespace {

const char16_t* kDigits = u"〇一二三四五六七八九";
const char16_t* kUpper = u"零壹贰叁肆伍陆柒捌玖";

QString small(int n) // 1..31 as used for months and days: 十, 十一, 二十一
{
    if (n < 10)
        return QString(QChar(kDigits[n]));
    const int tens = n / 10, ones = n % 10;
    QString s = tens > 1 ? QString(QChar(kDigits[tens])) : QString();
    s += u'十';
    if (ones)
        s += QChar(kDigits[ones]);
    return s;
}

// Four digits of an amount with their units, keeping the zeros the reader needs.
QString group(int n, bool leadingZero)
{
    static const char16_t* units[] = {u"仟", u"佰", u"拾", u""};
    QString s;
    bool zero = leadingZero;
    for (int i = 0, div = 1000; i < 4; ++i, div /= 10) {
        const int d = (n / div) % 10;
        if (d == 0) {
            zero = true;
            continue;
        }
        if (zero && !s.isEmpty())
            s += u'零';
        else if (zero && leadingZero)
            s += u'零';
        s += QChar(kUpper[d]);
        s += QString::fromUtf16(units[i]);
        zero = false;
    }
    return s;
}

} // namespace

QString date(const QDate& d)
{
    QString year;
    for (QChar c : QString::number(d.year()))
        year += QChar(kDigits[c.digitValue()]);
    return year + u'年' + small(d.month()) + u'月' + small(d.day()) + u'日';
}

QString amountInWords(qint64 fen)
{
    if (fen <= 0)
        return QStringLiteral("零元整");
    const qint64 yuan = fen / 100;
    const int jiao = int((fen / 10) % 10), cents = int(fen % 10);
    QString s;
    const int yi = int(yuan / 100000000), wan = int((yuan / 10000) % 10000), rest = int(yuan % 10000);
    if (yi)
        s += group(yi, false) + u'亿';
    if (wan)
        s += group(wan, yi > 0 && wan < 1000) + u'万';
    if (rest)
        s += group(rest, (yi || wan) && rest < 1000);
    if (yuan)
        s += u'元';
    if (jiao == 0 && cents == 0)
        return s + u'整';
    if (jiao)
        s += QString(QChar(kUpper[jiao])) + u'角';
    else if (yuan)
        s += u'零';
    if (cents)
        s += QString(QChar(kUpper[cents])) + u'分';
    return s;
}

} // namespace cluedesk::chinese
