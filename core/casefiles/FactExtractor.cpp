#include "casefiles/FactExtractor.h"

#include "identity/IdNumber.h"
#include "screening/SqlFunctions.h"

#include <QCoreApplication>
#include <map>
#include <set>

namespace cluedesk {
namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3000 && u <= 0x303F) ||
        (u >= 0xFF00 && u <= 0xFFEF);
}

// CJK Radicals Supplement characters some PDF producers put in text layers instead of the
// ideographs (Qt 6.4 with Noto CJK writes ⺠ for 民); NFKC does not map these.
const std::map<char16_t, char16_t>& radicals()
{
    static const std::map<char16_t, char16_t> m = {
        {0x2E84, u'乙'},
        {0x2E86, u'冂'},
        {0x2E88, u'刀'},
        {0x2E8C, u'小'},
        {0x2E8F, u'尢'},
        {0x2E96, u'心'},
        {0x2E98, u'手'},
        {0x2E99, u'攴'},
        {0x2E9B, u'旡'},
        {0x2E9D, u'月'},
        {0x2E9F, u'母'},
        {0x2EA0, u'民'},
        {0x2EA3, u'火'},
        {0x2EA4, u'爪'},
        {0x2EA6, u'丬'},
        {0x2EA7, u'牛'},
        {0x2EA8, u'犬'},
        {0x2EAA, u'疋'},
        {0x2EAB, u'目'},
        {0x2EAC, u'示'},
        {0x2EAE, u'竹'},
        {0x2EB2, u'网'},
        {0x2EB3, u'网'},
        {0x2EB7, u'羊'},
        {0x2EB9, u'老'},
        {0x2EBC, u'肉'},
        {0x2EBD, u'臼'},
        {0x2EBE, u'艸'},
        {0x2EC1, u'虎'},
        {0x2EC2, u'衣'},
        {0x2EC4, u'西'},
        {0x2EC5, u'见'},
        {0x2EC6, u'角'},
        {0x2EC8, u'讠'},
        {0x2EC9, u'贝'},
        {0x2ECB, u'车'},
        {0x2ECC, u'辶'},
        {0x2ECF, u'邑'},
        {0x2ED0, u'钅'},
        {0x2ED1, u'长'},
        {0x2ED2, u'长'},
        {0x2ED4, u'门'},
        {0x2ED6, u'阜'},
        {0x2ED7, u'雨'},
        {0x2ED8, u'青'},
        {0x2ED9, u'韦'},
        {0x2EDA, u'页'},
        {0x2EDB, u'风'},
        {0x2EDC, u'飞'},
        {0x2EDD, u'食'},
        {0x2EDF, u'食'},
        {0x2EE0, u'饣'},
        {0x2EE2, u'马'},
        {0x2EE3, u'骨'},
        {0x2EE4, u'鬼'},
        {0x2EE5, u'鱼'},
        {0x2EE6, u'鸟'},
        {0x2EE7, u'卤'},
        {0x2EE8, u'麦'},
        {0x2EE9, u'黄'},
        {0x2EEA, u'黾'},
        {0x2EEB, u'齐'},
        {0x2EEC, u'齐'},
        {0x2EED, u'齿'},
        {0x2EEE, u'齿'},
        {0x2EEF, u'齿'},
        {0x2EF0, u'龙'},
        {0x2EF1, u'龙'},
        {0x2EF2, u'龟'},
        {0x2EF3, u'龟'},
    };
    return m;
}

const QString kIdChars = QStringLiteral("0123456789OoDQlIi|SsBZzGbXx×");

// Where text holds word with at most one character misread (OCR: 谅解书 as 诉解书);
// only for words of four characters or more, where one wrong character still says enough.
qsizetype findFuzzy(const QString& text, const QString& word, qsizetype from = 0)
{
    const qsizetype exact = text.indexOf(word, from);
    if (exact >= 0 || word.size() < 4)
        return exact;
    for (qsizetype i = from; i + word.size() <= text.size(); ++i) {
        int wrong = 0;
        for (qsizetype k = 0; k < word.size() && wrong <= 1; ++k)
            wrong += text[i + k] != word[k] ? 1 : 0;
        if (wrong <= 1)
            return i;
    }
    return -1;
}

} // namespace

