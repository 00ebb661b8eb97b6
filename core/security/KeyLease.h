#pragma once
// How a key reaches the encrypting VFS: by a handle in the database URI, never by file name.
#include "security/SecretKey.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace cluedesk::crypto {

// Lends a key to the VFS while it lives. Open the database with uri(path): the handle in it is
// how the VFS finds the key for the file, its WAL and its journal.
class KeyLease {
public:
    explicit KeyLease(std::shared_ptr<const SecretKey> key);
    ~KeyLease();
    KeyLease(const KeyLease&) = delete;
    KeyLease& operator=(const KeyLease&) = delete;
    // file:<absolute path>?vfs=cluedesk-aead&cdkey=<handle>, percent-encoded.
    QString uri(const QString& absolutePath) const;

    // The key a handle stands for, while its lease lives; null otherwise.
    static std::shared_ptr<const SecretKey> find(const char* handle);

private:
    QByteArray m_handle;
};

} // namespace cluedesk::crypto
