#include "screening/RunReasons.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cluedesk {

QString RunReasons::keep(const ModelDefinition& model, const QStringList& countyCodes, const QString& countyName)
{
    const QJsonObject kept{{QStringLiteral("zh"), model.reason.text(Language::Chinese)},
        {QStringLiteral("en"), model.reason.text(Language::English)},
        {QStringLiteral("county_codes"), QJsonArray::fromStringList(countyCodes)}, {QStringLiteral("county_name"), countyName}};
    return QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

RunReasons::RunReasons(const QString& kept)
{
    const QJsonObject o = QJsonDocument::fromJson(kept.toUtf8()).object();
    if (o.isEmpty())
        return;
    m_renders = true;
    m_zh = ReasonTemplate(o.value(QStringLiteral("zh")).toString());
    m_en = ReasonTemplate(o.value(QStringLiteral("en")).toString());
    QStringList codes;
    for (const QJsonValue& c : o.value(QStringLiteral("county_codes")).toArray())
        codes << c.toString();
    m_area = LocalArea(codes, o.value(QStringLiteral("county_name")).toString());
}

QString RunReasons::render(const Evidence& evidence, const QString& key, const DatasetCatalog& catalog, Language language) const
{
    const PersonContext person{key, &m_area};
    return (language == Language::Chinese ? m_zh : m_en).render(evidence, person, catalog, language);
}

} // namespace cluedesk