bool CaseFileFacts::needsReview() const
{
    for (const ExtractedFact& f : facts)
        if (f.needsReview)
            return true;
    return false;
}

QString FactExtractor::normalise(const QString& text, int wrappedLineLength)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    for (QChar& c : s) {
        const auto it = radicals().find(c.unicode());
        if (it != radicals().end())
            c = QChar(it->second);
    }
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isSpace()) {
            // Drop a run of spaces that has Chinese on one side and Chinese or a digit on the other;
            // keep one space elsewhere.
            qsizetype j = i;
            while (j < s.size() && s[j].isSpace())
                ++j;
            const QChar before = out.isEmpty() ? QChar() : out.back();
            const QChar after = j < s.size() ? s[j] : QChar();
            const bool newline = s.mid(i, j - i).contains(u'\n');
            // A line break after a long line is a paragraph wrapped by the layout (被\n害人);
            // short lines (titles, case numbers) keep theirs.
            const qsizetype lineStart = out.lastIndexOf(u'\n') + 1;
            const bool wrapped = newline && out.size() - lineStart >= wrappedLineLength;
            const bool joinable =
                (isHan(before) && (isHan(after) || after.isDigit())) || (before.isDigit() && (isHan(after) || after.isDigit()));
            const bool glue = joinable && (!newline || wrapped);
            if (!glue && !out.isEmpty() && j < s.size())
                out += newline ? u'\n' : u' ';
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

QString FactExtractor::snippet(const QString& text, qsizetype at, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, at - 20);
    const qsizetype to = std::min<qsizetype>(text.size(), at + length + 20);
    return text.mid(from, to - from).simplified();
}

