// Attacks on an encrypted pool by someone who has its files but not the key: a pool reached
// through a symlinked folder, the VFS asked to open a pool file without a key, and WAL frames
// or rollback-journal records that are moved, zeroed, replayed under another page number or
// cut off, on a closed pool and on a live one. SQLite's own WAL and journal checksums carry no
// key, so every forged file here has them recomputed (from the SQLite file-format document, not
// from ClueDesk's code) the way an attacker would.
#include "pool/Pool.h"
#include "security/CryptoVfs.h"
#include "security/KeyLease.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <functional>
#include <map>
#include <sqlite3.h>

using namespace cluedesk;

namespace {

const QByteArray kPass = "correct horse battery";
const QString kSecret = QStringLiteral("机密-李四-330382198705061238");
constexpr int kPage = crypto::kPageSize;
constexpr int kWalHeader = 32, kFrameHeader = 24, kFrame = kFrameHeader + kPage;

std::unique_ptr<Pool> openPool(const QString& path, bool create = false)
{
    PoolOptions o;
    o.create = create;
    o.passphrase = kPass;
    o.kdf = crypto::KdfParams::interactive(); // the key's cost is not under test here
    auto p = Pool::open(path, o);
    INFO(p.errorMessage().toStdString());
    REQUIRE(p.ok());
    return std::move(*p);
}

void addRows(Pool& pool, int from, int count)
{
    pool.db().exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bulk(n INTEGER PRIMARY KEY, text TEXT)"));
    Transaction tx(pool.db());
    for (int i = from; i < from + count; ++i)
        pool.db()
            .prepare(QStringLiteral("INSERT INTO bulk VALUES(?1, ?2)"))
            .bind(1, i)
            .bind(2, kSecret + QString(200, QChar(u'x')) + QString::number(i))
            .run();
    tx.commit();
}

quint32 be32(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData() + at);
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}

void putBe32(QByteArray& b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char(v >> (24 - 8 * i));
}

// SQLite's WAL checksum (file format, section 4.1): over 32-bit words in the byte order the
// magic names, s0 += x0 + s1; s1 += x1 + s0. It is computed over the plain page, which the
// attacker cannot read; but it is affine, so each page's share of it follows from the checksums
// stored before and after its frame, and a page can be moved with checksums that fit again.
struct Sum {
    quint32 s0 = 0, s1 = 0;
    Sum operator+(Sum o) const { return {s0 + o.s0, s1 + o.s1}; }
    Sum operator-(Sum o) const { return {s0 - o.s0, s1 - o.s1}; }
};

Sum sumOver(Sum s, const QByteArray& b, qsizetype at, qsizetype n, bool bigEndian)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData() + at);
    auto word = [&](qsizetype i) {
        return bigEndian ? quint32(p[i]) << 24 | quint32(p[i + 1]) << 16 | quint32(p[i + 2]) << 8 | p[i + 3]
                         : quint32(p[i + 3]) << 24 | quint32(p[i + 2]) << 16 | quint32(p[i + 1]) << 8 | p[i];
    };
    for (qsizetype i = 0; i < n; i += 8) {
        s.s0 += word(i) + s.s1;
        s.s1 += word(i + 4) + s.s0;
    }
    return s;
}

Sum storedSum(const QByteArray& b, qsizetype at)
{
    return {be32(b, at), be32(b, at + 4)};
}

// One frame of a forged log: its page number and commit size, and whose page it carries
// (a frame of the genuine log, or -1 for a page of zeros).
struct ForgedFrame {
    quint32 page, commit;
    int source;
};

std::vector<ForgedFrame> genuinePlan(const QByteArray& wal);

