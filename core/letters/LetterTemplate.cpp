#include "letters/LetterTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace cluedesk {

const std::vector<LetterTemplate>& LetterTemplate::all()
{
    static const std::vector<LetterTemplate> templates = [] {
        std::vector<LetterTemplate> out;
        const QDir dir(QStringLiteral(":/cluedesk/letters"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::ReadOnly);
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            LetterTemplate t;
            t.id = o.value(QStringLiteral("id")).toString();
            t.title = LocalText::fromJson(o.value(QStringLiteral("title")));
            t.numberPrefix = o.value(QStringLiteral("number_prefix")).toString();
            t.addressee = o.value(QStringLiteral("addressee")).toString(QStringLiteral("department"));
            for (const QJsonValue& v : o.value(QStringLiteral("departments")).toArray())
                t.departments << v.toString();
            for (const QJsonValue& v : o.value(QStringLiteral("allowed_statuses")).toArray())
                t.allowedStatuses << v.toString();
            t.defaultMeasures = LocalText::fromJson(o.value(QStringLiteral("default_measures")));
            t.replyDays = o.value(QStringLiteral("reply_days")).toInt(30);
            t.needsAmount = o.value(QStringLiteral("needs_amount")).toBool(false);
            for (const QJsonValue& v : o.value(QStringLiteral("for_models")).toArray())
                t.forModels << v.toString();
            QFile body(dir.filePath(o.value(QStringLiteral("body")).toString()));
            if (!body.open(QIODevice::ReadOnly) || t.id.isEmpty())
                throw std::logic_error("letter template " + name.toStdString() + " is incomplete");
            t.body = QString::fromUtf8(body.readAll());
            out.push_back(std::move(t));
        }
        return out;
    }();
    return templates;
}

const LetterTemplate* LetterTemplate::find(const QString& id)
{
    for (const LetterTemplate& t : all())
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace cluedesk
