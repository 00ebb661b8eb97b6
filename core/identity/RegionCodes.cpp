#include "identity/RegionCodes.h"

#include <QFile>
#include <QRegularExpression>

namespace cluedesk {

const RegionCodes& RegionCodes::gbt2260()
{
    static const RegionCodes codes;
    return codes;
}

RegionCodes::RegionCodes()
{
    // 330382 county="乐清市" prefecture="温州市" province="浙江省"
    QFile f(QStringLiteral(":/cluedesk/regions/gb2260.dat"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    static const QRegularExpression attribute(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString& line : lines) {
        if (line.size() < 7 || line.startsWith(u'#') || line[6] != u' ')
            continue;
        QString province, prefecture, county;
        for (auto it = attribute.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            const QString key = m.captured(1), value = m.captured(2);
            if (key == QLatin1String("province"))
                province = value;
            else if (key == QLatin1String("prefecture"))
                prefecture = value;
            else if (key == QLatin1String("county"))
                county = value;
        }
        // 市辖区 and 县 stand for "the districts of" a city: not part of a name.
        for (QString* part : {&prefecture, &county})
            if (*part == u"市辖区" || *part == u"县" || *part == u"省直辖县级行政区划")
                part->clear();
        m_names.insert(line.left(6), province + prefecture + county);
    }
    m_known.assign(1'000'000, false);
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        bool ok = false;
        const int code = it.key().toInt(&ok);
        if (ok && code >= 0 && code < 1'000'000)
            m_known[size_t(code)] = true;
    }
}

bool RegionCodes::known(QStringView code) const
{
    if (code.size() == 6 && !m_known.empty()) {
        int n = 0;
        for (QChar c : code) {
            if (c < u'0' || c > u'9')
                return m_names.contains(code.toString());
            n = n * 10 + (c.unicode() - u'0');
        }
        return m_known[size_t(n)];
    }
    return m_names.contains(code.toString());
}

QString RegionCodes::name(QStringView code) const
{
    return m_names.value(code.toString());
}

} // namespace cluedesk
