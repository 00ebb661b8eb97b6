#include "pool/Database.h"

#include <mutex>
#include <sqlite3.h>

namespace cluedesk {
namespace {

[[noreturn]] void throwError(sqlite3* db, int rc, const QString& context = {})
{
    QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    if (db && sqlite3_extended_errcode(db) == SQLITE_IOERR_DATA) {
        rc = SQLITE_IOERR_DATA;
        message = QStringLiteral("a page of the pool failed its integrity check (changed outside ClueDesk, or damaged)");
    }
    if (!context.isEmpty())
        message = context + QStringLiteral(": ") + message;
    throw DbError(message, rc);
}

} // namespace

Statement::Statement(sqlite3* db, const QByteArray& sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(db, rc, QString::fromUtf8(sql.left(200)));
}

Statement::Statement(Statement&& other) noexcept : m_stmt(other.m_stmt), m_db(other.m_db)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindText(int index, QByteArrayView utf8)
{
    check(sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull())
        return bind(index, std::nullopt);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: return bind(index, value.toLongLong());
    case QMetaType::Double: return bind(index, value.toDouble());
    case QMetaType::QByteArray: return bind(index, value.toByteArray());
    default: return bind(index, value.toString());
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int ext = sqlite3_extended_errcode(m_db);
    sqlite3_reset(m_stmt);
    throwError(m_db, ext ? ext : rc);
}

void Statement::run()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}
qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}
double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::utf8(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

QByteArray Statement::blob(int col) const
{
    const void* p = sqlite3_column_blob(m_stmt, col);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER: return int64(col);
    case SQLITE_FLOAT: return real(col);
    case SQLITE_TEXT: return text(col);
    case SQLITE_BLOB: return blob(col);
    default: return {};
    }
}

QString Statement::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

void Database::configureLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Only before the library initialises; later (another part of the program was first)
        // SQLite refuses with SQLITE_MISUSE and keeps its defaults, which work the same.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

std::unique_ptr<Database> Database::open(const QString& path, bool create, const QString& uri)
{
    configureLibrary();
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2((uri.isEmpty() ? path : uri).toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw DbError(path + QStringLiteral(": ") + message, rc);
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

void Database::exec(const QString& sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        QString message = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        if (sqlite3_extended_errcode(m_db) == SQLITE_IOERR_DATA)
            message = QStringLiteral("a page of the pool failed its integrity check (changed outside ClueDesk, or damaged)");
        throw DbError(message, sqlite3_extended_errcode(m_db));
    }
}

Statement Database::prepare(const QString& sql)
{
    return Statement(m_db, sql.toUtf8());
}

Statement& Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, Statement(m_db, QByteArray(sql))).first;
    it->second.reset();
    return it->second;
}

QVariant Database::scalar(const QString& sql, const QVariantList& binds)
{
    Statement st = prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    return st.step() ? st.value(0) : QVariant();
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}
QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (const DbError&) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing is left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

Savepoint::Savepoint(Database& db, const char* name)
    : m_db(db), m_name(QString::fromLatin1(name)), m_outer(sqlite3_get_autocommit(db.handle()) != 0)
{
    m_db.exec(m_outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            if (m_outer) {
                m_db.exec(QStringLiteral("ROLLBACK"));
            } else {
                m_db.exec(QStringLiteral("ROLLBACK TO ") + m_name);
                m_db.exec(QStringLiteral("RELEASE ") + m_name);
            }
        } catch (const DbError&) {
        }
    }
}

void Savepoint::release()
{
    m_db.exec(m_outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name);
    m_done = true;
}

} // namespace cluedesk
