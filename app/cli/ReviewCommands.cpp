// review set|note|attach|history, person show, visit add|list
#include "Cli.h"

#include "VisitOptions.h"
#include "letters/LetterFollowUp.h"

#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "review/ClueStatus.h"
#include "review/PersonProfile.h"
#include "review/ReviewStore.h"
#include "review/VisitStore.h"
#include "screening/ClueStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cluedesk::cli {
namespace {

std::optional<qint64> clueArgument(Context& ctx, const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.failWith(QCoreApplication::translate("cli", "\"%1\" is not a clue number (see: cluedesk-cli clues)").arg(text));
        return std::nullopt;
    }
    return id;
}

int reviewSet(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption status(QStringLiteral("status"),
        QCoreApplication::translate("cli", "The new status: %1.").arg(ClueStatus::all().join(QStringLiteral(", "))),
        QStringLiteral("S"));
    const QCommandLineOption note(
        QStringLiteral("note"), QCoreApplication::translate("cli", "Why (required for a decision)."), QStringLiteral("TEXT"));
    const QCommandLineOption recovered(QStringLiteral("recovered"),
        QCoreApplication::translate("cli", "Money recovered, in yuan, when a supervision clue becomes corrected."),
        QStringLiteral("AMOUNT"));
    p.addOption(status);
    p.addOption(note);
    p.addOption(recovered);
    p.addPositionalArgument(QStringLiteral("CLUE"), QCoreApplication::translate("cli", "Clue number."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("CLUE --status S [--note TEXT] [--recovered AMOUNT]"),
            QCoreApplication::translate("cli",
                "Changes a clue's review status. Judicial-aid clues: new -> verifying -> eligible / ineligible / referred -> "
                "assisted. Supervision clues: new -> verifying -> confirmed / unfounded -> suggested -> corrected. "
                "Who, when and why are kept."),
            code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(status))
        return ctx.failWith(QCoreApplication::translate("cli", "needs one clue number and --status")), Usage;
    const auto clue = clueArgument(ctx, p.positionalArguments().first());
    if (!clue)
        return Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    std::optional<qint64> recoveredFen;
    if (p.isSet(recovered)) {
        bool ok = false;
        const double yuan = p.value(recovered).trimmed().toDouble(&ok);
        if (!ok || yuan < 0)
            return ctx.failWith(QCoreApplication::translate("cli",
                       "--recovered needs an amount in yuan, such as 12600 or 3500.50, "
                       "not \"%1\"")
                                    .arg(p.value(recovered))),
                   Usage;
        recoveredFen = qRound64(yuan * 100);
    }
    if (Status s = ReviewStore(*pool).setStatus(*clue, p.value(status), p.value(note), recoveredFen); !s)
        return ctx.failWith(s.error().message);
    ctx.out()
        << QCoreApplication::translate("cli", "Clue %1 is now \"%2\".").arg(*clue).arg(ClueStatus::title(p.value(status)).text())
        << '\n';
    return Ok;
}

int reviewNote(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CLUE"), QCoreApplication::translate("cli", "Clue number."));
    p.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("cli", "The note."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("CLUE TEXT"), QCoreApplication::translate("cli", "Adds a note to a clue."), code))
        return code;
    if (p.positionalArguments().size() != 2)
        return ctx.failWith(QCoreApplication::translate("cli", "needs a clue number and the note's text")), Usage;
    const auto clue = clueArgument(ctx, p.positionalArguments().first());
    if (!clue)
        return Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (auto r = ReviewStore(*pool).addNote(*clue, p.positionalArguments().at(1)); !r)
        return ctx.failWith(r.error().message);
    return Ok;
}

