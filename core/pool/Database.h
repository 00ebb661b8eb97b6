#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared statements with a small
// cache, and transactions that roll back unless committed. Storage failures (disk full, a
// corrupt or tampered file) throw DbError; everything caused by user input is handled above.
#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace cluedesk {

class DbError : public std::runtime_error {
public:
    DbError(const QString& message, int code) : std::runtime_error(message.toStdString()), m_message(message), m_code(code) { }
    const QString& message() const { return m_message; }
    int code() const { return m_code; }

private:
    QString m_message;
    int m_code;
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, const QByteArray& sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binding is 1-based like SQLite. Returns *this so calls chain.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // always text; use std::nullopt for NULL
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, const QByteArray& value); // blob
    Statement& bindText(int index, QByteArrayView utf8); // text that is UTF-8 already
    Statement& bind(int index, std::nullopt_t);
    Statement& bind(int index, const QVariant& value);
    Statement& bindNull(int index) { return bind(index, std::nullopt); }

    // Runs to the next row; false when done. Throws DbError on failure.
    bool step();
    // Steps a statement that returns no rows.
    void run();
    void reset();

    int columnCount() const;
    int parameterCount() const; // the highest ?N the statement has
    bool isNull(int col) const;
    qint64 int64(int col) const;
    int integer(int col) const { return int(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    // The column's text as SQLite holds it, valid until the next step or reset.
    QByteArrayView utf8(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;
    QString columnName(int col) const;

private:
    void check(int rc) const;
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
};

class Database {
public:
    // Opens (and with create, creates) the file; uri, when given, is what SQLite opens (an
    // encrypted pool's file: URI with its VFS and key handle), and path what messages name.
    static std::unique_ptr<Database> open(const QString& path, bool create, const QString& uri = {});
    ~Database();
    // Settings of the SQLite library itself, made once before it is first used (opening a
    // database or registering a VFS): no statistics of its memory use, which otherwise take a
    // process-wide lock on every allocation and free.
    static void configureLibrary();

    void exec(const QString& sql);
    Statement prepare(const QString& sql);
    // A statement kept for the connection's life, reset before it is returned.
    Statement& cached(const char* sql);
    // Convenience for one value.
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    qint64 lastInsertId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }
    QString lastError() const;

private:
    Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) { }
    sqlite3* m_db;
    QString m_path;
    std::unordered_map<const char*, Statement> m_cache;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted (an exception, a
// cancelled import, a failed step), so one failing operation changes nothing.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

// Savepoints nest inside a transaction (used by code that may run inside a caller's one).
// Outside one it is a transaction of its own, begun IMMEDIATE like Transaction: a deferred one
// that reads first could not take the write lock when another process wrote in between.
class Savepoint {
public:
    Savepoint(Database& db, const char* name);
    ~Savepoint();
    void release();

private:
    Database& m_db;
    QString m_name;
    bool m_outer = false; // began the transaction itself
    bool m_done = false;
};

} // namespace cluedesk
