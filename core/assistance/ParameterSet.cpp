#include "assistance/ParameterSet.h"

#include "security/Access.h"
#include "security/AuditLog.h"

#include "pool/Pool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace cluedesk {
namespace {

qint64 hundredths(double v)
{
    return qint64(std::llround(v * 100.0));
}
qint64 fen(double yuan)
{
    return qint64(std::llround(yuan * 100.0));
}

} // namespace

const Coefficient* ParameterSet::caseType(const QString& id) const
{
    for (const Coefficient& c : caseTypes)
        if (c.id == id)
            return &c;
    return nullptr;
}

const CoefficientRange* ParameterSet::band(const QString& id) const
{
    for (const CoefficientRange& b : hardshipBands)
        if (b.id == id)
            return &b;
    return nullptr;
}

const CoefficientRange* ParameterSet::group(const QString& id) const
{
    for (const CoefficientRange& g : additionalGroups)
        if (g.id == id)
            return &g;
    return nullptr;
}

const Coefficient* ParameterSet::faultPreset(const QString& id) const
{
    for (const Coefficient& c : fault)
        if (c.id == id)
            return &c;
    return nullptr;
}

Result<ParameterSet> ParameterSet::fromJson(const QJsonObject& o)
{
    ParameterSet p;
    p.json = o;
    p.id = o.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty())
        return fail(QCoreApplication::translate("ParameterSet", "the parameter set has no id"), QStringLiteral("params.no-id"));
    const QString where = QCoreApplication::translate("ParameterSet", "parameter set \"%1\"").arg(p.id);
    p.region = o.value(QStringLiteral("region")).toString();
    p.regionPrefix = o.value(QStringLiteral("region_prefix")).toString();
    p.effectiveFrom = QDate::fromString(o.value(QStringLiteral("effective_from")).toString(), Qt::ISODate);
    if (!p.effectiveFrom.isValid())
        return fail(
            QCoreApplication::translate("ParameterSet", "%1: effective_from is not a date; expected YYYY-MM-DD").arg(where),
            QStringLiteral("params.bad-date"));
    p.title = LocalText::fromJson(o.value(QStringLiteral("title")));
    p.source = LocalText::fromJson(o.value(QStringLiteral("source")));
    const QJsonObject bench = o.value(QStringLiteral("benchmark")).toObject();
    if (bench.contains(QStringLiteral("average_of_last"))) {
        // The average of the last N years' published figures (e.g. the local average income).
        const int n = bench.value(QStringLiteral("average_of_last")).toInt();
        std::map<int, double> published;
        for (const QJsonValue& v : bench.value(QStringLiteral("published")).toArray())
            published[v.toObject().value(QStringLiteral("year")).toInt()] =
                v.toObject().value(QStringLiteral("amount")).toDouble(-1);
        if (n < 1 || int(published.size()) < n ||
            std::any_of(published.begin(), published.end(), [](const auto& y) { return y.second <= 0 || y.first < 1900; }))
            return fail(QCoreApplication::translate("ParameterSet",
                            "%1: benchmark.average_of_last needs that many published years, each with a positive amount")
                            .arg(where),
                QStringLiteral("params.bad-benchmark"));
        qint64 sum = 0;
        QStringList parts;
        auto it = published.end();
        std::advance(it, -n);
        for (; it != published.end(); ++it) {
            sum += fen(it->second);
            parts << QStringLiteral("%1年%2").arg(it->first).arg(it->second, 0, 'f', 2);
        }
        p.benchmarkFen = (sum + n / 2) / n;
        p.benchmarkBasis = QStringLiteral("（%1）÷ %2").arg(parts.join(QStringLiteral(" + "))).arg(n);
    } else {
        const double benchmark = bench.value(QStringLiteral("amount")).toDouble(-1);
        if (benchmark <= 0)
            return fail(
                QCoreApplication::translate("ParameterSet", "%1: benchmark.amount must be a positive amount in yuan").arg(where),
                QStringLiteral("params.bad-benchmark"));
        p.benchmarkFen = fen(benchmark);
    }
    auto coefficients = [&](const char* key, std::vector<Coefficient>& out, bool unitRange) -> Status {
        for (const QJsonValue& v : o.value(QString::fromLatin1(key)).toArray()) {
            const QJsonObject c = v.toObject();
            const double value =
                c.value(c.contains(QStringLiteral("coefficient")) ? QStringLiteral("coefficient") : QStringLiteral("value"))
                    .toDouble(-1);
            if (value < 0 || (unitRange && value > 1))
                return fail(QCoreApplication::translate("ParameterSet", "%1: %2 \"%3\" has no valid coefficient")
                                .arg(where, QString::fromLatin1(key), c.value(QStringLiteral("id")).toString()),
                    QStringLiteral("params.bad-coefficient"));
            out.push_back({c.value(QStringLiteral("id")).toString(), LocalText::fromJson(c.value(QStringLiteral("title"))),
                hundredths(value)});
        }
        if (out.empty())
            return fail(QCoreApplication::translate("ParameterSet", "%1: %2 is empty").arg(where, QString::fromLatin1(key)),
                QStringLiteral("params.empty"));
        return success();
    };
    auto ranges = [&](const char* key, std::vector<CoefficientRange>& out) -> Status {
        for (const QJsonValue& v : o.value(QString::fromLatin1(key)).toArray()) {
            const QJsonObject c = v.toObject();
            const double lo = c.value(QStringLiteral("min")).toDouble(-1), hi = c.value(QStringLiteral("max")).toDouble(-1);
            if (lo < 0 || hi < lo)
                return fail(QCoreApplication::translate("ParameterSet", "%1: %2 \"%3\" needs 0 <= min <= max")
                                .arg(where, QString::fromLatin1(key), c.value(QStringLiteral("id")).toString()),
                    QStringLiteral("params.bad-range"));
            out.push_back({c.value(QStringLiteral("id")).toString(), LocalText::fromJson(c.value(QStringLiteral("title"))),
                hundredths(lo), hundredths(hi)});
        }
        if (out.empty())
            return fail(QCoreApplication::translate("ParameterSet", "%1: %2 is empty").arg(where, QString::fromLatin1(key)),
                QStringLiteral("params.empty"));
        return success();
    };
    if (Status s = coefficients("case_types", p.caseTypes, false); !s)
        return s.error();
    if (Status s = ranges("hardship_bands", p.hardshipBands); !s)
        return s.error();
    if (Status s = ranges("additional_groups", p.additionalGroups); !s)
        return s.error();
    if (Status s = coefficients("fault", p.fault, true); !s)
        return s.error();
    p.additionalRule = o.value(QStringLiteral("additional_rule")).toString(QStringLiteral("highest"));
    if (p.additionalRule != QLatin1String("highest") && p.additionalRule != QLatin1String("sum"))
        return fail(QCoreApplication::translate("ParameterSet", "%1: additional_rule must be \"highest\" or \"sum\"").arg(where),
            QStringLiteral("params.bad-rule"));
    const QJsonObject cap = o.value(QStringLiteral("cap")).toObject();
    p.capMonths = cap.value(QStringLiteral("months")).toInt(36);
    p.capMonthlyWageFen = fen(cap.value(QStringLiteral("monthly_wage")).toDouble(-1));
    p.capWageTitle = LocalText::fromJson(cap.value(QStringLiteral("title")));
    if (p.capMonths <= 0 || p.capMonthlyWageFen <= 0)
        return fail(QCoreApplication::translate("ParameterSet", "%1: cap needs months and monthly_wage").arg(where),
            QStringLiteral("params.bad-cap"));
    for (const QJsonValue& v : o.value(QStringLiteral("warning_grades")).toArray()) {
        const QJsonObject g = v.toObject();
        const QString grade = g.value(QStringLiteral("grade")).toString();
        const double lo = g.value(QStringLiteral("min")).toDouble(-1), hi = g.value(QStringLiteral("max")).toDouble(-1);
        if (!QStringList{QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow")}.contains(grade) || lo < 0 ||
            hi < lo)
            return fail(QCoreApplication::translate("ParameterSet",
                            "%1: warning_grades needs a grade (red, orange, yellow) with min <= max multiples of the benchmark")
                            .arg(where),
                QStringLiteral("params.bad-grade-range"));
        p.gradeRanges.push_back({grade, hundredths(lo), hundredths(hi)});
    }
    return p;
}

