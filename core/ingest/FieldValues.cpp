#include "ingest/FieldValues.h"

#include <QLocale>
#include <cmath>

namespace cluedesk {

FieldValues::Value& FieldValues::slot(const QString& name)
{
    for (Value& v : m_values)
        if (v.name == name)
            return v;
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
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
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
