// import | rejects | inspect
#include "Cli.h"

#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/FilePreview.h"
#include "ingest/Importer.h"
#include "ingest/PossibleMatches.h"
#include "ingest/TextEncoding.h"
#include "ingest/XlsxWriter.h"
#include "pool/DatasetStore.h"
#include "security/Disclosure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>

namespace cluedesk::cli {
namespace {

QString severityTitle(const QString& s)
{
    if (s == QLatin1String("rejected"))
        return QCoreApplication::translate("cli", "rejected");
    if (s == QLatin1String("skipped"))
        return QCoreApplication::translate("cli", "skipped");
    return QCoreApplication::translate("cli", "warning");
}

std::optional<ReaderOptions> readerOptions(
    Context& ctx, const QCommandLineParser& p, const QCommandLineOption& encoding, const QCommandLineOption& delimiter)
{
    ReaderOptions o;
    o.encoding = p.value(encoding);
    const QString d = p.value(delimiter);
    if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
        o.delimiter = u'\t';
    else if (d.size() == 1)
        o.delimiter = d[0];
    else if (!d.isEmpty()) {
        ctx.failWith(QCoreApplication::translate("cli", "--delimiter takes one character or \"tab\", not \"%1\"").arg(d));
        return std::nullopt;
    }
    if (!o.encoding.isEmpty() && TextEncoding::canonicalName(o.encoding).isEmpty()) {
        ctx.failWith(QCoreApplication::translate("cli", "unknown encoding \"%1\"; expected utf-8, gb18030 (also gbk) or utf-16le")
                         .arg(o.encoding));
        return std::nullopt;
    }
    return o;
}

int import(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption type(QStringLiteral("type"),
        QCoreApplication::translate("cli", "Dataset type of the files (see datasets types)."), QStringLiteral("TYPE"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
        QCoreApplication::translate("cli", "Import only this sheet (default: every sheet with a fitting header)."),
        QStringLiteral("NAME"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
        QCoreApplication::translate(
            "cli", "JSON file naming columns: {\"header_row\": 3, \"columns\": {\"身份证\": \"id_number\"}}."),
        QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        QCoreApplication::translate("cli", "The date the list describes (default: today)."), QStringLiteral("DATE"));
    const QCommandLineOption stream(QStringLiteral("stream"),
        QCoreApplication::translate("cli", "Keep a separate current version, e.g. per town."), QStringLiteral("NAME"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
        QCoreApplication::translate("cli", "CSV text encoding: utf-8, gb18030 (default: detect)."), QStringLiteral("NAME"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
        QCoreApplication::translate("cli", "CSV delimiter: one character or \"tab\" (default: detect)."), QStringLiteral("CHAR"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QCoreApplication::translate("cli", "No progress on stderr."));
    for (const auto* o : {&type, &sheet, &mapping, &asOf, &stream, &encoding, &delimiter, &quiet})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("cli", "One or more .xlsx, .xls or .csv files; together they form one dataset version."),
        QStringLiteral("FILE..."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--type TYPE [options] FILE..."),
            QCoreApplication::translate("cli",
                "Imports bureau files as a new dataset version. Rows that cannot be used are kept and listed (see rejects)."),
            code))
        return code;
    if (!p.isSet(type))
        return ctx.failWith(QCoreApplication::translate("cli", "import needs --type (see: cluedesk-cli datasets types)")), Usage;
    if (p.positionalArguments().isEmpty())
        return ctx.failWith(QCoreApplication::translate("cli", "import needs at least one file")), Usage;

    ImportRequest req;
    req.type = p.value(type);
    req.files = p.positionalArguments();
    req.sheet = p.value(sheet);
    req.stream = p.value(stream);
    if (p.isSet(asOf)) {
        req.asOf = QDate::fromString(p.value(asOf), Qt::ISODate);
        if (!req.asOf.isValid())
            return ctx.failWith(QCoreApplication::translate("cli", "--as-of \"%1\" is not a date; expected YYYY-MM-DD")
                                    .arg(p.value(asOf))),
                   Usage;
    }
    const auto reader = readerOptions(ctx, p, encoding, delimiter);
    if (!reader)
        return Usage;
    req.reader = *reader;
    if (p.isSet(mapping)) {
        auto m = MappingOverride::load(p.value(mapping));
        if (!m)
            return ctx.failWith(m.error().message);
        req.mapping = m.value();
    }
    for (const QString& f : req.files) // before a pool is created for nothing
        if (!QFileInfo(f).isFile())
            return ctx.failWith(QCoreApplication::translate("cli", "%1 does not exist or is not a file").arg(f));
    Pool* pool = ctx.pool(true);
    if (!pool)
        return Failed;
    const DatasetCatalog catalog = DatasetCatalog::forPool(*pool);
    QElapsedTimer timer;
    timer.start();
    const bool showProgress = !p.isSet(quiet);
    QString shown; // the progress line on the terminal now
    int lastPercent = -1;
    const auto show = [&](const QString& line) {
        if (!showProgress || line == shown)
            return;
        // Over a longer line before it, pad: a Chinese character takes two columns.
        const qsizetype pad = std::max<qsizetype>(0, 2 * (shown.size() - line.size()));
        ctx.err() << '\r' << line << QString(pad, u' ') << Qt::flush;
        shown = line;
    };
    auto progress = [&](ImportStage stage, double fraction, qint64 rows) {
        switch (stage) {
        case ImportStage::Rows:
            if (const int percent = int(fraction * 100); percent != lastPercent) { // a line a percent
                lastPercent = percent;
                show(QCoreApplication::translate("cli", "Importing... %1% (%2 rows)").arg(percent).arg(rows));
            }
            break;
        case ImportStage::Indexes:
            show(QCoreApplication::translate("cli", "Building the search indexes (%1 rows)...").arg(rows));
            break;
        case ImportStage::Saving: show(QCoreApplication::translate("cli", "Saving to the pool (%1 rows)...").arg(rows)); break;
        }
    };
    auto result = Importer(*pool, catalog).run(req, progress);
    if (!shown.isEmpty())
        ctx.err() << '\r' << QString(2 * shown.size(), u' ') << '\r' << Qt::flush;
    if (!result)
        return ctx.failWith(result.error().message);
    const ImportReport& r = *result;
    QTextStream& out = ctx.out();
    out << QCoreApplication::translate("cli", "Dataset version %1 (%2, as of %3)").arg(r.datasetId).arg(r.type, r.asOf) << '\n';
    for (const auto& s : r.sheets)
        out << QCoreApplication::translate("cli", "  %1%2: header in row %3; %4")
                   .arg(s.file, s.sheet.isEmpty() ? QString() : QStringLiteral(" [") + s.sheet + u']')
                   .arg(s.headerRow)
                   .arg(s.mapped.join(QStringLiteral(", ")))
            << '\n'
            << (s.unmapped.isEmpty() ? QString()
                                     : QCoreApplication::translate("cli", "    kept as extra columns: %1")
                                           .arg(s.unmapped.join(QStringLiteral(", "))) +
                           u'\n');
    for (const QString& n : r.notes)
        out << "  " << n << '\n';
    out << QCoreApplication::translate(
               "cli", "Rows read %1, imported %2, rejected %3, skipped %4 (%5 imported rows have warnings) in %6 s")
               .arg(r.read)
               .arg(r.imported)
               .arg(r.rejected)
               .arg(r.skipped)
               .arg(r.warned)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << '\n';
    if (!r.reasons.empty()) {
        out << QCoreApplication::translate("cli", "Reasons:") << '\n';
        for (const auto& reason : r.reasons)
            out << QCoreApplication::translate("cli", "  %1 %2 x%3  e.g. %4", "severity, code, count, an example")
                       .arg(severityTitle(reason.severity), reason.code)
                       .arg(reason.count)
                       .arg(reason.example)
                << '\n';
        out << QCoreApplication::translate("cli", "List them all with: cluedesk-cli rejects --dataset %1 --format csv")
                   .arg(r.datasetId)
            << '\n';
    }
    return Ok;
}

QString decisionText(const ImportIssue& i)
{
    if (i.matchOutcome == QLatin1String("waiting"))
        return QCoreApplication::translate("cli", "matched to %1 by %2; imported once the row's other broken ID is matched")
            .arg(i.decidedKey, i.decidedBy);
    if (i.matchOutcome == QLatin1String("out"))
        return QCoreApplication::translate("cli", "matched to %1 by %2; other reasons keep the row out")
            .arg(i.decidedKey, i.decidedBy);
    if (i.decision == QLatin1String("matched"))
        return QCoreApplication::translate("cli", "linked to %1 by %2").arg(i.decidedKey, i.decidedBy);
    if (i.decision == QLatin1String("dismissed"))
        return QCoreApplication::translate("cli", "no match (dismissed by %1)").arg(i.decidedBy);
    return {};
}

int rejects(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption dataset(
        QStringLiteral("dataset"), QCoreApplication::translate("cli", "Only this dataset version."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("cli", "csv, json or xlsx (default csv)."), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outFile(QStringLiteral("out"),
        QCoreApplication::translate("cli", "Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption all(
        QStringLiteral("all"), QCoreApplication::translate("cli", "Also skipped rows (blank, total, duplicate) and warnings."));
    for (const auto* o : {&dataset, &format, &outFile, &all})
        p.addOption(*o);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--dataset ID] --format csv|json|xlsx [--out FILE]"),
            QCoreApplication::translate(
                "cli", "Lists every rejected row with file, sheet, row number, column, the text as written and the reason."),
            code))
        return code;
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json") && fmt != QLatin1String("xlsx"))
        return ctx.failWith(QCoreApplication::translate("cli", "--format must be csv, json or xlsx, not \"%1\"").arg(fmt)), Usage;
    if (fmt == QLatin1String("xlsx") && !p.isSet(outFile))
        return ctx.failWith(QCoreApplication::translate("cli", "--format xlsx needs --out FILE")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    IssueFilter filter;
    if (p.isSet(dataset))
        filter.datasetId = p.value(dataset).toLongLong();
    if (!p.isSet(all))
        filter.severities = {QStringLiteral("rejected")};
    const auto issues = DatasetStore(*pool).issues(filter);
    PossibleMatches matcher(*pool);
    std::map<qint64, std::vector<PossibleMatch>> matches;
    for (const ImportIssue& i : issues)
        if (i.code == QLatin1String("id.invalid"))
            matches[i.id] = matcher.forIssue(i.id);
    const QStringList header = {QStringLiteral("id"), QStringLiteral("dataset"), QStringLiteral("file"), QStringLiteral("sheet"),
        QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("original"), QStringLiteral("severity"),
        QStringLiteral("code"), QStringLiteral("reason"), QStringLiteral("row_data"), QStringLiteral("possible_matches"),
        QStringLiteral("decision")};
    auto fields = [&](const ImportIssue& i) {
        QStringList found;
        for (const PossibleMatch& m : matches[i.id])
            found << QStringLiteral("%1 %2 (%3; %4)").arg(m.key, m.name, m.whereText(), m.reason());
        return QStringList{QString::number(i.id), QString::number(i.datasetId), i.fileName, i.sheet,
            i.row ? QString::number(*i.row) : QString(), i.column, i.original, i.severity, i.code, i.message, i.rowData,
            found.join(QStringLiteral(" | ")), decisionText(i)};
    };
    if (fmt == QLatin1String("json")) {
        QJsonArray a;
        for (const ImportIssue& i : issues) {
            QJsonObject o;
            const QStringList f = fields(i);
            for (int k = 0; k < header.size(); ++k)
                o.insert(header[k], f[k]);
            if (i.row)
                o.insert(QStringLiteral("row"), *i.row);
            o.insert(QStringLiteral("id"), i.id);
            o.insert(QStringLiteral("dataset"), i.datasetId);
            o.insert(QStringLiteral("row_data"), QJsonDocument::fromJson(i.rowData.toUtf8()).array());
            QJsonArray found;
            for (const PossibleMatch& m : matches[i.id])
                found.append(QJsonObject{{QStringLiteral("id"), m.key}, {QStringLiteral("name"), m.name},
                    {QStringLiteral("list"), m.where.empty() ? QString() : m.where.front().list},
                    {QStringLiteral("where"), m.whereText()}, {QStringLiteral("reason"), m.reason()},
                    {QStringLiteral("rank"), m.near.rank()}});
            o.insert(QStringLiteral("possible_matches"), found);
            a.append(o);
        }
        ctx.writeTo(p.value(outFile), QJsonDocument(a).toJson(QJsonDocument::Indented), code);
        return code;
    }
    if (fmt == QLatin1String("xlsx")) {
        XlsxWriter w(p.value(outFile));
        if (Status s = w.beginSheet(
                QCoreApplication::translate("cli", "Rejected rows"), {6, 8, 28, 12, 6, 22, 24, 9, 18, 60, 60, 60, 24});
            !s)
            return ctx.failWith(s.error().message);
        w.addTextRow(header);
        for (const ImportIssue& i : issues)
            w.addTextRow(fields(i));
        if (Status s = w.close(); !s)
            return ctx.failWith(s.error().message);
        ctx.err() << QCoreApplication::translate("cli", "Wrote %1").arg(p.value(outFile)) << Qt::endl;
        return Ok;
    }
    QByteArray csv = "\xEF\xBB\xBF" + CsvWriter::encodeRow(header);
    for (const ImportIssue& i : issues)
        csv += CsvWriter::encodeRow(fields(i));
    ctx.writeTo(p.value(outFile), csv, code);
    return code;
}

int rejectsMatch(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption person(QStringLiteral("person"),
        QCoreApplication::translate("cli", "The ID of the possible match that is this row's person."), QStringLiteral("ID"));
    p.addOption(person);
    p.addPositionalArgument(QStringLiteral("ROW"), QCoreApplication::translate("cli", "The row's id (first column of rejects)."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ROW [--person ID]"),
            QCoreApplication::translate("cli",
                "Without --person, lists the possible matches of a row rejected for an invalid ID: persons in the pool "
                "with the same name whose valid ID is one edit away, best first. With --person, links the row to that "
                "person for screening; the ID as written is kept, and who confirmed it is audited."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "rejects match needs one row id")), Usage;
    bool number = false;
    const qint64 row = p.positionalArguments().first().toLongLong(&number);
    if (!number)
        return ctx.failWith(QCoreApplication::translate("cli", "\"%1\" is not a row id (see: rejects)")
                                .arg(p.positionalArguments().first())),
               Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    PossibleMatches matcher(*pool);
    if (!p.isSet(person)) {
        const auto found = matcher.forIssue(row);
        if (found.empty()) {
            ctx.out() << QCoreApplication::translate("cli", "No possible match for row %1.").arg(row) << '\n';
            return Ok;
        }
        TextTable table({QCoreApplication::translate("cli", "ID"), QCoreApplication::translate("cli", "Name"),
            QCoreApplication::translate("cli", "Why"), QCoreApplication::translate("cli", "Found in")});
        for (const PossibleMatch& m : found)
            table.add({m.key, m.name, m.reason(), m.whereText()});
        table.print(ctx.out());
        return Ok;
    }
    const auto done = matcher.confirm(row, p.value(person));
    if (!done)
        return ctx.failWith(done.error().message);
    const QString shown = Disclosure::id(*pool, IdParser::parse(p.value(person)).id->key());
    if (done->recordsLinked > 0)
        ctx.out() << QCoreApplication::translate("cli", "Linked to %1: %n row(s) of this list; the next screening uses them.",
                         nullptr, done->recordsLinked)
                         .arg(shown)
                  << '\n';
    if (done->rowsWaiting > 0)
        ctx.out() << QCoreApplication::translate("cli",
                         "%n row(s) have another broken ID number: the match is recorded, and the row is imported once "
                         "that one is matched too.",
                         nullptr, done->rowsWaiting)
                  << '\n';
    if (done->rows > done->recordsLinked + done->rowsWaiting)
        ctx.out() << QCoreApplication::translate("cli",
                         "%n row(s) have other reasons to be rejected: the match is recorded, but they stay out.", nullptr,
                         done->rows - done->recordsLinked - done->rowsWaiting)
                  << '\n';
    return Ok;
}

int rejectsDismiss(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ROW"), QCoreApplication::translate("cli", "The row's id (first column of rejects)."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("ROW"),
            QCoreApplication::translate(
                "cli", "Records that none of the possible matches is the person of a rejected row; the row stays rejected."),
            code))
        return code;
    bool number = false;
    const qint64 row = p.positionalArguments().value(0).toLongLong(&number);
    if (p.positionalArguments().size() != 1 || !number)
        return ctx.failWith(QCoreApplication::translate("cli", "rejects dismiss needs one row id")), Usage;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    if (Status s = PossibleMatches(*pool).dismiss(row); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Row %1: possible matches dismissed.").arg(row) << '\n';
    return Ok;
}

int inspect(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption type(QStringLiteral("type"),
        QCoreApplication::translate("cli", "Check the header against this type (default: suggest one)."), QStringLiteral("TYPE"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"), QCoreApplication::translate("cli", "CSV text encoding."), QStringLiteral("NAME"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"), QCoreApplication::translate("cli", "CSV delimiter."), QStringLiteral("CHAR"));
    const QCommandLineOption rows(QStringLiteral("rows"), QCoreApplication::translate("cli", "Rows to preview (default 8)."),
        QStringLiteral("N"), QStringLiteral("8"));
    for (const auto* o : {&type, &encoding, &delimiter, &rows})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "A table file."));
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--type TYPE] FILE"),
            QCoreApplication::translate("cli",
                "Shows how a file will be read: format, encoding, sheets, the header found, the suggested dataset type "
                "and column mapping, and the first rows. Nothing is imported."),
            code))
        return code;
    if (p.positionalArguments().size() != 1)
        return ctx.failWith(QCoreApplication::translate("cli", "inspect needs one file")), Usage;
    const auto options = readerOptions(ctx, p, encoding, delimiter);
    if (!options)
        return Usage;
    DatasetCatalog catalog = DatasetCatalog::builtIn();
    if (!ctx.poolPath.isEmpty() && QFileInfo::exists(ctx.poolPath))
        if (Pool* pool = ctx.pool())
            catalog = DatasetCatalog::forPool(*pool);
    if (p.isSet(type) && !catalog.find(p.value(type)))
        return ctx.failWith(QCoreApplication::translate("cli", "unknown dataset type \"%1\" (see: cluedesk-cli datasets types)")
                                .arg(p.value(type))),
               Usage;
    auto preview = FilePreview::of(p.positionalArguments().first(), catalog, *options, p.value(type));
    if (!preview)
        return ctx.failWith(preview.error().message);
    QTextStream& out = ctx.out();
    out << QCoreApplication::translate("cli", "Format: %1%2")
               .arg(preview->format, preview->encoding.isEmpty() ? QString() : QStringLiteral(", ") + preview->encoding)
        << '\n';
    for (const SheetPreview& s : preview->sheets) {
        out << '\n'
            << (s.name.isEmpty() ? QCoreApplication::translate("cli", "Table")
                                 : QCoreApplication::translate("cli", "Sheet \"%1\"").arg(s.name))
            << '\n';
        if (!s.suggestions.empty()) {
            QStringList r;
            for (size_t i = 0; i < std::min<size_t>(3, s.suggestions.size()); ++i)
                r << QStringLiteral("%1 (%2)").arg(s.suggestions[i].first).arg(s.suggestions[i].second);
            out << QCoreApplication::translate("cli", "  suggested types (fields matched): %1").arg(r.join(QStringLiteral(", ")))
                << '\n';
        }
        if (const DatasetType* t = catalog.find(s.typeId)) {
            if (s.header) {
                out << QCoreApplication::translate("cli", "  header for %1 in row %2:")
                           .arg(t->id)
                           .arg(s.header->mapping.headerRow)
                    << '\n';
                std::map<int, QString> byColumn;
                for (const auto& [field, col] : s.header->mapping.fieldColumn)
                    byColumn[col] = field;
                for (const auto& [col, field] : byColumn)
                    out << "    " << s.header->mapping.describeColumn(col) << " -> " << t->field(field)->title.text() << " ("
                        << field << ")\n";
            } else {
                out << QCoreApplication::translate("cli", "  no header for %1 found").arg(t->id) << '\n';
            }
        }
        const int n = p.value(rows).toInt();
        for (size_t i = 0; i < s.rows.size() && int(i) < n; ++i) {
            QStringList cells;
            for (const Cell& c : s.rows[i].cells)
                cells << c.shown();
            out << QStringLiteral("  %1| %2").arg(s.rows[i].number, 4).arg(cells.join(QStringLiteral(" | "))) << '\n';
        }
    }
    return Ok;
}

const Register r1({QStringLiteral("import")}, QT_TRANSLATE_NOOP("cli", "import bureau files as a new dataset version"), import);
const Register r2(
    {QStringLiteral("rejects")}, QT_TRANSLATE_NOOP("cli", "list rejected rows with file, row, column and reason"), rejects);
const Register r2m({QStringLiteral("rejects"), QStringLiteral("match")},
    QT_TRANSLATE_NOOP("cli", "show a rejected row's possible matches, or link it to one (--person)"), rejectsMatch);
const Register r2d({QStringLiteral("rejects"), QStringLiteral("dismiss")},
    QT_TRANSLATE_NOOP("cli", "record that none of a rejected row's possible matches is its person"), rejectsDismiss);
const Register r3(
    {QStringLiteral("inspect")}, QT_TRANSLATE_NOOP("cli", "preview how a file will be read (nothing is imported)"), inspect);

} // namespace
} // namespace cluedesk::cli
