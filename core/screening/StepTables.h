#pragma once
// A model's steps, each made as a temporary table, in order, for the life of this object, with
// an index on its first column (the person, or the key it groups by) when a later step looks rows
// up by it. As one WITH query the steps were common table expressions, and SQLite guessed their
// sizes: on a two-million-row pool it chose to scan a step once per row of another (a nested
// loop of 560,000 x 20,000) or not, depending on whether ANALYZE had run. With real tables and
// real indexes every lookup of a person in a step is an index search, whatever the statistics say.
#include "pool/Database.h"
#include "screening/SqlCompiler.h"

#include <QStringList>
#include <atomic>

namespace cluedesk {

class StepTables {
public:
    // Builds every table; throws DbError (SQLITE_INTERRUPT when cancelled between steps).
    StepTables(Database& db, const CompiledModel& compiled, const std::atomic_bool* cancel);
    ~StepTables(); // drops them, and their statistics
    StepTables(const StepTables&) = delete;
    StepTables& operator=(const StepTables&) = delete;

private:
    Database& m_db;
    QStringList m_names;
};

} // namespace cluedesk
