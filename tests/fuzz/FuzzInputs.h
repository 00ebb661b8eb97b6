#pragma once
// What each fuzz target does with one input, shared with the regression test that replays the
// inputs that once crashed.
#include <QByteArray>

namespace cluedesk::fuzz {

// Writes the bytes to a private file with this suffix and reads every row of every sheet.
void readTable(const QByteArray& bytes, const char* suffix);
void readModel(const QByteArray& bytes);
void readId(const QByteArray& bytes);

} // namespace cluedesk::fuzz
