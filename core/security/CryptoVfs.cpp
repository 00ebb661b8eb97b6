#include "security/CryptoVfs.h"

#include "security/KeyLease.h"

#include "pool/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <cstring>
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
constexpr int kWalBound = 16;   // page number and commit size (frame header), the WAL's two salts (WAL header)
constexpr int kFrameBound = 8;  // of the frame header: page number, commit size
constexpr int kWalSaltsAt = 16; // in the WAL header
constexpr int kWalFrame = kWalFrameHeader + kPageSize;
const char kMagic[] = "SQLite format 3"; // 16 bytes with its NUL
// Page 1's plain parameter field: bytes [72, 92), which SQLite keeps zero.
constexpr int kParamsAt = 72;
constexpr int kParamsBytes = 20;
const char kParamsTag[] = "CDK1";

enum class Kind { Database, Wal, Journal, SubJournal, Plain };

struct File {
    sqlite3_file base;
    sqlite3_file* real = nullptr;
    Kind kind = Kind::Plain;
    std::shared_ptr<const SecretKey> key;
    bool legacyPageOne = false; // a pool written before the plain parameter field existed
    // The last WAL frame header written: SQLite writes it just before its page.
    sqlite3_int64 walHeaderAt = -1;
    std::array<unsigned char, kFrameBound> walHeader{};
};

File* self(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f);
}

void put64(QByteArray& out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.append(char(v >> (8 * i)));
}

quint64 get64(const unsigned char* p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

QByteArray paramsField(KdfParams params)
{
    QByteArray f(kParamsTag, 4);
    for (int i = 0; i < 4; ++i)
        f.append(char(params.ops >> (8 * i)));
    put64(f, params.mem);
    f.append(4, '\0');
    return f;
}

// The additional data every sealed page is bound with: the salt, what kind of place it is in
// and where exactly (see the header). Built on the stack: it is made for every page read.
struct Ad {
    std::array<unsigned char, 48> bytes{};
    size_t size = 0;
    void add(const void* p, size_t n)
    {
        std::memcpy(bytes.data() + size, p, n);
        size += n;
    }
    void add64(quint64 v)
    {
        for (int i = 0; i < 8; ++i)
            bytes[size++] = static_cast<unsigned char>(v >> (8 * i));
    }
};

Ad additional(const File* f, const char tag[4], quint64 position, const unsigned char* bound, int boundBytes)
{
    Ad ad;
    ad.add(f->key->salt().data(), kSaltBytes);
    ad.add(tag, 4);
    ad.add64(position);
    ad.add(bound, size_t(boundBytes));
    return ad;
}

// The byte ranges of a page that are encrypted: all content, except page 1's plain fields.
struct Span {
    int from, to;
};
std::vector<Span> encryptedSpans(const File* f, sqlite3_int64 pageNo)
{
    if (f->kind != Kind::Database || pageNo != 1)
        return {{0, kContent}};
    if (f->legacyPageOne)
        return {{kSaltBytes, kContent}};
    return {{kSaltBytes, kParamsAt}, {kParamsAt + kParamsBytes, kContent}};
}

bool crypt(const File* f, unsigned char* page, sqlite3_int64 pageNo, const Ad& ad, bool seal)
{
    unsigned char* nonce = page + kContent;
    unsigned char* tag = nonce + kNonce;
    const auto spans = encryptedSpans(f, pageNo);
    std::vector<unsigned char> scratch;
    unsigned char* text = page + spans.front().from;
    size_t length = size_t(spans.front().to - spans.front().from);
    if (spans.size() > 1) { // gather the pieces into one message and scatter them back after
        for (const Span& s : spans)
            scratch.insert(scratch.end(), page + s.from, page + s.to);
        text = scratch.data();
        length = scratch.size();
    }
    bool ok = true;
    if (seal) {
        randombytes_buf(nonce, kNonce);
        crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
            text, tag, nullptr, text, length, ad.bytes.data(), ad.size, nullptr, nonce, f->key->bytes());
    } else {
        ok = crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
                 text, nullptr, text, length, tag, ad.bytes.data(), ad.size, nonce, f->key->bytes()) == 0;
    }
    if (!scratch.empty()) {
        size_t at = 0;
        for (const Span& s : spans) {
            std::memcpy(page + s.from, scratch.data() + at, size_t(s.to - s.from));
            at += size_t(s.to - s.from);
        }
        sodium_memzero(scratch.data(), scratch.size());
    }
    return ok;
}

