#pragma once
// While a ProgressHandler lives, SQLite calls its callback every so many steps of the statement
// running on the connection, however long that one statement takes (a model's query, building
// an index, a schema upgrade); the callback returning true interrupts the statement
// (SQLITE_INTERRUPT, thrown as DbError). One connection has one handler at a time.
#include "pool/Database.h"

#include <atomic>
#include <functional>
#include <optional>
#include <sqlite3.h>

namespace cluedesk {

class ProgressHandler {
public:
    ProgressHandler(Database& db, int steps, std::function<bool()> callback) : m_db(db.handle()), m_callback(std::move(callback))
    {
        sqlite3_progress_handler(m_db, steps, &ProgressHandler::call, this);
    }
    ~ProgressHandler() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    ProgressHandler(const ProgressHandler&) = delete;
    ProgressHandler& operator=(const ProgressHandler&) = delete;

private:
    static int call(void* self) { return static_cast<ProgressHandler*>(self)->m_callback() ? 1 : 0; }
    sqlite3* m_db;
    std::function<bool()> m_callback;
};

// Interrupts the running statement once the officer cancelled, so that cancelling works during
// one long statement too, not only between rows. Does nothing without a flag.
class CancelHandler {
public:
    CancelHandler(Database& db, const std::atomic_bool* cancel)
    {
        if (cancel)
            m_handler.emplace(db, 1000, [cancel] { return cancel->load(); });
    }

private:
    std::optional<ProgressHandler> m_handler;
};

} // namespace cluedesk
