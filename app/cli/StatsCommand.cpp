// stats: the numbers for the chief over a period
#include "Cli.h"

#include "ingest/XlsxWriter.h"
#include "review/OfficeReport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cluedesk::cli {
namespace {

int stats(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"),
        QCoreApplication::translate("cli", "First day of the period (default: 1 January of this year)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("cli", "Last day of the period (default: today)."), QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"),
        QCoreApplication::translate("cli", "text, csv, json or xlsx (default text)."), QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"),
        QCoreApplication::translate("cli", "Write to FILE instead of standard output (needed for xlsx)."),
        QStringLiteral("FILE"));
    for (const auto* o : {&from, &to, &format, &out})
        p.addOption(*o);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("[--from DATE] [--to DATE] [--format text|csv|json|xlsx] [--out FILE]"),
            QCoreApplication::translate("cli",
                "The office's figures over a period: clues found per model and grade, decided, suggested and corrected, "
                "days from finding to decision, assistance decided and paid, money recovered, letters issued, replied "
                "and overdue."),
            code))
        return code;
    Pool* pool = ctx.pool();
    if (!pool)
        return Failed;
    const QDate today = pool->now().date();
    QDate first(today.year(), 1, 1), last = today;
    if (!ctx.dateOption(p, from, first) || !ctx.dateOption(p, to, last))
        return Usage;
    if (first > last)
        return ctx.failWith(QCoreApplication::translate("cli", "--from %1 is after --to %2")
                                .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))),
               Usage;
    const QString fmt = p.value(format).isEmpty() ? QStringLiteral("text") : p.value(format);
    if (!QStringList{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")}.contains(fmt))
        return ctx.failWith(QCoreApplication::translate("cli", "--format must be text, csv, json or xlsx, not \"%1\"").arg(fmt)),
               Usage;
    const OfficeReport report = OfficeReport::collect(*pool, first, last);
    const Language language = currentLanguage();
    if (fmt == QLatin1String("xlsx")) {
        if (!p.isSet(out))
            return ctx.failWith(QCoreApplication::translate("cli", "--format xlsx needs --out FILE")), Usage;
        if (Status s = report.writeXlsx(p.value(out), language); !s)
            return ctx.failWith(s.error().message);
        return Ok;
    }
    QByteArray bytes;
    if (fmt == QLatin1String("json")) {
        bytes = QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    } else if (fmt == QLatin1String("csv")) {
        bytes = "\xEF\xBB\xBF" + CsvWriter::encodeRow(report.header(language)); // Excel on Chinese Windows
        for (const QStringList& row : report.rows(language))
            bytes += CsvWriter::encodeRow(row);
        for (const auto& [label, value] : report.figures(language))
            bytes += CsvWriter::encodeRow({label, value});
    } else {
        TextTable table(report.header(language));
        for (const QStringList& row : report.rows(language))
            table.add(row);
        QString text;
        QTextStream s(&text);
        table.print(s);
        for (const auto& [label, value] : report.figures(language))
            s << label << ": " << value << '\n';
        s.flush();
        bytes = text.toUtf8();
    }
    if (p.isSet(out)) {
        ctx.writeTo(p.value(out), bytes, code);
        return code;
    }
    ctx.out() << QString::fromUtf8(bytes);
    return Ok;
}

const Register r1({QStringLiteral("stats")}, QT_TRANSLATE_NOOP("cli", "the office's figures over a period"), stats);

} // namespace
} // namespace cluedesk::cli
