#pragma once
// The household visit form as command-line options, shared by `visit add` (at the office) and
// `field visit` (on the laptop, into a visit package).
#include "review/VisitStore.h"

#include <QCommandLineParser>

namespace cluedesk::cli {

class VisitOptions {
public:
    VisitOptions();
    void addTo(QCommandLineParser& parser) const;
    // The visit as given; fails with a message naming the option that is wrong.
    Result<Visit> read(const QCommandLineParser& parser) const;

private:
    QCommandLineOption m_date, m_visitors, m_family, m_income, m_monthly, m_illness, m_housing, m_needs, m_conclusion;
};

} // namespace cluedesk::cli
