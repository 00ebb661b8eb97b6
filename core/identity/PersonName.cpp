#include "identity/PersonName.h"

#include "util/Text.h"

#include <QHash>
#include <mutex>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace cluedesk {
namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

// ICU transliteration is slow per call; names are short and draw on a few thousand
// characters, so each basic-plane Han character is converted once and remembered.
class SimplifiedTable {
public:
    static const SimplifiedTable& instance()
    {
        static SimplifiedTable table;
        return table;
    }
    QChar map(QChar c) const { return QChar(m_map.value(c.unicode(), c.unicode())); }

private:
    SimplifiedTable()
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !t)
            return; // without ICU data names are compared as written
        for (char16_t u = 0x3400; u <= 0x9FFF; ++u) {
            if (u > 0x4DBF && u < 0x4E00)
                continue;
            icu::UnicodeString s(static_cast<UChar>(u));
            t->transliterate(s);
            if (s.length() == 1 && s.charAt(0) != u)
                m_map.insert(u, s.charAt(0));
        }
    }
    QHash<char16_t, char16_t> m_map;
};

} // namespace

QString PersonName::toSimplified(QStringView text)
{
    const SimplifiedTable& table = SimplifiedTable::instance();
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(isHan(c) ? table.map(c) : c);
    return out;
}

QString PersonName::normalise(QStringView written)
{
    // NFKC folds full-width letters and CJK compatibility ideographs to their usual forms.
    QString s = text::trimmed(written).normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(s.size());
    bool allHan = true;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == 0x30FB || u == 0x2022 || u == 0xFF0E || u == 0x2027 || u == 0x22C5 || u == 0x2219 || u == u'.')
            c = QChar(0x00B7); // the middle dot of minority names comes in many shapes
        if (!isHan(c) && !text::isSpaceLike(c) && c != QChar(0x00B7))
            allHan = false;
        out.append(c);
    }
    // 张 三 -> 张三; but "Mary Ann" keeps its space.
    out = allHan ? text::removeSpaces(out) : out.simplified();
    return toSimplified(out);
}

QString PersonName::mask(QStringView name)
{
    const QString n = text::trimmed(name);
    if (n.size() <= 1)
        return n;
    const int keep = n.size() >= 4 ? 2 : 1;
    return n.left(keep) + QString(n.size() - keep, u'*');
}

} // namespace cluedesk
