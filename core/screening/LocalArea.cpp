#include "screening/LocalArea.h"

#include "pool/Pool.h"

#include <QRegularExpression>

namespace cluedesk {

LocalArea::LocalArea(QStringList codes, QString countyName) : m_codes(std::move(codes))
{
    countyName = countyName.trimmed();
    if (countyName.isEmpty())
        return;
    m_names << countyName;
    // 乐清市 is written 乐清 in many addresses; a two-character name keeps its suffix (沙县).
    static const QRegularExpression suffix(QStringLiteral("(市|县|区|自治县|旗)$"));
    QString shortName = countyName;
    shortName.remove(suffix);
    if (shortName.size() >= 2 && shortName != countyName)
        m_names << shortName;
}

LocalArea LocalArea::fromSettings(Pool& pool)
{
    QStringList codes = parseCodes(pool.setting(QStringLiteral("county.prefix")));
    for (const QString& c : parseCodes(pool.setting(QStringLiteral("county.historic_codes"))))
        if (!codes.contains(c))
            codes << c;
    return LocalArea(codes, pool.setting(QStringLiteral("county.name")));
}

QStringList LocalArea::parseCodes(const QString& text, bool* ok)
{
    static const QRegularExpression code(QStringLiteral("^\\d{6}$"));
    QStringList out;
    bool good = true;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,，;；、\\s]+")), Qt::SkipEmptyParts)) {
        if (code.match(part).hasMatch())
            out << part;
        else
            good = false;
    }
    if (ok)
        *ok = good;
    return out;
}

LocalMatch LocalArea::match(const QString& personKey, const QStringList& addresses) const
{
    const QString region = personKey.left(6);
    if (m_codes.contains(region))
        return {QStringLiteral("code"), region};
    for (const QString& a : addresses)
        for (const QString& n : m_names)
            if (a.contains(n))
                return {QStringLiteral("address"), a.trimmed()};
    return {};
}

QString LocalArea::describe(const LocalMatch& m, Language language) const
{
    const bool zh = language == Language::Chinese;
    if (!isSet())
        return {};
    if (m.how == QLatin1String("code"))
        return zh ? QStringLiteral("本地（身份证号码地区码%1）").arg(m.detail)
                  : QStringLiteral("local (ID region code %1)").arg(m.detail);
    if (m.how == QLatin1String("address"))
        return zh ? QStringLiteral("本地（住址“%1”）").arg(m.detail) : QStringLiteral("local (address \"%1\")").arg(m.detail);
    return zh ? QStringLiteral("外地") : QStringLiteral("non-local");
}

} // namespace cluedesk
