#include "VisitOptions.h"

#include <QCoreApplication>

namespace cluedesk::cli {

VisitOptions::VisitOptions()
    : m_date(QStringLiteral("date"), QCoreApplication::translate("cli", "Visit date (YYYY-MM-DD)."), QStringLiteral("DATE")),
      m_visitors(QStringLiteral("visitors"), QCoreApplication::translate("cli", "Who visited."), QStringLiteral("NAMES")),
      m_family(QStringLiteral("family"),
          QCoreApplication::translate("cli", "A family member as NAME:RELATION:AGE:SITUATION (repeatable)."),
          QStringLiteral("M")),
      m_income(QStringLiteral("income"), QCoreApplication::translate("cli", "Income as told."), QStringLiteral("TEXT")),
      m_monthly(QStringLiteral("monthly-income"), QCoreApplication::translate("cli", "Household income per month in yuan."),
          QStringLiteral("YUAN")),
      m_illness(QStringLiteral("illness"), QCoreApplication::translate("cli", "Illness or disability."), QStringLiteral("TEXT")),
      m_housing(QStringLiteral("housing"), QCoreApplication::translate("cli", "Housing."), QStringLiteral("TEXT")),
      m_needs(QStringLiteral("needs"), QCoreApplication::translate("cli", "Urgent needs."), QStringLiteral("TEXT")),
      m_conclusion(
          QStringLiteral("conclusion"), QCoreApplication::translate("cli", "The officer's conclusion."), QStringLiteral("TEXT"))
{
}

void VisitOptions::addTo(QCommandLineParser& p) const
{
    for (const auto* o :
        {&m_date, &m_visitors, &m_family, &m_income, &m_monthly, &m_illness, &m_housing, &m_needs, &m_conclusion})
        p.addOption(*o);
}

Result<Visit> VisitOptions::read(const QCommandLineParser& p) const
{
    Visit v;
    v.visitDate = p.value(m_date);
    v.visitors = p.value(m_visitors);
    for (const QString& m : p.values(m_family)) {
        const QStringList parts = m.split(QLatin1Char(':'));
        FamilyMember f;
        f.name = parts.value(0);
        f.relation = parts.value(1);
        bool ok = false;
        const int age = parts.value(2).toInt(&ok);
        f.age = ok ? age : -1;
        f.situation = parts.mid(3).join(QLatin1Char(':'));
        v.family.push_back(f);
    }
    v.income = p.value(m_income);
    if (p.isSet(m_monthly)) {
        bool ok = false;
        const double m = p.value(m_monthly).toDouble(&ok);
        if (!ok || m < 0)
            return fail(QCoreApplication::translate("cli", "--monthly-income must be an amount in yuan, not \"%1\"")
                            .arg(p.value(m_monthly)));
        v.monthlyIncome = m;
    }
    v.illness = p.value(m_illness);
    v.housing = p.value(m_housing);
    v.urgentNeeds = p.value(m_needs);
    v.conclusion = p.value(m_conclusion);
    return v;
}

} // namespace cluedesk::cli
