#include "casefiles/ExtractionRules.h"

#include "pool/Pool.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <stdexcept>

namespace cluedesk {
namespace {

QJsonObject readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::logic_error("missing resource " + path.toStdString());
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

QRegularExpression regex(const QString& pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        throw std::logic_error("bad extraction pattern " + pattern.toStdString() + ": " + re.errorString().toStdString());
    return re;
}

} // namespace

const KeywordCategory* ExtractionRules::category(const QString& id) const
{
    for (const KeywordCategory& c : categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

Status ExtractionRules::mergeKeywords(const QJsonObject& catalogue)
{
    for (const QJsonValue& v : catalogue.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return fail(
                QCoreApplication::translate("ExtractionRules", "a keyword category has no id"), QStringLiteral("keywords.no-id"));
        KeywordCategory* existing = nullptr;
        for (KeywordCategory& c : categories)
            if (c.id == id)
                existing = &c;
        if (!existing) {
            KeywordCategory c;
            c.id = id;
            c.title = LocalText::fromJson(o.value(QStringLiteral("title")));
            if (c.title.isEmpty())
                c.title = LocalText{id, id};
            c.weight = o.value(QStringLiteral("weight")).toDouble(1);
            c.negationAware = o.value(QStringLiteral("negation_aware")).toBool(false);
            categories.push_back(c);
            existing = &categories.back();
        } else if (o.contains(QStringLiteral("weight"))) {
            existing->weight = o.value(QStringLiteral("weight")).toDouble();
        }
        for (const QString& k : strings(o.value(QStringLiteral("keywords"))))
            if (!k.trimmed().isEmpty() && !existing->keywords.contains(k.trimmed()))
                existing->keywords << k.trimmed();
    }
    return success();
}

QJsonObject ExtractionRules::keywordsJson(const std::vector<KeywordCategory>& categories)
{
    QJsonArray a;
    for (const KeywordCategory& c : categories)
        a.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title.toJson()},
            {QStringLiteral("weight"), c.weight}, {QStringLiteral("negation_aware"), c.negationAware},
            {QStringLiteral("keywords"), QJsonArray::fromStringList(c.keywords)}});
    return QJsonObject{{QStringLiteral("categories"), a}};
}

const ExtractionRules& ExtractionRules::builtIn()
{
    static const ExtractionRules rules = [] {
        ExtractionRules r;
        const QJsonObject o = readResource(QStringLiteral(":/cluedesk/extraction/rules.json"));
        for (const QJsonValue& v : o.value(QStringLiteral("case_numbers")).toArray())
            r.caseNumbers.emplace_back(v.toObject().value(QStringLiteral("kind")).toString(),
                regex(v.toObject().value(QStringLiteral("pattern")).toString()));
        for (const QJsonValue& v : o.value(QStringLiteral("document_types")).toArray())
            r.documentTypes.emplace_back(
                v.toObject().value(QStringLiteral("type")).toString(), strings(v.toObject().value(QStringLiteral("titles"))));
        for (const QString& p : strings(o.value(QStringLiteral("charge_patterns"))))
            r.chargePatterns.push_back(regex(p));
        r.knownCharges = strings(o.value(QStringLiteral("known_charges")));
        r.victimMarkers = strings(o.value(QStringLiteral("victim_markers")));
        r.personMarkers = strings(o.value(QStringLiteral("person_markers")));
        r.nameStopCharacters = o.value(QStringLiteral("name_stop_characters")).toString();
        r.surnames = o.value(QStringLiteral("surnames")).toString();
        r.notNames = strings(o.value(QStringLiteral("not_names")));
        r.compoundSurnames = strings(o.value(QStringLiteral("compound_surnames")));
        r.wrappedLineLength = o.value(QStringLiteral("wrapped_line_length")).toInt(25);
        r.idWindow = o.value(QStringLiteral("id_window")).toInt(80);
        for (const QJsonValue& v : o.value(QStringLiteral("injuries")).toArray()) {
            const QJsonObject i = v.toObject();
            r.injuries.push_back({i.value(QStringLiteral("level")).toString(), i.value(QStringLiteral("rank")).toInt(),
                strings(i.value(QStringLiteral("patterns")))});
        }
        std::sort(
            r.injuries.begin(), r.injuries.end(), [](const InjuryLevel& a, const InjuryLevel& b) { return a.rank > b.rank; });
        r.disability = regex(o.value(QStringLiteral("disability_pattern")).toString());
        r.lowConfidence = o.value(QStringLiteral("low_confidence")).toDouble(60);

        const QJsonObject k = readResource(QStringLiteral(":/cluedesk/extraction/keywords.json"));
        r.mergeKeywords(k);
        for (const QJsonValue& v : k.value(QStringLiteral("grades")).toArray()) {
            const QJsonObject g = v.toObject();
            GradeRuleSpec spec;
            spec.grade = g.value(QStringLiteral("grade")).toString();
            spec.all = strings(g.value(QStringLiteral("all")));
            spec.none = strings(g.value(QStringLiteral("none")));
            if (g.contains(QStringLiteral("score_at_least")))
                spec.scoreAtLeast = g.value(QStringLiteral("score_at_least")).toDouble();
            r.grades.push_back(spec);
        }
        return r;
    }();
    return rules;
}

ExtractionRules ExtractionRules::forPool(Pool& pool)
{
    ExtractionRules r = builtIn();
    const QString office = pool.setting(QStringLiteral("casefiles.keywords"));
    if (!office.isEmpty())
        r.mergeKeywords(QJsonDocument::fromJson(office.toUtf8()).object());
    return r;
}

} // namespace cluedesk
