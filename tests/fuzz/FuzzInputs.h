#pragma once
// What each fuzz target does with one input, shared with the regression test that replays the
// inputs that once crashed.
#include <QByteArray>

namespace cluedesk::fuzz {

// Writes the bytes to a private file with this suffix and reads every row of every sheet.
void readTable(const QByteArray& bytes, const char* suffix);
void readModel(const QByteArray& bytes);
void readId(const QByteArray& bytes);
// A keyring file as someone may have left it beside a pool: loaded, resealed, unlocked.
void readKeyring(const QByteArray& bytes);
// An encrypted pool whose bytes the input overwrites (first 4 bytes: the offset), opened with
// its key and checked: every change is refused or harmless, none crashes.
void readEncryptedPool(const QByteArray& bytes);

} // namespace cluedesk::fuzz
