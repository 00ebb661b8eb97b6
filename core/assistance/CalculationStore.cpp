#include "assistance/CalculationStore.h"

#include "security/Access.h"
#include "security/AuditLog.h"

#include "pool/Pool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace cluedesk {

std::optional<qint64> CalculationStore::medianFor(const QString& caseType)
{
    Statement st = m_pool.db().prepare(
        QStringLiteral("SELECT amount_fen FROM calculations WHERE case_type = ?1 AND decided = 1 ORDER BY amount_fen"));
    st.bind(1, caseType);
    std::vector<qint64> amounts;
    while (st.step())
        amounts.push_back(st.int64(0));
    if (amounts.empty())
        return std::nullopt;
    const size_t n = amounts.size();
    return n % 2 ? amounts[n / 2] : (amounts[n / 2 - 1] + amounts[n / 2]) / 2;
}

void CalculationStore::check(Calculation& c)
{
    const auto median = medianFor(c.input.caseType);
    if (!median || *median <= 0)
        return;
    const double off = std::abs(double(c.amountFen - *median)) / double(*median);
    if (off > kConsistencyTolerance)
        c.warnings << QCoreApplication::translate("CalculationStore",
            "%1 yuan is %2% %3 the median of past decisions for this case type (%4 yuan); check the "
            "coefficients or record why")
                          .arg(AssistanceCalculator::yuan(c.amountFen))
                          .arg(qRound(off * 100))
                          .arg(c.amountFen > *median ? QCoreApplication::translate("CalculationStore", "above")
                                                     : QCoreApplication::translate("CalculationStore", "below"))
                          .arg(AssistanceCalculator::yuan(*median));
}

Result<qint64> CalculationStore::save(
    const std::optional<qint64>& clueId, const QString& personKey, const Calculation& c, bool decided)
{
    if (Status s = Access::require(m_pool, Permission::Review); !s)
        return s.error();
    Statement st =
        m_pool.db().prepare(QStringLiteral("INSERT INTO calculations(clue_id, person_key, parameter_set, parameters, inputs, "
                                           "steps, case_type, amount_fen, warnings, decided, "
                                           "created_at, created_by) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    if (clueId)
        st.bind(1, *clueId);
    st.bind(2, personKey).bind(3, c.parameterSet);
    st.bind(4, QString::fromUtf8(QJsonDocument(c.parameters).toJson(QJsonDocument::Compact)));
    st.bind(5, QString::fromUtf8(QJsonDocument(c.input.toJson()).toJson(QJsonDocument::Compact)));
    st.bind(6, QString::fromUtf8(QJsonDocument(c.stepsJson()).toJson(QJsonDocument::Compact)));
    st.bind(7, c.input.caseType).bind(8, c.amountFen);
    st.bind(9, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c.warnings)).toJson(QJsonDocument::Compact)));
    st.bind(10, decided ? 1 : 0).bind(11, m_pool.nowText()).bind(12, m_pool.user());
    st.run();
    const qint64 id = m_pool.db().lastInsertId();
    AuditLog(m_pool).record(decided ? QStringLiteral("amount.decide") : QStringLiteral("amount.draft"), personKey,
        AssistanceCalculator::yuan(c.amountFen));
    return id;
}

std::vector<SavedCalculation> CalculationStore::query(const QString& where, const QVariant& value)
{
    Statement st = m_pool.db().prepare(QStringLiteral("SELECT id, clue_id, person_key, parameter_set, parameters, inputs, steps, "
                                                      "amount_fen, warnings, decided, created_at, created_by "
                                                      "FROM calculations WHERE %1 ORDER BY id")
                                           .arg(where));
    st.bind(1, value);
    std::vector<SavedCalculation> out;
    while (st.step()) {
        SavedCalculation s;
        s.id = st.int64(0);
        if (!st.isNull(1))
            s.clueId = st.int64(1);
        s.personKey = st.text(2);
        s.calculation.parameterSet = st.text(3);
        s.calculation.parameters = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
        s.calculation.input = CalculationInput::fromJson(QJsonDocument::fromJson(st.text(5).toUtf8()).object());
        for (const QJsonValue& v : QJsonDocument::fromJson(st.text(6).toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            s.calculation.steps.push_back({o.value(QStringLiteral("key")).toString(),
                LocalText::fromJson(o.value(QStringLiteral("label"))), o.value(QStringLiteral("formula")).toString(),
                o.value(QStringLiteral("money")).toBool(), o.value(QStringLiteral("value")).toInteger()});
        }
        s.calculation.amountFen = st.int64(7);
        for (const QJsonValue& v : QJsonDocument::fromJson(st.text(8).toUtf8()).array())
            s.calculation.warnings << v.toString();
        for (const CalculationStep& step : s.calculation.steps)
            s.calculation.capped =
                s.calculation.capped || (step.key == QLatin1String("final") && step.label.zh.contains(QStringLiteral("上限")));
        s.decided = st.int64(9) != 0;
        s.createdAt = st.text(10);
        s.createdBy = st.text(11);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<SavedCalculation> CalculationStore::forClue(qint64 clueId)
{
    return query(QStringLiteral("clue_id = ?1"), clueId);
}
std::vector<SavedCalculation> CalculationStore::forPerson(const QString& key)
{
    return query(QStringLiteral("person_key = ?1"), key);
}

std::optional<SavedCalculation> CalculationStore::get(qint64 id)
{
    auto v = query(QStringLiteral("id = ?1"), id);
    return v.empty() ? std::nullopt : std::optional<SavedCalculation>(v.front());
}

} // namespace cluedesk