// The forged log, with SQLite's checksums fitting it.
QByteArray forgeWal(const QByteArray& wal, const std::vector<ForgedFrame>& plan)
{
    const bool big = (be32(wal, 0) & 1) != 0;
    const QByteArray zeros(kPage, '\0');
    // each genuine page's share of the checksum: what its frame added beyond a page of zeros
    std::vector<Sum> share;
    Sum s = storedSum(wal, 24);
    for (qsizetype at = kWalHeader; at + kFrame <= wal.size(); at += kFrame) {
        const Sum out = storedSum(wal, at + 16);
        share.push_back(out - sumOver(sumOver(s, wal, at, 8, big), zeros, 0, kPage, big));
        s = out;
    }
    QByteArray forged = wal.left(kWalHeader);
    s = storedSum(wal, 24);
    for (const ForgedFrame& f : plan) {
        QByteArray header(kFrameHeader, '\0');
        putBe32(header, 0, f.page);
        putBe32(header, 4, f.commit);
        header.replace(8, 8, wal.mid(16, 8)); // the log's salts
        s = sumOver(s, header, 0, 8, big);
        s = sumOver(s, zeros, 0, kPage, big) + (f.source >= 0 ? share[size_t(f.source)] : Sum{});
        putBe32(header, 16, s.s0);
        putBe32(header, 20, s.s1);
        forged += header;
        forged += f.source >= 0 ? wal.mid(kWalHeader + qsizetype(f.source) * kFrame + kFrameHeader, kPage) : zeros;
    }
    return forged;
}

int frames(const QByteArray& wal)
{
    return int((wal.size() - kWalHeader) / kFrame);
}
quint32 framePage(const QByteArray& wal, int i)
{
    return be32(wal, kWalHeader + qsizetype(i) * kFrame);
}
std::vector<ForgedFrame> genuinePlan(const QByteArray& wal)
{
    std::vector<ForgedFrame> plan;
    for (int i = 0; i < frames(wal); ++i)
        plan.push_back({framePage(wal, i), be32(wal, kWalHeader + qsizetype(i) * kFrame + 4), i});
    return plan;
}

// The frames a reader uses: the last one of each page.
std::vector<int> latestFrames(const QByteArray& wal)
{
    std::map<quint32, int> last;
    for (int i = 0; i < frames(wal); ++i)
        last[framePage(wal, i)] = i;
    std::vector<int> out;
    for (const auto& [page, frame] : last)
        out.push_back(frame);
    return out;
}

// Two frames that readers use, holding different pages.
std::pair<int, int> framesOfTwoPages(const QByteArray& wal)
{
    const auto latest = latestFrames(wal);
    REQUIRE(latest.size() >= 2);
    return {latest[0], latest[1]};
}

// An older version of a page, and the frame readers use for it.
std::pair<int, int> framesOfOnePage(const QByteArray& wal)
{
    for (int newer : latestFrames(wal))
        for (int older = 0; older < newer; ++older)
            if (framePage(wal, older) == framePage(wal, newer))
                return {older, newer};
    FAIL("the log has no page written twice");
    return {0, 0};
}

// The pool's content, or the integrity failure that stopped reading it.
struct Reading {
    bool refused = false; // open or a read reported a page that failed its check
    QString problem;
    QString note, check;
    qint64 rows = -1;
};

Reading readPool(const QString& path)
{
    PoolOptions o;
    o.passphrase = kPass;
    auto p = Pool::open(path, o);
    Reading r;
    if (!p) {
        r.refused = p.error().code == QStringLiteral("pool.tampered");
        r.problem = p.error().message;
        return r;
    }
    try {
        r.note = (*p)->setting(QStringLiteral("note"));
        r.rows = (*p)->db().scalar(QStringLiteral("SELECT count(*) FROM bulk")).toLongLong();
        r.check = (*p)->db().scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    } catch (const DbError& e) {
        r.refused = e.code() == SQLITE_IOERR_DATA;
        r.problem = e.message();
    }
    return r;
}

// A closed pool whose last transactions are only in its WAL, as a crash leaves it: the main file
// holds 300 rows and note "before"; the WAL adds 100 rows, then sets note "after" twice.
struct Crashed {
    QByteArray main, wal;
};

Crashed crashedPool(const QString& path)
{
    {
        auto pool = openPool(path, true);
        addRows(*pool, 0, 300);
        pool->setSetting(QStringLiteral("note"), QStringLiteral("before"));
    }
    auto pool = openPool(path);
    pool->db().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    addRows(*pool, 300, 100);
    pool->setSetting(QStringLiteral("note"), QStringLiteral("after 1"));
    pool->setSetting(QStringLiteral("note"), QStringLiteral("after"));
    Crashed c{testing::readFile(path), testing::readFile(path + QStringLiteral("-wal"))};
    REQUIRE(frames(c.wal) >= 4);
    int commits = 0;
    for (const ForgedFrame& f : genuinePlan(c.wal))
        commits += f.commit != 0 ? 1 : 0;
    REQUIRE(commits == 3);
    return c;
}

