#include "review/ClueStatus.h"

#include <map>

namespace cluedesk {
namespace {

struct StatusInfo {
    LocalText title;
    QStringList next;
};

const std::map<QString, StatusInfo>& table()
{
    static const std::map<QString, StatusInfo> t = {
        {QStringLiteral("new"),
            {{QStringLiteral("待核查"), QStringLiteral("New")}, {QStringLiteral("verifying"), QStringLiteral("ineligible")}}},
        {QStringLiteral("verifying"),
            {{QStringLiteral("核查中"), QStringLiteral("Verifying")},
                {QStringLiteral("eligible"), QStringLiteral("ineligible"), QStringLiteral("referred"), QStringLiteral("new")}}},
        {QStringLiteral("eligible"),
            {{QStringLiteral("符合救助条件"), QStringLiteral("Eligible")},
                {QStringLiteral("assisted"), QStringLiteral("referred"), QStringLiteral("verifying")}}},
        {QStringLiteral("ineligible"),
            {{QStringLiteral("不符合条件"), QStringLiteral("Not eligible")}, {QStringLiteral("verifying")}}},
        {QStringLiteral("referred"),
            {{QStringLiteral("已移送社会救助"), QStringLiteral("Referred to social assistance")},
                {QStringLiteral("assisted"), QStringLiteral("verifying")}}},
        {QStringLiteral("assisted"), {{QStringLiteral("已救助"), QStringLiteral("Assisted")}, {}}},
    };
    return t;
}

} // namespace

const QStringList& ClueStatus::all()
{
    static const QStringList s = {QStringLiteral("new"), QStringLiteral("verifying"), QStringLiteral("eligible"),
        QStringLiteral("ineligible"), QStringLiteral("referred"), QStringLiteral("assisted")};
    return s;
}

bool ClueStatus::known(const QString& status)
{
    return table().count(status) > 0;
}

QStringList ClueStatus::nextFrom(const QString& status)
{
    const auto it = table().find(status);
    return it == table().end() ? QStringList() : it->second.next;
}

bool ClueStatus::isDecision(const QString& status)
{
    return status == QLatin1String("eligible") || status == QLatin1String("ineligible") || status == QLatin1String("referred") ||
        status == QLatin1String("assisted");
}

LocalText ClueStatus::title(const QString& status)
{
    const auto it = table().find(status);
    return it == table().end() ? LocalText{status, status} : it->second.title;
}

} // namespace cluedesk
