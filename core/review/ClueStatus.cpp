#include "review/ClueStatus.h"

#include <map>

namespace cluedesk {
namespace {

struct StatusInfo {
    LocalText title;
    QStringList next;
};

using Table = std::map<QString, StatusInfo>;

const Table& aid()
{
    static const Table t = {
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

const Table& supervision()
{
    static const Table t = {
        {QStringLiteral("new"),
            {{QStringLiteral("待核查"), QStringLiteral("New")}, {QStringLiteral("verifying"), QStringLiteral("unfounded")}}},
        {QStringLiteral("verifying"),
            {{QStringLiteral("核查中"), QStringLiteral("Verifying")},
                {QStringLiteral("confirmed"), QStringLiteral("unfounded"), QStringLiteral("new")}}},
        {QStringLiteral("confirmed"),
            {{QStringLiteral("违法属实"), QStringLiteral("Confirmed")},
                {QStringLiteral("suggested"), QStringLiteral("verifying")}}},
        {QStringLiteral("unfounded"), {{QStringLiteral("查无实据"), QStringLiteral("Unfounded")}, {QStringLiteral("verifying")}}},
        {QStringLiteral("suggested"),
            {{QStringLiteral("已制发检察建议"), QStringLiteral("Suggestion issued")},
                {QStringLiteral("corrected"), QStringLiteral("confirmed")}}},
        {QStringLiteral("corrected"), {{QStringLiteral("已纠正"), QStringLiteral("Corrected")}, {}}},
    };
    return t;
}

const Table& table(const QString& workflow)
{
    return workflow == QLatin1String("supervision") ? supervision() : aid();
}

} // namespace

const QStringList& ClueStatus::workflows()
{
    static const QStringList w = {QStringLiteral("aid"), QStringLiteral("supervision")};
    return w;
}

const QStringList& ClueStatus::all()
{
    static const QStringList s = {QStringLiteral("new"), QStringLiteral("verifying"), QStringLiteral("eligible"),
        QStringLiteral("ineligible"), QStringLiteral("referred"), QStringLiteral("assisted"), QStringLiteral("confirmed"),
        QStringLiteral("unfounded"), QStringLiteral("suggested"), QStringLiteral("corrected")};
    return s;
}

QStringList ClueStatus::of(const QString& workflow)
{
    QStringList out;
    for (const QString& s : all())
        if (table(workflow).count(s))
            out << s;
    return out;
}

bool ClueStatus::known(const QString& status, const QString& workflow)
{
    return table(workflow).count(status) > 0;
}

QStringList ClueStatus::nextFrom(const QString& status, const QString& workflow)
{
    const auto it = table(workflow).find(status);
    return it == table(workflow).end() ? QStringList() : it->second.next;
}

bool ClueStatus::isDecision(const QString& status)
{
    static const QStringList decisions = {QStringLiteral("eligible"), QStringLiteral("ineligible"), QStringLiteral("referred"),
        QStringLiteral("assisted"), QStringLiteral("confirmed"), QStringLiteral("unfounded"), QStringLiteral("suggested"),
        QStringLiteral("corrected")};
    return decisions.contains(status);
}

LocalText ClueStatus::title(const QString& status)
{
    for (const Table* t : {&aid(), &supervision()})
        if (const auto it = t->find(status); it != t->end())
            return it->second.title;
    return LocalText{status, status};
}

QString ClueStatus::titles(const QStringList& statuses)
{
    QStringList out;
    for (const QString& s : statuses)
        out << QStringLiteral("%1 (%2)").arg(title(s).text(), s);
    return out.join(QStringLiteral(", "));
}

LocalText ClueStatus::workflowTitle(const QString& workflow)
{
    return workflow == QLatin1String("supervision") ? LocalText{QStringLiteral("法律监督"), QStringLiteral("supervision")}
                                                    : LocalText{QStringLiteral("司法救助"), QStringLiteral("judicial aid")};
}

} // namespace cluedesk