void lay(const QString& path, const Crashed& c, const QByteArray& wal)
{
    QFile::remove(path + QStringLiteral("-shm"));
    testing::writeFile(path, c.main);
    testing::writeFile(path + QStringLiteral("-wal"), wal);
}

// A forged log may be refused, or SQLite may end the log at the first forged frame; then the
// pool holds exactly the transactions committed before it. A forged page never becomes a page.
void requireNothingForged(const Reading& r, const QByteArray& genuine, const std::vector<ForgedFrame>& plan)
{
    INFO(r.problem.toStdString());
    if (r.refused)
        return;
    const auto honest = genuinePlan(genuine);
    int commitsBefore = 0;
    for (size_t i = 0; i < plan.size(); ++i) {
        if (plan[i].page != honest[i].page || plan[i].source != honest[i].source || plan[i].commit != honest[i].commit)
            break;
        commitsBefore += plan[i].commit != 0 ? 1 : 0;
    }
    // the log's transactions: 100 rows, note "after 1", note "after"
    const QString notes[] = {
        QStringLiteral("before"), QStringLiteral("before"), QStringLiteral("after 1"), QStringLiteral("after")};
    CHECK(r.problem.isEmpty());
    CHECK(r.check == QStringLiteral("ok"));
    CHECK(r.note == notes[commitsBefore]);
    CHECK(r.rows == (commitsBefore == 0 ? 300 : 400));
}

} // namespace

TEST_CASE("a pool reached through a symlinked folder is still written encrypted", "[security][crypto][attack]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString link = dir.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("real")), link));
    {
        auto pool = openPool(link + QStringLiteral("/enc.pool"), true);
        pool->setSetting(QStringLiteral("note"), kSecret);
        addRows(*pool, 0, 500);
        for (const QString& f : QDir(dir.filePath(QStringLiteral("real"))).entryList(QDir::Files)) {
            INFO(f.toStdString());
            CHECK_FALSE(testing::readFile(dir.filePath(QStringLiteral("real/") + f)).contains(kSecret.toUtf8()));
        }
    }
    const QString real = dir.filePath(QStringLiteral("real/enc.pool"));
    CHECK(crypto::isEncrypted(real));
    CHECK_FALSE(testing::readFile(real).contains(kSecret.toUtf8()));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(real.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_NOTADB);
    sqlite3_close(db);
    CHECK(openPool(real)->setting(QStringLiteral("note")) == kSecret);
}

TEST_CASE("the encrypting VFS opens no pool file without its key", "[security][crypto][attack]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enc.pool"));
    openPool(path, true)->setSetting(QStringLiteral("note"), kSecret);
    const QString fresh = dir.filePath(QStringLiteral("fresh.pool"));
    for (const QString& target : {path, fresh}) {
        INFO(target.toStdString());
        const QByteArray uri = "file:" + target.toUtf8() + "?vfs=" + crypto::vfsName() + "&cdkey=0123456789abcdef";
        sqlite3* db = nullptr;
        const int rc =
            sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
        if (rc == SQLITE_OK)
            CHECK(sqlite3_exec(db, "CREATE TABLE leak(x); INSERT INTO leak VALUES('plain')", nullptr, nullptr, nullptr) ==
                SQLITE_CANTOPEN);
        else
            CHECK(rc == SQLITE_CANTOPEN);
        sqlite3_close(db);
    }
    CHECK_FALSE(QFile::exists(fresh));
    CHECK(openPool(path)->setting(QStringLiteral("note")) == kSecret);
}

