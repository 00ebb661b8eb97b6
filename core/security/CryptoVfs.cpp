#include "security/CryptoVfs.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstring>
#include <map>
#include <mutex>
#include <new>
#include <sodium.h>
#include <sqlite3.h>
#include <vector>

namespace cluedesk::crypto {
namespace {

constexpr int kContent = kPageSize - kReserve; // 4056 bytes of page content
constexpr int kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kNonce + kTag == kReserve);
constexpr int kWalHeader = 32;
constexpr int kWalFrameHeader = 24;
constexpr int kWalFrame = kWalFrameHeader + kPageSize;
const char kMagic[] = "SQLite format 3"; // 16 bytes with its NUL

std::mutex& keysMutex()
{
    static std::mutex m;
    return m;
}

std::map<std::string, Key>& keys()
{
    static std::map<std::string, Key> k;
    return k;
}

enum class Kind { Database, Wal, Journal, SubJournal, Plain };

struct File {
    sqlite3_file base;
    sqlite3_file* real;
    Kind kind;
    bool encrypted;
    Key key;
};

File* self(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f);
}

// Additional data: the salt, and for pages of the database file their page number.
std::array<unsigned char, kSaltBytes + 8> additional(const File* f, sqlite3_int64 pageNo)
{
    std::array<unsigned char, kSaltBytes + 8> ad{};
    std::memcpy(ad.data(), f->key.salt.data(), kSaltBytes);
    for (int i = 0; i < 8; ++i)
        ad[size_t(kSaltBytes + i)] = static_cast<unsigned char>(pageNo >> (8 * i));
    return ad;
}

// Encrypts one page in place. Page 1 of the database keeps the salt in its first 16 bytes.
void sealPage(const File* f, unsigned char* page, sqlite3_int64 pageNo)
{
    const int start = pageNo == 1 ? kSaltBytes : 0;
    unsigned char* nonce = page + kContent;
    unsigned char* tag = nonce + kNonce;
    randombytes_buf(nonce, kNonce);
    const auto ad = additional(f, pageNo);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        page + start, tag, nullptr, page + start, kContent - start, ad.data(), ad.size(), nullptr, nonce, f->key.bytes.data());
    if (pageNo == 1)
        std::memcpy(page, f->key.salt.data(), kSaltBytes);
}

// Decrypts one page in place; false when it fails its check (wrong key, tampered, damaged).
bool openPage(const File* f, unsigned char* page, sqlite3_int64 pageNo)
{
    const int start = pageNo == 1 ? kSaltBytes : 0;
    const unsigned char* nonce = page + kContent;
    const unsigned char* tag = nonce + kNonce;
    const auto ad = additional(f, pageNo);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
            page + start, nullptr, page + start, kContent - start, tag, ad.data(), ad.size(), nonce, f->key.bytes.data()) != 0)
        return false;
    std::memset(page + kContent, 0, kReserve); // SQLite wrote zeros there
    if (pageNo == 1)
        std::memcpy(page, kMagic, kSaltBytes);
    return true;
}

bool allZero(const unsigned char* p, int n)
{
    for (int i = 0; i < n; ++i)
        if (p[i])
            return false;
    return true;
}

// Where a full page lies in this file: its page number for the additional data (0 for pages
// whose position SQLite checks itself), or -1 when [offset, offset + amount) is no whole page.
sqlite3_int64 pageAt(const File* f, int amount, sqlite3_int64 offset, int& pageOffsetInBuffer)
{
    pageOffsetInBuffer = 0;
    switch (f->kind) {
    case Kind::Database: return amount == kPageSize && offset % kPageSize == 0 ? offset / kPageSize + 1 : -1;
    case Kind::Wal:
        if (offset >= kWalHeader + kWalFrameHeader && amount == kPageSize &&
            (offset - kWalHeader - kWalFrameHeader) % kWalFrame == 0)
            return 0;
        if (offset >= kWalHeader && amount == kWalFrame && (offset - kWalHeader) % kWalFrame == 0) {
            pageOffsetInBuffer = kWalFrameHeader;
            return 0;
        }
        return -1;
    case Kind::Journal: // records are page number (4 bytes), page, checksum (4) after sector-aligned headers
        return amount == kPageSize && offset % 8 == 4 ? 0 : -1;
    case Kind::SubJournal: // records are page number (4 bytes) and page
        return amount == kPageSize && offset >= 4 && (offset - 4) % (kPageSize + 4) == 0 ? 0 : -1;
    case Kind::Plain: return -1;
    }
    return -1;
}

int xClose(sqlite3_file* file)
{
    File* f = self(file);
    sodium_memzero(&f->key, sizeof f->key);
    return f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
}

