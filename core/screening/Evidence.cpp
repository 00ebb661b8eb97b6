#include "screening/Evidence.h"

#include <QJsonDocument>

namespace cluedesk {

const QJsonObject& EvidenceRow::fields() const
{
    if (!m_parsed) {
        m_fields = QJsonDocument::fromJson(m_json).object();
        m_parsed = true;
    }
    return m_fields;
}

void EvidenceRow::setFields(QJsonObject fields)
{
    m_fields = std::move(fields);
    m_json.clear();
    m_parsed = true;
}

void EvidenceRow::setStoredJson(QByteArray utf8)
{
    m_json = std::move(utf8);
    m_fields = QJsonObject();
    m_parsed = false;
}

} // namespace cluedesk