void FactExtractor::findVictims(const PageText& page, const QString& text, const QDate& today, CaseFileFacts& out) const
{
    for (const QString& marker : m_rules.victimMarkers) {
        for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            qsizetype p = at + marker.size();
            while (p < text.size() && (text[p] == u':' || text[p] == u'：'))
                ++p;
            // Names, possibly several: 被害人张三、李四
            QStringList names;
            qsizetype end = p;
            for (;;) {
                qsizetype q = end;
                QString name;
                auto nameChar = [](QChar c) { return (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) || c == u'·'; };
                while (q < text.size() && nameChar(text[q]) && name.size() < 4) {
                    name += text[q];
                    ++q;
                }
                // Cut where the name ends and the sentence goes on: 张三的损伤, 张三系低保.
                for (qsizetype i = 2; i < name.size(); ++i)
                    if (m_rules.nameStopCharacters.contains(name[i]) && name[i] != u'某') {
                        name.truncate(i);
                        break;
                    }
                // Four characters make a name only with a compound surname: 欧阳小明, not 赵志强损.
                if (name.size() == 4 && !m_rules.compoundSurnames.contains(name.left(2)))
                    name.truncate(3);
                if (name.size() < 2)
                    break;
                bool notName = !m_rules.surnames.isEmpty() && !m_rules.surnames.contains(name[0]) &&
                    !(name.size() >= 3 && m_rules.surnames.contains(name.left(2))); // 欧阳, 司马 ...
                for (const QString& w : m_rules.notNames)
                    notName = notName || name.startsWith(w);
                if (notName)
                    break;
                names << name;
                end = end + name.size();
                if (end < text.size() && text[end] == u'、') {
                    ++end;
                    continue;
                }
                break;
            }
            if (names.isEmpty())
                continue;
            // The ID after the name, before the next person is mentioned.
            qsizetype limit = std::min<qsizetype>(text.size(), end + m_rules.idWindow);
            for (const QString& other : m_rules.personMarkers) {
                const qsizetype next = text.indexOf(other, end);
                if (next >= 0 && next < limit)
                    limit = next;
            }
            QString idText;
            for (qsizetype i = end; i < limit; ++i) {
                if (!kIdChars.contains(text[i]))
                    continue;
                qsizetype j = i;
                int digits = 0;
                while (j < limit && kIdChars.contains(text[j])) {
                    digits += text[j].isDigit() ? 1 : 0;
                    ++j;
                }
                if (j - i >= 15 && j - i <= 18 && digits >= 12) {
                    idText = text.mid(i, j - i);
                    break;
                }
                i = j;
            }
            for (const QString& name : names) {
                bool known = false;
                for (ExtractedVictim& v : out.victims)
                    if (v.name == name) {
                        known = true;
                        if (v.key.isEmpty() && !idText.isEmpty() && names.size() == 1) {
                            // a later mention gives the ID
                            v = ExtractedVictim{name, {}, idText, {}, {}, page.page, snippet(text, at, end - at + idText.size()),
                                page.confidence};
                        }
                    }
                if (known)
                    continue;
                ExtractedVictim v{name, {}, names.size() == 1 ? idText : QString(), {}, {}, page.page,
                    snippet(text, at, end - at), page.confidence};
                out.victims.push_back(v);
            }
        }
    }
    // "张三住院" after "张三" is the same victim with the sentence running on.
    std::sort(out.victims.begin(), out.victims.end(), [](const ExtractedVictim& a, const ExtractedVictim& b) {
        return a.name.size() != b.name.size() ? a.name.size() < b.name.size() : !a.idWritten.isEmpty() && b.idWritten.isEmpty();
    });
    for (size_t i = 0; i < out.victims.size(); ++i)
        for (size_t j = out.victims.size(); j-- > i + 1;)
            if (out.victims[j].name.startsWith(out.victims[i].name)) {
                if (out.victims[i].idWritten.isEmpty())
                    out.victims[i].idWritten = out.victims[j].idWritten;
                out.victims.erase(out.victims.begin() + qsizetype(j));
            }
    std::sort(out.victims.begin(), out.victims.end(),
        [](const ExtractedVictim& a, const ExtractedVictim& b) { return a.page < b.page; });
    for (ExtractedVictim& v : out.victims) {
        if (!v.key.isEmpty())
            continue;
        if (v.idWritten.isEmpty()) {
            v.problem = QCoreApplication::translate("FactExtractor", "no ID number found near the victim's name");
            continue;
        }
        const IdParse parsed = IdParser::parseOcr(v.idWritten, today);
        if (parsed.ok()) {
            v.key = parsed.id->key();
            v.correctionNote = parsed.correctionNote;
            v.problem.clear();
        } else {
            v.problem = parsed.message();
        }
    }
}

