// models list|show|import|export|check|enable|disable, screen, clues, settings
#include "Cli.h"

#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/XlsxWriter.h"
#include "screening/ClueStore.h"
#include "screening/ModelDescriber.h"
#include "screening/ModelLibrary.h"
#include "screening/ScreeningRunner.h"
#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cluedesk::cli {
namespace {

DatasetCatalog catalogFor(Pool* pool)
{
    return pool ? DatasetCatalog::forPool(*pool) : DatasetCatalog::builtIn();
}

int modelsList(Context& ctx)
{
    QCommandLineParser p;
    int code = Ok;
    if (!ctx.parse(
            p, QString(), QCoreApplication::translate("cli", "Lists the screening models: built-in and the office's own."), code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    TextTable table({QCoreApplication::translate("cli", "MODEL"), QCoreApplication::translate("cli", "TITLE"),
        QCoreApplication::translate("cli", "ORIGIN"), QCoreApplication::translate("cli", "ENABLED"),
        QCoreApplication::translate("cli", "CLUES")});
    const ModelLibrary library = ModelLibrary::forPool(*pool);
    for (const ModelEntry& e : library.entries()) {
        ClueFilter f;
        f.models = {e.model.id};
        table.add({e.model.id, e.model.title.text(),
            e.model.builtIn ? QCoreApplication::translate("cli", "built-in") : QCoreApplication::translate("cli", "office"),
            e.enabled ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no"),
            QString::number(ClueStore(*pool).count(f))});
    }
    table.print(ctx.out());
    return Ok;
}

std::optional<ModelDefinition> findModel(Context& ctx, const QString& id)
{
    if (!ctx.poolPath.isEmpty()) {
        Pool* pool = ctx.pool();
        if (!pool)
            return std::nullopt;
        const ModelLibrary library = ModelLibrary::forPool(*pool);
        if (const ModelEntry* e = library.find(id))
            return e->model;
    } else {
        for (const ModelDefinition& m : ModelLibrary::builtIns())
            if (m.id == id)
                return m;
    }
    ctx.failWith(QCoreApplication::translate("cli", "there is no model \"%1\" (see: cluedesk-cli models list)").arg(id));
    return std::nullopt;
}

int modelsShow(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption sql(
        QStringLiteral("sql"), QCoreApplication::translate("cli", "Also print the SQL the model compiles to on this pool."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the model's JSON instead."));
    p.addOption(sql);
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("cli", "Model id."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID"),
            QCoreApplication::translate("cli", "Shows a model: what it looks for, its legal basis and its steps in plain words."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "models show needs one model id")), Usage;
    const auto model = findModel(ctx, p.positionalArguments().first());
    if (!model)
        return Failed;
    if (p.isSet(json)) {
        ctx.out() << QString::fromUtf8(QJsonDocument(model->toJson()).toJson(QJsonDocument::Indented));
        return Ok;
    }
    Pool* pool = ctx.poolPath.isEmpty() ? nullptr : ctx.pool();
    const DatasetCatalog catalog = catalogFor(pool);
    QTextStream& out = ctx.out();
    out << model->title.text() << "  (" << model->id
        << (model->builtIn ? QCoreApplication::translate("cli", ", built-in") : QString()) << ")\n\n"
        << model->description.text() << "\n\n"
        << QCoreApplication::translate("cli", "Legal basis: %1").arg(model->legalBasis) << "\n\n";
    for (const QString& line : ModelDescriber::describe(*model, catalog, currentLanguage()))
        out << "  " << line << '\n';
    if (p.isSet(sql)) {
        if (!pool)
            return ctx.failWith(QCoreApplication::translate("cli", "--sql needs --pool")), Usage;
        auto text = ScreeningRunner(*pool, catalog).sqlFor(*model);
        if (!text)
            return ctx.failWith(text.error().message);
        out << '\n' << *text << '\n';
    }
    return Ok;
}

int modelsCheck(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "A model file (JSON)."));
    int code = Ok;
    if (!ctx.parse(
            p, QStringLiteral("FILE"), QCoreApplication::translate("cli", "Validates a model file without running it."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "models check needs one file")), Usage;
    QFile f(p.positionalArguments().first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failWith(QCoreApplication::translate("cli", "cannot read %1: %2").arg(f.fileName(), f.errorString()));
    auto model = ModelDefinition::fromBytes(f.readAll(), f.fileName());
    if (!model)
        return ctx.failWith(model.error().message);
    Pool* pool = ctx.poolPath.isEmpty() ? nullptr : ctx.pool();
    if (!ctx.poolPath.isEmpty() && !pool)
        return Failed;
    if (Status s = model->check(catalogFor(pool)); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Model \"%1\" (%2) is valid: %3 steps.")
                     .arg(model->id, model->title.text())
                     .arg(model->steps.size())
              << '\n';
    return Ok;
}

int modelsImport(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "A model file (JSON)."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("FILE"),
            QCoreApplication::translate("cli", "Adds (or replaces) one of the office's own models after checking it."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "models import needs one file")), Usage;
    QFile f(p.positionalArguments().first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failWith(QCoreApplication::translate("cli", "cannot read %1: %2").arg(f.fileName(), f.errorString()));
    auto model = ModelDefinition::fromBytes(f.readAll(), f.fileName());
    if (!model)
        return ctx.failWith(model.error().message);
    Pool* pool = ctx.pool(true);
    if (!pool)
        return Failed;
    if (Status s = ModelLibrary::save(*pool, *model, DatasetCatalog::forPool(*pool)); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Model \"%1\" (%2) saved in the pool.").arg(model->id, model->title.text())
              << '\n';
    return Ok;
}

int modelsExport(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"),
        QCoreApplication::translate("cli", "Write to FILE instead of standard output."), QStringLiteral("FILE"));
    p.addOption(out);
    p.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("cli", "Model id."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID [--out FILE]"),
            QCoreApplication::translate("cli", "Writes a model as JSON, to share with another office."), code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "models export needs one model id")), Usage;
    const auto model = findModel(ctx, p.positionalArguments().first());
    if (!model)
        return Failed;
    ctx.writeTo(p.value(out), QJsonDocument(model->toJson()).toJson(QJsonDocument::Indented), code);
    return code;
}

int modelsEnable(Context& ctx, bool enable)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ID"), QCoreApplication::translate("cli", "Model id."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ID"),
            enable ? QCoreApplication::translate("cli", "Switches a model on for screen runs.")
                   : QCoreApplication::translate("cli", "Switches a model off; its clues are kept."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "needs one model id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (Status s = ModelLibrary::setEnabled(*pool, p.positionalArguments().first(), enable); !s)
        return ctx.failWith(s.error().message);
    return Ok;
}

int screen(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption model(QStringLiteral("model"),
        QCoreApplication::translate("cli", "Run this model (repeatable; default: every enabled model)."), QStringLiteral("ID"));
    const QCommandLineOption force(QStringLiteral("force"),
        QCoreApplication::translate(
            "cli", "Run every model again, even one whose lists, parameters and county did not change since its last run."));
    p.addOption(model);
    p.addOption(force);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--model ID]... [--force]"),
            QCoreApplication::translate("cli",
                "Runs screening models over the current lists and updates their clues: new, still present, gone. "
                "Review decisions are never lost. A model whose lists, parameters and county are as at its last run "
                "is not run again: its clues stand."),
            code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const DatasetCatalog catalog = DatasetCatalog::forPool(*pool);
    const ModelLibrary library = ModelLibrary::forPool(*pool);
    std::vector<ModelDefinition> models;
    if (p.isSet(model)) {
        for (const QString& id : p.values(model)) {
            const ModelEntry* e = library.find(id);
            if (!e)
                return ctx.failWith(
                    QCoreApplication::translate("cli", "there is no model \"%1\" (see: cluedesk-cli models list)").arg(id));
            models.push_back(e->model);
        }
    } else {
        for (const ModelEntry& e : library.entries())
            if (e.enabled)
                models.push_back(e.model);
    }
    TextTable table({QCoreApplication::translate("cli", "MODEL"), QCoreApplication::translate("cli", "CLUES"),
        QCoreApplication::translate("cli", "NEW"), QCoreApplication::translate("cli", "STILL PRESENT"),
        QCoreApplication::translate("cli", "GONE"), QCoreApplication::translate("cli", "SECONDS")});
    QStringList warnings, unchanged;
    bool failed = false;
    auto results = ScreeningRunner(*pool, catalog)
                       .runAll(
                           models, [pool] { return pool->openAnother(); }, nullptr, p.isSet(force));
    for (size_t i = 0; i < models.size(); ++i) {
        const ModelDefinition& m = models[i];
        auto& r = results[i];
        if (!r) {
            ctx.err() << "cluedesk-cli: " << r.error().message << Qt::endl;
            failed = true;
            continue;
        }
        for (const QString& w : r->warnings)
            warnings << QStringLiteral("%1: %2").arg(m.id, w);
        if (r->skipped) {
            table.add({m.id, QString::number(r->clues), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                QString::number(double(r->millis) / 1000.0, 'f', 2)});
            unchanged << m.id;
            continue;
        }
        table.add({m.id, QString::number(r->clues), QString::number(r->added), QString::number(r->stillPresent),
            QString::number(r->gone), QString::number(double(r->millis) / 1000.0, 'f', 2)});
    }
    table.print(ctx.out());
    if (!unchanged.isEmpty())
        ctx.out() << QCoreApplication::translate("cli",
                         "note: not run again, since nothing they read changed after their last run; their clues stand "
                         "(--force runs them anyway): %1")
                         .arg(unchanged.join(QStringLiteral(", ")))
                  << '\n';
    for (const QString& w : warnings)
        ctx.out() << QCoreApplication::translate("cli", "note: %1").arg(w) << '\n';
    return failed ? Failed : Ok;
}

QJsonArray evidenceJson(const Evidence& evidence, bool fullIds)
{
    QJsonArray a;
    for (const EvidenceRow& e : evidence)
        a.append(QJsonObject{{QStringLiteral("steps"), QJsonArray::fromStringList(e.steps)}, {QStringLiteral("type"), e.type},
            {QStringLiteral("dataset"), e.datasetId}, {QStringLiteral("file"), e.fileName}, {QStringLiteral("sheet"), e.sheet},
            {QStringLiteral("row"), e.row}, {QStringLiteral("role"), e.role}, {QStringLiteral("name"), e.nameWritten},
            {QStringLiteral("id_written"), fullIds ? e.idWritten : IdNumber::mask(e.idWritten)},
            {QStringLiteral("fields"), e.fields()}});
    return a;
}

int clues(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption model(
        QStringLiteral("model"), QCoreApplication::translate("cli", "Only this model (repeatable)."), QStringLiteral("ID"));
    const QCommandLineOption status(QStringLiteral("status"),
        QCoreApplication::translate("cli", "Only this review status (repeatable)."), QStringLiteral("S"));
    const QCommandLineOption presence(QStringLiteral("presence"),
        QCoreApplication::translate("cli", "new, present or gone (repeatable)."), QStringLiteral("P"));
    const QCommandLineOption grade(
        QStringLiteral("grade"), QCoreApplication::translate("cli", "red, orange or yellow (repeatable)."), QStringLiteral("G"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("cli", "csv, json or xlsx (default csv)."), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"),
        QCoreApplication::translate("cli", "Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption full(
        QStringLiteral("full-ids"), QCoreApplication::translate("cli", "Show ID numbers in full (they are masked otherwise)."));
    const QCommandLineOption search(QStringLiteral("search"),
        QCoreApplication::translate("cli", "A name or ID number (part of one only for roles that may see full IDs)."),
        QStringLiteral("TEXT"));
    for (const auto* o : {&model, &status, &presence, &grade, &format, &out, &full, &search})
        p.addOption(*o);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--model ID] [--status S] --format csv|json|xlsx [--out FILE] [--full-ids]"),
            QCoreApplication::translate(
                "cli", "Lists clues with their evidence. ID numbers are masked unless --full-ids is given."),
            code))
        return code;
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json") && fmt != QLatin1String("xlsx"))
        return ctx.failWith(QCoreApplication::translate("cli", "--format must be csv, json or xlsx, not \"%1\"").arg(fmt)), Usage;
    if (fmt == QLatin1String("xlsx") && !p.isSet(out))
        return ctx.failWith(QCoreApplication::translate("cli", "--format xlsx needs --out FILE")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    ClueFilter f;
    f.models = p.values(model);
    f.statuses = p.values(status);
    f.presences = p.values(presence);
    f.search = p.value(search);
    f.grades = p.values(grade);
    ClueStore store(*pool);
    const bool fullIds = p.isSet(full);
    if (fullIds && !ctx.allowFullIds(QStringLiteral("clues export")))
        return Failed;
    AuditLog(*pool).record(QStringLiteral("export.clues"), p.value(out).isEmpty() ? QStringLiteral("stdout") : p.value(out),
        QStringLiteral("%1%2").arg(fmt, fullIds ? QStringLiteral(", full IDs") : QString()));
    // A clue is about a person (id_number) or a case, an organisation or a lot (subject).
    const QStringList header = {QStringLiteral("clue"), QStringLiteral("model"), QStringLiteral("id_number"),
        QStringLiteral("subject_kind"), QStringLiteral("subject"), QStringLiteral("name"), QStringLiteral("grade"),
        QStringLiteral("status"), QStringLiteral("presence"), QStringLiteral("town"), QStringLiteral("reason"),
        QStringLiteral("evidence")};
    // One clue at a time, straight to the output: the 189,745 clues of the 2M bench pool, held
    // whole as rows and JSON, took the export to 2.5 GB.
    const bool json = fmt == QLatin1String("json");
    std::unique_ptr<XlsxWriter> sheet;
    std::unique_ptr<Output> output;
    if (fmt == QLatin1String("xlsx")) {
        sheet = std::make_unique<XlsxWriter>(p.value(out));
        if (Status s =
                sheet->beginSheet(QCoreApplication::translate("cli", "Clues"), {7, 30, 20, 8, 30, 12, 8, 10, 9, 12, 80, 60});
            !s)
            return ctx.failWith(s.error().message);
        sheet->addTextRow(header);
    } else {
        output = std::make_unique<Output>(ctx, p.value(out));
        if (!output->open())
            return Failed;
        // As QJsonDocument writes an array, indented: each object four spaces in.
        output->write(json ? QByteArray("[\n") : "\xEF\xBB\xBF" + CsvWriter::encodeRow(header));
    }
    bool first = true;
    store.forEach(f, [&](ClueRow&& c) {
        const QJsonArray evidence = evidenceJson(store.evidence(c.id), fullIds);
        const bool person = c.subjectKind == QLatin1String("person");
        const QString id = !person ? QString() : (fullIds ? c.personKey : IdNumber::mask(c.personKey));
        const QString subject = person ? id : c.personKey;
        if (json) {
            const QJsonObject o{{QStringLiteral("clue"), c.id}, {QStringLiteral("model"), c.modelId},
                {QStringLiteral("id_number"), id}, {QStringLiteral("subject_kind"), c.subjectKind},
                {QStringLiteral("subject"), subject}, {QStringLiteral("names"), QJsonArray::fromStringList(c.names)},
                {QStringLiteral("grade"), c.grade}, {QStringLiteral("status"), c.status},
                {QStringLiteral("presence"), c.presence}, {QStringLiteral("town"), c.town},
                {QStringLiteral("reason"), c.reason(currentLanguage())}, {QStringLiteral("evidence"), evidence}};
            QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
            text.chop(1); // its last newline
            output->write((first ? QByteArray("    ") : QByteArray(",\n    ")) + text.replace("\n", "\n    "));
        } else {
            const QStringList row{QString::number(c.id), c.modelId, id, c.subjectKind, subject, c.names.join(QStringLiteral("/")),
                c.grade, c.status, c.presence, c.town, c.reason(currentLanguage()),
                QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact))};
            if (sheet)
                sheet->addTextRow(row);
            else
                output->write(CsvWriter::encodeRow(row));
        }
        first = false;
    });
    if (sheet) {
        if (Status s = sheet->close(); !s)
            return ctx.failWith(s.error().message);
        ctx.err() << QCoreApplication::translate("cli", "Wrote %1").arg(p.value(out)) << Qt::endl;
        return Ok;
    }
    if (json)
        output->write(first ? "]\n" : "\n]\n");
    return output->finish();
}

