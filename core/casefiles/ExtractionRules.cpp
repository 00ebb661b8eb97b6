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

Result<std::shared_ptr<const GradeNode>> gradeNode(const QJsonObject& o, const QStringList& grades, int depth = 0)
{
    auto node = std::make_shared<GradeNode>();
    node->note = LocalText::fromJson(o.value(QStringLiteral("note")));
    if (depth > 20)
        return fail(QCoreApplication::translate("ExtractionRules", "the decision tree is more than 20 levels deep"),
            QStringLiteral("keywords.bad-tree"));
    if (o.contains(QStringLiteral("grade"))) {
        node->leaf = true;
        node->grade = o.value(QStringLiteral("grade")).toString();
        if (!node->grade.isEmpty() && !grades.contains(node->grade))
            return fail(QCoreApplication::translate("ExtractionRules",
                            "the decision tree names grade \"%1\"; expected red, orange, "
                            "yellow or \"\" (none)")
                            .arg(node->grade),
                QStringLiteral("keywords.bad-tree"));
        return std::shared_ptr<const GradeNode>(node);
    }
    const QJsonObject test = o.value(QStringLiteral("if")).toObject();
    if (test.isEmpty() || !o.contains(QStringLiteral("then")) || !o.contains(QStringLiteral("else")))
        return fail(QCoreApplication::translate(
                        "ExtractionRules", "a node of the decision tree needs \"grade\", or \"if\", \"then\" and \"else\""),
            QStringLiteral("keywords.bad-tree"));
    node->all = strings(test.value(QStringLiteral("all")));
    node->any = strings(test.value(QStringLiteral("any")));
    node->none = strings(test.value(QStringLiteral("none")));
    node->charges = strings(test.value(QStringLiteral("charge")));
    if (test.contains(QStringLiteral("score_at_least")))
        node->scoreAtLeast = test.value(QStringLiteral("score_at_least")).toDouble();
    auto then = gradeNode(o.value(QStringLiteral("then")).toObject(), grades, depth + 1);
    if (!then)
        return then.error();
    auto otherwise = gradeNode(o.value(QStringLiteral("else")).toObject(), grades, depth + 1);
    if (!otherwise)
        return otherwise.error();
    node->then = *then;
    node->otherwise = *otherwise;
    return std::shared_ptr<const GradeNode>(node);
}

} // namespace

const ChargeProfile* ExtractionRules::profile(const QString& charge) const
{
    for (const ChargeProfile& p : chargeProfiles)
        if (p.charge == charge)
            return &p;
    return nullptr;
}

std::vector<KeywordCategory> ExtractionRules::categoriesFor(const QString& charge) const
{
    std::vector<KeywordCategory> out = categories;
    if (const ChargeProfile* p = profile(charge))
        for (KeywordCategory& c : out) {
            if (const auto w = p->weights.find(c.id); w != p->weights.end())
                c.weight = w->second;
            if (const auto k = p->keywords.find(c.id); k != p->keywords.end())
                for (const QString& word : k->second)
                    if (!c.keywords.contains(word))
                        c.keywords << word;
        }
    return out;
}

