#pragma once
// The pool key wrapped once per user, so that each user's own password opens an encrypted pool
// and the pool passphrase need not be shared with everyone who works in it.
//
// The keyring is a file beside the pool (<pool>.keys): the pool is encrypted, so what unlocks it
// must be readable before it is open. Each user has a slot:
//   - a key pair of the user (crypto_box); the secret half is encrypted under a key derived from
//     the user's password with Argon2id (the pool's own limits), bound to the user's name;
//   - the pool key sealed to the public half (crypto_box_seal).
// An administrator who has the pool open can therefore seal a new pool key to every user after a
// re-key, and write a slot for a new user, without anyone else's password and without
// re-encrypting the pool. The public halves that seal a new key are taken from the pool's users
// table, which the pool's encryption authenticates, never from this file.
//
// Wrong passwords are counted in the slot (the pool cannot be read yet to count them there) and
// lock the slot as UserStore locks a user; they are written to the audit log at the next login.
#include "security/SecretKey.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace cluedesk::crypto {

struct KeySlot {
    QString user;
    QByteArray publicKey;     // crypto_box public key
    QByteArray salt;          // Argon2id salt for the password
    KdfParams params;         // Argon2id limits for the password
    QByteArray wrappedSecret; // nonce || XChaCha20-Poly1305(secret key), additional data "cdslot1" + user
    QByteArray sealedKey;     // crypto_box_seal(pool key, publicKey)
    int failures = 0;         // wrong passwords since the last good one
    QString lastFailedAt;     // ISO time of the last wrong one
};

// What an unlock found: the pool key, and the wrong passwords tried before this good one.
struct Unlocked {
    std::shared_ptr<const SecretKey> key;
    int failuresBefore = 0;
    QString lastFailedAt;
};

class Keyring {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

    static QString pathFor(const QString& poolPath); // <pool>.keys
    // The keyring beside poolPath; empty when there is none. A damaged file is an error.
    static Result<Keyring> load(const QString& poolPath);
    // Writes the keyring beside poolPath (atomically); an empty keyring removes the file.
    Status saveFor(const QString& poolPath) const;
    // Loads, changes and saves the keyring beside poolPath, one writer at a time.
    static Status edit(const QString& poolPath, const std::function<Status(Keyring&)>& change);

    bool empty() const { return m_slots.empty(); }
    const std::vector<KeySlot>& entries() const { return m_slots; }
    const KeySlot* slot(const QString& user) const;
    // The pool this keyring belongs to: its header salt, which changes with every re-key.
    const QByteArray& poolSalt() const { return m_poolSalt; }

    // A new slot for user: a fresh key pair, its secret half wrapped under password, the pool
    // key sealed to its public half. Replaces the user's old slot.
    Status put(const QString& user, const QByteArray& password, const SecretKey& poolKey);
    void remove(const QString& user);
    // Lifts a slot's lock-out (the administrator's unlock).
    void unlockSlot(const QString& user);
    // The same slots with a new pool key sealed to each user's public key as the pool records it
    // (user -> public key); slots of users not there, or whose key differs, are dropped.
    Keyring resealed(const SecretKey& poolKey, const std::map<QString, QByteArray>& publicKeys) const;

    // Opens the pool at poolPath's key with user's password. Counts a wrong password in the slot
    // and refuses a locked slot before any work; an unknown user costs the same time as a known one.
    static Result<Unlocked> unlock(
        const QString& poolPath, const QString& user, const QByteArray& password, const QDateTime& now);

private:
    QByteArray m_poolSalt;
    std::vector<KeySlot> m_slots;
};

} // namespace cluedesk::crypto
