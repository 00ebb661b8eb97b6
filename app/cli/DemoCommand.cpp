// demo --out DIR
#include "Cli.h"

#include "demo/DemoGenerator.h"
#include "documents/CaseDocumentGenerator.h"

namespace cluedesk::cli {
namespace {

int demo(Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(
        QStringLiteral("out"), QCoreApplication::translate("cli", "Folder to write the files to."), QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("cli", "Random seed (the same seed gives the same files)."), QStringLiteral("N"),
        QStringLiteral("20240630"));
    const QCommandLineOption people(QStringLiteral("people"),
        QCoreApplication::translate("cli", "Background people besides the planted cases."), QStringLiteral("N"),
        QStringLiteral("300"));
    for (const auto* o : {&out, &seed, &people})
        p.addOption(*o);
    int code = Ok;
    if (!ctx.parse(p, QStringLiteral("--out DIR [--seed N] [--people N]"),
            QCoreApplication::translate("cli",
                "Writes a synthetic demo set of bureau files (every dataset type, with the quirks real files have and "
                "planted cases for every screening model), plus manifest.tsv naming each file's type."),
            code))
        return code;
    if (!p.isSet(out))
        return ctx.failWith(QCoreApplication::translate("cli", "demo needs --out DIR")), Usage;
    DemoGenerator::Options options;
    options.seed = p.value(seed).toUInt();
    options.background = p.value(people).toInt();
    const DemoSet set = DemoGenerator::generate(options);
    if (Status s = DemoGenerator::writeTo(p.value(out), set); !s)
        return ctx.failWith(s.error().message);
    if (Status s = CaseDocumentGenerator::writeDemoCaseFiles(p.value(out), set.caseFiles); !s)
        return ctx.failWith(s.error().message);
    ctx.out() << QCoreApplication::translate("cli", "Wrote %1 lists and %2 case files to %3 (see manifest.tsv and README.txt)")
                     .arg(set.files.size())
                     .arg(set.caseFiles.size())
                     .arg(p.value(out))
              << '\n';
    return Ok;
}

const Register r({QStringLiteral("demo")}, QT_TRANSLATE_NOOP("cli", "write a synthetic demo set of bureau files"), demo);

} // namespace
} // namespace cluedesk::cli
