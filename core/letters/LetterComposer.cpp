#include "letters/LetterComposer.h"

#include "assistance/CalculationStore.h"
#include "identity/IdNumber.h"
#include "pool/Pool.h"
#include "review/ClueStatus.h"
#include "review/ReviewStore.h"
#include "review/VisitStore.h"
#include "screening/ClueStore.h"
#include "util/ChineseText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <map>

namespace cluedesk {
namespace {

QString para(const QString& text)
{
    return QStringLiteral("<p style=\"font-size:14pt; line-height:150%\">　　%1</p>").arg(text.toHtmlEscaped());
}

// The letter already says 经核查/经审查查明 before the officer's note; a note that starts the same
// way would print it twice.
QString withoutLeadIn(QString note)
{
    static const QRegularExpression leadIn(QStringLiteral("^(经核查|经审查|经调查|经查)(查明|发现)?[，,：:\\s]*"));
    return note.remove(leadIn).trimmed();
}

} // namespace

QString LetterComposer::fill(const QString& html, const std::map<QString, QString>& values)
{
    // One pass over the template: a value is never searched again, and a placeholder this call
    // does not know ({{number}} before the register gives one) stays for the next.
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto value = values.find(m.captured(1));
        if (value == values.end())
            continue;
        out += QStringView(html).mid(last, m.capturedStart() - last);
        // What the officer or a list wrote is printed as written: braces in it are not placeholders.
        out += QString(value->second).replace(QStringLiteral("{{"), QStringLiteral("&#123;&#123;"));
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

Result<LetterDraft> LetterComposer::compose(Pool& pool, const LetterRequest& r)
{
    const LetterTemplate* t = LetterTemplate::find(r.templateId);
    if (!t) {
        QStringList ids;
        for (const LetterTemplate& x : LetterTemplate::all())
            ids << x.id;
        return fail(QCoreApplication::translate("LetterComposer", "unknown letter template \"%1\"; expected one of: %2")
                        .arg(r.templateId, ids.join(QStringLiteral(", "))),
            QStringLiteral("letter.bad-template"));
    }
    if (r.clueIds.empty())
        return fail(
            QCoreApplication::translate("LetterComposer", "a letter needs at least one clue"), QStringLiteral("letter.no-clues"));
    if (t->addressee == QLatin1String("department") && r.department.trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("LetterComposer", "a %1 needs the department it is addressed to").arg(t->title.text()),
            QStringLiteral("letter.no-department"));
    ClueStore clues(pool);
    ReviewStore review(pool);
    VisitStore visits(pool);
    CalculationStore calculations(pool);
    LetterDraft d;
    d.templ = t;
    d.date = r.date.isValid() ? r.date : pool.now().date();
    d.clueIds = r.clueIds;
    const QString office = pool.setting(
        QStringLiteral("office.name"), QCoreApplication::translate("LetterComposer", "(office name: set office.name)"));
    const QString county = pool.setting(QStringLiteral("county.name"));
    QString shortName = pool.setting(QStringLiteral("office.short"));
    if (shortName.isEmpty())
        shortName = county.isEmpty() ? office.left(1) : county.left(1);
    d.prefix = QString(t->numberPrefix).replace(QStringLiteral("{office_short}"), shortName);
    d.department = r.department.trimmed();

    QString persons, annexRows, decisionReason, decisionFinding, calculationText;
    qint64 amountFen = -1;
    QString firstKey, firstName;
    int n = 0, personClues = 0, others = 0; // what the clues are about: the annex names its columns after it
    for (qint64 id : r.clueIds) {
        const auto clue = clues.get(id);
        if (!clue)
            return fail(
                QCoreApplication::translate("LetterComposer", "there is no clue %1").arg(id), QStringLiteral("letter.no-clue"));
        const QString name = clue->names.value(0);
        // The gate: a clue is a lead, not a finding. Which decisions open it depends on the
        // clue's review path (a victim found eligible; a violation confirmed).
        QStringList allowed;
        for (const QString& s : ClueStatus::of(clue->workflow))
            if (t->allowedStatuses.contains(s))
                allowed << ClueStatus::title(s).text();
        if (allowed.isEmpty())
            return fail(QCoreApplication::translate("LetterComposer",
                            "clue %1 (%2) follows the %3 path; a %4 is not written "
                            "about such clues")
                            .arg(id)
                            .arg(name, ClueStatus::workflowTitle(clue->workflow).text(), t->title.text()),
                QStringLiteral("letter.wrong-workflow"));
        if (!t->allowedStatuses.contains(clue->status))
            return fail(
                QCoreApplication::translate(
                    "LetterComposer", "clue %1 (%2) is \"%3\": record a verification decision (%4) before writing a %5 about it")
                    .arg(id)
                    .arg(name, ClueStatus::title(clue->status).text(), allowed.join(QStringLiteral("/")), t->title.text()),
                QStringLiteral("letter.not-decided"));
        QStringList found;
        for (const ClueEvent& e : review.events(id))
            if (ClueStatus::isDecision(e.to) && !e.note.isEmpty())
                found = QStringList{withoutLeadIn(e.note)};
        const auto v = visits.forClue(id);
        if (!v.empty() && !v.front().conclusion.isEmpty())
            found << QStringLiteral("入户调查（%1）：%2")
                         .arg(v.front().visitDate, v.front().conclusion); // letters are Chinese documents
        const QString finding = found.join(QStringLiteral("；"));
        const QString key = clue->personKey;
        const QString shownId = clue->shownKey(r.fullIds);
        (clue->aboutPerson() ? personClues : others) += 1;
        d.persons.append(QJsonObject{{QStringLiteral("clue"), id}, {QStringLiteral("name"), name}, {QStringLiteral("key"), key},
            {QStringLiteral("reason"), clue->reasonZh}, {QStringLiteral("finding"), finding}});
        ++n;
        persons += para(QStringLiteral("%1、%2：%3%4")
                            .arg(QString::number(n), name, clue->reasonZh,
                                finding.isEmpty() ? QString() : QStringLiteral("经核查：%1").arg(finding)));
        annexRows += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                         .arg(n)
                         .arg(name.toHtmlEscaped(), shownId, clue->town.toHtmlEscaped(), clue->reasonZh.toHtmlEscaped());
        if (firstKey.isEmpty()) {
            firstKey = key;
            firstName = name;
            decisionReason = clue->reasonZh;
            decisionFinding = finding;
            const auto calc = calculations.forClue(id);
            for (const SavedCalculation& c : calc)
                if (c.decided) {
                    amountFen = c.calculation.amountFen;
                    calculationText = c.calculation.lines(Language::Chinese).join(QStringLiteral("；"));
                }
        }
    }
    if (t->addressee == QLatin1String("person")) {
        if (r.clueIds.size() != 1)
            return fail(
                QCoreApplication::translate("LetterComposer", "a %1 is about one person; give one clue").arg(t->title.text()),
                QStringLiteral("letter.one-person"));
        if (d.department.isEmpty())
            d.department = firstName;
    }
    if (t->needsAmount && amountFen < 0)
        return fail(
            QCoreApplication::translate("LetterComposer",
                "a %1 needs the decided amount: calculate it and decide it first (cluedesk-cli calc --clue %2 ... --decide)")
                .arg(t->title.text())
                .arg(r.clueIds.front()),
            QStringLiteral("letter.no-amount"));
    const QDate deadline = r.deadline.isValid() ? r.deadline : d.date.addDays(t->replyDays);
    d.deadline = deadline;
    const QString seal = QStringLiteral(
        "<br/><table width=\"100%\"><tr><td width=\"55%\"></td><td align=\"center\" style=\"font-size:14pt\">"
        "<div style=\"border:1px solid #C00000; color:#C00000; padding:6px\">（院印）</div><br/>%1<br/>%2</td></tr></table>")
                             .arg(office.toHtmlEscaped(), chinese::date(d.date));
    // A case, a company or an auction lot is listed by its number, not as a person with an ID.
    const QString annexTitle = others == 0 ? QStringLiteral("有关人员情况表")
        : personClues == 0                 ? QStringLiteral("有关案件（事项）情况表")
                                           : QStringLiteral("有关人员和案件（事项）情况表");
    const QString keyTitle = others == 0 ? QStringLiteral("身份证号码")
        : personClues == 0               ? QStringLiteral("案号（编号）")
                                         : QStringLiteral("身份证号码或案号（编号）");
    const QString nameTitle = personClues == 0 ? QStringLiteral("名称（当事人）") : QStringLiteral("姓名");
    const QString annex = t->addressee == QLatin1String("department")
        ? QStringLiteral("<p style=\"page-break-before:always; font-size:14pt\"><b>附件</b></p>"
                         "<p align=\"center\" style=\"font-size:16pt\"><b>%2</b></p>"
                         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" style=\"font-size:11pt\">"
                         "<tr><th>序号</th><th>%4</th><th>%3</th><th>乡镇（街道）</th><th>情况</th></tr>%1</table>")
              .arg(annexRows, annexTitle, keyTitle, nameTitle)
        : QString();
    const IdParse parsed = IdParser::parse(firstKey);
    std::map<QString, QString> values = {
        {QStringLiteral("office"), office.toHtmlEscaped()},
        {QStringLiteral("county"), county.toHtmlEscaped()},
        {QStringLiteral("department"), d.department.toHtmlEscaped()},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("measures"),
            (r.measures.isEmpty() ? t->defaultMeasures.text(Language::Chinese) : r.measures).toHtmlEscaped()},
        {QStringLiteral("deadline"), chinese::date(deadline)},
        {QStringLiteral("reply_days"), QString::number(t->replyDays)},
        {QStringLiteral("date"), chinese::date(d.date)},
        {QStringLiteral("seal"), seal},
        {QStringLiteral("annex"), annex},
        {QStringLiteral("contact"), pool.setting(QStringLiteral("office.contact"), pool.user()).toHtmlEscaped()},
        {QStringLiteral("name"), firstName.toHtmlEscaped()},
        {QStringLiteral("id"), r.fullIds ? firstKey : IdNumber::mask(firstKey)},
        {QStringLiteral("sex"),
            parsed.ok() ? (parsed.id->sex() == Sex::Male ? QStringLiteral("男") : QStringLiteral("女")) : QString()},
        {QStringLiteral("birth"), parsed.ok() ? parsed.id->birthDate().toString(QStringLiteral("yyyy年M月d日")) : QString()},
        {QStringLiteral("reason"), decisionReason.toHtmlEscaped()},
        {QStringLiteral("finding"), decisionFinding.toHtmlEscaped()},
        {QStringLiteral("amount"), amountFen >= 0 ? QString::number(double(amountFen) / 100.0, 'f', 2) : QString()},
        {QStringLiteral("amount_words"), amountFen >= 0 ? chinese::amountInWords(amountFen) : QString()},
        {QStringLiteral("calculation"), calculationText.toHtmlEscaped()},
    };
    d.html = fill(t->body, values);
    return d;
}

} // namespace cluedesk
