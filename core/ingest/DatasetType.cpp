#include "ingest/DatasetType.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cluedesk {
namespace {

const std::pair<FieldKind, const char*> kKinds[] = {
    {FieldKind::Text, "text"},
    {FieldKind::LongText, "longtext"},
    {FieldKind::Name, "name"},
    {FieldKind::Id, "id"},
    {FieldKind::Date, "date"},
    {FieldKind::Month, "month"},
    {FieldKind::Amount, "amount"},
    {FieldKind::Number, "number"},
    {FieldKind::Org, "org"},
    {FieldKind::Case, "case"},
    {FieldKind::Code, "credit_code"},
};

} // namespace

QString fieldKindName(FieldKind kind)
{
    for (const auto& [k, n] : kKinds)
        if (k == kind)
            return QString::fromLatin1(n);
    return {};
}

std::optional<FieldKind> fieldKindFromName(const QString& name)
{
    for (const auto& [k, n] : kKinds)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

const FieldDef* DatasetType::field(const QString& name) const
{
    for (const FieldDef& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

const PersonRole* DatasetType::person(const QString& role) const
{
    for (const PersonRole& p : persons)
        if (p.role == role)
            return &p;
    return nullptr;
}

int DatasetType::daysOverdue(const QString& asOf, const QDate& today) const
{
    const QDate date = QDate::fromString(asOf.left(10), Qt::ISODate);
    if (updateDays <= 0 || !date.isValid())
        return 0;
    return std::max<qint64>(0, date.daysTo(today) - updateDays);
}

QString DatasetType::cycleText() const
{
    if (updateDays >= 28 && updateDays <= 31)
        return QCoreApplication::translate("DatasetType", "monthly");
    if (updateDays >= 90 && updateDays <= 92)
        return QCoreApplication::translate("DatasetType", "quarterly");
    if (updateDays >= 365 && updateDays <= 366)
        return QCoreApplication::translate("DatasetType", "yearly");
    return QCoreApplication::translate("DatasetType", "every %1 days").arg(updateDays);
}

QJsonObject DatasetType::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("title"), title.toJson());
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description.toJson());
    if (updateDays > 0)
        o.insert(QStringLiteral("update_cycle_days"), updateDays);
    QJsonArray ps;
    for (const PersonRole& p : persons) {
        QJsonObject j{{QStringLiteral("role"), p.role}, {QStringLiteral("id"), p.idField},
            {QStringLiteral("title"), p.title.toJson()}, {QStringLiteral("required"), p.required}};
        if (!p.nameField.isEmpty())
            j.insert(QStringLiteral("name"), p.nameField);
        ps.append(j);
    }
    o.insert(QStringLiteral("persons"), ps);
    QJsonArray fs;
    for (const FieldDef& f : fields) {
        QJsonObject j{{QStringLiteral("name"), f.name}, {QStringLiteral("kind"), fieldKindName(f.kind)},
            {QStringLiteral("title"), f.title.toJson()}, {QStringLiteral("columns"), QJsonArray::fromStringList(f.columns)}};
        if (f.required)
            j.insert(QStringLiteral("required"), true);
        fs.append(j);
    }
    o.insert(QStringLiteral("fields"), fs);
    return o;
}

