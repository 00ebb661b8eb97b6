#pragma once
// The GB/T 2260 administrative division codes that the first six digits of a resident ID
// number are taken from: current and historic county-level codes, as Debian's python3-stdnum
// ships them (embedded at build time). The list ends around 2015: a county created since is not
// in it, so an unknown code is reported, and only a code of no province makes an ID invalid.
#include <QHash>
#include <QString>
#include <QStringView>
#include <vector>

namespace cluedesk {

class RegionCodes {
public:
    static const RegionCodes& gbt2260();
    bool known(QStringView code) const;
    // 浙江省温州市乐清市; empty when the code is unknown.
    QString name(QStringView code) const;
    size_t size() const { return m_names.size(); }

private:
    RegionCodes();
    QHash<QString, QString> m_names;
    std::vector<bool> m_known; // by six-digit code: checked on every ID of every imported row
};

} // namespace cluedesk