int readRaw(File* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return f->real->pMethods->xRead(f->real, buffer, amount, offset);
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    File* f = self(file);
    if (!f->encrypted)
        return readRaw(f, buffer, amount, offset);
    auto* bytes = static_cast<unsigned char*>(buffer);
    int at = 0;
    const sqlite3_int64 pageNo = pageAt(f, amount, offset, at);
    if (pageNo >= 0) {
        const int rc = readRaw(f, buffer, amount, offset);
        if (rc != SQLITE_OK)
            return rc; // a short read is zero-filled: no page there yet
        if (f->kind != Kind::Database && allZero(bytes + at, kPageSize))
            return SQLITE_OK;
        return openPage(f, bytes + at, pageNo) ? SQLITE_OK : SQLITE_IOERR_DATA;
    }
    if (f->kind != Kind::Database)
        return readRaw(f, buffer, amount, offset); // WAL and journal headers are not page content
    // Part of a database page (the header at open): read, open and copy the whole page.
    const sqlite3_int64 first = offset / kPageSize;
    if ((offset + amount - 1) / kPageSize != first)
        return SQLITE_IOERR_READ;
    std::vector<unsigned char> page(kPageSize);
    const int rc = readRaw(f, page.data(), kPageSize, first * kPageSize);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        std::memset(buffer, 0, size_t(amount));
        return SQLITE_IOERR_SHORT_READ;
    }
    if (rc != SQLITE_OK)
        return rc;
    if (!openPage(f, page.data(), first + 1))
        return SQLITE_IOERR_DATA;
    std::memcpy(buffer, page.data() + offset % kPageSize, size_t(amount));
    return SQLITE_OK;
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    File* f = self(file);
    if (!f->encrypted)
        return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
    int at = 0;
    const sqlite3_int64 pageNo = pageAt(f, amount, offset, at);
    if (pageNo >= 0) {
        std::vector<unsigned char> copy(
            static_cast<const unsigned char*>(buffer), static_cast<const unsigned char*>(buffer) + amount);
        sealPage(f, copy.data() + at, pageNo);
        const int rc = f->real->pMethods->xWrite(f->real, copy.data(), amount, offset);
        sodium_memzero(copy.data(), copy.size());
        return rc;
    }
    if (f->kind != Kind::Database)
        return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
    // Part of a database page: read, open, change, seal, write.
    const sqlite3_int64 first = offset / kPageSize;
    if ((offset + amount - 1) / kPageSize != first)
        return SQLITE_IOERR_WRITE;
    std::vector<unsigned char> page(kPageSize, 0);
    const int rc = readRaw(f, page.data(), kPageSize, first * kPageSize);
    if (rc == SQLITE_OK) {
        if (!openPage(f, page.data(), first + 1))
            return SQLITE_IOERR_DATA;
    } else if (rc == SQLITE_IOERR_SHORT_READ) {
        std::fill(page.begin(), page.end(), 0);
    } else {
        return rc;
    }
    std::memcpy(page.data() + offset % kPageSize, buffer, size_t(amount));
    sealPage(f, page.data(), first + 1);
    return f->real->pMethods->xWrite(f->real, page.data(), kPageSize, first * kPageSize);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return self(f)->real->pMethods->xTruncate(self(f)->real, size);
}
int xSync(sqlite3_file* f, int flags)
{
    return self(f)->real->pMethods->xSync(self(f)->real, flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return self(f)->real->pMethods->xFileSize(self(f)->real, size);
}
int xLock(sqlite3_file* f, int level)
{
    return self(f)->real->pMethods->xLock(self(f)->real, level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return self(f)->real->pMethods->xUnlock(self(f)->real, level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return self(f)->real->pMethods->xCheckReservedLock(self(f)->real, out);
}
int xFileControl(sqlite3_file* file, int op, void* arg)
{
    File* f = self(file);
    if (op == SQLITE_FCNTL_MMAP_SIZE && f->encrypted) {
        // Memory-mapped reads would hand SQLite the ciphertext.
        *static_cast<sqlite3_int64*>(arg) = 0;
        return SQLITE_OK;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return self(f)->real->pMethods->xSectorSize(self(f)->real);
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return self(f)->real->pMethods->xDeviceCharacteristics(self(f)->real);
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return self(f)->real->pMethods->xShmMap(self(f)->real, region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return self(f)->real->pMethods->xShmLock(self(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    self(f)->real->pMethods->xShmBarrier(self(f)->real);
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return self(f)->real->pMethods->xShmUnmap(self(f)->real, deleteFlag);
}
int xFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    File* f = self(file);
    if (f->encrypted) {
        *out = nullptr; // no memory mapping of ciphertext
        return SQLITE_OK;
    }
    return f->real->pMethods->xFetch(f->real, offset, amount, out);
}
int xUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* p)
{
    File* f = self(file);
    if (f->encrypted)
        return SQLITE_OK;
    return f->real->pMethods->xUnfetch(f->real, offset, p);
}

const sqlite3_io_methods kMethods = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock,
    xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};

int xOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    File* f = self(file);
    new (f) File{}; // SQLite hands over raw memory
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(File));
    sqlite3_vfs* base = static_cast<sqlite3_vfs*>(vfs->pAppData);
    const int rc = base->xOpen(base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        f->real->pMethods = nullptr;
        file->pMethods = nullptr;
        return rc;
    }
    file->pMethods = &kMethods;
    const bool temporary = !(flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL));
    if (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TRANSIENT_DB))
        f->kind = Kind::Database;
    else if (flags & SQLITE_OPEN_WAL)
        f->kind = Kind::Wal;
    else if (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_TEMP_JOURNAL))
        f->kind = Kind::Journal;
    else if (flags & SQLITE_OPEN_SUBJOURNAL)
        f->kind = Kind::SubJournal;
    else
        f->kind = Kind::Plain; // a super-journal holds file names only
    if (temporary) {
        // a key for this file only, gone when it is closed
        randombytes_buf(f->key.bytes.data(), f->key.bytes.size());
        randombytes_buf(f->key.salt.data(), f->key.salt.size());
        f->encrypted = true;
        return SQLITE_OK;
    }
    const char* database = f->kind == Kind::Database ? name : sqlite3_filename_database(name);
    std::lock_guard lock(keysMutex());
    const auto it = keys().find(QFileInfo(QString::fromUtf8(database)).absoluteFilePath().toStdString());
    if (it != keys().end()) {
        f->key = it->second;
        f->encrypted = true;
    }
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xDelete(b, name, syncDir);
}
int xAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xAccess(b, name, flags, out);
}
int xFullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xFullPathname(b, name, n, out);
}
void* xDlOpen(sqlite3_vfs* vfs, const char* name)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xDlOpen(b, name);
}
void xDlError(sqlite3_vfs* vfs, int n, char* out)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    b->xDlError(b, n, out);
}
void (*xDlSym(sqlite3_vfs* vfs, void* h, const char* sym))(void)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xDlSym(b, h, sym);
}
void xDlClose(sqlite3_vfs* vfs, void* h)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    b->xDlClose(b, h);
}
int xRandomness(sqlite3_vfs* vfs, int n, char* out)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xRandomness(b, n, out);
}
int xSleep(sqlite3_vfs* vfs, int micros)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xSleep(b, micros);
}
int xCurrentTime(sqlite3_vfs* vfs, double* out)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xCurrentTime(b, out);
}
int xGetLastError(sqlite3_vfs* vfs, int n, char* out)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xGetLastError(b, n, out);
}
int xCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    sqlite3_vfs* b = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return b->xCurrentTimeInt64(b, out);
}

} // namespace

