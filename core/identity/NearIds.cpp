#include "identity/NearIds.h"

#include "identity/IdNumber.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace cluedesk {
namespace {

// Digits that OCR and handwriting confuse with each other.
bool confusable(QChar a, QChar b)
{
    static const char* pairs[] = {"08", "17", "38", "56", "68", "06", "09", "27", "49", "14", "35", "89"};
    for (const char* p : pairs)
        if ((a == QLatin1Char(p[0]) && b == QLatin1Char(p[1])) || (a == QLatin1Char(p[1]) && b == QLatin1Char(p[0])))
            return true;
    return false;
}

struct Collector {
    QDate today;
    bool legacy = false;
    std::map<QString, NearId> best;

    void offer(const QString& candidate, NearId::Kind kind, int position)
    {
        const IdParse p = IdParser::parse(candidate, today);
        if (!p.ok())
            return;
        NearId n{p.id->key(), kind, position, legacy};
        const auto it = best.find(n.key);
        if (it == best.end() || n.rank() < it->second.rank())
            best[n.key] = n;
    }
};

void editsOf(const QString& s, Collector& c)
{
    const qsizetype body = s.size() == 18 ? 17 : s.size(); // an 18-digit number's check character is position 18
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        if (s[i] != s[i + 1]) {
            QString t = s;
            std::swap(t[i], t[i + 1]);
            c.offer(t, NearId::Kind::Swap, int(i + 1));
        }
    for (qsizetype i = 0; i < body; ++i)
        for (char d = '0'; d <= '9'; ++d)
            if (s[i] != QLatin1Char(d)) {
                QString t = s;
                t[i] = QLatin1Char(d);
                c.offer(t, confusable(s[i], t[i]) ? NearId::Kind::Confusable : NearId::Kind::Digit, int(i + 1));
            }
    if (s.size() == 18) {
        QString t = s;
        t[17] = IdNumber::checkCharacter(QStringView(s).left(17));
        if (t != s)
            c.offer(t, NearId::Kind::CheckCharacter, 18);
    }
}

} // namespace

int NearId::rank() const
{
    switch (kind) {
    case Kind::Swap:
    case Kind::Confusable: return 1;
    case Kind::Digit:
    case Kind::CheckCharacter: return 2;
    case Kind::Missing:
    case Kind::Extra: return 3;
    }
    return 3;
}

QString NearId::reason() const
{
    QString r;
    switch (kind) {
    case Kind::Swap:
        r = QCoreApplication::translate("NearIds", "digits %1 and %2 swapped").arg(position).arg(position + 1);
        break;
    case Kind::Confusable:
        r = QCoreApplication::translate("NearIds", "digit %1 misread (a look-alike digit)").arg(position);
        break;
    case Kind::Digit: r = QCoreApplication::translate("NearIds", "digit %1 differs").arg(position); break;
    case Kind::CheckCharacter: r = QCoreApplication::translate("NearIds", "only the check character differs"); break;
    case Kind::Missing: r = QCoreApplication::translate("NearIds", "a digit missing at %1").arg(position); break;
    case Kind::Extra: r = QCoreApplication::translate("NearIds", "one digit too many at %1").arg(position); break;
    }
    if (legacy15)
        r = QCoreApplication::translate("NearIds", "%1 (15-digit legacy number)").arg(r);
    return r;
}

std::vector<NearId> NearIds::of(QStringView written, const QDate& today)
{
    const QString cleaned = IdParser::clean(written);
    const QString s = IdParser::foldOcrLetters(cleaned);
    Collector c{today, false, {}};
    auto digitsOnly = [](const QString& t, qsizetype n) {
        for (qsizetype i = 0; i < n; ++i)
            if (!t[i].isDigit())
                return false;
        return true;
    };
    const bool lastOk = !s.isEmpty() && (s.back().isDigit() || s.back() == u'X');
    const bool oneX = s.count(u'X') <= 1 && digitsOnly(QString(s).remove(u'X'), s.size() - s.count(u'X'));
    if (s.size() == 18 && oneX) { // an X may have been swapped into the body: ...00X2
        if (s != cleaned)         // OCR letters alone: 33O382... read for 330382...
            c.offer(s, NearId::Kind::Confusable, int(std::mismatch(s.begin(), s.end(), cleaned.begin()).first - s.begin()) + 1);
        editsOf(s, c);
    } else if (s.size() == 15 && digitsOnly(s, 15)) {
        c.legacy = true;
        for (qsizetype i = 0; i + 1 < 15; ++i)
            if (s[i] != s[i + 1]) {
                QString t = s;
                std::swap(t[i], t[i + 1]);
                c.offer(IdParser::upgrade15(t), NearId::Kind::Swap, int(i + 1));
            }
        for (qsizetype i = 0; i < 15; ++i)
            for (char d = '0'; d <= '9'; ++d)
                if (s[i] != QLatin1Char(d)) {
                    QString t = s;
                    t[i] = QLatin1Char(d);
                    c.offer(IdParser::upgrade15(t), confusable(s[i], t[i]) ? NearId::Kind::Confusable : NearId::Kind::Digit,
                        int(i + 1));
                }
    } else if (s.size() == 17 && digitsOnly(s, 16) && lastOk) {
        for (qsizetype i = 0; i <= 17; ++i)
            for (char d = '0'; d <= '9'; ++d)
                c.offer(QString(s).insert(i, QLatin1Char(d)), NearId::Kind::Missing, int(i + 1));
        c.offer(s + QLatin1Char('X'), NearId::Kind::Missing, 18);
    } else if (s.size() == 19 && digitsOnly(s, 18) && lastOk) {
        for (qsizetype i = 0; i < 19; ++i)
            c.offer(QString(s).remove(i, 1), NearId::Kind::Extra, int(i + 1));
    }
    std::vector<NearId> out;
    for (auto& [key, n] : c.best)
        out.push_back(n);
    std::stable_sort(out.begin(), out.end(),
        [](const NearId& a, const NearId& b) { return a.rank() != b.rank() ? a.rank() < b.rank() : a.position < b.position; });
    return out;
}

} // namespace cluedesk