int reviewAttach(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CLUE"), QCoreApplication::translate("cli", "Clue number."));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "File to keep with the clue."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("CLUE FILE"),
            QCoreApplication::translate("cli", "Keeps a file (a scan, a photo, a certificate) with a clue, inside the pool."),
            code))
        return code;
    if (p.positionalArguments().size() != 2)
        return ctx.failWith(QCoreApplication::translate("cli", "needs a clue number and a file")), Usage;
    const auto clue = clueArgument(ctx, p.positionalArguments().first());
    if (!clue)
        return Usage;
    QFile f(p.positionalArguments().at(1));
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failWith(QCoreApplication::translate("cli", "cannot read %1: %2").arg(f.fileName(), f.errorString()));
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (auto r = ReviewStore(*pool).attach(*clue, QFileInfo(f.fileName()).fileName(), f.readAll()); !r)
        return ctx.failWith(r.error().message);
    return Ok;
}

int reviewHistory(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("CLUE"), QCoreApplication::translate("cli", "Clue number."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("CLUE"),
            QCoreApplication::translate("cli", "Shows a clue's status changes, notes and attachments, oldest first."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one clue number")), Usage;
    const auto clue = clueArgument(ctx, p.positionalArguments().first());
    if (!clue)
        return Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    ReviewStore review(*pool);
    const auto status = review.statusOf(*clue);
    if (!status)
        return ctx.failWith(QCoreApplication::translate("cli", "there is no clue %1").arg(*clue));
    ctx.out() << QCoreApplication::translate("cli", "Clue %1: %2").arg(*clue).arg(ClueStatus::title(*status).text());
    if (const auto row = ClueStore(*pool).get(*clue); row && row->recoveredFen >= 0)
        ctx.out() << QCoreApplication::translate("cli", " (%1 yuan recovered)").arg(double(row->recoveredFen) / 100, 0, 'f', 2);
    ctx.out() << '\n';
    TextTable table({QCoreApplication::translate("cli", "WHEN"), QCoreApplication::translate("cli", "WHO"),
        QCoreApplication::translate("cli", "WHAT"), QCoreApplication::translate("cli", "NOTE")});
    for (const ClueEvent& e : review.events(*clue))
        table.add(
            {e.at, e.by, ClueStatus::title(e.from).text() + QStringLiteral(" -> ") + ClueStatus::title(e.to).text(), e.note});
    for (const ClueNote& n : review.notes(*clue))
        table.add({n.at, n.by, QCoreApplication::translate("cli", "note"), n.text});
    for (const ClueAttachment& a : review.attachments(*clue))
        table.add({a.addedAt, a.addedBy, QCoreApplication::translate("cli", "attachment"),
            QStringLiteral("%1 (%2 bytes, sha256 %3)").arg(a.name).arg(a.size).arg(a.sha256.left(12))});
    table.print(ctx.out());
    // The letters about it and what became of the clue after their replies.
    for (const ClueFollowUp& f : LetterFollowUp::forClue(*pool, *clue, pool->now().date()))
        ctx.out() << QCoreApplication::translate("cli", "Letter: %1").arg(f.describe().text()) << '\n';
    return Ok;
}

QString yesNo(bool v)
{
    return v ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no");
}

int personShow(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption full(
        QStringLiteral("full-ids"), QCoreApplication::translate("cli", "Show ID numbers in full (they are masked otherwise)."));
    p.addOption(full);
    p.addPositionalArgument(QStringLiteral("ID_NUMBER"), QCoreApplication::translate("cli", "The person's ID number."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID_NUMBER [--full-ids]"),
            QCoreApplication::translate("cli",
                "Shows everything the pool knows about one person: every list and file they appear in, case files, clues of "
                "every model and the decisions, visits, amounts and letters."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one ID number")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const DatasetCatalog catalog = DatasetCatalog::forPool(*pool);
    auto profile = PersonProfile::load(*pool, p.positionalArguments().first(), catalog);
    if (!profile)
        return ctx.failWith(profile.error().message);
    const bool fullIds = p.isSet(full);
    if (fullIds && !ctx.allowFullIds(profile->key))
        return Failed;
    const auto shown = [&](const QString& id) { return fullIds ? id : IdNumber::mask(id); };
    QTextStream& out = ctx.out();
    out << QCoreApplication::translate("cli", "Person %1").arg(shown(profile->key)) << '\n';
    out << "  " << QCoreApplication::translate("cli", "names as written: %1").arg(profile->names.join(QStringLiteral(" / ")))
        << '\n';
    out << "  "
        << QCoreApplication::translate("cli", "born %1, %2, age %3, region %4")
               .arg(profile->birth.toString(Qt::ISODate),
                   profile->male ? QCoreApplication::translate("cli", "male") : QCoreApplication::translate("cli", "female"))
               .arg(profile->age)
               .arg(profile->region)
        << '\n';
    out << "  "
        << QCoreApplication::translate("cli", "local: %1")
               .arg(profile->local ? yesNo(*profile->local) : QCoreApplication::translate("cli", "unknown (set county.prefix)"))
        << '\n';
    if (profile->judicialAidGiven)
        out << "  " << QCoreApplication::translate("cli", "ALREADY GIVEN JUDICIAL AID: models do not propose this person again")
            << '\n';
    out << '\n' << QCoreApplication::translate("cli", "Lists (%1 rows)").arg(profile->records.size()) << '\n';
    TextTable lists({QCoreApplication::translate("cli", "LIST"), QCoreApplication::translate("cli", "FILE"),
        QCoreApplication::translate("cli", "ROW"), QCoreApplication::translate("cli", "AS OF"),
        QCoreApplication::translate("cli", "CURRENT"), QCoreApplication::translate("cli", "ROLE"),
        QCoreApplication::translate("cli", "NAME"), QCoreApplication::translate("cli", "ID AS WRITTEN")});
    for (const ProfileRecord& r : profile->records)
        lists.add({r.typeTitle, r.sheet.isEmpty() ? r.fileName : r.fileName + QLatin1Char(':') + r.sheet, QString::number(r.row),
            r.asOf, yesNo(r.current), r.role, r.nameWritten, shown(r.idWritten)});
    lists.print(out);
    if (!profile->caseFileMentions.empty()) {
        out << '\n' << QCoreApplication::translate("cli", "Case files") << '\n';
        for (const StoredFact& f : profile->caseFileMentions)
            out << "  "
                << QCoreApplication::translate("cli", "case file %1, page %2: %3")
                       .arg(f.caseFileId)
                       .arg(f.page)
                       .arg(f.snippet.simplified().left(60))
                << '\n';
    }
    out << '\n' << QCoreApplication::translate("cli", "Clues") << '\n';
    if (profile->clues.empty())
        out << "  " << QCoreApplication::translate("cli", "none") << '\n';
    for (const ProfileClue& c : profile->clues) {
        out << "  #" << c.clue.id << ' ' << c.modelTitle << " [" << c.clue.grade << "] "
            << ClueStatus::title(c.clue.status).text() << '\n';
        out << "    " << c.clue.reason(currentLanguage()) << '\n';
        for (const ClueEvent& e : c.events)
            out << "    " << e.at << ' ' << e.by << ": " << ClueStatus::title(e.to).text()
                << (e.note.isEmpty() ? QString() : QStringLiteral(" - ") + e.note) << '\n';
        for (const ClueNote& n : c.notes)
            out << "    " << n.at << ' ' << n.by << ": " << n.text << '\n';
    }
    if (!profile->visits.empty()) {
        out << '\n' << QCoreApplication::translate("cli", "Household visits") << '\n';
        for (const Visit& v : profile->visits)
            out << "  " << v.visitDate << " (" << v.visitors << "): " << v.conclusion << '\n';
    }
    if (!profile->calculations.empty()) {
        out << '\n' << QCoreApplication::translate("cli", "Assistance amounts") << '\n';
        for (const SavedCalculation& c : profile->calculations)
            out << "  #" << c.id << ' ' << c.createdAt.left(10) << ' ' << AssistanceCalculator::yuan(c.calculation.amountFen)
                << ' '
                << (c.decided ? QCoreApplication::translate("cli", "decided") : QCoreApplication::translate("cli", "draft"))
                << " (" << c.calculation.parameterSet << ")\n";
    }
    if (!profile->letters.empty()) {
        out << '\n' << QCoreApplication::translate("cli", "Letters") << '\n';
        for (const IssuedLetter& l : profile->letters)
            out << "  " << l.number << ' ' << l.department << ' ' << l.date
                << (l.status == QLatin1String("void") ? " (void)" : "") << '\n';
    }
    return Ok;
}

int visitAdd(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption clue(
        QStringLiteral("clue"), QCoreApplication::translate("cli", "The clue the visit is for."), QStringLiteral("CLUE"));
    const QCommandLineOption person(QStringLiteral("person"),
        QCoreApplication::translate("cli", "The person's ID number (when not given through --clue)."), QStringLiteral("ID"));
    p.addOption(clue);
    p.addOption(person);
    const VisitOptions form;
    form.addTo(p);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--clue CLUE | --person ID --date DATE --visitors NAMES [...]"),
            QCoreApplication::translate("cli", "Records a household visit (入户调查)."), code))
        return code;
    auto visit = form.read(p);
    if (!visit)
        return ctx.failWith(visit.error().message), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    Visit v = *visit;
    if (p.isSet(clue)) {
        const auto id = clueArgument(ctx, p.value(clue));
        if (!id)
            return Usage;
        const auto c = ClueStore(*pool).get(*id);
        if (!c)
            return ctx.failWith(QCoreApplication::translate("cli", "there is no clue %1").arg(*id));
        v.clueId = *id;
        v.personKey = c->personKey;
    } else if (p.isSet(person)) {
        v.personKey = p.value(person);
    } else {
        return ctx.failWith(QCoreApplication::translate("cli", "needs --clue or --person")), Usage;
    }
    auto r = VisitStore(*pool).add(v);
    if (!r)
        return ctx.failWith(r.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Visit %1 recorded.").arg(*r) << '\n';
    return Ok;
}

int visitList(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the visits as JSON."));
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("ID_NUMBER"), QCoreApplication::translate("cli", "The person's ID number."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID_NUMBER [--json]"),
            QCoreApplication::translate("cli", "Lists a person's household visits."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one ID number")), Usage;
    const IdParse id = IdParser::parse(p.positionalArguments().first());
    if (!id.ok())
        return ctx.failWith(id.message());
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const auto visits = VisitStore(*pool).forPerson(id.id->key());
    if (p.isSet(json)) {
        QJsonArray a;
        for (const Visit& v : visits)
            a.append(v.toJson());
        ctx.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return Ok;
    }
    TextTable table({QCoreApplication::translate("cli", "VISIT"), QCoreApplication::translate("cli", "DATE"),
        QCoreApplication::translate("cli", "VISITORS"), QCoreApplication::translate("cli", "FAMILY"),
        QCoreApplication::translate("cli", "CONCLUSION")});
    for (const Visit& v : visits)
        table.add({QString::number(v.id), v.visitDate, v.visitors, QString::number(v.family.size()), v.conclusion});
    table.print(ctx.out());
    return Ok;
}

const Register r1(
    {QStringLiteral("review"), QStringLiteral("set")}, QT_TRANSLATE_NOOP("cli", "change a clue's review status"), reviewSet);
const Register r2(
    {QStringLiteral("review"), QStringLiteral("note")}, QT_TRANSLATE_NOOP("cli", "add a note to a clue"), reviewNote);
const Register r3(
    {QStringLiteral("review"), QStringLiteral("attach")}, QT_TRANSLATE_NOOP("cli", "keep a file with a clue"), reviewAttach);
const Register r4({QStringLiteral("review"), QStringLiteral("history")},
    QT_TRANSLATE_NOOP("cli", "show a clue's status changes and notes"), reviewHistory);
const Register r5({QStringLiteral("person"), QStringLiteral("show")},
    QT_TRANSLATE_NOOP("cli", "everything the pool knows about one person"), personShow);
const Register r6(
    {QStringLiteral("visit"), QStringLiteral("add")}, QT_TRANSLATE_NOOP("cli", "record a household visit"), visitAdd);
const Register r7(
    {QStringLiteral("visit"), QStringLiteral("list")}, QT_TRANSLATE_NOOP("cli", "list a person's household visits"), visitList);

} // namespace
} // namespace cluedesk::cli