int readRaw(File* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return f->real->pMethods->xRead(f->real, buffer, amount, offset);
}

// The additional data for the database page pageNo: its number, and page 1's plain parameters.
// A database page is bound to its number; page 1 also to its plain parameter field (pools
// written before that field existed bind page 1 like any other page).
Ad databaseAd(const File* f, sqlite3_int64 pageNo)
{
    Ad ad;
    ad.add(f->key->salt().data(), kSaltBytes);
    ad.add64(quint64(pageNo));
    if (pageNo == 1 && !f->legacyPageOne)
        ad.add(paramsField(f->key->params()).constData(), kParamsBytes);
    return ad;
}

void sealDatabasePage(const File* f, unsigned char* page, sqlite3_int64 pageNo)
{
    crypt(f, page, pageNo, databaseAd(f, pageNo), true);
    if (pageNo == 1) {
        std::memcpy(page, f->key->salt().data(), kSaltBytes);
        if (!f->legacyPageOne)
            std::memcpy(page + kParamsAt, paramsField(f->key->params()).constData(), kParamsBytes);
    }
}

bool openDatabasePage(const File* f, unsigned char* page, sqlite3_int64 pageNo)
{
    if (pageNo == 1 && !f->legacyPageOne &&
        (std::memcmp(page, f->key->salt().data(), kSaltBytes) != 0 ||
            std::memcmp(page + kParamsAt, paramsField(f->key->params()).constData(), kParamsBytes) != 0))
        return false;
    if (!crypt(f, page, pageNo, databaseAd(f, pageNo), false))
        return false;
    std::memset(page + kContent, 0, kReserve); // SQLite wrote zeros there
    if (pageNo == 1) {
        std::memcpy(page, kMagic, kSaltBytes);
        std::memset(page + kParamsAt, 0, kParamsBytes);
    }
    return true;
}

// Where the page that [offset, offset + amount) holds is bound: for a WAL frame its index, for
// a journal record its offset; -1 when the range is no whole page (headers, page numbers).
struct Place {
    sqlite3_int64 position = -1;
    int pageInBuffer = 0; // a WAL frame read or written whole carries its header first
};

Place placeOf(const File* f, int amount, sqlite3_int64 offset)
{
    switch (f->kind) {
    case Kind::Database:
        if (amount == kPageSize && offset % kPageSize == 0)
            return {offset / kPageSize + 1, 0};
        return {};
    case Kind::Wal:
        if (offset >= kWalHeader + kWalFrameHeader && amount == kPageSize &&
            (offset - kWalHeader - kWalFrameHeader) % kWalFrame == 0)
            return {(offset - kWalHeader - kWalFrameHeader) / kWalFrame, 0};
        if (offset >= kWalHeader && amount == kWalFrame && (offset - kWalHeader) % kWalFrame == 0)
            return {(offset - kWalHeader) / kWalFrame, kWalFrameHeader};
        return {};
    case Kind::Journal: // page number (4 bytes), page, checksum (4), after sector-aligned headers
        if (amount == kPageSize && offset % 8 == 4)
            return {offset, 0};
        return {};
    case Kind::SubJournal: // page number (4 bytes) and page
        if (amount == kPageSize && offset >= 4 && (offset - 4) % (kPageSize + 4) == 0)
            return {offset, 0};
        return {};
    case Kind::Plain: return {};
    }
    return {};
}

// The additional data for a page in a WAL or journal. The frame header or the record's page
// number is on disk already when SQLite writes the page (it writes it first); frameHeader is
// given when the caller holds it.
std::optional<Ad> logAd(File* f, const Place& place, sqlite3_int64 pageOffset, const unsigned char* frameHeader)
{
    unsigned char bound[kWalBound];
    if (f->kind == Kind::Wal) {
        // The frame's page number and commit size, and the salts of the WAL header. Not the
        // frame's own salt field: SQLite writes it as zero when a transaction has rewritten
        // frames in place (a page cache spilled before the commit) and fills it in at the commit.
        const sqlite3_int64 headerAt = pageOffset - kWalFrameHeader;
        if (frameHeader)
            std::memcpy(bound, frameHeader, kFrameBound);
        else if (f->walHeaderAt == headerAt)
            std::memcpy(bound, f->walHeader.data(), kFrameBound);
        else if (readRaw(f, bound, kFrameBound, headerAt) != SQLITE_OK)
            return std::nullopt;
        // Read each time, never cached: another connection may have started a new generation.
        if (readRaw(f, bound + kFrameBound, 8, kWalSaltsAt) != SQLITE_OK)
            return std::nullopt;
        return additional(f, "WAL2", quint64(place.position), bound, kWalBound);
    }
    if (readRaw(f, bound, 4, pageOffset - 4) != SQLITE_OK)
        return std::nullopt;
    return additional(f, f->kind == Kind::Journal ? "JNL1" : "SUB1", quint64(place.position), bound, 4);
}