std::optional<std::pair<qint64, qint64>> ParameterSet::aidRange(const QString& grade) const
{
    for (const GradeRange& r : gradeRanges)
        if (r.grade == grade) {
            const qint64 cap = capMonthlyWageFen * capMonths;
            return std::make_pair(
                std::min(cap, benchmarkFen * r.minHundredths / 100), std::min(cap, benchmarkFen * r.maxHundredths / 100));
        }
    return std::nullopt;
}

const std::vector<ParameterSet>& ParameterStore::builtIns()
{
    static const std::vector<ParameterSet> sets = [] {
        std::vector<ParameterSet> out;
        const QDir dir(QStringLiteral(":/cluedesk/parameters"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::ReadOnly);
            auto p = ParameterSet::fromJson(QJsonDocument::fromJson(f.readAll()).object());
            if (!p)
                throw std::logic_error(QString(name + QStringLiteral(": ") + p.error().message).toStdString());
            p->builtIn = true;
            out.push_back(std::move(p.value()));
        }
        return out;
    }();
    return sets;
}

std::vector<ParameterSet> ParameterStore::all()
{
    std::vector<ParameterSet> out = builtIns();
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT definition FROM parameter_sets ORDER BY region, effective_from"));
    while (st.step())
        if (auto p = ParameterSet::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object()))
            out.push_back(std::move(p.value()));
    std::sort(out.begin(), out.end(), [](const ParameterSet& a, const ParameterSet& b) {
        return a.region != b.region ? a.region < b.region : a.effectiveFrom < b.effectiveFrom;
    });
    return out;
}

