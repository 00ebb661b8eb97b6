#pragma once
// SHA-256 of files and byte strings (libsodium), used to recognise a file imported before.
#include "util/Result.h"
#include <QByteArray>
#include <QString>
#include <sodium.h>

namespace cluedesk {

class Sha256 {
public:
    Sha256();
    void add(const char* data, qsizetype size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    QString hex(); // finishes the hash

    static QString ofBytes(const QByteArray& data);
    static Result<QString> ofFile(const QString& path);

private:
    crypto_hash_sha256_state m_state;
};

// Idempotent libsodium start-up; every user of libsodium calls it first.
void ensureSodium();

} // namespace cluedesk