int xClose(sqlite3_file* file)
{
    File* f = self(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    f->~File(); // lets go of the key; the last owner wipes it
    return rc;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    File* f = self(file);
    auto* bytes = static_cast<unsigned char*>(buffer);
    const Place place = placeOf(f, amount, offset);
    if (place.position >= 0) {
        const int rc = readRaw(f, buffer, amount, offset);
        if (rc != SQLITE_OK)
            return rc; // a short read is zero-filled: no page there yet
        unsigned char* page = bytes + place.pageInBuffer;
        if (f->kind == Kind::Database)
            return openDatabasePage(f, page, place.position) ? SQLITE_OK : SQLITE_IOERR_DATA;
        const auto ad = logAd(f, place, offset + place.pageInBuffer, place.pageInBuffer ? bytes : nullptr);
        if (!ad)
            return SQLITE_IOERR_READ;
        if (crypt(f, page, 0, *ad, false)) {
            std::memset(page + kContent, 0, kReserve);
            return SQLITE_OK;
        }
        if (place.pageInBuffer) {
            // A whole frame is read while SQLite rebuilds the WAL index after a restart: a frame
            // that fails its check is handed over with salts that cannot match, so SQLite ends
            // the log there, as it does at a frame torn by a crash. Nothing of it is used.
            for (int i = 8; i < 16; ++i)
                bytes[i] = static_cast<unsigned char>(~bytes[i]);
            return SQLITE_OK;
        }
        return SQLITE_IOERR_DATA;
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
    if (!openDatabasePage(f, page.data(), first + 1))
        return SQLITE_IOERR_DATA;
    std::memcpy(buffer, page.data() + offset % kPageSize, size_t(amount));
    sodium_memzero(page.data(), page.size());
    return SQLITE_OK;
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    File* f = self(file);
    const Place place = placeOf(f, amount, offset);
    if (place.position >= 0) {
        std::vector<unsigned char> copy(
            static_cast<const unsigned char*>(buffer), static_cast<const unsigned char*>(buffer) + amount);
        unsigned char* page = copy.data() + place.pageInBuffer;
        if (f->kind == Kind::Database) {
            sealDatabasePage(f, page, place.position);
        } else {
            const auto ad = logAd(f, place, offset + place.pageInBuffer, place.pageInBuffer ? copy.data() : nullptr);
            if (!ad)
                return SQLITE_IOERR_WRITE;
            crypt(f, page, 0, *ad, true);
        }
        const int rc = f->real->pMethods->xWrite(f->real, copy.data(), amount, offset);
        sodium_memzero(copy.data(), copy.size());
        return rc;
    }
    if (f->kind == Kind::Wal && amount == kWalFrameHeader && offset >= kWalHeader && (offset - kWalHeader) % kWalFrame == 0) {
        f->walHeaderAt = offset;
        std::memcpy(f->walHeader.data(), buffer, kFrameBound);
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
        if (!openDatabasePage(f, page.data(), first + 1))
            return SQLITE_IOERR_DATA;
    } else if (rc == SQLITE_IOERR_SHORT_READ) {
        std::fill(page.begin(), page.end(), 0);
    } else {
        return rc;
    }
    std::memcpy(page.data() + offset % kPageSize, buffer, size_t(amount));
    sealDatabasePage(f, page.data(), first + 1);
    const int written = f->real->pMethods->xWrite(f->real, page.data(), kPageSize, first * kPageSize);
    return written;
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
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
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
int xFetch(sqlite3_file*, sqlite3_int64, int, void** out)
{
    *out = nullptr; // no memory mapping of ciphertext
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file*, sqlite3_int64, void*)
{
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock,
    xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};

int xOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    File* f = self(file);
    new (f) File{}; // SQLite hands over raw memory
    file->pMethods = nullptr;
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
    const bool temporary = !(flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL));
    if (temporary) {
        f->key = SecretKey::random(); // a key for this file only, gone when it is closed
    } else {
        // The key comes with the open, by handle: a file of a pool is never written without one.
        f->key = KeyLease::find(sqlite3_uri_parameter(name, "cdkey"));
        if (!f->key) {
            f->~File();
            return SQLITE_CANTOPEN;
        }
    }
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(File));
    sqlite3_vfs* base = static_cast<sqlite3_vfs*>(vfs->pAppData);
    const int rc = base->xOpen(base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        f->~File();
        return rc;
    }
    file->pMethods = &kMethods;
    if (f->kind == Kind::Database && !temporary) {
        // Pools from before the plain parameter field keep their page 1 layout until re-keyed.
        unsigned char head[kParamsAt + 4];
        if (readRaw(f, head, sizeof head, 0) == SQLITE_OK)
            f->legacyPageOne = std::memcmp(head + kParamsAt, kParamsTag, 4) != 0;
    }
    return SQLITE_OK;
}

