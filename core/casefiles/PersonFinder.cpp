#include "casefiles/PersonFinder.h"

#include "casefiles/FactExtractor.h"
#include "identity/IdNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace cluedesk {
namespace {

const QString kIdChars = QStringLiteral("0123456789OoDQlIi|SsBZzGbXx×");
const QString kSeparators = QStringLiteral("、和及与");
const QString kSentenceEnds = QStringLiteral("。；;！？");

bool nameChar(QChar c)
{
    return (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) || c == u'·';
}

struct Mention {
    QString name;
    QString role, rule, phrase;
    int page = 0;
    qsizetype at = 0; // where the name starts in its page's text
};

struct IdHit {
    int pageIndex = 0;
    qsizetype at = 0;
    QString text;
};

std::vector<IdHit> idHits(const QString& text, int pageIndex)
{
    std::vector<IdHit> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!kIdChars.contains(text[i]))
            continue;
        qsizetype j = i;
        int digits = 0;
        while (j < text.size() && kIdChars.contains(text[j])) {
            digits += text[j].isDigit() ? 1 : 0;
            ++j;
        }
        const qsizetype length = j - i;
        // 第2023…号 is a case or accident number, not an ID.
        const bool numbered = i > 0 && text[i - 1] == u'第' && j < text.size() && text[j] == u'号';
        if (length >= 15 && length <= 18 && digits >= 12 && !numbered &&
            (i == 0 || !text[i - 1].isLetterOrNumber() || nameChar(text[i - 1])))
            out.push_back({pageIndex, i, text.mid(i, length)});
        i = j;
    }
    return out;
}

} // namespace

QString PersonFinder::nameAt(const QString& text, qsizetype at) const
{
    QString name;
    for (qsizetype q = at; q < text.size() && nameChar(text[q]) && name.size() < 4; ++q)
        name += text[q];
    // Cut where the name ends and the sentence goes on: 张三的损伤, 张三系低保, 张三住院.
    for (qsizetype i = 2; i < name.size(); ++i) {
        bool stop = m_rules.nameStopCharacters.contains(name[i]) && name[i] != u'某';
        for (const QString& w : m_rules.nameStopWords)
            stop = stop || QStringView(text).mid(at + i).startsWith(w);
        if (stop) {
            name.truncate(i);
            break;
        }
    }
    // Four characters make a name only with a compound surname: 欧阳小明, not 赵志强损.
    if (name.size() == 4 && !m_rules.compoundSurnames.contains(name.left(2)))
        name.truncate(3);
    if (name.size() < 2)
        return {};
    const bool surname = m_rules.surnames.isEmpty() || m_rules.surnames.contains(name[0]) ||
        (name.size() >= 3 && m_rules.compoundSurnames.contains(name.left(2)));
    if (!surname)
        return {};
    for (const QString& w : m_rules.notNames)
        if (name.startsWith(w))
            return {};
    return name;
}

QString PersonFinder::nameBefore(const QString& text, qsizetype end) const
{
    for (const int length : {4, 3, 2}) {
        const qsizetype start = end - length;
        if (start < 0)
            continue;
        const QString candidate = text.mid(start, length);
        if (!std::all_of(candidate.begin(), candidate.end(), nameChar))
            continue;
        if (length == 4 && !m_rules.compoundSurnames.contains(candidate.left(2)))
            continue;
        // 和张三 is "and 张三": a function word does not start a name, even where it is a surname.
        if (length == 3 && m_rules.nameStopCharacters.contains(candidate[0]))
            continue;
        if (nameAt(text, start) == candidate)
            return candidate;
    }
    return {};
}