TEST_CASE("forged WAL frames in a closed pool never become pages", "[security][crypto][attack]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enc.pool"));
    const Crashed crashed = crashedPool(path);

    SECTION("the genuine log replays")
    {
        CHECK(forgeWal(crashed.wal, genuinePlan(crashed.wal)) == crashed.wal); // the forger's checksums are SQLite's
        lay(path, crashed, crashed.wal);
        const Reading r = readPool(path);
        INFO(r.problem.toStdString());
        CHECK(r.note == QStringLiteral("after"));
        CHECK(r.rows == 400);
        CHECK(r.check == QStringLiteral("ok"));
    }
    auto plan = genuinePlan(crashed.wal);
    SECTION("two frames' pages swapped")
    {
        const auto [a, b] = framesOfTwoPages(crashed.wal);
        std::swap(plan[size_t(a)].source, plan[size_t(b)].source);
        lay(path, crashed, forgeWal(crashed.wal, plan));
        requireNothingForged(readPool(path), crashed.wal, plan);
    }
    SECTION("a frame given another page number")
    {
        const auto [a, b] = framesOfTwoPages(crashed.wal);
        plan[size_t(a)].page = framePage(crashed.wal, b);
        lay(path, crashed, forgeWal(crashed.wal, plan));
        requireNothingForged(readPool(path), crashed.wal, plan);
    }
    SECTION("an older version of a page replayed in a later frame")
    {
        const auto [older, newer] = framesOfOnePage(crashed.wal);
        plan[size_t(newer)].source = older;
        lay(path, crashed, forgeWal(crashed.wal, plan));
        requireNothingForged(readPool(path), crashed.wal, plan);
    }
    SECTION("a frame of zeros")
    {
        plan[1].source = -1;
        lay(path, crashed, forgeWal(crashed.wal, plan));
        requireNothingForged(readPool(path), crashed.wal, plan);
    }
    SECTION("the log cut inside its last frame")
    {
        QByteArray wal = crashed.wal;
        wal.chop(kPage / 2);
        lay(path, crashed, wal);
        const Reading r = readPool(path);
        INFO(r.problem.toStdString());
        CHECK_FALSE(r.refused);
        CHECK(r.check == QStringLiteral("ok"));
        CHECK(r.note == QStringLiteral("after 1")); // the last transaction is gone, the one before stays
        CHECK(r.rows == 400);
    }
}

TEST_CASE("forged WAL frames in a live pool are refused when read", "[security][crypto][attack]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enc.pool"));
    {
        auto pool = openPool(path, true);
        addRows(*pool, 0, 300);
        pool->setSetting(QStringLiteral("note"), QStringLiteral("before"));
    }
    auto live = openPool(path); // keeps the WAL and its index open while the file is changed
    live->db().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    addRows(*live, 300, 100);
    live->setSetting(QStringLiteral("note"), QStringLiteral("after 1"));
    live->setSetting(QStringLiteral("note"), QStringLiteral("after"));
    const QString walPath = path + QStringLiteral("-wal");
    const QByteArray genuine = testing::readFile(walPath);

    auto attack = [&](const std::function<void(std::vector<ForgedFrame>&)>& change) {
        auto plan = genuinePlan(genuine);
        change(plan);
        const QByteArray wal = forgeWal(genuine, plan);
        QFile f(walPath);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.write(wal) == wal.size());
        f.close();
        const Reading r = readPool(path); // a second connection reads the frames afresh
        INFO(r.problem.toStdString());
        CHECK(r.refused);
        testing::writeFile(walPath, genuine);
    };
    SECTION("two frames' pages swapped")
    {
        attack([&](std::vector<ForgedFrame>& plan) {
            const auto [a, b] = framesOfTwoPages(genuine);
            std::swap(plan[size_t(a)].source, plan[size_t(b)].source);
        });
    }
    SECTION("an older version of a page replayed in a later frame")
    {
        attack([&](std::vector<ForgedFrame>& plan) {
            const auto [older, newer] = framesOfOnePage(genuine);
            plan[size_t(newer)].source = older;
        });
    }
    SECTION("a frame of zeros")
    {
        attack([&](std::vector<ForgedFrame>& plan) { plan[size_t(framesOfOnePage(genuine).second)].source = -1; });
    }
    // the live connection still reads its genuine log
    CHECK(live->setting(QStringLiteral("note")) == QStringLiteral("after"));
}