CaseFileFacts FactExtractor::extract(const std::vector<PageText>& pages, const QDate& today) const
{
    CaseFileFacts out;
    std::map<QString, int> chargeCounts;
    std::map<QString, std::pair<int, QString>> chargeFirst;
    int injuryRank = 0;
    std::set<QString> categoriesFound;
    std::map<QString, QString> categoryReason;
    for (const PageText& page : pages) {
        const QString text = normalise(page.text, m_rules.wrappedLineLength);
        const bool lowConfidence = page.source == QLatin1String("ocr") && page.confidence < m_rules.lowConfidence;
        auto fact = [&](const QString& kind, const QString& value, qsizetype at, qsizetype length, QJsonObject detail = {}) {
            ExtractedFact f{kind, value, detail, page.page, snippet(text, at, length), page.confidence, lowConfidence, QString()};
            if (lowConfidence)
                f.reviewReason =
                    QCoreApplication::translate("FactExtractor", "OCR confidence %1% on page %2 is low; check against the page")
                        .arg(qRound(page.confidence))
                        .arg(page.page);
            out.facts.push_back(f);
        };
        // Case numbers: every distinct one; the first is the file's.
        for (const auto& [kind, re] : m_rules.caseNumbers) {
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                // OCR turns 〔2023〕 into 【2023] and the like: one canonical form per kind.
                QString value = QString(m.captured(0)).remove(u' ');
                if (kind != QLatin1String("court"))
                    value.replace(QRegularExpression(QStringLiteral("[〔\\[［(（【<〈《]+")), QStringLiteral("〔"))
                        .replace(QRegularExpression(QStringLiteral("[〕\\]］)）】>〉》]+")), QStringLiteral("〕"));
                else
                    value.replace(QRegularExpression(QStringLiteral("[(（【\\[]+")), QStringLiteral("（"))
                        .replace(QRegularExpression(QStringLiteral("[)）】\\]]+")), QStringLiteral("）"));
                bool seen = false;
                for (const ExtractedFact& f : out.facts)
                    seen = seen || (f.kind == QLatin1String("case_no") && f.value == value);
                if (!seen)
                    fact(QStringLiteral("case_no"), value, m.capturedStart(), m.capturedLength(),
                        QJsonObject{{QStringLiteral("kind"), kind}});
                if (out.caseNo.isEmpty() && kind != QLatin1String("accident"))
                    out.caseNo = value;
            }
        }
        // The document type from the title at the top of the first pages.
        if (out.docType.isEmpty()) {
            const QString head = text.left(500);
            qsizetype best = -1;
            for (const auto& [type, titles] : m_rules.documentTypes)
                for (const QString& title : titles) {
                    const qsizetype at = findFuzzy(head, title);
                    if (at >= 0 && (best < 0 || at < best)) {
                        best = at;
                        out.docType = type;
                    }
                }
            if (best >= 0)
                fact(QStringLiteral("doc_type"), out.docType, best, 6);
        }
        for (const QRegularExpression& re : m_rules.chargePatterns) {
            auto it = re.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                QString charge = m.captured(1);
                for (const QString& known : m_rules.knownCharges)
                    if (charge.endsWith(known) ||
                        (charge.size() >= known.size() && findFuzzy(charge.right(known.size()), known) == 0))
                        charge = known;
                if (charge.size() > 8)
                    continue;
                if (!chargeCounts[charge]++)
                    chargeFirst[charge] = {page.page, snippet(text, m.capturedStart(), m.capturedLength())};
            }
        }
        findVictims(page, text, today, out);
        for (const InjuryLevel& level : m_rules.injuries) {
            for (const QString& p : level.patterns) {
                for (qsizetype at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                    if (SqlFunctions::negatedAt(text, at))
                        continue;
                    if (level.rank > injuryRank) {
                        injuryRank = level.rank;
                        out.injury = level.level;
                        std::erase_if(out.facts, [](const ExtractedFact& f) { return f.kind == QLatin1String("injury"); });
                        fact(QStringLiteral("injury"), level.level, at, p.size(),
                            QJsonObject{{QStringLiteral("rank"), level.rank}});
                    }
                    break;
                }
            }
        }
        if (const auto m = m_rules.disability.match(text); m.hasMatch() && out.disability.isEmpty()) {
            const QString grade = !m.captured(1).isEmpty() ? m.captured(1)
                : !m.captured(2).isEmpty()                 ? m.captured(2)
                                                           : m.captured(3);
            out.disability = grade + QStringLiteral("级");
            fact(QStringLiteral("disability"), out.disability, m.capturedStart(), m.capturedLength());
        }
        for (const KeywordCategory& c : m_rules.categories) {
            for (const QString& k : c.keywords) {
                int count = 0;
                qsizetype first = -1;
                for (qsizetype at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
                    if (c.negationAware && SqlFunctions::negatedAt(text, at))
                        continue;
                    if (first < 0)
                        first = at;
                    ++count;
                }
                if (count == 0)
                    continue;
                fact(QStringLiteral("keyword"), k, first, k.size(),
                    QJsonObject{{QStringLiteral("category"), c.id}, {QStringLiteral("count"), count}});
                if (!categoriesFound.count(c.id)) {
                    categoriesFound.insert(c.id);
                    categoryReason[c.id] = QCoreApplication::translate("FactExtractor", "%1 (page %2: \"%3\")")
                                               .arg(c.title.text())
                                               .arg(page.page)
                                               .arg(snippet(text, first, k.size()));
                }
                if (c.id == QLatin1String("compensation"))
                    out.compensationSnippets << snippet(text, first, k.size());
            }
        }
        // Also negated compensation mentions are kept for the victims' summary text: the
        // screening model reads them with the same negation rule.
        for (const QString& k : {QStringLiteral("赔偿"), QStringLiteral("调解"), QStringLiteral("谅解"), QStringLiteral("和解")})
            for (qsizetype at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
                const QString s = snippet(text, at, k.size());
                if (!out.compensationSnippets.contains(s))
                    out.compensationSnippets << s;
                break;
            }
    }
    // Without a "涉嫌……罪" (OCR reads 罪 as 菲 or 徘), a known charge named in the text will do,
    // also with one character misread.
    if (chargeCounts.empty())
        for (const PageText& page : pages) {
            const QString text = normalise(page.text, m_rules.wrappedLineLength);
            for (const QString& known : m_rules.knownCharges)
                for (qsizetype at = findFuzzy(text, known); at >= 0; at = findFuzzy(text, known, at + 1))
                    if (!chargeCounts[known]++)
                        chargeFirst[known] = {page.page, snippet(text, at, known.size())};
        }
    // The charge named most often, known charges first.
    int best = 0;
    for (const auto& [charge, count] : chargeCounts) {
        const int weight = count + (m_rules.knownCharges.contains(charge) ? 1000 : 0);
        if (weight > best) {
            best = weight;
            out.charge = charge;
        }
    }
    if (!out.charge.isEmpty()) {
        const auto& [page, text] = chargeFirst[out.charge];
        out.facts.push_back({QStringLiteral("charge"), out.charge, {}, page, text, 100, false, {}});
    }
    for (const ExtractedVictim& v : out.victims) {
        ExtractedFact f{QStringLiteral("victim"), v.name,
            QJsonObject{{QStringLiteral("id"), v.key}, {QStringLiteral("id_written"), v.idWritten},
                {QStringLiteral("correction"), v.correctionNote}},
            v.page, v.snippet, v.confidence, !v.problem.isEmpty() || v.confidence < m_rules.lowConfidence, v.problem};
        if (f.reviewReason.isEmpty() && f.needsReview)
            f.reviewReason =
                QCoreApplication::translate("FactExtractor", "OCR confidence %1% is low; check the name and ID against the page")
                    .arg(qRound(v.confidence));
        out.facts.push_back(f);
    }
    for (const QString& id : categoriesFound)
        if (const KeywordCategory* c = m_rules.category(id))
            out.score += c->weight;
    for (const auto& [id, reason] : categoryReason)
        out.gradeReasons << reason;
    grade(out);
    return out;
}

void FactExtractor::grade(CaseFileFacts& out) const
{
    std::set<QString> present;
    for (const ExtractedFact& f : out.facts)
        if (f.kind == QLatin1String("keyword"))
            present.insert(f.detail.value(QStringLiteral("category")).toString());
    auto has = [&](const QString& alternatives) {
        for (const QString& a : alternatives.split(u'|'))
            if (present.count(a))
                return true;
        return false;
    };
    for (const GradeRuleSpec& rule : m_rules.grades) {
        bool ok = out.score >= rule.scoreAtLeast;
        for (const QString& a : rule.all)
            ok = ok && has(a);
        for (const QString& n : rule.none)
            ok = ok && !has(n);
        if (ok) {
            out.grade = rule.grade;
            break;
        }
    }
    if (!has(QStringLiteral("compensation")))
        out.gradeReasons << QCoreApplication::translate("FactExtractor", "no compensation, mediation or understanding found");
}

} // namespace cluedesk
