#include "ingest/ValueParser.h"

#include "ingest/XlsxReader.h"
#include "util/Text.h"

#include <QDate>
#include <QRegularExpression>
#include <cmath>

namespace cluedesk {
namespace {

std::optional<ParsedDate> makeDay(int y, int m, int d)
{
    if (y < 1850 || y > 2200 || !QDate::isValid(y, m, d))
        return std::nullopt;
    // yyyy-MM-dd, written by hand: this runs for every date of every imported row
    const char16_t iso[] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
        char16_t(u'0' + y % 10), u'-', char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-', char16_t(u'0' + d / 10),
        char16_t(u'0' + d % 10)};
    return ParsedDate{QString(reinterpret_cast<const QChar*>(iso), 10), ParsedDate::Precision::Day};
}

int digitsAt(QStringView s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

std::optional<ParsedDate> makeMonth(int y, int m)
{
    if (y < 1850 || y > 2200 || m < 1 || m > 12)
        return std::nullopt;
    return ParsedDate{
        QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0')), ParsedDate::Precision::Month};
}

std::optional<ParsedDate> fromSerial(double serial)
{
    if (serial < 1 || serial > 2958465)
        return std::nullopt;
    const QString iso = XlsxReader::serialToIso(serial, false);
    if (iso.isEmpty())
        return std::nullopt;
    return ParsedDate{iso.left(10), ParsedDate::Precision::Day};
}

} // namespace

std::optional<ParsedDate> ValueParser::dateText(QStringView input)
{
    // The common case first: already 2023-03-05.
    if (input.size() == 10 && input[4] == u'-' && input[7] == u'-') {
        const int y = digitsAt(input, 0, 4), m = digitsAt(input, 5, 2), d = digitsAt(input, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return makeDay(y, m, d);
    }
    const QString s = text::removeSpaces(text::foldWidth(input));
    if (s.isEmpty())
        return std::nullopt;
    // y-m-d with -, /, ., 年月日 (号), optionally followed by a time.
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})[日号]?(?:T?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})月?(?:份)?$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (const auto m = ymd.match(s); m.hasMatch())
        return makeDay(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = ym.match(s); m.hasMatch())
        return makeMonth(m.captured(1).toInt(), m.captured(2).toInt());
    if (digits.match(s).hasMatch()) {
        if (s.size() == 8)
            return makeDay(s.left(4).toInt(), s.mid(4, 2).toInt(), s.mid(6, 2).toInt());
        if (s.size() == 6)
            return makeMonth(s.left(4).toInt(), s.mid(4, 2).toInt());
        if (s.size() == 5) // a spreadsheet serial number that lost its date format on export
            return fromSerial(s.toDouble());
    }
    return std::nullopt;
}

std::optional<ParsedDate> ValueParser::date(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Date: return dateText(cell.text.left(10));
    case Cell::Kind::Number: {
        const double v = cell.number;
        if (v != std::floor(v))
            return fromSerial(v);
        if (v >= 18500101 && v <= 22001231)
            return dateText(QString::number(qint64(v)));
        if (v >= 185001 && v <= 220012)
            return dateText(QString::number(qint64(v)));
        return fromSerial(v);
    }
    case Cell::Kind::Text: return dateText(cell.text);
    default: return std::nullopt;
    }
}

std::optional<double> ValueParser::amountText(QStringView input)
{
    // The usual cell: plain digits, perhaps with one decimal point. Read as is.
    if (!input.isEmpty() && input.size() <= 15 && input.front() != u'.' && input.back() != u'.') {
        qint64 whole = 0;
        int dots = 0;
        bool plain = true;
        for (QChar c : input) {
            if (c == u'.')
                ++dots;
            else if (c >= u'0' && c <= u'9')
                whole = whole * 10 + (c.unicode() - u'0');
            else
                plain = false;
        }
        if (plain && dots == 0)
            return double(whole);
        if (plain && dots == 1) {
            bool ok = false;
            const double v = input.toDouble(&ok);
            if (ok)
                return v;
        }
    }
    QString s = text::removeSpaces(text::foldWidth(input));
    if (s.isEmpty())
        return std::nullopt;
    double factor = 1;
    bool negative = false;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }
    static const QString prefixes[] = {
        QStringLiteral("￥"), QStringLiteral("¥"), QStringLiteral("RMB"), QStringLiteral("人民币")};
    static const QString suffixes[] = {QStringLiteral("元整"), QStringLiteral("元"), QStringLiteral("圆")};
    for (const QString& prefix : prefixes)
        if (s.startsWith(prefix))
            s = s.mid(prefix.size());
    for (const QString& suffix : suffixes)
        if (s.endsWith(suffix))
            s.chop(suffix.size());
    if (s.endsWith(u'万')) {
        factor = 10000;
        s.chop(1);
    }
    s.remove(u',').remove(u'，');
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return (negative ? -v : v) * factor;
}

std::optional<double> ValueParser::amount(const Cell& cell)
{
    if (cell.kind == Cell::Kind::Number)
        return cell.number;
    if (cell.kind == Cell::Kind::Text)
        return amountText(cell.text);
    return std::nullopt;
}

} // namespace cluedesk
