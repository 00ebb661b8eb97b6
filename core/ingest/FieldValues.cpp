#include "ingest/FieldValues.h"

#include <QLocale>
#include <cmath>

namespace cluedesk {

FieldValues::Value& FieldValues::slot(const QString& name)
{
    for (Value& v : m_values)
        if (v.name == name)
            return v;
    if (m_values.empty())
        m_values.reserve(8); // a list's fields, in one allocation
    m_values.push_back(Value{name, {}, 0, false});
    return m_values.back();
}

void FieldValues::insert(const QString& name, const QString& text)
{
    Value& v = slot(name);
    v.text = text;
    v.isNumber = false;
}

void FieldValues::insert(const QString& name, double number)
{
    Value& v = slot(name);
    v.text.clear();
    v.number = number;
    v.isNumber = true;
}

QJsonValue FieldValues::value(const QString& name) const
{
    for (const Value& v : m_values)
        if (v.name == name)
            return v.isNumber ? QJsonValue(v.number) : QJsonValue(v.text);
    return QJsonValue(QJsonValue::Undefined);
}

void appendJsonString(QByteArray& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // Written straight into the buffer: at most 6 bytes per UTF-16 unit (\u00XX), 3 in UTF-8.
    const qsizetype start = out.size();
    out.resize(start + 2 + text.size() * 6);
    char* d = out.data() + start;
    *d++ = '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            switch (u) {
            case u'"':
                *d++ = '\\';
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                *d++ = '\\';
                break;
            case u'\b':
                *d++ = '\\';
                *d++ = 'b';
                break;
            case u'\f':
                *d++ = '\\';
                *d++ = 'f';
                break;
            case u'\n':
                *d++ = '\\';
                *d++ = 'n';
                break;
            case u'\r':
                *d++ = '\\';
                *d++ = 'r';
                break;
            case u'\t':
                *d++ = '\\';
                *d++ = 't';
                break;
            default:
                if (u < 0x20) {
                    *d++ = '\\';
                    *d++ = 'u';
                    *d++ = '0';
                    *d++ = '0';
                    *d++ = hex[u >> 4];
                    *d++ = hex[u & 15];
                } else {
                    *d++ = char(u);
                }
            }
        } else if (u < 0x800) {
            *d++ = char(0xC0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
                const char32_t cp = QChar::surrogateToUcs4(u, text[i + 1].unicode());
                ++i;
                *d++ = char(0xF0 | (cp >> 18));
                *d++ = char(0x80 | ((cp >> 12) & 0x3F));
                *d++ = char(0x80 | ((cp >> 6) & 0x3F));
                *d++ = char(0x80 | (cp & 0x3F));
            } else {
                // A lone surrogate (a broken file): escaped, as QJsonDocument writes it.
                *d++ = '\\';
                *d++ = 'u';
                for (int shift = 12; shift >= 0; shift -= 4)
                    *d++ = hex[(u >> shift) & 15];
            }
        } else {
            *d++ = char(0xE0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3F));
            *d++ = char(0x80 | (u & 0x3F));
        }
    }
    *d++ = '"';
    out.truncate(d - out.constData());
}

namespace {

void appendNumber(QByteArray& out, double d)
{
    if (!std::isfinite(d)) {
        out += "null"; // as QJsonDocument writes infinities and NaN
        return;
    }
    constexpr double kExact = 9007199254740992.0; // 2^53: integers up to here print exactly
    if (d == std::floor(d) && std::fabs(d) < kExact) {
        out += QByteArray::number(qint64(d));
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void FieldValues::appendMembers(QByteArray& out) const
{
    bool first = true;
    for (const Value& v : m_values) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, v.name);
        out += ':';
        if (v.isNumber)
            appendNumber(out, v.number);
        else
            appendJsonString(out, v.text);
    }
}

QByteArray FieldValues::toJson() const
{
    QByteArray out;
    out.reserve(qsizetype(m_values.size()) * 24 + 2);
    out += '{';
    appendMembers(out);
    out += '}';
    return out;
}

} // namespace cluedesk
