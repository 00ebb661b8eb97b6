#include "screening/ClueRules.h"

#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "screening/LocalArea.h"
#include "screening/SqlFunctions.h"

#include <QDate>
#include <QRegularExpression>
#include <optional>
#include <set>

namespace cluedesk {
namespace {

QString valueText(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d, 'f', 2);
    }
    return v.toString();
}

// A placeholder's "a|b", split once per template: a row counts when any of the steps admitted it.
bool inAny(const EvidenceRow& r, const QStringList& steps)
{
    for (const QString& s : steps)
        if (r.in(s))
            return true;
    return false;
}

QStringList distinctValues(const Evidence& evidence, const QStringList& steps, const QString& field)
{
    QStringList out;
    for (const EvidenceRow& r : evidence)
        if (inAny(r, steps)) {
            const QString v = valueText(r.fields().value(field)).trimmed();
            if (!v.isEmpty() && !out.contains(v))
                out << v;
        }
    return out;
}

// Total of a field; empty when no row of the steps has the field at all.
std::optional<double> sum(const Evidence& evidence, const QStringList& steps, const QString& field)
{
    std::optional<double> total;
    for (const EvidenceRow& r : evidence)
        if (inAny(r, steps))
            if (const QJsonValue v = r.fields().value(field); v.isDouble())
                total = total.value_or(0) + v.toDouble();
    return total;
}

// The person's addresses as their own rows give them (a household address, a claimant's address).
LocalMatch localMatch(const Evidence& evidence, const PersonContext& person)
{
    if (!person.area || !person.area->isSet())
        return {};
    QStringList addresses;
    for (const EvidenceRow& r : evidence)
        if (ClueRules::namesPerson(r, person.personKey))
            for (const char* field : {"address", "claimant_address"})
                if (const QString a = r.fields().value(QString::fromLatin1(field)).toString().trimmed();
                    !a.isEmpty() && !addresses.contains(a))
                    addresses << a;
    return person.area->match(person.personKey, addresses);
}

QString money(double v)
{
    return v == qint64(v) ? QString::number(qint64(v)) : QString::number(v, 'f', 2);
}

} // namespace

bool ClueRules::namesPerson(const EvidenceRow& row, const QString& personKey)
{
    if (row.personKey == personKey)
        return true;
    return row.personKey.size() == 18 && personKey.size() == 18 && row.personKey.mid(6, 8) == personKey.mid(6, 8) &&
        row.personKey.at(16).digitValue() % 2 == personKey.at(16).digitValue() % 2;
}

bool ClueRules::holds(const GradeCondition& c, const Evidence& evidence, const PersonContext& person)
{
    if (c.combine == QLatin1String("any")) {
        for (const GradeCondition& k : c.children)
            if (holds(k, evidence, person))
                return true;
        return false;
    }
    if (c.combine == QLatin1String("all")) {
        for (const GradeCondition& k : c.children)
            if (!holds(k, evidence, person))
                return false;
        return !c.children.empty();
    }
    if (c.test == QLatin1String("local"))
        return !localMatch(evidence, person).how.isEmpty();
    int rows = 0;
    std::set<QString> types, persons;
    bool matched = false;
    for (const EvidenceRow& r : evidence) {
        if (!r.in(c.step))
            continue;
        ++rows;
        types.insert(r.type);
        persons.insert(r.personKey);
        const QString v = valueText(r.fields().value(c.field));
        if (c.test == QLatin1String("type_in") && c.values.contains(r.type))
            matched = true;
        else if (c.test == QLatin1String("field_in") && c.values.contains(v))
            matched = true;
        else if (c.test == QLatin1String("field_contains_any") && SqlFunctions::mentions(v, c.values, false))
            matched = true;
        else if (c.test == QLatin1String("minor")) {
            const int age = SqlFunctions::ageOn(person.personKey, v);
            matched = matched || (age >= 0 && age < 18);
        }
    }
    if (c.test == QLatin1String("exists"))
        return rows > 0;
    if (c.test == QLatin1String("rows_at_least"))
        return rows >= c.number;
    if (c.test == QLatin1String("distinct_types_at_least"))
        return double(types.size()) >= c.number;
    if (c.test == QLatin1String("distinct_persons_at_least"))
        return double(persons.size()) >= c.number;
    if (c.test == QLatin1String("sum_at_least"))
        return sum(evidence, c.step.split(u'|'), c.field).value_or(0) >= c.number;
    return matched;
}

QString ClueRules::grade(const ModelDefinition& model, const Evidence& evidence, const PersonContext& person)
{
    for (const GradeRule& g : model.grades)
        if (holds(g.when, evidence, person))
            return g.grade;
    return model.defaultGrade;
}