std::vector<ExtractedPerson> PersonFinder::find(
    const std::vector<PageText>& pages, const std::vector<QString>& texts, const QString& docType, const QDate& today) const
{
    // 1. Every name a rule gives a role, on every page.
    std::vector<Mention> mentions;
    for (size_t p = 0; p < texts.size(); ++p) {
        const QString& text = texts[p];
        for (const RoleRule& rule : m_rules.roleRules) {
            if (!rule.docTypes.isEmpty() && !rule.docTypes.contains(docType))
                continue;
            for (auto it = rule.marker.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                auto add = [&](const QString& name, qsizetype at, qsizetype phraseFrom, qsizetype phraseTo) {
                    mentions.push_back(
                        {name, rule.role, rule.id, text.mid(phraseFrom, phraseTo - phraseFrom), pages[p].page, at});
                };
                if (rule.namesAfter) {
                    std::vector<std::pair<QString, qsizetype>> names;
                    qsizetype q = m.capturedEnd();
                    while (q < text.size() && text[q].isSpace()) // OCR: 被告人: 张三
                        ++q;
                    for (;;) {
                        const QString name = nameAt(text, q);
                        if (name.isEmpty())
                            break;
                        names.emplace_back(name, q);
                        q += name.size();
                        if (q < text.size() && kSeparators.contains(text[q]))
                            ++q;
                        else
                            break;
                    }
                    if (names.empty())
                        continue;
                    const qsizetype namesEnd = names.back().second + names.back().first.size();
                    if (rule.then.isValid() && !rule.then.pattern().isEmpty() &&
                        !rule.then
                             .match(
                                 text, namesEnd, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                             .hasMatch())
                        continue;
                    for (const auto& [name, at] : names)
                        add(name, at, m.capturedStart(), namesEnd);
                } else {
                    const QString name = nameBefore(text, m.capturedStart());
                    if (!name.isEmpty())
                        add(name, m.capturedStart() - name.size(), m.capturedStart() - name.size(), m.capturedEnd());
                }
            }
        }
    }
    // The strongest role of each name: a defendant is never a victim.
    std::map<QString, const Mention*> best;
    for (const Mention& m : mentions) {
        const auto it = best.find(m.name);
        if (it == best.end() || m_rules.rolePriorityOf(m.role) < m_rules.rolePriorityOf(it->second->role))
            best[m.name] = &m;
    }
    // 张三住院 read as 张三住 beside 张三: the shorter name is the person.
    for (auto it = best.begin(); it != best.end();) {
        bool longer = false;
        for (const auto& [other, m] : best)
            longer = longer || (other != it->first && it->first.startsWith(other) && other.size() >= 2);
        it = longer ? best.erase(it) : std::next(it);
    }

    // 2. Every ID number goes to the name just before it in its sentence.
    std::vector<ExtractedPerson> out;
    auto personFor = [&](const QString& name, const Mention* m, int page, const QString& snippet,
                         double confidence) -> ExtractedPerson {
        ExtractedPerson e;
        e.name = name;
        if (m) {
            e.role = m->role;
            e.rule = m->rule;
            e.phrase = m->phrase;
        } else {
            e.role = QStringLiteral("other");
        }
        e.page = page;
        e.snippet = snippet;
        e.confidence = confidence;
        return e;
    };
    std::map<QString, bool> namedWithId;
    std::map<QString, QString> numberOf; // the first number each name was given
    for (size_t p = 0; p < texts.size(); ++p) {
        const QString& text = texts[p];
        for (const IdHit& hit : idHits(text, int(p))) {
            qsizetype from = std::max<qsizetype>(0, hit.at - m_rules.idWindow);
            for (qsizetype i = hit.at - 1; i >= from; --i)
                if (kSentenceEnds.contains(text[i])) {
                    from = i + 1;
                    break;
                }
            const QString before = text.mid(from, hit.at - from);
            // The known name that ends last before the number; failing that, a name written
            // just before a comma or bracket (乙方：张三，身份证号码…), which no rule explains.
            // One person, one number: a name that already has another number in this document is
            // passed over (本人李四，系被害人张三的母亲，身份证号码… is 李四's).
            const IdParse parsed = IdParser::parseOcr(hit.text, today);
            const QString key = parsed.ok() ? parsed.id->key() : hit.text;
            std::vector<std::pair<qsizetype, QString>> candidates; // end, name
            // 张三的母亲，身份证号码… is the mother's number, not 张三's.
            static const QRegularExpression possessor(
                QStringLiteral("^(?:的|之)(?:近亲属|家属|父亲|母亲|妻子|丈夫|儿子|女儿|配偶|父|母|妻|夫|子|女)"));
            for (const auto& [name, m] : best)
                if (const qsizetype at = before.lastIndexOf(name);
                    at >= 0 && !possessor.match(QStringView(before).mid(at + name.size())).hasMatch())
                    candidates.emplace_back(at + name.size(), name);
            std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
                return a.first != b.first ? a.first > b.first : a.second.size() > b.second.size();
            });
            QString owner;
            for (const auto& [end, name] : candidates) {
                const auto held = numberOf.find(name);
                if (held == numberOf.end() || held->second == key) {
                    owner = name;
                    break;
                }
            }
            if (owner.isEmpty() && !candidates.empty())
                owner = candidates.front().second;
            const Mention* m = nullptr;
            if (!owner.isEmpty()) {
                m = best.at(owner);
            } else {
                for (qsizetype i = before.size() - 1; i > 0 && owner.isEmpty(); --i)
                    if (QStringLiteral("，,（(：: ").contains(before[i]))
                        owner = nameBefore(before, i);
            }
            const PageText& page = pages[p];
            ExtractedPerson e =
                personFor(owner, m, page.page, FactExtractor::snippet(text, hit.at, hit.text.size()), page.confidence);
            e.idWritten = hit.text;
            if (parsed.ok()) {
                e.key = parsed.id->key();
                e.correctionNote = parsed.correctionNote;
            } else {
                e.problem = parsed.message();
            }
            if (e.problem.isEmpty() && owner.isEmpty())
                e.problem = QCoreApplication::translate("PersonFinder", "an ID number with no name before it in its sentence");
            else if (e.problem.isEmpty() && !m)
                e.problem = QCoreApplication::translate(
                    "PersonFinder", "no phrase says who %1 is (victim, defendant, relative, witness); check the page")
                                .arg(owner);
            // The same person with the same number again (on the summary page): once.
            const bool again = std::any_of(out.begin(), out.end(), [&](const ExtractedPerson& o) {
                return o.name == e.name && (o.idWritten == e.idWritten || (!o.key.isEmpty() && o.key == e.key));
            });
            if (!again)
                out.push_back(e);
            if (!owner.isEmpty()) {
                namedWithId[owner] = true;
                numberOf.emplace(owner, key);
            }
        }
    }
    // 3. Victims and their relatives named without any ID still count: the officer looks the
    // number up.
    for (const auto& [name, m] : best) {
        if (namedWithId.count(name) || (m->role != QLatin1String("victim") && m->role != QLatin1String("relative")))
            continue;
        const int page = m->page; // clang 14 lets no lambda capture a structured binding
        const size_t p = size_t(
            std::find_if(pages.begin(), pages.end(), [page](const PageText& t) { return t.page == page; }) - pages.begin());
        const QString& text = p < texts.size() ? texts[p] : QString();
        ExtractedPerson e = personFor(
            name, m, m->page, FactExtractor::snippet(text, m->at, name.size()), p < pages.size() ? pages[p].confidence : 100);
        e.problem = m->role == QLatin1String("victim")
            ? QCoreApplication::translate("PersonFinder", "no ID number found near the victim's name")
            : QCoreApplication::translate("PersonFinder", "no ID number found near the relative's name");
        out.push_back(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const ExtractedPerson& a, const ExtractedPerson& b) { return a.page < b.page; });
    return out;
}

} // namespace cluedesk
