// field export|show|visit|note|import|conflicts|resolve
#include "Cli.h"
#include "VisitOptions.h"

#include "fieldwork/FieldPackage.h"
#include "identity/IdNumber.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cluedesk::cli {
namespace {

QCommandLineOption packagePassphraseOption()
{
    return QCommandLineOption(QStringLiteral("package-passphrase-file"),
        QCoreApplication::translate("cli",
            "Read the package's one-time passphrase from FILE (- for standard input); "
            "or set CLUEDESK_PACKAGE_PASSPHRASE."),
        QStringLiteral("FILE"));
}

std::optional<FieldPackage> openPackage(
    Context& ctx, const QCommandLineParser& p, const QCommandLineOption& o, const QString& path, QByteArray& passphrase)
{
    if (p.isSet(o)) {
        const auto secret = Context::readSecret(p.value(o));
        if (!secret) {
            ctx.failWith(QCoreApplication::translate("cli", "cannot read the passphrase from %1").arg(p.value(o)));
            return std::nullopt;
        }
        passphrase = *secret;
    } else {
        passphrase = qgetenv("CLUEDESK_PACKAGE_PASSPHRASE");
    }
    if (passphrase.isEmpty()) {
        ctx.failWith(QCoreApplication::translate(
            "cli", "give the package's one-time passphrase (--package-passphrase-file or CLUEDESK_PACKAGE_PASSPHRASE)"));
        return std::nullopt;
    }
    auto package = FieldPackage::open(path, passphrase);
    if (!package) {
        ctx.failWith(package.error().message);
        return std::nullopt;
    }
    return *package;
}

QString fieldOfficer(Context& ctx)
{
    return ctx.user.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("field")) : ctx.user;
}

int fieldExport(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption clues(
        QStringLiteral("clues"), QCoreApplication::translate("cli", "Clue numbers, comma separated."), QStringLiteral("ID,..."));
    const QCommandLineOption out(QStringLiteral("out"),
        QCoreApplication::translate("cli", "The package file (for the USB stick)."), QStringLiteral("FILE"));
    const QCommandLineOption forUser(QStringLiteral("for"),
        QCoreApplication::translate("cli", "The officer who takes the package (default: you); what comes back is theirs."),
        QStringLiteral("USER"));
    p.addOption(clues);
    p.addOption(out);
    p.addOption(forUser);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--clues ID,... --out FILE [--for USER]"),
            QCoreApplication::translate("cli",
                "Exports the persons of these clues for household visits on an offline laptop, encrypted with a one-time "
                "passphrase that is printed once: write it down, do not store it with the file."),
            code))
        return code;
    if (!p.isSet(clues) || !p.isSet(out))
        return ctx.failWith(QCoreApplication::translate("cli", "needs --clues and --out")), Usage;
    std::vector<qint64> ids;
    for (const QString& part : p.value(clues).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        ids.push_back(part.trimmed().toLongLong(&ok));
        if (!ok)
            return ctx.failWith(QCoreApplication::translate("cli", "\"%1\" is not a clue number").arg(part)), Usage;
    }
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    auto passphrase = FieldPackage::exportTo(*pool, ids, p.value(out), p.value(forUser));
    if (!passphrase)
        return ctx.failWith(passphrase.error().message);
    ctx.out()
        << QCoreApplication::translate("cli", "Visit package for %1 person(s) written to %2.").arg(ids.size()).arg(p.value(out))
        << '\n'
        << QCoreApplication::translate("cli", "One-time passphrase: %1").arg(*passphrase) << '\n';
    return Ok;
}