// Everything but opening files is the operating system's VFS, called as itself.
template <auto Member, typename... Args> auto forward(sqlite3_vfs* vfs, Args... args)
{
    sqlite3_vfs* base = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return (base->*Member)(base, args...);
}

} // namespace

std::optional<PoolHeader> headerOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = f.read(kParamsAt + kParamsBytes);
    if (head.size() < kSaltBytes || head.startsWith(QByteArray(kMagic, kSaltBytes)))
        return std::nullopt;
    PoolHeader h;
    h.salt = head.left(kSaltBytes);
    h.params = KdfParams::interactive(); // pools written before the parameter field
    if (head.size() == kParamsAt + kParamsBytes && head.mid(kParamsAt, 4) == QByteArray(kParamsTag, 4)) {
        const auto* p = reinterpret_cast<const unsigned char*>(head.constData() + kParamsAt + 4);
        h.params.ops = quint64(p[0]) | quint64(p[1]) << 8 | quint64(p[2]) << 16 | quint64(p[3]) << 24;
        h.params.mem = get64(p + 4);
    }
    return h;
}

bool isEncrypted(const QString& path)
{
    return headerOf(path).has_value();
}

bool opensFirstPage(const QString& path, const SecretKey& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray page = file.read(kPageSize);
    if (page.size() != kPageSize)
        return false;
    File f;
    f.kind = Kind::Database;
    f.key = std::shared_ptr<const SecretKey>(&key, [](const SecretKey*) {}); // borrowed for this check
    f.legacyPageOne = page.mid(kParamsAt, 4) != QByteArray(kParamsTag, 4);
    const bool ok = openDatabasePage(&f, reinterpret_cast<unsigned char*>(page.data()), 1);
    sodium_memzero(page.data(), size_t(page.size()));
    return ok;
}

const char* vfsName()
{
    static const char* name = [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
        Database::configureLibrary(); // registering initialises SQLite
        static sqlite3_vfs vfs;
        sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
        std::memset(&vfs, 0, sizeof vfs);
        vfs.iVersion = 2;
        vfs.szOsFile = int(sizeof(File)) + base->szOsFile;
        vfs.mxPathname = base->mxPathname;
        vfs.zName = "cluedesk-aead";
        vfs.pAppData = base;
        vfs.xOpen = xOpen;
        vfs.xDelete = forward<&sqlite3_vfs::xDelete>;
        vfs.xAccess = forward<&sqlite3_vfs::xAccess>;
        vfs.xFullPathname = forward<&sqlite3_vfs::xFullPathname>;
        vfs.xDlOpen = forward<&sqlite3_vfs::xDlOpen>;
        vfs.xDlError = forward<&sqlite3_vfs::xDlError>;
        vfs.xDlSym = forward<&sqlite3_vfs::xDlSym>;
        vfs.xDlClose = forward<&sqlite3_vfs::xDlClose>;
        vfs.xRandomness = forward<&sqlite3_vfs::xRandomness>;
        vfs.xSleep = forward<&sqlite3_vfs::xSleep>;
        vfs.xCurrentTime = forward<&sqlite3_vfs::xCurrentTime>;
        vfs.xGetLastError = forward<&sqlite3_vfs::xGetLastError>;
        vfs.xCurrentTimeInt64 = forward<&sqlite3_vfs::xCurrentTimeInt64>;
        sqlite3_vfs_register(&vfs, 0);
        return vfs.zName;
    }();
    return name;
}

} // namespace cluedesk::crypto
