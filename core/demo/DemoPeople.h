#pragma once
// Synthetic residents for the demo set and benchmarks: valid ID numbers (with check
// characters), plausible names, towns of one county and some people from elsewhere.
// Deterministic for a seed, so demo runs and tests are reproducible.
#include <QDate>
#include <QString>
#include <QStringList>
#include <random>

namespace cluedesk {

struct DemoPerson {
    QString id; // 18-digit key
    QString name;
    QString town;
    QDate birth;
    bool male = true;
    bool local = true;
};

class DemoPeople {
public:
    static constexpr const char* kCountyPrefix = "330382"; // 乐清市 (Yueqing), Zhejiang
    static constexpr const char* kCountyName = "乐清市";

    explicit DemoPeople(quint32 seed);
    DemoPerson make(int minYear, int maxYear, bool local = true);
    DemoPerson makeOfSex(int minYear, int maxYear, bool male); // drawn until the sex fits
    DemoPerson makeMinor(const QDate& onDate);
    QString town();
    QString village();
    int between(int lo, int hi); // inclusive
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }
    QDate dateBetween(const QDate& from, const QDate& to);
    std::mt19937& rng() { return m_rng; }

    static QString idFor(const QString& region, const QDate& birth, int sequence); // sequence 0..999
    static QString to15(const QString& id18);                                      // legacy form of a 19xx-born ID
    static QString fullWidth(const QString& ascii);
    static QStringList towns();

private:
    QString name(bool male);
    std::mt19937 m_rng;
    int m_sequence = 0;
};

} // namespace cluedesk