const char* vfsName()
{
    static const char* name = [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
        static sqlite3_vfs vfs;
        sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
        std::memset(&vfs, 0, sizeof vfs);
        vfs.iVersion = 2;
        vfs.szOsFile = int(sizeof(File)) + base->szOsFile;
        vfs.mxPathname = base->mxPathname;
        vfs.zName = "cluedesk-aead";
        vfs.pAppData = base;
        vfs.xOpen = xOpen;
        vfs.xDelete = xDelete;
        vfs.xAccess = xAccess;
        vfs.xFullPathname = xFullPathname;
        vfs.xDlOpen = xDlOpen;
        vfs.xDlError = xDlError;
        vfs.xDlSym = xDlSym;
        vfs.xDlClose = xDlClose;
        vfs.xRandomness = xRandomness;
        vfs.xSleep = xSleep;
        vfs.xCurrentTime = xCurrentTime;
        vfs.xGetLastError = xGetLastError;
        vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        sqlite3_vfs_register(&vfs, 0);
        return vfs.zName;
    }();
    return name;
}

Result<Key> deriveKey(const QByteArray& passphrase, const QByteArray& salt)
{
    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium could not be initialised"), QStringLiteral("crypto.init"));
    if (passphrase.size() < 8)
        return fail(QCoreApplication::translate("CryptoVfs", "The passphrase is too short; use at least 8 characters."),
            QStringLiteral("crypto.short-passphrase"));
    Key key;
    if (salt.isEmpty())
        randombytes_buf(key.salt.data(), key.salt.size());
    else if (salt.size() == kSaltBytes)
        std::memcpy(key.salt.data(), salt.constData(), kSaltBytes);
    else
        return fail(QStringLiteral("bad salt"), QStringLiteral("crypto.salt"));
    static_assert(crypto_pwhash_SALTBYTES == kSaltBytes);
    // Argon2id, interactive limits: about a tenth of a second and 64 MiB on the office PC.
    if (crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.constData(), size_t(passphrase.size()), key.salt.data(),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(
            QCoreApplication::translate("CryptoVfs", "Not enough memory to derive the key."), QStringLiteral("crypto.memory"));
    return key;
}

QByteArray saltOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(kSaltBytes);
    if (head.size() < kSaltBytes || head == QByteArray(kMagic, kSaltBytes))
        return {};
    return head;
}

bool isEncrypted(const QString& path)
{
    return !saltOf(path).isEmpty();
}

void registerKey(const QString& path, const Key& key)
{
    vfsName();
    std::lock_guard lock(keysMutex());
    keys()[QFileInfo(path).absoluteFilePath().toStdString()] = key;
}

void forgetKey(const QString& path)
{
    std::lock_guard lock(keysMutex());
    auto it = keys().find(QFileInfo(path).absoluteFilePath().toStdString());
    if (it != keys().end()) {
        sodium_memzero(&it->second, sizeof(Key));
        keys().erase(it);
    }
}

} // namespace cluedesk::crypto
