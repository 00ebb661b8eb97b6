#pragma once
// The values of one imported row, by field name: text or numbers, written as one compact JSON
// object (the record's `data`). A million rows pass through here on an import, so it keeps the
// values in a small vector and writes the JSON itself instead of building a QJsonObject per row;
// the JSON is the same as QJsonDocument would write, with the keys in insertion order.
#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <vector>

namespace cluedesk {

class FieldValues {
public:
    void insert(const QString& name, const QString& text);
    void insert(const QString& name, double number);
    // Undefined when there is no such field (like QJsonObject::value).
    QJsonValue value(const QString& name) const;
    bool isEmpty() const { return m_values.empty(); }
    size_t size() const { return m_values.size(); }
    // {"name":"王伟","amount":400}: UTF-8, numbers shortest round-trip, integers without ".0".
    QByteArray toJson() const;
    // Appends `"key":value` pairs (without braces) to out.
    void appendMembers(QByteArray& out) const;

private:
    struct Value {
        QString name;
        QString text;
        double number = 0;
        bool isNumber = false;
    };
    Value& slot(const QString& name);
    std::vector<Value> m_values;
};

// JSON string literal with quotes, escaped as QJsonDocument escapes it.
void appendJsonString(QByteArray& out, QStringView text);

} // namespace cluedesk
