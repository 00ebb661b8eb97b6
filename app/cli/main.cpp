// cluedesk-cli: the headless ClueDesk. Batch runs, scripting and the end-to-end tests use it.
#include "Cli.h"

#include "pool/StorageError.h"
#include "util/LocalText.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <csignal>
#include <unistd.h>

using namespace cluedesk;
using namespace cluedesk::cli;

namespace {

void printOverview(Context& ctx)
{
    ctx.out()
        << QCoreApplication::translate("cli",
               "Usage: cluedesk-cli [--pool FILE] [--passphrase-file FILE|-] [--plain] [--user NAME [--password-file FILE|-]] "
               "[--lang zh|en] COMMAND [options]")
        << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    std::vector<const Command*> sorted;
    for (const Command& c : registry())
        sorted.push_back(&c);
    std::sort(sorted.begin(), sorted.end(), [](const Command* a, const Command* b) { return a->words < b->words; });
    TextTable table({QString(), QString()});
    for (const Command* c : sorted)
        table.add({QStringLiteral("  ") + c->words.join(u' '), QCoreApplication::translate("cli", c->summary)});
    table.print(ctx.out());
    ctx.out() << '\n'
              << QCoreApplication::translate("cli",
                     "Each command has its own --help. The pool can also be given by CLUEDESK_POOL, its passphrase by "
                     "CLUEDESK_PASSPHRASE.")
              << '\n';
}

// Chinese, like the GUI, unless --lang en, CLUEDESK_LANG=en or an English locale asks for English
// (a server's C or POSIX locale is no choice of language).
Language pickLanguage(const QString& wanted)
{
    if (wanted.startsWith(QLatin1String("zh")))
        return Language::Chinese;
    if (wanted.startsWith(QLatin1String("en")))
        return Language::English;
    return QLocale::system().language() == QLocale::English ? Language::English : Language::Chinese;
}

} // namespace

int main(int argc, char** argv)
{
    // Past a file-size limit a write should fail (and be reported), not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    // Case documents and letters need fonts and painting, also without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // what Qt would pick, without its warning
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(
            QString::fromLocal8Bit(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cluedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUEDESK_VERSION));

    Context ctx;
    QStringList args = app.arguments().mid(1);
    ctx.poolPath = qEnvironmentVariable("CLUEDESK_POOL");
    ctx.passphrase = qgetenv("CLUEDESK_PASSPHRASE");
    ctx.password = qgetenv("CLUEDESK_PASSWORD");
    ctx.user = qEnvironmentVariable("CLUEDESK_USER");
    QString lang = qEnvironmentVariable("CLUEDESK_LANG");
    QTranslator translator;
    const auto useLanguage = [&] {
        const Language language = pickLanguage(lang);
        setCurrentLanguage(language);
        if (language == Language::Chinese && translator.isEmpty() && translator.load(QStringLiteral(":/i18n/cluedesk_zh_CN.qm")))
            QCoreApplication::installTranslator(&translator);
    };
    // Global options come before the command words.
    while (!args.isEmpty() && args.front().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        auto value = [&](const QString& name) -> std::optional<QString> {
            if (opt.startsWith(name + u'='))
                return opt.mid(name.size() + 1);
            if (opt == name && !args.isEmpty())
                return args.takeFirst();
            return std::nullopt;
        };
        if (opt == QLatin1String("--version")) {
            ctx.out() << "cluedesk-cli " << CLUEDESK_VERSION << Qt::endl;
            return Ok;
        }
        if (opt == QLatin1String("--help")) {
            useLanguage();
            printOverview(ctx);
            return Ok;
        }
        if (opt == QLatin1String("--plain"))
            ctx.plain = true;
        else if (auto v = value(QStringLiteral("--pool")))
            ctx.poolPath = *v;
        else if (auto v = value(QStringLiteral("--user")))
            ctx.user = *v;
        else if (auto v = value(QStringLiteral("--lang")))
            lang = *v;
        else if (auto v = value(QStringLiteral("--password-file"))) {
            const auto secret = Context::readSecret(*v);
            if (!secret) {
                useLanguage();
                return ctx.failWith(QCoreApplication::translate("cli", "cannot read the password from %1").arg(*v)), Usage;
            }
            ctx.password = *secret;
        } else if (auto v = value(QStringLiteral("--passphrase-file"))) {
            const auto secret = Context::readSecret(*v);
            if (!secret) {
                useLanguage();
                return ctx.failWith(QCoreApplication::translate("cli", "cannot read the passphrase from %1").arg(*v)), Usage;
            }
            ctx.passphrase = *secret;
        } else {
            useLanguage();
            return ctx.failWith(QCoreApplication::translate("cli", "unknown option %1 (see: cluedesk-cli --help)").arg(opt)),
                   Usage;
        }
    }
    useLanguage();

    if (args.isEmpty()) {
        printOverview(ctx);
        return Usage;
    }
    // Longest match of command words: "datasets list" before "datasets".
    const Command* best = nullptr;
    for (const Command& c : registry()) {
        if (c.words.size() > args.size() || (best && best->words.size() >= c.words.size()))
            continue;
        if (args.mid(0, c.words.size()) == c.words)
            best = &c;
    }
    if (!best) {
        QStringList group;
        for (const Command& c : registry())
            if (c.words.front() == args.front())
                group << c.words.join(u' ');
        if (!group.isEmpty())
            return ctx.failWith(QCoreApplication::translate("cli", "\"%1\" needs a subcommand: %2")
                                    .arg(args.front(), group.join(QStringLiteral(", ")))),
                   Usage;
        return ctx.failWith(
                   QCoreApplication::translate("cli", "unknown command \"%1\" (see: cluedesk-cli --help)").arg(args.front())),
               Usage;
    }
    ctx.commandName = best->words.join(u' ');
    ctx.args = args.mid(best->words.size());
    // The boundary: a storage failure (full disk, a tampered page, a locked or read-only file)
    // ends the command with one line and a non-zero exit; SQLite has rolled back what was open.
    try {
        return best->run(ctx);
    } catch (const DbError& e) {
        return ctx.failWith(storageMessage(e));
    } catch (const std::exception& e) {
        return ctx.failWith(
            QCoreApplication::translate("cli", "stopped by an internal error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}
