#pragma once
// What a storage failure means for the officer, in words, and whether the pool can stay open.
// The boundaries (the CLI's dispatch, the GUI's event loop) catch DbError and use these.
#include "pool/Database.h"

#include <QString>

namespace cluedesk {

// One sentence: what happened, that nothing unfinished was saved, what to do.
QString storageMessage(const DbError& error);
// A failure after which the pool should be closed (a tampered or damaged file, a lost disk):
// not a full disk or a file in use, which the officer can fix and go on.
bool storageFailureIsFatal(const DbError& error);

} // namespace cluedesk
