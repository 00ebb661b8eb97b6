// casefile add | list | show | correct | keywords
#include "Cli.h"

#include "assistance/ParameterSet.h"
#include "casefiles/CaseFileStore.h"
#include "documents/CaseFileIntake.h"
#include "identity/IdNumber.h"
#include "ingest/PossibleMatches.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <mutex>

namespace cluedesk::cli {
namespace {

QString t(const char* s)
{
    return QCoreApplication::translate("cli", s);
}

QString gradeText(const QString& g)
{
    if (g == QLatin1String("red"))
        return t("red");
    if (g == QLatin1String("orange"))
        return t("orange");
    if (g == QLatin1String("yellow"))
        return t("yellow");
    return t("none");
}

int add(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption workers(
        QStringLiteral("workers"), t("OCR pages in parallel (default: number of cores)."), QStringLiteral("N"));
    const QCommandLineOption ocr(QStringLiteral("ocr"), t("OCR every page, even where the PDF has a text layer."));
    const QCommandLineOption lang(
        QStringLiteral("ocr-language"), t("Tesseract language (default chi_sim)."), QStringLiteral("LANG"));
    for (const auto* o : {&workers, &ocr, &lang})
        p.addOption(*o);
    p.addPositionalArgument(
        QStringLiteral("FILE"), t("PDF or scanned image files (PNG, JPEG, TIFF)."), QStringLiteral("FILE..."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--workers N] FILE..."),
            t("Reads case files (text layer, else OCR), extracts case number, charge, victims, injury and warning keywords, "
              "grades each file and adds its victims to the victims list."),
            code))
        return code;
    if (p.positionalArguments().isEmpty())
        return ctx.failWith(t("casefile add needs at least one file")), Usage;
    Pool* pool = ctx.pool(true);
    if (!pool)
        return Failed;
    CaseFileReadOptions options;
    if (p.isSet(workers))
        options.workers = std::max(1, p.value(workers).toInt());
    options.forceOcr = p.isSet(ocr);
    if (p.isSet(lang))
        options.ocr.language = p.value(lang);
    CaseFileIntake intake(*pool, options);
    bool failed = false;
    std::mutex printing;
    QStringList missing;
    const QStringList files = CaseFileIntake::expand(p.positionalArguments(), &missing);
    for (const QString& path : missing) {
        ctx.err() << "cluedesk-cli: " << t("%1 does not exist").arg(path) << Qt::endl;
        failed = true;
    }
    for (const QString& path : files) {
        const QString name = QFileInfo(path).fileName();
        auto added = intake.add(path, [&](int page, int done, int total, const QString& how) {
            std::lock_guard<std::mutex> guard(printing);
            ctx.err() << '\r' << t("%1: page %2 read (%3), %4 of %5").arg(name).arg(page).arg(how).arg(done).arg(total) << "   "
                      << Qt::flush;
        });
        ctx.err() << '\r' << QString(70, u' ') << '\r' << Qt::flush;
        if (!added) {
            ctx.err() << "cluedesk-cli: " << added.error().message << Qt::endl;
            failed = true;
            continue;
        }
        const CaseFileRead& read = added->read;
        const CaseFileFacts& facts = added->facts;
        QTextStream& out = ctx.out();
        out << t("Case file %1: %2").arg(added->id).arg(name) << '\n'
            << t("  pages %1 (text layer %2, OCR %3), %4 s")
                   .arg(read.pages)
                   .arg(read.textPages)
                   .arg(read.ocrPages)
                   .arg(read.seconds, 0, 'f', 1)
            << '\n'
            << t("  document: %1; case number: %2; charge: %3; injury: %4")
                   .arg(facts.docType.isEmpty() ? QStringLiteral("-") : facts.docType,
                       facts.caseNo.isEmpty() ? QStringLiteral("-") : facts.caseNo,
                       facts.charge.isEmpty() ? QStringLiteral("-") : facts.charge,
                       facts.injury.isEmpty() ? QStringLiteral("-") : facts.injury)
            << '\n';
        for (const ExtractedPerson& v : facts.victims())
            out << t("  victim: %1 %2%3")
                       .arg(v.name, v.key.isEmpty() ? t("(no valid ID)") : IdNumber::mask(v.key),
                           v.problem.isEmpty()
                               ? (v.correctionNote.isEmpty() ? QString() : QStringLiteral(" — ") + v.correctionNote)
                               : QStringLiteral(" — ") + v.problem)
                << '\n';
        const ExtractionRules& rules = ExtractionRules::builtIn();
        for (const ExtractedPerson& v : facts.persons)
            if (v.role != QLatin1String("victim"))
                out << t("  %1: %2 %3%4")
                           .arg(rules.roleTitle(v.role), v.name.isEmpty() ? t("(no name)") : v.name,
                               v.key.isEmpty() ? t("(no valid ID)") : IdNumber::mask(v.key),
                               v.problem.isEmpty() ? QString() : QStringLiteral(" — ") + v.problem)
                    << '\n';
        QStringList keywords;
        for (const ExtractedFact& k : facts.facts)
            if (k.kind == QLatin1String("keyword"))
                keywords << QStringLiteral("%1(p%2)").arg(k.value).arg(k.page);
        out << t("  keywords: %1").arg(keywords.isEmpty() ? QStringLiteral("-") : keywords.join(QStringLiteral(" "))) << '\n'
            << t("  grade: %1 (score %2) — %3")
                   .arg(gradeText(facts.grade))
                   .arg(facts.score)
                   .arg(facts.gradeReasons.join(QStringLiteral("; ")))
            << '\n';
        if (const QString aid = ParameterStore(*pool).aidSuggestion(facts.grade, pool->now().date()); !aid.isEmpty())
            out << t("  suggested aid: %1").arg(aid) << '\n';
        if (facts.needsReview())
            out << t("  needs review: see cluedesk-cli casefile show %1").arg(added->id) << '\n';
    }
    return failed ? Failed : Ok;
}

int list(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption review(QStringLiteral("review"), t("List the extractions that wait for an officer's correction."));
    p.addOption(review);
    int code = Ok;
    if (!ctx.parse(p, QString(), t("Lists the case files with their grade, or the extractions to review."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    CaseFileStore store(*pool);
    if (p.isSet(review)) {
        TextTable table({t("FACT"), t("FILE"), t("PAGE"), t("KIND"), t("READ"), t("WHY"), t("POSSIBLE MATCH")});
        PossibleMatches matcher(*pool);
        for (const StoredFact& f : store.needingReview()) {
            QStringList found;
            if (f.kind == QLatin1String("victim"))
                for (const PossibleMatch& m : matcher.find(f.detail.value(QStringLiteral("id_written")).toString(), f.value))
                    found << QStringLiteral("%1 %2 (%3)").arg(m.key, m.name, m.reason());
            table.add({QString::number(f.id), QString::number(f.caseFileId), QString::number(f.page), f.kind, f.value,
                f.reviewReason, found.join(QStringLiteral("; "))});
        }
        table.print(ctx.out());
        return Ok;
    }
    const auto files = store.list();
    if (files.empty()) {
        ctx.out() << t("No case files yet. Add PDFs or scans: cluedesk-cli casefile add FILE") << '\n';
        return Ok;
    }
    TextTable table(
        {t("ID"), t("FILE"), t("PAGES"), t("DOCUMENT"), t("CASE NUMBER"), t("CHARGE"), t("VICTIMS"), t("GRADE"), t("TO REVIEW")});
    for (const CaseFileInfo& c : files)
        table.add({QString::number(c.id), c.fileName, QString::number(c.pages), c.docType, c.caseNo, c.charge,
            QString::number(c.victims), gradeText(c.grade), QString::number(c.needsReview)});
    table.print(ctx.out());
    return Ok;
}

int show(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption text(QStringLiteral("text"), t("Also print the text of every page."));
    const QCommandLineOption full(QStringLiteral("full-ids"), t("Show ID numbers in full."));
    p.addOption(text);
    p.addOption(full);
    p.addPositionalArgument(QStringLiteral("ID"), t("Case file id."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID [--text]"),
            t("Shows a case file: what was read from which page, and why it was graded so."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(t("casefile show needs one case file id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    CaseFileStore store(*pool);
    const auto c = store.get(p.positionalArguments().first().toLongLong());
    if (!c)
        return ctx.failWith(t("there is no case file %1").arg(p.positionalArguments().first()));
    if (p.isSet(full) && !ctx.allowFullIds(QStringLiteral("case file %1").arg(c->id)))
        return Failed;
    QTextStream& out = ctx.out();
    out << t("Case file %1: %2 (%3, %4 pages; text layer %5, OCR %6)")
               .arg(c->id)
               .arg(c->fileName, c->format)
               .arg(c->pages)
               .arg(c->textPages)
               .arg(c->ocrPages)
        << '\n'
        << t("Added %1 by %2; grade %3 (score %4)").arg(c->addedAt, c->addedBy, gradeText(c->grade)).arg(c->score) << '\n';
    if (const QString aid = ParameterStore(*pool).aidSuggestion(c->grade, pool->now().date()); !aid.isEmpty())
        ctx.out() << t("Suggested aid: %1").arg(aid) << '\n';
    for (const QString& r : c->gradeReasons)
        out << "  - " << r << '\n';
    TextTable table({t("FACT"), t("PAGE"), t("KIND"), t("VALUE"), t("SNIPPET"), t("REVIEW")});
    for (const StoredFact& f : store.facts(c->id)) {
        QString value = f.value;
        if (f.kind == QLatin1String("person"))
            value = QStringLiteral("%1 (%2)").arg(
                value, ExtractionRules::builtIn().roleTitle(f.detail.value(QStringLiteral("role")).toString()));
        if (f.kind == QLatin1String("victim") || f.kind == QLatin1String("person")) {
            const QString key = f.detail.value(QStringLiteral("id")).toString();
            value += QStringLiteral(" ") + (key.isEmpty() ? t("(no valid ID)") : (p.isSet(full) ? key : IdNumber::mask(key)));
        } else if (f.kind == QLatin1String("keyword")) {
            value = f.detail.value(QStringLiteral("category")).toString() + QStringLiteral(": ") + value;
        }
        table.add({QString::number(f.id), QString::number(f.page), f.kind, value, f.snippet,
            f.needsReview ? f.reviewReason : QString()});
    }
    table.print(out);
    if (p.isSet(text))
        for (const PageText& page : store.pages(c->id))
            out << '\n'
                << t("--- page %1 (%2, confidence %3) ---").arg(page.page).arg(page.source).arg(qRound(page.confidence)) << '\n'
                << page.text << '\n';
    return Ok;
}

int correct(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption id(
        QStringLiteral("id"), t("The person's ID number as it should read."), QStringLiteral("ID_NUMBER"));
    const QCommandLineOption name(
        QStringLiteral("name"), t("The person's name, if it was read wrongly."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
        t("Who the person is: victim, relative, defendant, witness or other (default: as read)."), QStringLiteral("ROLE"));
    p.addOption(id);
    p.addOption(name);
    p.addOption(role);
    p.addPositionalArgument(QStringLiteral("FACT"), t("The extracted person (see casefile list --review)."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("FACT --id ID_NUMBER [--name NAME] [--role ROLE]"),
            t("Corrects a person read from a case file; with a valid ID a victim or a victim's relative joins the victims "
              "list."),
            code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(id))
        return ctx.failWith(t("casefile correct needs a fact id and --id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (Status s = CaseFileStore(*pool).correctPerson(
            p.positionalArguments().first().toLongLong(), p.value(name), p.value(id), p.value(role));
        !s)
        return ctx.failWith(s.error().message);
    ctx.out() << t("Corrected; run the screening models to see the effect.") << '\n';
    return Ok;
}

int keywords(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption addOption(
        QStringLiteral("add"), t("Add a keyword to a category (new categories get weight 1)."), QStringLiteral("CATEGORY"));
    p.addOption(addOption);
    p.addPositionalArgument(QStringLiteral("KEYWORD"), t("Keywords to add."), QStringLiteral("[KEYWORD...]"));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--add CATEGORY KEYWORD...]"),
            t("Lists the keyword categories of case files, or adds keywords."), code))
        return code;
    Pool* pool = ctx.pool(true);
    if (!pool)
        return Failed;
    if (p.isSet(addOption)) {
        if (p.positionalArguments().isEmpty())
            return ctx.failWith(t("--add needs at least one keyword")), Usage;
        QJsonObject office = QJsonDocument::fromJson(pool->setting(QStringLiteral("casefiles.keywords")).toUtf8()).object();
        ExtractionRules merged;
        if (Status s = merged.mergeKeywords(office); !s)
            return ctx.failWith(t("the office's keywords in this pool cannot be read: %1").arg(s.error().message));
        if (Status s = merged.mergeKeywords(QJsonObject{{QStringLiteral("categories"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), p.value(addOption)},
                    {QStringLiteral("keywords"), QJsonArray::fromStringList(p.positionalArguments())}}}}});
            !s)
            return ctx.failWith(s.error().message);
        if (Status s = pool->changeSetting(QStringLiteral("casefiles.keywords"),
                QString::fromUtf8(
                    QJsonDocument(ExtractionRules::keywordsJson(merged.categories)).toJson(QJsonDocument::Compact)));
            !s)
            return ctx.failWith(s.error().message);
    }
    TextTable table({t("CATEGORY"), t("TITLE"), t("WEIGHT"), t("KEYWORDS")});
    for (const KeywordCategory& c : ExtractionRules::forPool(*pool).categories)
        table.add({c.id, c.title.text(), QString::number(c.weight), c.keywords.join(QStringLiteral("、"))});
    table.print(ctx.out());
    return Ok;
}

const Register r1({QStringLiteral("casefile"), QStringLiteral("add")},
    QT_TRANSLATE_NOOP("cli", "read case files and extract victims and warning signs"), add);
const Register r2({QStringLiteral("casefile"), QStringLiteral("list")},
    QT_TRANSLATE_NOOP("cli", "list case files, or the extractions to review"), list);
const Register r3(
    {QStringLiteral("casefile"), QStringLiteral("show")}, QT_TRANSLATE_NOOP("cli", "show what was read from a case file"), show);
const Register r4({QStringLiteral("casefile"), QStringLiteral("correct")},
    QT_TRANSLATE_NOOP("cli", "correct a person read from a case file"), correct);
const Register r5({QStringLiteral("casefile"), QStringLiteral("keywords")},
    QT_TRANSLATE_NOOP("cli", "list or extend the warning keywords"), keywords);

} // namespace
} // namespace cluedesk::cli
