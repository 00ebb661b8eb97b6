#pragma once
// How hard a passphrase is to guess, in words an officer can act on: zxcvbn's estimate (common
// words, names, keyboard runs, dates and repeats count for little), with the office's own words
// (its name, the county) counted as known to an attacker.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cluedesk {

struct PassphraseStrength {
    double bits = 0;         // estimated guesses, as a power of two
    int level = 0;           // 0 too weak, 1 fair, 2 good, 3 strong
    bool acceptable = false; // good enough to protect a pool
    QString verdict;         // one line for the dialog
};

PassphraseStrength assessPassphrase(const QByteArray& passphrase, const QStringList& knownWords = {});

} // namespace cluedesk