std::optional<ParameterSet> ParameterStore::byId(const QString& id)
{
    for (ParameterSet& p : all())
        if (p.id == id)
            return p;
    return std::nullopt;
}

std::optional<ParameterSet> ParameterStore::inForce(const QDate& date)
{
    const QString region = m_pool.setting(QStringLiteral("assistance.region"));
    std::optional<ParameterSet> best;
    for (ParameterSet& p : all()) {
        if (!region.isEmpty() && p.region != region)
            continue;
        if (p.effectiveFrom > date)
            continue;
        // The office's own set wins over a built-in one of the same date.
        if (!best || p.effectiveFrom > best->effectiveFrom || (p.effectiveFrom == best->effectiveFrom && !p.builtIn))
            best = p;
    }
    return best;
}

Result<ParameterSet> ParameterStore::import(const QJsonObject& json)
{
    if (Status s = Access::require(m_pool, Permission::EditParameters); !s)
        return s.error();
    auto p = ParameterSet::fromJson(json);
    if (!p)
        return p.error();
    for (const ParameterSet& b : builtIns())
        if (b.id == p->id)
            return fail(QCoreApplication::translate("ParameterSet", "\"%1\" is a built-in parameter set; give yours another id.")
                            .arg(p->id),
                QStringLiteral("params.builtin"));
    m_pool.db()
        .prepare(
            QStringLiteral("INSERT INTO parameter_sets(id, region, effective_from, definition, created_at, created_by) "
                           "VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
                           "ON CONFLICT(id) DO UPDATE SET region = excluded.region, effective_from = excluded.effective_from, "
                           "definition = excluded.definition"))
        .bind(1, p->id)
        .bind(2, p->region)
        .bind(3, p->effectiveFrom.toString(Qt::ISODate))
        .bind(4, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
        .bind(5, m_pool.nowText())
        .bind(6, m_pool.user())
        .run();
    AuditLog(m_pool).record(QStringLiteral("params.import"), p->id, p->effectiveFrom.toString(Qt::ISODate));
    return p;
}

QString ParameterStore::aidSuggestion(const QString& grade, const QDate& date)
{
    if (grade.isEmpty())
        return {};
    const auto set = inForce(date);
    if (!set)
        return {};
    const auto range = set->aidRange(grade);
    if (!range)
        return {};
    const GradeRange* multiples = nullptr;
    for (const GradeRange& r : set->gradeRanges)
        if (r.grade == grade)
            multiples = &r;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // 24,200.00
    auto yuan = [&](qint64 fen) { return c.toString(double(fen) / 100, 'f', 2); };
    return QCoreApplication::translate("ParameterSet", "%1 – %2 yuan (%3: benchmark %4 × %5–%6)")
        .arg(yuan(range->first), yuan(range->second), set->id, yuan(set->benchmarkFen))
        .arg(double(multiples->minHundredths) / 100)
        .arg(double(multiples->maxHundredths) / 100);
}

} // namespace cluedesk
