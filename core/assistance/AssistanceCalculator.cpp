#include "assistance/AssistanceCalculator.h"

#include <QCoreApplication>
#include <cmath>

namespace cluedesk {
namespace {

qint64 hundredths(double v)
{
    return qint64(std::llround(v * 100.0));
}

// a x b / 100, rounded half up (amounts are never negative)
qint64 times(qint64 fen, qint64 coefficientHundredths)
{
    return (fen * coefficientHundredths + 50) / 100;
}

} // namespace

QString AssistanceCalculator::yuan(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

QString AssistanceCalculator::coefficient(qint64 h)
{
    if (h % 100 == 0)
        return QString::number(h / 100);
    return QString::number(double(h) / 100.0, 'f', h % 10 == 0 ? 1 : 2);
}

QJsonObject CalculationInput::toJson() const
{
    QJsonArray g;
    for (const auto& [id, k] : groups)
        g.append(QJsonObject{{QStringLiteral("group"), id}, {QStringLiteral("k"), k}});
    QJsonObject o{{QStringLiteral("case_type"), caseType}, {QStringLiteral("hardship_band"), hardshipBand},
        {QStringLiteral("hardship"), hardship}, {QStringLiteral("groups"), g},
        {QStringLiteral("date"), date.toString(Qt::ISODate)}};
    if (!faultPreset.isEmpty())
        o.insert(QStringLiteral("fault_preset"), faultPreset);
    if (fault)
        o.insert(QStringLiteral("fault"), *fault);
    return o;
}

CalculationInput CalculationInput::fromJson(const QJsonObject& o)
{
    CalculationInput in;
    in.caseType = o.value(QStringLiteral("case_type")).toString();
    in.hardshipBand = o.value(QStringLiteral("hardship_band")).toString();
    in.hardship = o.value(QStringLiteral("hardship")).toDouble();
    for (const QJsonValue& v : o.value(QStringLiteral("groups")).toArray())
        in.groups.emplace_back(
            v.toObject().value(QStringLiteral("group")).toString(), v.toObject().value(QStringLiteral("k")).toDouble());
    in.faultPreset = o.value(QStringLiteral("fault_preset")).toString();
    if (o.contains(QStringLiteral("fault")))
        in.fault = o.value(QStringLiteral("fault")).toDouble();
    in.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    return in;
}

QJsonArray Calculation::stepsJson() const
{
    QJsonArray a;
    for (const CalculationStep& s : steps)
        a.append(QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("label"), s.label.toJson()},
            {QStringLiteral("formula"), s.formula}, {QStringLiteral("money"), s.money}, {QStringLiteral("value"), s.value}});
    return a;
}

QStringList Calculation::lines(Language language) const
{
    QStringList out;
    int n = 0;
    for (const CalculationStep& s : steps) {
        const QString value = s.money ? AssistanceCalculator::yuan(s.value) +
                (language == Language::Chinese ? QStringLiteral(" 元") : QStringLiteral(" yuan"))
                                      : AssistanceCalculator::coefficient(s.value);
        out << QStringLiteral("%1. %2: %3%4")
                   .arg(++n)
                   .arg(s.label.text(language), s.formula.isEmpty() ? QString() : s.formula + QStringLiteral(" = "), value);
    }
    return out;
}