Result<DatasetType> DatasetType::fromJson(const QJsonObject& json)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_-]{0,63}$"));
    DatasetType t;
    t.id = json.value(QStringLiteral("id")).toString();
    if (!identifier.match(t.id).hasMatch())
        return fail(QCoreApplication::translate("DatasetType",
                        "dataset type id \"%1\" is invalid; expected lowercase letters, digits, - or _ (e.g. \"town-subsidies\")")
                        .arg(t.id),
            QStringLiteral("type.bad-id"));
    t.title = LocalText::fromJson(json.value(QStringLiteral("title")));
    if (t.title.isEmpty())
        return fail(QCoreApplication::translate("DatasetType", "dataset type \"%1\" has no title").arg(t.id),
            QStringLiteral("type.no-title"));
    t.description = LocalText::fromJson(json.value(QStringLiteral("description")));
    t.updateDays = json.value(QStringLiteral("update_cycle_days")).toInt(0);
    if (t.updateDays < 0)
        return fail(
            QCoreApplication::translate("DatasetType", "dataset type \"%1\": update_cycle_days cannot be negative").arg(t.id),
            QStringLiteral("type.bad-cycle"));

    QSet<QString> names;
    for (const QJsonValue& v : json.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject o = v.toObject();
        FieldDef f;
        f.name = o.value(QStringLiteral("name")).toString();
        if (!identifier.match(f.name).hasMatch())
            return fail(QCoreApplication::translate("DatasetType",
                            "dataset type \"%1\": field name \"%2\" is invalid; expected lowercase letters, digits, - or _")
                            .arg(t.id, f.name),
                QStringLiteral("type.bad-field"));
        if (names.contains(f.name))
            return fail(QCoreApplication::translate("DatasetType", "dataset type \"%1\": field \"%2\" is defined twice")
                            .arg(t.id, f.name),
                QStringLiteral("type.dup-field"));
        names.insert(f.name);
        const auto kind = fieldKindFromName(o.value(QStringLiteral("kind")).toString(QStringLiteral("text")));
        if (!kind)
            return fail(QCoreApplication::translate("DatasetType",
                            "dataset type \"%1\", field \"%2\": kind \"%3\" is unknown; expected text, longtext, name, id, "
                            "date, month, amount, number, org (an organisation's name), case (a case number) or "
                            "credit_code (a unified social credit code)")
                            .arg(t.id, f.name, o.value(QStringLiteral("kind")).toString()),
                QStringLiteral("type.bad-kind"));
        f.kind = *kind;
        f.title = LocalText::fromJson(o.value(QStringLiteral("title")));
        if (f.title.isEmpty())
            f.title = LocalText{f.name, f.name};
        for (const QJsonValue& c : o.value(QStringLiteral("columns")).toArray())
            f.columns << c.toString();
        if (f.columns.isEmpty())
            return fail(QCoreApplication::translate("DatasetType", "dataset type \"%1\", field \"%2\" lists no column names")
                            .arg(t.id, f.name),
                QStringLiteral("type.no-columns"));
        f.required = o.value(QStringLiteral("required")).toBool(false);
        t.fields.push_back(std::move(f));
    }
    if (t.fields.empty())
        return fail(QCoreApplication::translate("DatasetType", "dataset type \"%1\" has no fields").arg(t.id),
            QStringLiteral("type.no-fields"));

    for (const QJsonValue& v : json.value(QStringLiteral("persons")).toArray()) {
        const QJsonObject o = v.toObject();
        PersonRole p;
        p.role = o.value(QStringLiteral("role")).toString();
        p.idField = o.value(QStringLiteral("id")).toString();
        p.nameField = o.value(QStringLiteral("name")).toString();
        p.title = LocalText::fromJson(o.value(QStringLiteral("title")));
        p.required = o.value(QStringLiteral("required")).toBool(true);
        if (!identifier.match(p.role).hasMatch())
            return fail(QCoreApplication::translate("DatasetType", "dataset type \"%1\": person role \"%2\" is invalid")
                            .arg(t.id, p.role),
                QStringLiteral("type.bad-role"));
        const FieldDef* idf = t.field(p.idField);
        if (!idf || idf->kind != FieldKind::Id)
            return fail(
                QCoreApplication::translate("DatasetType", "dataset type \"%1\", role \"%2\": \"%3\" is not a field of kind id")
                    .arg(t.id, p.role, p.idField),
                QStringLiteral("type.bad-role-id"));
        if (!p.nameField.isEmpty()) {
            const FieldDef* nf = t.field(p.nameField);
            if (!nf || nf->kind != FieldKind::Name)
                return fail(QCoreApplication::translate(
                                "DatasetType", "dataset type \"%1\", role \"%2\": \"%3\" is not a field of kind name")
                                .arg(t.id, p.role, p.nameField),
                    QStringLiteral("type.bad-role-name"));
        }
        if (p.title.isEmpty())
            p.title = LocalText{p.role, p.role};
        t.persons.push_back(std::move(p));
    }
    if (t.persons.empty())
        return fail(QCoreApplication::translate(
                        "DatasetType", "dataset type \"%1\" names no person role; expected at least one with an id field")
                        .arg(t.id),
            QStringLiteral("type.no-persons"));
    return t;
}

} // namespace cluedesk