QString ClueRules::monthRanges(QStringList months, Language language)
{
    months.removeDuplicates();
    months.sort();
    const QString to = language == Language::Chinese ? QStringLiteral("至") : QStringLiteral(" to ");
    QStringList ranges;
    QDate first, last;
    auto flush = [&] {
        if (!first.isValid())
            return;
        const QString a = first.toString(QStringLiteral("yyyy-MM"));
        ranges << (first == last ? a : a + to + last.toString(QStringLiteral("yyyy-MM")));
    };
    for (const QString& m : months) {
        const QDate d = QDate::fromString(m.left(7) + QStringLiteral("-01"), Qt::ISODate);
        if (!d.isValid())
            continue;
        if (first.isValid() && last.addMonths(1) == d) {
            last = d;
            continue;
        }
        flush();
        first = last = d;
    }
    flush();
    return ranges.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

QString ClueRules::reason(const QString& templateText, const Evidence& evidence, const PersonContext& person,
    const DatasetCatalog& catalog, Language language)
{
    return ReasonTemplate(templateText).render(evidence, person, catalog, language);
}

ReasonTemplate::ReasonTemplate(const QString& text)
{
    static const QRegularExpression token(
        QStringLiteral("\\[\\[|\\]\\]|\\{([a-z]+)(?::([A-Za-z0-9_|-]+)(?:\\.([A-Za-z0-9_-]+))?)?\\}"));
    int segment = -1;
    qsizetype last = 0;
    auto it = token.globalMatch(text);
    auto literal = [&](qsizetype upTo) {
        if (upTo > last)
            m_tokens.push_back({text.mid(last, upTo - last), {}, {}, {}, segment});
    };
    while (it.hasNext()) {
        const auto m = it.next();
        literal(m.capturedStart());
        last = m.capturedEnd();
        if (m.captured(0) == QLatin1String("[[")) {
            segment = m_segments++;
        } else if (m.captured(0) == QLatin1String("]]")) {
            segment = -1;
        } else {
            m_tokens.push_back({QString(), m.captured(1), m.captured(2).split(u'|', Qt::SkipEmptyParts), m.captured(3), segment});
        }
    }
    literal(text.size());
}

QString ReasonTemplate::render(
    const Evidence& evidence, const PersonContext& person, const DatasetCatalog& catalog, Language language) const
{
    std::vector<QString> values(m_tokens.size());
    std::vector<bool> complete(size_t(m_segments), true);
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        const Token& t = m_tokens[i];
        if (t.kind.isEmpty())
            continue;
        values[i] = ClueRules::value(t.kind, t.steps, t.field, evidence, person, catalog, language);
        if (values[i].isEmpty() && t.optional >= 0)
            complete[size_t(t.optional)] = false; // [[ ... ]] is kept only when all its values exist
    }
    QString out;
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        const Token& t = m_tokens[i];
        if (t.optional >= 0 && !complete[size_t(t.optional)])
            continue;
        out += t.kind.isEmpty() ? t.literal : values[i];
    }
    return out;
}

QString ClueRules::value(const QString& kind, const QStringList& steps, const QString& field, const Evidence& evidence,
    const PersonContext& person, const DatasetCatalog& catalog, Language language)
{
    const QString sep = language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ");
    if (kind == QLatin1String("name") || kind == QLatin1String("names")) {
        QStringList names;
        for (const EvidenceRow& r : evidence) {
            const QString n = r.nameWritten.trimmed();
            if (!n.isEmpty() && !names.contains(n) && namesPerson(r, person.personKey))
                names << n;
        }
        return kind == QLatin1String("name") ? names.value(0) : names.join(sep);
    }
    if (kind == QLatin1String("subject"))
        return person.personKey;
    if (kind == QLatin1String("local"))
        return person.area ? person.area->describe(localMatch(evidence, person), language) : QString();
    if (kind == QLatin1String("types")) {
        QStringList titles;
        for (const EvidenceRow& r : evidence)
            if (inAny(r, steps)) {
                const DatasetType* t = catalog.find(r.type);
                const QString title = t ? t->title.text(language) : r.type;
                if (!titles.contains(title))
                    titles << title;
            }
        return titles.join(sep);
    }
    if (kind == QLatin1String("values"))
        return distinctValues(evidence, steps, field).join(sep);
    if (kind == QLatin1String("count")) {
        std::set<qint64> ids;
        for (const EvidenceRow& r : evidence)
            if (inAny(r, steps))
                ids.insert(r.recordId);
        return ids.empty() ? QString() : QString::number(ids.size());
    }
    if (kind == QLatin1String("regions") || kind == QLatin1String("numbers")) {
        QStringList regions;
        std::set<QString> keys;
        for (const EvidenceRow& r : evidence)
            if (inAny(r, steps) && !r.personKey.isEmpty()) {
                keys.insert(r.personKey);
                if (!regions.contains(r.personKey.left(6)))
                    regions << r.personKey.left(6);
            }
        if (kind == QLatin1String("numbers"))
            return keys.empty() ? QString() : QString::number(keys.size());
        regions.sort();
        return regions.join(sep);
    }
    if (kind == QLatin1String("sum")) {
        const auto total = sum(evidence, steps, field);
        return total ? money(*total) : QString();
    }
    if (kind == QLatin1String("months"))
        return ClueRules::monthRanges(distinctValues(evidence, steps, field), language);
    if (kind == QLatin1String("min") || kind == QLatin1String("max")) {
        QStringList v = distinctValues(evidence, steps, field);
        v.sort();
        return v.isEmpty() ? QString() : (kind == QLatin1String("min") ? v.first() : v.last());
    }
    if (kind == QLatin1String("ages")) {
        QStringList ages;
        for (const QString& date : distinctValues(evidence, steps, field)) {
            const int age = SqlFunctions::ageOn(person.personKey, date);
            const QString a = language == Language::Chinese ? QStringLiteral("%1岁").arg(age) : QString::number(age);
            if (age >= 0 && !ages.contains(a))
                ages << a;
        }
        return ages.join(sep);
    }
    // Unknown placeholders stay visible rather than vanish.
    QString shown = QStringLiteral("{") + kind;
    if (!steps.isEmpty())
        shown += u':' + steps.join(u'|') + (field.isEmpty() ? QString() : QStringLiteral(".") + field);
    return shown + u'}';
}

} // namespace cluedesk
