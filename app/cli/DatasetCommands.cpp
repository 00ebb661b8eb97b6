// datasets types | list | show | withdraw | add-type
#include "Cli.h"

#include "ingest/DatasetCatalog.h"
#include "pool/DatasetStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cluedesk::cli {
namespace {

int types(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the full definitions as JSON."));
    p.addOption(json);
    int code = Ok;
    if (!ctx.parse(p, QString(), tr("Lists the dataset types: the kinds of list ClueDesk can import."), code))
        return code;
    // The catalogue of a pool includes the office's own types; without a pool, the built-in ones.
    DatasetCatalog catalog = DatasetCatalog::builtIn();
    if (!ctx.poolPath.isEmpty()) {
        Pool* pool = ctx.pool();
        if (!pool)
            return Failed;
        catalog = DatasetCatalog::forPool(*pool);
    }
    if (p.isSet(json)) {
        QJsonArray all;
        for (const DatasetType& t : catalog.types())
            all.append(t.toJson());
        ctx.out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return Ok;
    }
    TextTable table({tr("TYPE"), tr("TITLE"), tr("PERSONS"), tr("FIELDS"), tr("ORIGIN")});
    for (const DatasetType& t : catalog.types()) {
        QStringList roles, fields;
        for (const PersonRole& r : t.persons)
            roles << r.role;
        for (const FieldDef& f : t.fields)
            fields << f.name;
        table.add({t.id, t.title.text(), roles.join(u','), fields.join(u','), t.builtIn ? tr("built-in") : tr("office")});
    }
    table.print(ctx.out());
    return Ok;
}

QString counts(const DatasetInfo& d)
{
    return QStringLiteral("%1/%2/%3/%4").arg(d.rowsRead).arg(d.rowsImported).arg(d.rowsRejected).arg(d.rowsSkipped);
}

int list(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption current(QStringLiteral("current"), tr("Only the current version of each type."));
    p.addOption(current);
    int code = Ok;
    if (!ctx.parse(p, QString(), tr("Lists dataset versions with their files and row counts."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const auto all = DatasetStore(*pool).list(p.isSet(current));
    if (all.empty()) {
        ctx.out() << tr("No datasets yet. Import the lists you received: cluedesk-cli import --type TYPE FILE") << '\n';
        return Ok;
    }
    TextTable table({tr("ID"), tr("TYPE"), tr("STREAM"), tr("AS OF"), tr("IMPORTED"), tr("BY"),
        tr("READ/IMPORTED/REJECTED/SKIPPED"), tr("STATE"), tr("FILES")});
    for (const DatasetInfo& d : all) {
        QStringList files;
        for (const DatasetFile& f : d.files)
            files << f.fileName;
        const QString state = d.status == QLatin1String("withdrawn") ? tr("withdrawn") : d.current ? tr("current") : tr("older");
        table.add({QString::number(d.id), d.type, d.stream, d.asOf, d.importedAt.left(16).replace(u'T', u' '), d.importedBy,
            counts(d), state, files.join(QStringLiteral(", "))});
    }
    table.print(ctx.out());
    return Ok;
}

int show(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Dataset version id (see datasets list)."));
    int code = Ok;
    if (!ctx.parse(
            p, QStringLiteral("ID"), tr("Shows one dataset version: its files, counts and import issues by reason."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(tr("datasets show needs one dataset id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    DatasetStore store(*pool);
    const auto d = store.get(p.positionalArguments().first().toLongLong());
    if (!d)
        return ctx.failWith(tr("there is no dataset version %1").arg(p.positionalArguments().first()));
    ctx.out() << tr("Dataset version %1: %2%3")
                     .arg(d->id)
                     .arg(d->type, d->stream.isEmpty() ? QString() : QStringLiteral(" / ") + d->stream)
              << '\n'
              << tr("As of %1; imported %2 by %3; %4")
                     .arg(d->asOf, d->importedAt, d->importedBy,
                         d->current ? tr("current")
                                    : (d->status == QLatin1String("withdrawn") ? tr("withdrawn") : tr("superseded")))
              << '\n'
              << tr("Rows read %1, imported %2, rejected %3, skipped %4, with warnings %5")
                     .arg(d->rowsRead)
                     .arg(d->rowsImported)
                     .arg(d->rowsRejected)
                     .arg(d->rowsSkipped)
                     .arg(d->rowsWarned)
              << '\n';
    for (const DatasetFile& f : d->files)
        ctx.out() << "  " << f.fileName << "  " << f.format
                  << (f.encoding.isEmpty() ? QString() : QStringLiteral(" ") + f.encoding) << "  " << f.size << " B  sha256 "
                  << f.sha256 << '\n';
    return Ok;
}

int withdraw(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), tr("Dataset version id."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID"),
            tr("Withdraws a dataset version imported by mistake. Its rows stay in the pool for the audit trail, "
               "but screening no longer uses them; the previous version becomes current again."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(tr("datasets withdraw needs one dataset id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (Status s = DatasetStore(*pool).withdraw(p.positionalArguments().first().toLongLong()); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << tr("Withdrew dataset version %1.").arg(p.positionalArguments().first()) << '\n';
    return Ok;
}

int addType(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("A dataset type definition (JSON, as printed by datasets types --json)."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("FILE"), tr("Adds (or replaces) one of the office's own dataset types."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(tr("datasets add-type needs one file")), Usage;
    QFile f(p.positionalArguments().first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failWith(tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return ctx.failWith(
            tr("%1 is not a JSON object: %2 at character %3").arg(f.fileName(), error.errorString()).arg(error.offset));
    auto type = DatasetType::fromJson(doc.object());
    if (!type)
        return ctx.failWith(type.error().message);
    Pool* pool = ctx.pool(true);
    if (!pool)
        return Failed;
    if (Status s = DatasetCatalog::saveCustom(*pool, *type); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << tr("Dataset type \"%1\" (%2) saved in the pool.").arg(type->id, type->title.text()) << '\n';
    return Ok;
}

const Register r1({QStringLiteral("datasets"), QStringLiteral("types")},
    QT_TRANSLATE_NOOP("cli", "list the dataset types (kinds of list)"), types);
const Register r2(
    {QStringLiteral("datasets"), QStringLiteral("list")}, QT_TRANSLATE_NOOP("cli", "list imported dataset versions"), list);
const Register r3(
    {QStringLiteral("datasets"), QStringLiteral("show")}, QT_TRANSLATE_NOOP("cli", "show one dataset version"), show);
const Register r4({QStringLiteral("datasets"), QStringLiteral("withdraw")},
    QT_TRANSLATE_NOOP("cli", "withdraw a version imported by mistake"), withdraw);
const Register r5({QStringLiteral("datasets"), QStringLiteral("add-type")},
    QT_TRANSLATE_NOOP("cli", "add the office's own dataset type"), addType);

} // namespace
} // namespace cluedesk::cli
