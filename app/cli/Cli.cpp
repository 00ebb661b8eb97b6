#include "Cli.h"

#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/PoolLogin.h"
#include "security/SecretKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <utility>

namespace cluedesk::cli {

Context::Context() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

std::vector<Command>& registry()
{
    static std::vector<Command> commands;
    return commands;
}

Register::Register(QStringList words, const char* summary, std::function<int(Context&)> run)
{
    registry().push_back({std::move(words), summary, std::move(run)});
}

int Context::failWith(const QString& message)
{
    m_out.flush();
    m_err << "cluedesk-cli: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return Failed;
}

bool Context::dateOption(const QCommandLineParser& p, const QCommandLineOption& option, QDate& target)
{
    if (!p.isSet(option))
        return true;
    const QDate d = QDate::fromString(p.value(option), Qt::ISODate);
    if (!d.isValid()) {
        failWith(QCoreApplication::translate("cli", "--%1 must be YYYY-MM-DD, not \"%2\"")
                     .arg(option.names().first(), p.value(option)));
        return false;
    }
    target = d;
    return true;
}

Pool* Context::pool(bool create)
{
    if (m_pool)
        return m_pool.get();
    if (poolPath.isEmpty()) {
        failWith(QCoreApplication::translate("cli", "no pool given; use --pool FILE (or set CLUEDESK_POOL)"));
        return nullptr;
    }
    const bool existed = QFileInfo::exists(poolPath);
    if (!existed && create && passphrase.isEmpty() && !plain) {
        failWith(QCoreApplication::translate("cli",
            "new pools are encrypted: give a passphrase in CLUEDESK_PASSPHRASE or with --passphrase-file, "
            "or create an unencrypted pool on purpose with --plain"));
        return nullptr;
    }
    PoolOptions options;
    options.create = create;
    options.user = user;
    options.passphrase = passphrase;
    bool told = false;
    options.upgrading = [&](int from, int to) {
        if (!std::exchange(told, true)) {
            m_err << QCoreApplication::translate(
                         "cli", "Upgrading the pool from schema %1 to %2; a large pool takes a few seconds. Do not interrupt.")
                         .arg(from)
                         .arg(to)
                  << Qt::endl;
        }
    };
    auto opened = PoolLogin::open(poolPath, options, user, password);
    if (!opened) {
        const QString& code = opened.error().code;
        failWith(code == QLatin1String("login.needed")
                ? QCoreApplication::translate("cli",
                      "this pool has users: log in with --user NAME and the password in CLUEDESK_PASSWORD or --password-file")
                : code == QLatin1String("pool.missing") // there is no --create: the first import makes it
                ? opened.error().message + u' ' +
                    QCoreApplication::translate(
                        "cli", "A new pool is made by the first import into it: cluedesk-cli --pool %1 import ...")
                        .arg(poolPath)
                : opened.error().message);
        return nullptr;
    }
    if (!existed)
        m_err << (passphrase.isEmpty() ? QCoreApplication::translate("cli",
                                             "Created a new pool at %1, NOT encrypted (--plain): anyone with the file "
                                             "reads it; encrypt it with: cluedesk-cli pool passphrase")
                                       : QCoreApplication::translate("cli", "Created a new encrypted pool at %1"))
                     .arg(poolPath)
              << Qt::endl;
    m_pool = std::move(opened.value());
    crypto::wipe(passphrase); // the pool holds its key now; the passphrase is not kept
    return m_pool.get();
}

bool Context::allowFullIds(const QString& what)
{
    Pool* p = pool();
    if (!p)
        return false;
    if (Status s = Access::require(*p, Permission::ViewFullIds); !s) {
        failWith(s.error().message);
        return false;
    }
    AuditLog(*p).record(QStringLiteral("ids.full"), what);
    return true;
}

std::optional<QByteArray> Context::readSecret(const QString& path)
{
    QFile f;
    const bool opened =
        path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened)
        return std::nullopt;
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool Context::parse(QCommandLineParser& parser, const QString& synopsis, const QString& description, int& exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv = args;
    argv.prepend(QStringLiteral("cluedesk-cli ") + commandName);
    if (!parser.parse(argv)) {
        exitCode = Usage;
        failWith(parser.errorText() + QStringLiteral(" (see: cluedesk-cli %1 --help)").arg(commandName));
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser prints "Usage: <argv0> [options]"; say the real synopsis instead.
        text.replace(0, text.indexOf(u'\n'),
            QCoreApplication::translate("cli", "Usage: cluedesk-cli [--pool FILE] %1 %2").arg(commandName, synopsis));
        m_out << text;
        exitCode = Ok;
        return false;
    }
    // QCommandLineParser accepts words it was not told of and leaves them to the command; a
    // command without arguments would ignore them ("screen key-groups" ran every model).
    // Whether any were declared shows only in the help, under Qt's own "Arguments:" heading.
    // (Looked up as Qt does, through variables so that lupdate leaves Qt's own string to Qt.)
    const char* qtContext = "QCommandLineParser";
    const char* heading = "Arguments:";
    const bool takesArguments = parser.helpText().contains(QCoreApplication::translate(qtContext, heading));
    if (!takesArguments && !parser.positionalArguments().isEmpty()) {
        exitCode = Usage;
        failWith(QCoreApplication::translate("cli", "unexpected argument \"%1\" (see: cluedesk-cli %2 --help)")
                     .arg(parser.positionalArguments().first(), commandName));
        return false;
    }
    return true;
}

void Context::writeTo(const QString& path, const QByteArray& bytes, int& exitCode)
{
    Output out(*this, path);
    if (!out.open()) {
        exitCode = Failed;
        return;
    }
    out.write(bytes);
    exitCode = out.finish();
}

Output::Output(Context& ctx, const QString& path) : m_ctx(ctx), m_path(path)
{
}

Output::~Output() = default; // an unfinished file is discarded

bool Output::open()
{
    if (m_path.isEmpty() || m_path == QLatin1String("-")) {
        m_ctx.out().flush();
        return true;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_ctx.failWith(QCoreApplication::translate("cli", "cannot write %1: %2").arg(m_path, m_file->errorString()));
        return false;
    }
    return true;
}

void Output::write(const QByteArray& bytes)
{
    if (m_file)
        m_file->write(bytes); // an error is kept and reported by finish()
    else
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int Output::finish()
{
    if (!m_file) {
        fflush(stdout);
        return Ok;
    }
    if (!m_file->commit())
        return m_ctx.failWith(QCoreApplication::translate("cli", "cannot write %1: %2").arg(m_path, m_file->errorString()));
    m_ctx.err() << QCoreApplication::translate("cli", "Wrote %1").arg(m_path) << Qt::endl;
    return Ok;
}

int TextTable::displayWidth(const QString& s)
{
    int w = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
            (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
            (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

void TextTable::print(QTextStream& out) const
{
    const bool headerless =
        std::all_of(m_rows.front().begin(), m_rows.front().end(), [](const QString& s) { return s.isEmpty(); });
    std::vector<int> widths;
    for (const QStringList& r : m_rows)
        for (int i = 0; i < r.size(); ++i) {
            if (size_t(i) >= widths.size())
                widths.push_back(0);
            widths[size_t(i)] = std::max(widths[size_t(i)], displayWidth(r[i]));
        }
    for (size_t k = headerless ? 1 : 0; k < m_rows.size(); ++k) {
        const QStringList& r = m_rows[k];
        QString line;
        for (int i = 0; i < r.size(); ++i) {
            line += r[i];
            if (i + 1 < r.size())
                line += QString(widths[size_t(i)] - displayWidth(r[i]) + 2, u' ');
        }
        out << line << '\n';
    }
}

} // namespace cluedesk::cli