int settings(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("KEY"), QCoreApplication::translate("cli", "Setting to show or change."), QStringLiteral("[KEY [VALUE]]"));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[KEY [VALUE]]"),
            QCoreApplication::translate("cli",
                "Shows or changes the pool's settings. Known keys: county.prefix (the county's ID region prefix, "
                "e.g. 330382), county.historic_codes (former region codes, comma separated), county.name (also "
                "matched in household addresses), office.name (for letters)."),
            code))
        return code;
    Pool* pool = ctx.pool(true);
    if (!pool)
        return Failed;
    const QStringList a = p.positionalArguments();
    if (a.size() == 2) {
        if (Status s = pool->changeSetting(a[0], a[1]); !s)
            return ctx.failWith(s.error().message);
        return Ok;
    }
    for (const auto& [key, value] : pool->settings())
        if (a.isEmpty() || key == a[0])
            ctx.out() << key << " = " << value << '\n';
    return Ok;
}

const Register r1(
    {QStringLiteral("models"), QStringLiteral("list")}, QT_TRANSLATE_NOOP("cli", "list the screening models"), modelsList);
const Register r2(
    {QStringLiteral("models"), QStringLiteral("show")}, QT_TRANSLATE_NOOP("cli", "show a model in plain words"), modelsShow);