Result<Calculation> AssistanceCalculator::calculate(const ParameterSet& p, const CalculationInput& in)
{
    Calculation c;
    c.parameterSet = p.id;
    c.parameters = p.json;
    c.input = in;
    const Coefficient* type = p.caseType(in.caseType);
    if (!type) {
        QStringList ids;
        for (const Coefficient& t : p.caseTypes)
            ids << t.id;
        return fail(QCoreApplication::translate("AssistanceCalculator", "unknown case type \"%1\"; parameter set %2 has: %3")
                        .arg(in.caseType, p.id, ids.join(QStringLiteral(", "))),
            QStringLiteral("calc.bad-case-type"));
    }
    const CoefficientRange* band = p.band(in.hardshipBand);
    if (!band) {
        QStringList ids;
        for (const CoefficientRange& b : p.hardshipBands)
            ids << QStringLiteral("%1 (%2-%3)").arg(b.id, coefficient(b.minHundredths), coefficient(b.maxHundredths));
        return fail(QCoreApplication::translate("AssistanceCalculator", "unknown hardship band \"%1\"; expected one of: %2")
                        .arg(in.hardshipBand, ids.join(QStringLiteral(", "))),
            QStringLiteral("calc.bad-band"));
    }
    const qint64 hardship = hundredths(in.hardship);
    if (hardship < band->minHundredths || hardship > band->maxHundredths)
        return fail(QCoreApplication::translate(
                        "AssistanceCalculator", "the hardship coefficient %1 is outside the \"%2\" band; expected %3 to %4")
                        .arg(coefficient(hardship), band->title.text(), coefficient(band->minHundredths),
                            coefficient(band->maxHundredths)),
            QStringLiteral("calc.out-of-band"));
    qint64 k = 0;
    QStringList groupTexts;
    for (const auto& [id, value] : in.groups) {
        const CoefficientRange* g = p.group(id);
        if (!g)
            return fail(QCoreApplication::translate("AssistanceCalculator", "unknown additional group \"%1\"").arg(id),
                QStringLiteral("calc.bad-group"));
        const qint64 gk = hundredths(value);
        if (gk < g->minHundredths || gk > g->maxHundredths)
            return fail(QCoreApplication::translate(
                            "AssistanceCalculator", "the additional coefficient %1 for \"%2\" is outside %3 to %4")
                            .arg(coefficient(gk), g->title.text(), coefficient(g->minHundredths), coefficient(g->maxHundredths)),
                QStringLiteral("calc.out-of-range"));
        k = p.additionalRule == QLatin1String("sum") ? k + gk : std::max(k, gk);
        groupTexts << QStringLiteral("%1 %2").arg(g->title.text(Language::Chinese), coefficient(gk));
    }
    qint64 fault = 100;
    LocalText faultTitle{QStringLiteral("过错系数"), QStringLiteral("Fault coefficient")};
    if (!in.faultPreset.isEmpty()) {
        const Coefficient* f = p.faultPreset(in.faultPreset);
        if (!f)
            return fail(QCoreApplication::translate("AssistanceCalculator", "unknown fault preset \"%1\"").arg(in.faultPreset),
                QStringLiteral("calc.bad-fault"));
        fault = f->hundredths;
        faultTitle = LocalText{
            QStringLiteral("过错系数（%1）").arg(f->title.zh), QStringLiteral("Fault coefficient (%1)").arg(f->title.en)};
    } else if (in.fault) {
        fault = hundredths(*in.fault);
        if (fault < 0 || fault > 100)
            return fail(QCoreApplication::translate("AssistanceCalculator", "the fault coefficient must lie between 0 and 1"),
                QStringLiteral("calc.bad-fault"));
    }

    const qint64 b = p.benchmarkFen;
    const qint64 basic = times(b, type->hundredths + hardship);
    const qint64 additional = times(b, k);
    const qint64 total = basic + additional;
    const qint64 adjusted = times(total, fault);
    const qint64 cap = p.capMonthlyWageFen * p.capMonths;
    c.capped = adjusted > cap;
    c.amountFen = std::min(adjusted, cap);
    auto step = [&](const char* key, LocalText label, QString formula, bool money, qint64 value) {
        c.steps.push_back({QString::fromLatin1(key), std::move(label), std::move(formula), money, value});
    };
    step("benchmark", {QStringLiteral("救助基准"), QStringLiteral("Benchmark")}, p.benchmarkBasis, true, b);
    step("case_type",
        {QStringLiteral("案件类型系数（%1）").arg(type->title.zh),
            QStringLiteral("Case-type coefficient (%1)").arg(type->title.en)},
        QString(), false, type->hundredths);
    step("hardship",
        {QStringLiteral("困难系数（%1，%2-%3）")
                .arg(band->title.zh, coefficient(band->minHundredths), coefficient(band->maxHundredths)),
            QStringLiteral("Hardship coefficient (%1, %2-%3)")
                .arg(band->title.en, coefficient(band->minHundredths), coefficient(band->maxHundredths))},
        QString(), false, hardship);
    step("basic", {QStringLiteral("基础救助金"), QStringLiteral("Basic amount")},
        QStringLiteral("%1 × (%2 + %3)").arg(yuan(b), coefficient(type->hundredths), coefficient(hardship)), true, basic);
    step("additional_k",
        {QStringLiteral("附加系数（%1）")
                .arg(groupTexts.isEmpty() ? QStringLiteral("无") : groupTexts.join(QStringLiteral("、"))),
            QStringLiteral("Additional coefficient (%1)")
                .arg(groupTexts.isEmpty() ? QStringLiteral("none") : groupTexts.join(QStringLiteral(", ")))},
        QString(), false, k);
    step("additional", {QStringLiteral("附加救助金"), QStringLiteral("Additional amount")},
        QStringLiteral("%1 × %2").arg(yuan(b), coefficient(k)), true, additional);
    step("total", {QStringLiteral("合计"), QStringLiteral("Total")}, QStringLiteral("%1 + %2").arg(yuan(basic), yuan(additional)),
        true, total);
    step("fault", faultTitle, QString(), false, fault);
    step("adjusted", {QStringLiteral("按过错调整后"), QStringLiteral("After fault")},
        QStringLiteral("%1 × %2").arg(yuan(total), coefficient(fault)), true, adjusted);
    step("cap",
        {QStringLiteral("救助上限（%1个月 × 月平均工资）").arg(p.capMonths),
            QStringLiteral("Cap (%1 months x average monthly wage)").arg(p.capMonths)},
        QStringLiteral("%1 × %2").arg(p.capMonths).arg(yuan(p.capMonthlyWageFen)), true, cap);
    step("final",
        {c.capped ? QStringLiteral("救助金额（已按上限核减）") : QStringLiteral("救助金额"),
            c.capped ? QStringLiteral("Amount (reduced to the cap)") : QStringLiteral("Amount")},
        QStringLiteral("min(%1, %2)").arg(yuan(adjusted), yuan(cap)), true, c.amountFen);
    return c;
}

} // namespace cluedesk
