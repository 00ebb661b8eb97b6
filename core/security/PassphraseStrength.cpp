#include "security/PassphraseStrength.h"

#include <QCoreApplication>
#include <vector>
#include <zxcvbn.h>

namespace cluedesk {

PassphraseStrength assessPassphrase(const QByteArray& passphrase, const QStringList& knownWords)
{
    std::vector<QByteArray> words;
    for (const QString& w : knownWords)
        if (!w.trimmed().isEmpty())
            words.push_back(w.trimmed().toUtf8());
    std::vector<const char*> dictionary;
    for (const QByteArray& w : words)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);
    const QByteArray text = passphrase + '\0';
    PassphraseStrength s;
    s.bits = passphrase.isEmpty() ? 0 : ZxcvbnMatch(text.constData(), dictionary.data(), nullptr);
    // 40 bits: years of guessing at Argon2id's pace on one PC; 60 and 80 for a stolen laptop
    // against a well-equipped attacker.
    s.level = s.bits < 40 ? 0 : s.bits < 60 ? 1 : s.bits < 80 ? 2 : 3;
    s.acceptable = passphrase.size() >= 8 && s.level >= 1;
    if (passphrase.size() < 8)
        s.verdict =
            QCoreApplication::translate("PassphraseStrength", "Too short: use at least 8 characters, better several words.");
    else if (s.level == 0)
        s.verdict = QCoreApplication::translate(
            "PassphraseStrength", "Too easy to guess (common words, names, dates or keyboard runs). Add more unrelated words.");
    else if (s.level == 1)
        s.verdict = QCoreApplication::translate("PassphraseStrength", "Fair. One or two more unrelated words make it strong.");
    else if (s.level == 2)
        s.verdict = QCoreApplication::translate("PassphraseStrength", "Good.");
    else
        s.verdict = QCoreApplication::translate("PassphraseStrength", "Strong.");
    return s;
}

} // namespace cluedesk
