#pragma once
// What each fuzz target does with one input, shared with the regression test that replays the
// inputs that once crashed. Each returns the outcome in a few words ("rows:12", "error:xlsx.bad-zip",
// "refused") so the regression test can say what a replayed input must come to, not only that
// it did not crash.
#include <QByteArray>
#include <QString>

namespace cluedesk::fuzz {

// Writes the bytes to a private file with this suffix and reads every row of every sheet.
QString readTable(const QByteArray& bytes, const char* suffix);
QString readModel(const QByteArray& bytes);
QString readId(const QByteArray& bytes);
// A keyring file as someone may have left it beside a pool: loaded, resealed, unlocked.
QString readKeyring(const QByteArray& bytes);
// An encrypted pool whose bytes the input overwrites (first 4 bytes: the offset), opened with
// its key and checked: every change is refused or harmless, none crashes.
QString readEncryptedPool(const QByteArray& bytes);

} // namespace cluedesk::fuzz
