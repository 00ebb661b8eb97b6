// datasets types | list | show | withdraw | add-type
#include "Cli.h"

#include "ingest/DatasetCatalog.h"
#include "pool/DatasetStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cluedesk::cli {
namespace {

int types(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print the full definitions as JSON."));
    p.addOption(json);
    int code = Ok;
    if (!ctx.parse(p, QString(),
            QCoreApplication::translate("cli", "Lists the dataset types: the kinds of list ClueDesk can import."), code))
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
    TextTable table({QCoreApplication::translate("cli", "TYPE"), QCoreApplication::translate("cli", "TITLE"),
        QCoreApplication::translate("cli", "PERSONS"), QCoreApplication::translate("cli", "FIELDS"),
        QCoreApplication::translate("cli", "ORIGIN")});
    for (const DatasetType& t : catalog.types()) {
        QStringList roles, fields;
        for (const PersonRole& r : t.persons)
            roles << r.role;
        for (const FieldDef& f : t.fields)
            fields << f.name;
        table.add({t.id, t.title.text(), roles.join(u','), fields.join(u','),
            t.builtIn ? QCoreApplication::translate("cli", "built-in") : QCoreApplication::translate("cli", "office")});
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
    const QCommandLineOption current(
        QStringLiteral("current"), QCoreApplication::translate("cli", "Only the current version of each type."));
    p.addOption(current);
    int code = Ok;
    if (!ctx.parse(
            p, QString(), QCoreApplication::translate("cli", "Lists dataset versions with their files and row counts."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const auto all = DatasetStore(*pool).list(p.isSet(current));
    if (all.empty()) {
        ctx.out() << QCoreApplication::translate(
                         "cli", "No datasets yet. Import the lists you received: cluedesk-cli import --type TYPE FILE")
                  << '\n';
        return Ok;
    }
    TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "TYPE"),
        QCoreApplication::translate("cli", "STREAM"), QCoreApplication::translate("cli", "AS OF"),
        QCoreApplication::translate("cli", "IMPORTED"), QCoreApplication::translate("cli", "BY"),
        QCoreApplication::translate("cli", "READ/IMPORTED/REJECTED/SKIPPED"), QCoreApplication::translate("cli", "STATE"),
        QCoreApplication::translate("cli", "FILES")});
    const DatasetCatalog catalog = DatasetCatalog::forPool(*pool);
    const QDate today = pool->now().date();
    for (const DatasetInfo& d : all) {
        QStringList files;
        for (const DatasetFile& f : d.files)
            files << f.fileName;
        QString state = d.status == QLatin1String("withdrawn") ? QCoreApplication::translate("cli", "withdrawn")
            : d.current                                        ? QCoreApplication::translate("cli", "current")
                                                               : QCoreApplication::translate("cli", "older");
        // A current list older than its bureau's update cycle: screening runs on stale data.
        if (const DatasetType* t = catalog.find(d.type); t && d.current && t->daysOverdue(d.asOf, today) > 0)
            state += QCoreApplication::translate("cli", "; OUT OF DATE: updated %1, %2 days overdue")
                         .arg(t->cycleText())
                         .arg(t->daysOverdue(d.asOf, today));
        table.add({QString::number(d.id), d.type, d.stream, d.asOf, d.importedAt.left(16).replace(u'T', u' '), d.importedBy,
            counts(d), state, files.join(QStringLiteral(", "))});
    }
    table.print(ctx.out());
    return Ok;
}

int show(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("cli", "Dataset version id (see datasets list)."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID"),
            QCoreApplication::translate("cli", "Shows one dataset version: its files, counts and import issues by reason."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "datasets show needs one dataset id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    DatasetStore store(*pool);
    const auto d = store.get(p.positionalArguments().first().toLongLong());
    if (!d)
        return ctx.failWith(
            QCoreApplication::translate("cli", "there is no dataset version %1").arg(p.positionalArguments().first()));
    ctx.out() << QCoreApplication::translate("cli", "Dataset version %1: %2%3")
                     .arg(d->id)
                     .arg(d->type, d->stream.isEmpty() ? QString() : QStringLiteral(" / ") + d->stream)
              << '\n'
              << QCoreApplication::translate("cli", "As of %1; imported %2 by %3; %4")
                     .arg(d->asOf, d->importedAt, d->importedBy,
                         d->current
                             ? QCoreApplication::translate("cli", "current")
                             : (d->status == QLatin1String("withdrawn") ? QCoreApplication::translate("cli", "withdrawn")
                                                                        : QCoreApplication::translate("cli", "superseded")))
              << '\n'
              << QCoreApplication::translate("cli", "Rows read %1, imported %2, rejected %3, skipped %4, with warnings %5")
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
    p.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("cli", "Dataset version id."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID"),
            QCoreApplication::translate("cli",
                "Withdraws a dataset version imported by mistake. Its rows stay in the pool for the audit trail, "
                "but screening no longer uses them; the previous version becomes current again."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "datasets withdraw needs one dataset id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (Status s = DatasetStore(*pool).withdraw(p.positionalArguments().first().toLongLong()); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Withdrew dataset version %1.").arg(p.positionalArguments().first()) << '\n';
    return Ok;
}

int addType(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("cli", "A dataset type definition (JSON, as printed by datasets types --json)."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("FILE"),
            QCoreApplication::translate("cli", "Adds (or replaces) one of the office's own dataset types."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "datasets add-type needs one file")), Usage;
    QFile f(p.positionalArguments().first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failWith(QCoreApplication::translate("cli", "cannot read %1: %2").arg(f.fileName(), f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return ctx.failWith(QCoreApplication::translate("cli", "%1 is not a JSON object: %2 at character %3")
                                .arg(f.fileName(), error.errorString())
                                .arg(error.offset));
    auto type = DatasetType::fromJson(doc.object());
    if (!type)
        return ctx.failWith(type.error().message);
    Pool* pool = ctx.pool(true);
    if (!pool)
        return Failed;
    if (Status s = DatasetCatalog::saveCustom(*pool, *type); !s)
        return ctx.failWith(s.error().message);
    ctx.out()
        << QCoreApplication::translate("cli", "Dataset type \"%1\" (%2) saved in the pool.").arg(type->id, type->title.text())
        << '\n';
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
