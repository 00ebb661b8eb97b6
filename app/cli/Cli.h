#pragma once
// The command-line front end: a registry of commands, each with its own options and --help,
// sharing how the pool is opened and how results are printed. Failures print one line on
// stderr and return non-zero.
#include "pool/Pool.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cluedesk::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

class Context {
public:
    Context();
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    QString poolPath;
    QString user;
    QByteArray passphrase; // CLUEDESK_PASSPHRASE or --passphrase-file, never a command-line value
    QByteArray password;   // CLUEDESK_PASSWORD or --password-file: the login when the pool has users
    bool plain = false;    // --plain: a new pool may be created without encryption
    QStringList args;      // the command's own arguments (after the command words)
    QString commandName;

    // Opens the pool (creating it when allowed); prints the reason and returns null on failure.
    Pool* pool(bool create = false);
    // The open pool itself, for commands that close it (re-encryption replaces the file).
    std::unique_ptr<Pool>& openPool() { return m_pool; }
    int failWith(const QString& message); // prints "cluedesk-cli: message", returns Failed
    // Reads a YYYY-MM-DD option into target when it is given; false (the reason printed) when
    // it is not a date. target keeps its value when the option is absent.
    bool dateOption(const QCommandLineParser& p, const QCommandLineOption& option, QDate& target);
    // --full-ids: allowed for the role, and audited; prints why not and returns false otherwise.
    bool allowFullIds(const QString& what);
    // Parses the command's options; handles --help. Returns false when the caller should stop
    // (exitCode says how).
    bool parse(QCommandLineParser& parser, const QString& synopsis, const QString& description, int& exitCode);
    // Writes a command's result to FILE, or to standard output for "" or "-" (see Output).
    void writeTo(const QString& path, const QByteArray& bytes, int& exitCode);
    // The first line of a file, or of standard input for "-": how secrets reach the CLI
    // without showing in the shell history or the process list.
    static std::optional<QByteArray> readSecret(const QString& path);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Pool> m_pool;
};

// A command's result written piece by piece, so a large one is never held whole: to FILE, which
// appears whole or not at all (QSaveFile), or to standard output for "" or "-".
class Output {
public:
    Output(Context& ctx, const QString& path);
    ~Output();
    bool open(); // prints why not
    void write(const QByteArray& bytes);
    int finish(); // Ok ("Wrote FILE"), or Failed with why
private:
    Context& m_ctx;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file; // null: standard output
};

struct Command {
    QStringList words;   // e.g. {"datasets", "list"}
    const char* summary; // QT_TRANSLATE_NOOP("cli", ...), translated when printed
    std::function<int(Context&)> run;
};

std::vector<Command>& registry();
struct Register {
    Register(QStringList words, const char* summary, std::function<int(Context&)> run);
};

// Columns aligned by display width (CJK characters take two terminal cells).
class TextTable {
public:
    explicit TextTable(QStringList header) : m_rows{std::move(header)} { }
    void add(QStringList row) { m_rows.push_back(std::move(row)); }
    void print(QTextStream& out) const;
    static int displayWidth(const QString& s);

private:
    std::vector<QStringList> m_rows;
};

} // namespace cluedesk::cli
