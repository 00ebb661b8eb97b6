#include "casefiles/FactExtractor.h"

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

std::vector<ExtractedPerson> CaseFileFacts::victims() const
{
    std::vector<ExtractedPerson> out;
    for (const ExtractedPerson& p : persons)
        if (p.role == QLatin1String("victim"))
            out.push_back(p);
    return out;
}

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

CaseFileFacts FactExtractor::extract(const std::vector<PageText>& pages, const QDate& today) const
{
    CaseFileFacts out;
    std::map<QString, int> chargeCounts;
    std::map<QString, std::pair<int, QString>> chargeFirst;
    int injuryRank = 0;
    std::set<QString> categoriesFound;
    std::map<QString, QString> categoryReason;
    std::vector<QString> texts;
    for (const PageText& page : pages)
        texts.push_back(normalise(page.text, m_rules.wrappedLineLength));
    for (size_t pageIndex = 0; pageIndex < pages.size(); ++pageIndex) {
        const PageText& page = pages[pageIndex];
        const QString& text = texts[pageIndex];
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
    }
    // Without a "涉嫌……罪" (OCR reads 罪 as 菲 or 徘), a known charge named in the text will do,
    // also with one character misread.
    if (chargeCounts.empty())
        for (size_t pageIndex = 0; pageIndex < pages.size(); ++pageIndex) {
            const PageText& page = pages[pageIndex];
            const QString& text = texts[pageIndex];
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
    // Warning keywords, with the charge's profile: its weights and added keywords.
    const std::vector<KeywordCategory> categories = m_rules.categoriesFor(out.charge);
    if (const ChargeProfile* profile = m_rules.profile(out.charge))
        out.profile = QStringLiteral("%1：%2").arg(profile->charge, profile->note.text());
    for (size_t pageIndex = 0; pageIndex < pages.size(); ++pageIndex) {
        const PageText& page = pages[pageIndex];
        const QString& text = texts[pageIndex];
        const bool lowConfidence = page.source == QLatin1String("ocr") && page.confidence < m_rules.lowConfidence;
        for (const KeywordCategory& c : categories) {
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
                ExtractedFact f{QStringLiteral("keyword"), k,
                    QJsonObject{{QStringLiteral("category"), c.id}, {QStringLiteral("count"), count}}, page.page,
                    snippet(text, first, k.size()), page.confidence, lowConfidence, QString()};
                if (lowConfidence)
                    f.reviewReason = QCoreApplication::translate(
                        "FactExtractor", "OCR confidence %1% on page %2 is low; check against the page")
                                         .arg(qRound(page.confidence))
                                         .arg(page.page);
                out.facts.push_back(f);
                if (!categoriesFound.count(c.id)) {
                    categoriesFound.insert(c.id);
                    out.score += c.weight;
                    categoryReason[c.id] = QCoreApplication::translate("FactExtractor", "%1 (page %2: \"%3\")")
                                               .arg(c.title.text())
                                               .arg(page.page)
                                               .arg(snippet(text, first, k.size()));
                }
                if (c.against)
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
    out.persons = PersonFinder(m_rules).find(pages, texts, out.docType, today);
    for (const ExtractedPerson& v : out.persons) {
        // Victims are what screening uses; everyone else with an ID is kept with their role.
        const bool victim = v.role == QLatin1String("victim");
        ExtractedFact f{victim ? QStringLiteral("victim") : QStringLiteral("person"), v.name,
            QJsonObject{{QStringLiteral("id"), v.key}, {QStringLiteral("id_written"), v.idWritten},
                {QStringLiteral("correction"), v.correctionNote}, {QStringLiteral("role"), v.role},
                {QStringLiteral("rule"), v.rule}, {QStringLiteral("phrase"), v.phrase},
                // what the victims list carries about compensation, also for a person corrected later
                {QStringLiteral("summary"), out.compensationSnippets.join(QStringLiteral("；"))}},
            v.page, v.snippet, v.confidence, !v.problem.isEmpty() || v.confidence < m_rules.lowConfidence, v.problem};
        if (f.reviewReason.isEmpty() && f.needsReview)
            f.reviewReason =
                QCoreApplication::translate("FactExtractor", "OCR confidence %1% is low; check the name and ID against the page")
                    .arg(qRound(v.confidence));
        out.facts.push_back(f);
    }
    for (const auto& [id, reason] : categoryReason)
        out.gradeReasons << reason;
    grade(out, categoriesFound);
    return out;
}

void FactExtractor::grade(CaseFileFacts& out, const std::set<QString>& present) const
{
    auto has = [&](const QString& id) { return present.count(id) > 0; };
    QStringList path;
    for (const GradeNode* node = m_rules.gradeTree.get(); node;) {
        if (node->leaf) {
            out.grade = node->grade;
            break;
        }
        bool yes = std::all_of(node->all.begin(), node->all.end(), has) &&
            (node->any.isEmpty() || std::any_of(node->any.begin(), node->any.end(), has)) &&
            std::none_of(node->none.begin(), node->none.end(), has) &&
            (!node->scoreAtLeast || out.score >= *node->scoreAtLeast) &&
            (node->charges.isEmpty() || node->charges.contains(out.charge));
        if (!node->note.isEmpty())
            path << (yes ? QCoreApplication::translate("FactExtractor", "%1: yes")
                         : QCoreApplication::translate("FactExtractor", "%1: no"))
                        .arg(node->note.text());
        node = (yes ? node->then : node->otherwise).get();
    }
    out.gradePath = path;
    if (!path.isEmpty())
        out.gradeReasons.prepend(
            QCoreApplication::translate("FactExtractor", "Decision: %1").arg(path.join(QStringLiteral(" → "))));
    if (!out.profile.isEmpty())
        out.gradeReasons.prepend(QCoreApplication::translate("FactExtractor", "Charge profile %1").arg(out.profile));
    bool against = false;
    for (const KeywordCategory& c : m_rules.categories)
        against = against || (c.against && has(c.id));
    if (!against)
        out.gradeReasons << QCoreApplication::translate("FactExtractor", "no compensation, settlement or understanding found");
}

} // namespace cluedesk