const Register r3({QStringLiteral("models"), QStringLiteral("check")},
    QT_TRANSLATE_NOOP("cli", "validate a model file without running it"), modelsCheck);
const Register r4(
    {QStringLiteral("models"), QStringLiteral("import")}, QT_TRANSLATE_NOOP("cli", "add the office's own model"), modelsImport);
const Register r5(
    {QStringLiteral("models"), QStringLiteral("export")}, QT_TRANSLATE_NOOP("cli", "write a model as JSON"), modelsExport);
const Register r6({QStringLiteral("models"), QStringLiteral("enable")}, QT_TRANSLATE_NOOP("cli", "switch a model on"),
    [](Context& c) { return modelsEnable(c, true); });
const Register r7({QStringLiteral("models"), QStringLiteral("disable")}, QT_TRANSLATE_NOOP("cli", "switch a model off"),
    [](Context& c) { return modelsEnable(c, false); });
const Register r8({QStringLiteral("screen")}, QT_TRANSLATE_NOOP("cli", "run the screening models"), screen);
const Register r9({QStringLiteral("clues")}, QT_TRANSLATE_NOOP("cli", "list clues with their evidence"), clues);
const Register r10({QStringLiteral("settings")}, QT_TRANSLATE_NOOP("cli", "show or change the pool's settings"), settings);

} // namespace
} // namespace cluedesk::cli