const KeywordCategory* ExtractionRules::category(const QString& id) const
{
    for (const KeywordCategory& c : categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString ExtractionRules::roleTitle(const QString& role) const
{
    for (const auto& [id, title] : roleTitles)
        if (id == role)
            return title.text();
    return role;
}

int ExtractionRules::rolePriorityOf(const QString& role) const
{
    const qsizetype i = rolePriority.indexOf(role);
    return i < 0 ? int(rolePriority.size()) : int(i);
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
            c.against = o.value(QStringLiteral("against")).toBool(c.weight < 0);
            categories.push_back(c);
            existing = &categories.back();
        } else if (o.contains(QStringLiteral("weight"))) {
            existing->weight = o.value(QStringLiteral("weight")).toDouble();
        }
        for (const QString& k : strings(o.value(QStringLiteral("keywords"))))
            if (!k.trimmed().isEmpty() && !existing->keywords.contains(k.trimmed()))
                existing->keywords << k.trimmed();
    }
    if (catalogue.contains(QStringLiteral("decision_tree"))) {
        auto tree = gradeNode(catalogue.value(QStringLiteral("decision_tree")).toObject(),
            {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow")});
        if (!tree)
            return tree.error();
        gradeTree = *tree;
    }
    if (catalogue.contains(QStringLiteral("charge_profiles"))) {
        std::vector<ChargeProfile> profiles;
        for (const QJsonValue& v : catalogue.value(QStringLiteral("charge_profiles")).toArray()) {
            const QJsonObject o = v.toObject();
            ChargeProfile p;
            p.charge = o.value(QStringLiteral("charge")).toString();
            if (p.charge.isEmpty())
                return fail(QCoreApplication::translate("ExtractionRules", "a charge profile has no charge"),
                    QStringLiteral("keywords.bad-profile"));
            p.note = LocalText::fromJson(o.value(QStringLiteral("note")));
            const QJsonObject weights = o.value(QStringLiteral("weights")).toObject();
            for (auto it = weights.begin(); it != weights.end(); ++it)
                p.weights[it.key()] = it.value().toDouble();
            const QJsonObject words = o.value(QStringLiteral("keywords")).toObject();
            for (auto it = words.begin(); it != words.end(); ++it)
                p.keywords[it.key()] = strings(it.value());
            profiles.push_back(p);
        }
        chargeProfiles = profiles;
    }
    return success();
}

QJsonObject ExtractionRules::keywordsJson(const std::vector<KeywordCategory>& categories)
{
    QJsonArray a;
    for (const KeywordCategory& c : categories)
        a.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title.toJson()},
            {QStringLiteral("weight"), c.weight}, {QStringLiteral("negation_aware"), c.negationAware},
            {QStringLiteral("against"), c.against}, {QStringLiteral("keywords"), QJsonArray::fromStringList(c.keywords)}});
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
        r.nameStopCharacters = o.value(QStringLiteral("name_stop_characters")).toString();
        r.surnames = o.value(QStringLiteral("surnames")).toString();
        r.notNames = strings(o.value(QStringLiteral("not_names")));
        r.compoundSurnames = strings(o.value(QStringLiteral("compound_surnames")));
        r.wrappedLineLength = o.value(QStringLiteral("wrapped_line_length")).toInt(25);
        for (const QJsonValue& v : o.value(QStringLiteral("injuries")).toArray()) {
            const QJsonObject i = v.toObject();
            r.injuries.push_back({i.value(QStringLiteral("level")).toString(), i.value(QStringLiteral("rank")).toInt(),
                strings(i.value(QStringLiteral("patterns")))});
        }
        std::sort(
            r.injuries.begin(), r.injuries.end(), [](const InjuryLevel& a, const InjuryLevel& b) { return a.rank > b.rank; });
        r.disability = regex(o.value(QStringLiteral("disability_pattern")).toString());
        r.lowConfidence = o.value(QStringLiteral("low_confidence")).toDouble(60);

        const QJsonObject roles = readResource(QStringLiteral(":/cluedesk/extraction/roles.json"));
        r.idWindow = roles.value(QStringLiteral("id_window")).toInt(120);
        r.rolePriority = strings(roles.value(QStringLiteral("priority")));
        r.nameStopWords = strings(roles.value(QStringLiteral("name_stop_words")));
        const QJsonObject titles = roles.value(QStringLiteral("titles")).toObject();
        for (const QString& role : r.rolePriority)
            r.roleTitles.emplace_back(role, LocalText::fromJson(titles.value(role)));
        for (const QJsonValue& v : roles.value(QStringLiteral("rules")).toArray()) {
            const QJsonObject rule = v.toObject();
            RoleRule rr;
            rr.id = rule.value(QStringLiteral("id")).toString();
            rr.role = rule.value(QStringLiteral("role")).toString();
            if (!r.rolePriority.contains(rr.role))
                throw std::logic_error("role rule " + rr.id.toStdString() + " has an unknown role");
            rr.marker = regex(rule.value(QStringLiteral("marker")).toString());
            rr.namesAfter = rule.value(QStringLiteral("names")).toString() != QLatin1String("before");
            const QString then = rule.value(QStringLiteral("then")).toString();
            if (!then.isEmpty())
                rr.then = regex(then);
            rr.docTypes = strings(rule.value(QStringLiteral("doc_types")));
            r.roleRules.push_back(rr);
        }

        const QJsonObject k = readResource(QStringLiteral(":/cluedesk/extraction/keywords.json"));
        if (Status merged = r.mergeKeywords(k); !merged)
            throw std::logic_error("built-in keywords.json: " + merged.error().message.toStdString());
        if (!r.gradeTree)
            throw std::logic_error("built-in keywords.json has no decision_tree");
        return r;
    }();
    return rules;
}

ExtractionRules ExtractionRules::forPool(Pool& pool)
{
    ExtractionRules r = builtIn();
    const QString office = pool.setting(QStringLiteral("casefiles.keywords"));
    if (office.isEmpty())
        return r;
    // The setting is checked when it is saved; one that no longer merges (edited outside
    // ClueDesk) must not leave half of it applied: the built-in rules stand, and the log says so.
    if (Status s = r.mergeKeywords(QJsonDocument::fromJson(office.toUtf8()).object()); !s) {
        qWarning("casefiles.keywords is ignored: %s", qPrintable(s.error().message));
        return builtIn();
    }
    return r;
}

} // namespace cluedesk
