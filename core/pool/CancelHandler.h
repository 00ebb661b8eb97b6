#pragma once
// While it lives, SQLite checks every few thousand steps whether the officer cancelled and, if
// so, interrupts the statement running (SQLITE_INTERRUPT, thrown as DbError), so that
// cancelling works during one long statement too (a model's query, building an index), not
// only between rows.
#include "pool/Database.h"

#include <atomic>
#include <sqlite3.h>

namespace cluedesk {

class CancelHandler {
public:
    CancelHandler(Database& db, const std::atomic_bool* cancel) : m_db(db.handle())
    {
        if (cancel)
            sqlite3_progress_handler(m_db, 1000, &CancelHandler::check, const_cast<std::atomic_bool*>(cancel));
    }
    ~CancelHandler() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    CancelHandler(const CancelHandler&) = delete;
    CancelHandler& operator=(const CancelHandler&) = delete;

private:
    static int check(void* cancel) { return static_cast<std::atomic_bool*>(cancel)->load() ? 1 : 0; }
    sqlite3* m_db;
};

} // namespace cluedesk