namespace {

// A rollback journal left hot by a crash in the middle of a transaction, through the VFS itself
// (pools use WAL, but SQLite replays a hot journal it finds beside any database file).
struct HotJournal {
    QByteArray main, journal;
    qint64 sumBefore = 0;
};

constexpr int kRecord = 4 + kPage + 4;

HotJournal hotJournal(const QString& path, const std::shared_ptr<const crypto::SecretKey>& key)
{
    const crypto::KeyLease lease(key);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(lease.uri(path).toUtf8().constData(), &db,
                SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr) == SQLITE_OK);
    int reserve = crypto::kReserve;
    sqlite3_exec(db, "PRAGMA page_size = 4096", nullptr, nullptr, nullptr);
    sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    REQUIRE(sqlite3_exec(db,
                "PRAGMA journal_mode = DELETE; CREATE TABLE t(n INTEGER, pad BLOB);"
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 400) "
                "INSERT INTO t SELECT i, zeroblob(900) FROM c;",
                nullptr, nullptr, nullptr) == SQLITE_OK);
    HotJournal h;
    h.sumBefore = 400 * 401 / 2;
    // a tiny cache spills changed pages into the file before the commit, with the journal synced
    REQUIRE(
        sqlite3_exec(db, "PRAGMA cache_size = 20; BEGIN; UPDATE t SET n = n + 1000000;", nullptr, nullptr, nullptr) == SQLITE_OK);
    h.main = testing::readFile(path);
    h.journal = testing::readFile(path + QStringLiteral("-journal"));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return h;
}

// Opens the file as it lies and sums the table: the genuine journal rolls the spilled change back.
std::pair<int, qint64> openAndSum(const QString& path, const std::shared_ptr<const crypto::SecretKey>& key)
{
    const crypto::KeyLease lease(key);
    sqlite3* db = nullptr;
    sqlite3_open_v2(lease.uri(path).toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr);
    sqlite3_stmt* st = nullptr;
    qint64 sum = -1;
    int rc = sqlite3_prepare_v2(db, "SELECT sum(n) FROM t", -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            sum = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        }
    }
    rc = rc == SQLITE_OK ? SQLITE_OK : sqlite3_extended_errcode(db);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return {rc, sum};
}

} // namespace

TEST_CASE("forged records in a hot rollback journal are refused", "[security][crypto][attack]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enc.db"));
    auto key = crypto::SecretKey::derive(kPass, {}, crypto::KdfParams::interactive());
    REQUIRE(key.ok());
    const HotJournal hot = hotJournal(path, *key);
    // Journal file format: segments, each a header sector (record count at byte 8) and records.
    const qsizetype sector = be32(hot.journal, 20);
    std::vector<qsizetype> records;
    for (qsizetype header = 0; header + sector <= hot.journal.size();) {
        const quint32 count = be32(hot.journal, header + 8);
        qsizetype at = header + sector;
        for (quint32 i = 0; (count == 0xffffffffu || i < count) && at + kRecord <= hot.journal.size(); ++i, at += kRecord)
            records.push_back(at);
        if (count == 0 || count == 0xffffffffu)
            break;
        header = (at + sector - 1) / sector * sector;
    }
    REQUIRE(records.size() >= 2);
    auto lay = [&](const QByteArray& journal) {
        testing::writeFile(path, hot.main);
        testing::writeFile(path + QStringLiteral("-journal"), journal);
    };
    auto record = [&](size_t i) { return records[i]; };

    SECTION("the genuine journal rolls back")
    {
        lay(hot.journal);
        const auto [rc, sum] = openAndSum(path, *key);
        CHECK(rc == SQLITE_OK);
        CHECK(sum == hot.sumBefore);
    }
    SECTION("a record's page and checksum moved to another record")
    {
        QByteArray journal = hot.journal;
        size_t i = 0; // two records of one segment: SQLite's checksums share its nonce
        while (i + 1 < records.size() && record(i + 1) != record(i) + kRecord)
            ++i;
        REQUIRE(i + 1 < records.size());
        REQUIRE(be32(journal, record(i)) != be32(journal, record(i + 1)));
        journal.replace(record(i) + 4, kPage + 4, hot.journal.mid(record(i + 1) + 4, kPage + 4));
        lay(journal);
        CHECK(openAndSum(path, *key).first == SQLITE_IOERR_DATA);
    }
    SECTION("a record of zeros with a fitting checksum")
    {
        QByteArray journal = hot.journal;
        journal.replace(record(0) + 4, kPage, QByteArray(kPage, '\0'));
        putBe32(journal, record(0) + 4 + kPage, be32(journal, 12)); // checksum of zeros = the journal's nonce
        lay(journal);
        CHECK(openAndSum(path, *key).first == SQLITE_IOERR_DATA);
    }
}
