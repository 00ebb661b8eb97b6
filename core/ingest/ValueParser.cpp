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
    const QDate date(y, m, d);
    if (!date.isValid() || y < 1850 || y > 2200)
        return std::nullopt;
    return ParsedDate{date.toString(Qt::ISODate), ParsedDate::Precision::Day};
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
    QString s = text::removeSpaces(text::foldWidth(input));
    if (s.isEmpty())
        return std::nullopt;
    double factor = 1;
    bool negative = false;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }
    for (const char* prefix : {"￥", "¥", "RMB", "人民币"})
        if (s.startsWith(QString::fromUtf8(prefix)))
            s = s.mid(QString::fromUtf8(prefix).size());
    for (const char* suffix : {"元整", "元", "圆"})
        if (s.endsWith(QString::fromUtf8(suffix)))
            s.chop(QString::fromUtf8(suffix).size());
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
