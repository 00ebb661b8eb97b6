#pragma once
// Who is local to the office's county. A person is local when the region code of their ID
// number is one of the county's codes (the current one in county.prefix, former ones in
// county.historic_codes: a county renamed or merged keeps people born under its old code), or
// when a household address in their rows names the county (county.name, with or without 市/县/区).
// The reason says which of the two matched.
#include "util/LocalText.h"

#include <QStringList>

namespace cluedesk {

class Pool;

struct LocalMatch {
    QString how;    // "code", "address" or "" (not local)
    QString detail; // the code, or the address that named the county
};

class LocalArea {
public:
    LocalArea() = default;
    LocalArea(QStringList codes, QString countyName);
    static LocalArea fromSettings(Pool& pool);
    bool isSet() const { return !m_codes.isEmpty() || !m_names.isEmpty(); }
    const QStringList& codes() const { return m_codes; }
    LocalMatch match(const QString& personKey, const QStringList& addresses = {}) const;
    // 本地（身份证号码地区码330382）, 本地（户籍地址含“乐清”）, 外地; empty when no county is set.
    QString describe(const LocalMatch& m, Language language) const;
    // A text that parses as region codes: six digits each, separated by commas or spaces.
    static QStringList parseCodes(const QString& text, bool* ok = nullptr);

private:
    QStringList m_codes;
    QStringList m_names; // 乐清市, 乐清
};

} // namespace cluedesk
