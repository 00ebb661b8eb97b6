#include "identity/OrgName.h"

#include "identity/PersonName.h"

#include <QRegularExpression>

namespace cluedesk {
namespace {

// Full-width forms to half-width, traditional to simplified, no spaces.
QString folded(QStringView written)
{
    const QString text = PersonName::toSimplified(written.toString().normalized(QString::NormalizationForm_KC));
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

} // namespace

QString OrgName::normalise(QStringView written)
{
    QString name = folded(written).toUpper();
    name.replace(QStringLiteral("有限责任公司"), QStringLiteral("有限公司"));
    name.replace(QStringLiteral("(有限责任)"), QStringLiteral("(有限)"));
    return name;
}

QString CaseNumber::normalise(QStringView written)
{
    QString text = folded(written);
    for (QChar& c : text) {
        switch (c.unicode()) {
        case u'〔':
        case u'【':
        case u'[':
        case u'〖': c = u'('; break;
        case u'〕':
        case u'】':
        case u']':
        case u'〗': c = u')'; break;
        default: break;
        }
    }
    static const QRegularExpression sequence(QStringLiteral("(\\D)0*(\\d+)号?$"));
    if (const auto m = sequence.match(text); m.hasMatch() && text.contains(u'('))
        text = text.left(m.capturedStart(0)) + m.captured(1) + m.captured(2) + u'号';
    return text;
}

CaseNumberParts CaseNumber::parts(QStringView normalised)
{
    static const QRegularExpression shape(QStringLiteral("^(.*?)\\((\\d{4})\\)(.*?)(\\d+)号$"));
    static const QRegularExpression court(QStringLiteral("^(\\p{Han}\\d{2,4})(.*)$"));
    CaseNumberParts p;
    const auto m = shape.match(normalised);
    if (!m.hasMatch())
        return p;
    p.prefix = m.captured(1);
    p.year = m.captured(2).toInt();
    p.sequence = m.captured(4).toInt();
    const QString middle = m.captured(3);
    if (const auto c = court.match(middle); c.hasMatch()) {
        p.court = c.captured(1);
        p.kind = c.captured(2);
    } else {
        p.kind = middle;
    }
    return p;
}

} // namespace cluedesk
