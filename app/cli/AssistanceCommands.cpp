// calc, params list|show|import
#include "Cli.h"

#include "assistance/PoolGroups.h"

#include "assistance/CalculationStore.h"
#include "identity/IdNumber.h"
#include "screening/ClueStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cluedesk::cli {
namespace {

Result<QJsonObject> readJsonObject(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, f.errorString()), QStringLiteral("cli.read"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("cli", "%1 is not a JSON object: %2 at byte %3")
                        .arg(path, error.errorString())
                        .arg(error.offset),
            QStringLiteral("cli.json"));
    return doc.object();
}

int calc(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption clue(
        QStringLiteral("clue"), QCoreApplication::translate("cli", "The clue the amount is for."), QStringLiteral("CLUE"));
    const QCommandLineOption person(QStringLiteral("person"),
        QCoreApplication::translate("cli", "The person's ID number (without a clue)."), QStringLiteral("ID"));
    const QCommandLineOption params(QStringLiteral("params"),
        QCoreApplication::translate("cli", "Use the parameter set in this JSON file (default: the set in force on the date)."),
        QStringLiteral("FILE"));
    const QCommandLineOption paramSet(
        QStringLiteral("param-set"), QCoreApplication::translate("cli", "Use this stored parameter set."), QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"),
        QCoreApplication::translate("cli", "Decision date (YYYY-MM-DD, default today); picks the parameter set in force."),
        QStringLiteral("DATE"));
    const QCommandLineOption caseType(
        QStringLiteral("case-type"), QCoreApplication::translate("cli", "Case type id (see: params show)."), QStringLiteral("T"));
    const QCommandLineOption hardship(QStringLiteral("hardship"),
        QCoreApplication::translate("cli", "Hardship band and coefficient, e.g. serious:6."), QStringLiteral("BAND:COEF"));
    const QCommandLineOption group(QStringLiteral("group"),
        QCoreApplication::translate("cli", "Additional group and k, e.g. disabled-1-2:6 (repeatable)."), QStringLiteral("G:K"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QCoreApplication::translate("cli", "Fault preset id (none, minor, equal, major) or a coefficient between 0 and 1."),
        QStringLiteral("F"));
    const QCommandLineOption decide(QStringLiteral("decide"),
        QCoreApplication::translate("cli", "Record this as the decided amount (otherwise it is kept as a draft)."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Calculate only; store nothing."));
    const QCommandLineOption fromPool(QStringLiteral("groups-from-pool"),
        QCoreApplication::translate("cli",
            "Add the groups the pool's current lists put the person in (disabled by level, children in distress, "
            "special care, ...) at their lowest k; a --group given for the same group wins."));
    for (const auto* o :
        {&clue, &person, &params, &paramSet, &date, &caseType, &hardship, &group, &fault, &decide, &dryRun, &fromPool})
        p.addOption(*o);
    int code = Ok;
    if (!ctx.parse(p,
            QStringLiteral(
                "--clue CLUE --case-type T --hardship BAND:COEF [--group G:K]... [--fault F] [--params FILE] [--decide]"),
            QCoreApplication::translate("cli",
                "Computes the judicial assistance amount by the county's coefficient rules and prints every step: "
                "basic = benchmark x (case type + hardship), additional = benchmark x k, final = (basic + additional) x fault, "
                "capped at months x average wage."),
            code))
        return code;
    if (!p.isSet(caseType) || !p.isSet(hardship))
        return ctx.failWith(QCoreApplication::translate("cli", "needs --case-type and --hardship BAND:COEF")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;

    CalculationInput in;
    in.caseType = p.value(caseType);
    in.date = p.isSet(date) ? QDate::fromString(p.value(date), Qt::ISODate) : pool->now().date();
    if (!in.date.isValid())
        return ctx.failWith(QCoreApplication::translate("cli", "--date must be YYYY-MM-DD, not \"%1\"").arg(p.value(date))),
               Usage;
    const auto number = [](const QString& text) -> std::optional<double> {
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    };
    const QStringList h = p.value(hardship).split(QLatin1Char(':'));
    if (h.size() != 2 || !number(h[1]))
        return ctx.failWith(QCoreApplication::translate("cli", "--hardship must be BAND:COEFFICIENT, e.g. serious:6, not \"%1\"")
                                .arg(p.value(hardship))),
               Usage;
    in.hardshipBand = h[0];
    in.hardship = *number(h[1]);
    for (const QString& g : p.values(group)) {
        const QStringList parts = g.split(QLatin1Char(':'));
        if (parts.size() != 2 || !number(parts[1]))
            return ctx.failWith(
                       QCoreApplication::translate("cli", "--group must be GROUP:K, e.g. disabled-1-2:6, not \"%1\"").arg(g)),
                   Usage;
        in.groups.emplace_back(parts[0], *number(parts[1]));
    }
    if (p.isSet(fault)) {
        if (const auto v = number(p.value(fault)))
            in.fault = *v;
        else
            in.faultPreset = p.value(fault);
    } else {
        in.faultPreset = QStringLiteral("none");
    }

    std::optional<qint64> clueId;
    QString personKey;
    if (p.isSet(clue)) {
        bool ok = false;
        clueId = p.value(clue).toLongLong(&ok);
        const auto c = ok ? ClueStore(*pool).get(*clueId) : std::nullopt;
        if (!c)
            return ctx.failWith(QCoreApplication::translate("cli", "there is no clue %1").arg(p.value(clue)));
        personKey = c->personKey;
    } else if (p.isSet(person)) {
        const IdParse id = IdParser::parse(p.value(person));
        if (!id.ok())
            return ctx.failWith(id.message());
        personKey = id.id->key();
    } else if (!p.isSet(dryRun)) {
        return ctx.failWith(QCoreApplication::translate("cli", "needs --clue or --person (or --dry-run)")), Usage;
    }

    ParameterStore store(*pool);
    std::optional<ParameterSet> set;
    if (p.isSet(params)) {
        auto json = readJsonObject(p.value(params));
        if (!json)
            return ctx.failWith(json.error().message);
        auto parsed = ParameterSet::fromJson(*json);
        if (!parsed)
            return ctx.failWith(QStringLiteral("%1: %2").arg(p.value(params), parsed.error().message));
        set = *parsed;
    } else if (p.isSet(paramSet)) {
        set = store.byId(p.value(paramSet));
        if (!set)
            return ctx.failWith(
                QCoreApplication::translate("cli", "there is no parameter set \"%1\" (see: cluedesk-cli params list)")
                    .arg(p.value(paramSet)));
    } else {
        set = store.inForce(in.date);
        if (!set)
            return ctx.failWith(QCoreApplication::translate(
                "cli", "no parameter set is in force on %1 (see: cluedesk-cli params list; import one with params import)")
                                    .arg(in.date.toString(Qt::ISODate)));
    }
    if (p.isSet(fromPool) && !personKey.isEmpty())
        for (const GroupFinding& g : PoolGroups::find(*pool, personKey, *set)) {
            const bool given =
                std::any_of(in.groups.begin(), in.groups.end(), [&](const auto& x) { return x.first == g.groupId; });
            ctx.out() << QCoreApplication::translate("cli", "From the pool: %1 (%2, %3)%4")
                             .arg(g.groupId, g.list.text(), g.detail,
                                 given ? QCoreApplication::translate("cli", "; --group given, kept") : QString())
                      << '\n';
            if (!given)
                in.groups.emplace_back(g.groupId, double(set->group(g.groupId)->minHundredths) / 100.0);
        }
    auto c = AssistanceCalculator::calculate(*set, in);
    if (!c)
        return ctx.failWith(c.error().message);
    CalculationStore calculations(*pool);
    calculations.check(*c);
    QTextStream& out = ctx.out();
    out << QCoreApplication::translate("cli", "Parameter set: %1 (%2, from %3)")
               .arg(set->id, set->title.text(), set->effectiveFrom.toString(Qt::ISODate))
        << '\n';
    for (const QString& line : c->lines(currentLanguage()))
        out << "  " << line << '\n';
    for (const QString& w : c->warnings)
        out << QCoreApplication::translate("cli", "Warning: %1").arg(w) << '\n';
    if (p.isSet(dryRun))
        return Ok;
    auto saved = calculations.save(clueId, personKey, *c, p.isSet(decide));
    if (!saved)
        return ctx.failWith(saved.error().message);
    out << (p.isSet(decide)
                   ? QCoreApplication::translate("cli", "Saved as calculation %1 (decided).")
                   : QCoreApplication::translate("cli", "Saved as calculation %1 (draft; --decide records the decision)."))
               .arg(*saved)
        << '\n';
    return Ok;
}

int paramsList(Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!ctx.parse(p, QString(),
            QCoreApplication::translate("cli", "Lists the parameter sets for assistance amounts, built-in and the office's."),
            code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    ParameterStore store(*pool);
    const auto inForce = store.inForce(pool->now().date());
    TextTable table({QCoreApplication::translate("cli", "SET"), QCoreApplication::translate("cli", "REGION"),
        QCoreApplication::translate("cli", "FROM"), QCoreApplication::translate("cli", "BENCHMARK"),
        QCoreApplication::translate("cli", "CAP"), QCoreApplication::translate("cli", "ORIGIN"),
        QCoreApplication::translate("cli", "IN FORCE")});
    for (const ParameterSet& s : store.all())
        table.add({s.id, s.region, s.effectiveFrom.toString(Qt::ISODate), AssistanceCalculator::yuan(s.benchmarkFen),
            AssistanceCalculator::yuan(s.capMonthlyWageFen * s.capMonths),
            s.builtIn ? QCoreApplication::translate("cli", "built-in") : QCoreApplication::translate("cli", "office"),
            inForce && inForce->id == s.id ? QCoreApplication::translate("cli", "yes") : QString()});
    table.print(ctx.out());
    return Ok;
}

int paramsShow(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the set's JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("cli", "Parameter set id."));
    int code = Ok;
    if (!ctx.parse(
            p, QStringLiteral("ID [--json]"), QCoreApplication::translate("cli", "Shows every number of a parameter set."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one parameter set id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const auto s = ParameterStore(*pool).byId(p.positionalArguments().first());
    if (!s)
        return ctx.failWith(QCoreApplication::translate("cli", "there is no parameter set \"%1\" (see: cluedesk-cli params list)")
                                .arg(p.positionalArguments().first()));
    QTextStream& out = ctx.out();
    if (p.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(s->json).toJson(QJsonDocument::Indented));
        return Ok;
    }
    using C = AssistanceCalculator;
    out << s->title.text() << '\n' << s->source.text() << "\n\n";
    out << QCoreApplication::translate("cli", "Region %1 (%2), in force from %3")
               .arg(s->region, s->regionPrefix, s->effectiveFrom.toString(Qt::ISODate))
        << '\n';
    out << QCoreApplication::translate("cli", "Benchmark: %1 yuan").arg(C::yuan(s->benchmarkFen)) << '\n';
    out << QCoreApplication::translate("cli", "Cap: %1 months x %2 yuan = %3 yuan")
               .arg(s->capMonths)
               .arg(C::yuan(s->capMonthlyWageFen), C::yuan(s->capMonthlyWageFen * s->capMonths))
        << "\n\n";
    TextTable table({QCoreApplication::translate("cli", "KIND"), QCoreApplication::translate("cli", "ID"),
        QCoreApplication::translate("cli", "TITLE"), QCoreApplication::translate("cli", "COEFFICIENT")});
    for (const Coefficient& c : s->caseTypes)
        table.add({QCoreApplication::translate("cli", "case type"), c.id, c.title.text(), C::coefficient(c.hundredths)});
    for (const CoefficientRange& r : s->hardshipBands)
        table.add({QCoreApplication::translate("cli", "hardship band"), r.id, r.title.text(),
            C::coefficient(r.minHundredths) + QLatin1Char('-') + C::coefficient(r.maxHundredths)});
    for (const CoefficientRange& r : s->additionalGroups)
        table.add({QCoreApplication::translate("cli", "additional group"), r.id, r.title.text(),
            C::coefficient(r.minHundredths) + QLatin1Char('-') + C::coefficient(r.maxHundredths)});
    for (const Coefficient& c : s->fault)
        table.add({QCoreApplication::translate("cli", "fault"), c.id, c.title.text(), C::coefficient(c.hundredths)});
    table.print(out);
    return Ok;
}

int paramsImport(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "Parameter set JSON file."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("FILE"),
            QCoreApplication::translate(
                "cli", "Adds or replaces the office's own parameter set. Calculations made before keep the set they used."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one file")), Usage;
    auto json = readJsonObject(p.positionalArguments().first());
    if (!json)
        return ctx.failWith(json.error().message);
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    auto s = ParameterStore(*pool).import(*json);
    if (!s)
        return ctx.failWith(QStringLiteral("%1: %2").arg(p.positionalArguments().first(), s.error().message));
    ctx.out() << QCoreApplication::translate("cli", "Parameter set %1 stored, in force from %2.")
                     .arg(s->id, s->effectiveFrom.toString(Qt::ISODate))
              << '\n';
    return Ok;
}

const Register r1({QStringLiteral("calc")}, QT_TRANSLATE_NOOP("cli", "compute an assistance amount, every step shown"), calc);
const Register r2(
    {QStringLiteral("params"), QStringLiteral("list")}, QT_TRANSLATE_NOOP("cli", "list the amount parameter sets"), paramsList);
const Register r3(
    {QStringLiteral("params"), QStringLiteral("show")}, QT_TRANSLATE_NOOP("cli", "show a parameter set"), paramsShow);
const Register r4({QStringLiteral("params"), QStringLiteral("import")},
    QT_TRANSLATE_NOOP("cli", "add the office's own parameter set"), paramsImport);

} // namespace
} // namespace cluedesk::cli