int fieldShow(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pass = packagePassphraseOption();
    p.addOption(pass);
    p.addPositionalArgument(QStringLiteral("PACKAGE"), QCoreApplication::translate("cli", "The package file."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("PACKAGE"),
            QCoreApplication::translate("cli", "Shows the persons in a visit package and the visits recorded."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one package file")), Usage;
    QByteArray passphrase;
    const auto package = openPackage(ctx, p, pass, p.positionalArguments().first(), passphrase);
    if (!package)
        return Failed;
    QTextStream& out = ctx.out();
    const auto visits = package->visits();
    for (const QJsonValue& v : package->persons()) {
        const QJsonObject person = v.toObject();
        const qint64 clue = person.value(QStringLiteral("clue")).toInteger();
        out << "#" << clue << ' ' << person.value(QStringLiteral("names")).toVariant().toStringList().join(QStringLiteral("/"))
            << ' ' << IdNumber::mask(person.value(QStringLiteral("key")).toString()) << ' '
            << person.value(QStringLiteral("town")).toString() << '\n';
        out << "  " << person.value(QStringLiteral("reason")).toString() << '\n';
        for (const Visit& visit : visits)
            if (visit.clueId == clue)
                out << "  "
                    << QCoreApplication::translate("cli", "visit %1 %2 (%3): %4")
                           .arg(visit.uuid.left(8), visit.visitDate, visit.visitors, visit.conclusion)
                    << '\n';
        for (const QJsonValue& n : package->notes())
            if (n.toObject().value(QStringLiteral("clue")).toInteger() == clue)
                out << "  "
                    << QCoreApplication::translate("cli", "note: %1").arg(n.toObject().value(QStringLiteral("text")).toString())
                    << '\n';
    }
    return Ok;
}

int fieldVisit(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pass = packagePassphraseOption();
    const QCommandLineOption clue(
        QStringLiteral("clue"), QCoreApplication::translate("cli", "The clue in the package."), QStringLiteral("CLUE"));
    const QCommandLineOption edit(QStringLiteral("edit"),
        QCoreApplication::translate("cli", "Change this visit (its UUID or first 8 characters) instead."),
        QStringLiteral("UUID"));
    p.addOption(pass);
    p.addOption(clue);
    p.addOption(edit);
    const VisitOptions form;
    form.addTo(p);
    p.addPositionalArgument(QStringLiteral("PACKAGE"), QCoreApplication::translate("cli", "The package file."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("PACKAGE --clue CLUE --date DATE --visitors NAMES [...]"),
            QCoreApplication::translate("cli", "Records a household visit into a visit package, offline."), code))
        return code;
    if (p.positionalArguments().size() != 1 || (!p.isSet(clue) && !p.isSet(edit)))
        return ctx.failWith(QCoreApplication::translate("cli", "needs the package file and --clue (or --edit)")), Usage;
    auto visit = form.read(p);
    if (!visit)
        return ctx.failWith(visit.error().message), Usage;
    QByteArray passphrase;
    auto package = openPackage(ctx, p, pass, p.positionalArguments().first(), passphrase);
    if (!package)
        return Failed;
    const QString at =
        QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate);
    Visit v = *visit;
    if (p.isSet(edit)) {
        for (const Visit& existing : package->visits())
            if (existing.uuid.startsWith(p.value(edit)))
                v.uuid = existing.uuid;
        if (Status s = package->updateVisit(v, fieldOfficer(ctx), at); !s)
            return ctx.failWith(s.error().message);
    } else {
        v.clueId = p.value(clue).toLongLong();
        if (auto r = package->addVisit(v, fieldOfficer(ctx), at); !r)
            return ctx.failWith(r.error().message);
    }
    if (Status s = package->save(p.positionalArguments().first(), passphrase); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Visit saved in the package.") << '\n';
    return Ok;
}

int fieldNote(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pass = packagePassphraseOption();
    const QCommandLineOption clue(
        QStringLiteral("clue"), QCoreApplication::translate("cli", "The clue in the package."), QStringLiteral("CLUE"));
    p.addOption(pass);
    p.addOption(clue);
    p.addPositionalArgument(QStringLiteral("PACKAGE"), QCoreApplication::translate("cli", "The package file."));
    p.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("cli", "The note."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("PACKAGE --clue CLUE TEXT"),
            QCoreApplication::translate("cli", "Adds a note to a clue in a visit package."), code))
        return code;
    if (p.positionalArguments().size() != 2 || !p.isSet(clue))
        return ctx.failWith(QCoreApplication::translate("cli", "needs the package file, --clue and the text")), Usage;
    QByteArray passphrase;
    auto package = openPackage(ctx, p, pass, p.positionalArguments().first(), passphrase);
    if (!package)
        return Failed;
    const QString at =
        QDateTime::currentDateTime().toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc()).toString(Qt::ISODate);
    if (Status s = package->addNote(p.value(clue).toLongLong(), p.positionalArguments().at(1), fieldOfficer(ctx), at); !s)
        return ctx.failWith(s.error().message);
    if (Status s = package->save(p.positionalArguments().first(), passphrase); !s)
        return ctx.failWith(s.error().message);
    return Ok;
}

void printConflict(QTextStream& out, const FieldConflict& c)
{
    out << QCoreApplication::translate("cli", "conflict %1 (clue %2, %3):").arg(c.id).arg(c.clueId).arg(c.kind) << '\n';
    if (c.kind == QLatin1String("visit")) {
        out << "  "
            << QCoreApplication::translate("cli", "office: %1").arg(c.office.value(QStringLiteral("conclusion")).toString())
            << '\n';
        out << "  "
            << QCoreApplication::translate("cli", "field:  %1").arg(c.field.value(QStringLiteral("conclusion")).toString())
            << '\n';
    } else {
        out << "  "
            << QCoreApplication::translate("cli", "the clue went from \"%1\" to \"%2\" at the office after the package was made")
                   .arg(c.field.value(QStringLiteral("status")).toString(), c.office.value(QStringLiteral("status")).toString())
            << '\n';
    }
}

int fieldImport(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pass = packagePassphraseOption();
    p.addOption(pass);
    p.addPositionalArgument(QStringLiteral("PACKAGE"), QCoreApplication::translate("cli", "The returned package file."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("PACKAGE"),
            QCoreApplication::translate(
                "cli", "Merges the visits and notes of a returned package; conflicts are listed, never overwritten."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one package file")), Usage;
    QByteArray passphrase;
    const auto package = openPackage(ctx, p, pass, p.positionalArguments().first(), passphrase);
    if (!package)
        return Failed;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const auto report = FieldMerge::merge(*pool, *package);
    if (!report)
        return ctx.failWith(report.error().message);
    ctx.out() << QCoreApplication::translate(
                     "cli", "Visits added %1, updated %2; notes added %3; unchanged %4; new conflicts %5.")
                     .arg(report->visitsAdded)
                     .arg(report->visitsUpdated)
                     .arg(report->notesAdded)
                     .arg(report->unchanged)
                     .arg(report->conflicts.size())
              << '\n';
    for (const FieldConflict& c : report->conflicts)
        printConflict(ctx.out(), c);
    return Ok;
}

int fieldConflicts(Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!ctx.parse(
            p, QString(), QCoreApplication::translate("cli", "Lists the open conflicts from returned visit packages."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    for (const FieldConflict& c : FieldMerge::conflicts(*pool))
        printConflict(ctx.out(), c);
    return Ok;
}

int fieldResolve(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption keep(
        QStringLiteral("keep"), QCoreApplication::translate("cli", "office or field."), QStringLiteral("SIDE"));
    p.addOption(keep);
    p.addPositionalArgument(QStringLiteral("CONFLICT"), QCoreApplication::translate("cli", "Conflict number."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("CONFLICT --keep office|field"),
            QCoreApplication::translate("cli", "Resolves a conflict; the side not kept stays in the conflict record."), code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(keep))
        return ctx.failWith(QCoreApplication::translate("cli", "needs a conflict number and --keep")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (Status s = FieldMerge::resolve(*pool, p.positionalArguments().first().toLongLong(), p.value(keep)); !s)
        return ctx.failWith(s.error().message);
    return Ok;
}

const Register r1({QStringLiteral("field"), QStringLiteral("export")},
    QT_TRANSLATE_NOOP("cli", "export a visit package for the laptop"), fieldExport);
const Register r2({QStringLiteral("field"), QStringLiteral("show")}, QT_TRANSLATE_NOOP("cli", "show a visit package"), fieldShow);
const Register r3({QStringLiteral("field"), QStringLiteral("visit")},
    QT_TRANSLATE_NOOP("cli", "record a visit into a package, offline"), fieldVisit);
const Register r4(
    {QStringLiteral("field"), QStringLiteral("note")}, QT_TRANSLATE_NOOP("cli", "add a note into a package, offline"), fieldNote);
const Register r5(
    {QStringLiteral("field"), QStringLiteral("import")}, QT_TRANSLATE_NOOP("cli", "merge a returned visit package"), fieldImport);
const Register r6({QStringLiteral("field"), QStringLiteral("conflicts")},
    QT_TRANSLATE_NOOP("cli", "list open conflicts from packages"), fieldConflicts);
const Register r7(
    {QStringLiteral("field"), QStringLiteral("resolve")}, QT_TRANSLATE_NOOP("cli", "resolve a conflict"), fieldResolve);

} // namespace
} // namespace cluedesk::cli
