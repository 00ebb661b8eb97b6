#include "pool/Pool.h"

#include "pool/Schema.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "security/CryptoVfs.h"
#include "security/KeyLease.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace cluedesk {
namespace {

QString systemUser()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("unknown") : u;
}

} // namespace

Result<std::unique_ptr<Pool>> Pool::openAnother() const
{
    PoolOptions options;
    options.user = m_user;
    options.key = m_key;
    auto pool = open(m_path, options);
    if (pool)
        (*pool)->setRole(m_role);
    return pool;
}

Result<std::unique_ptr<Pool>> Pool::open(const QString& path, const PoolOptions& options)
{
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (!exists && !options.create)
        return fail(QCoreApplication::translate("Pool", "There is no pool at %1; check the path.").arg(path),
            QStringLiteral("pool.missing"));
    if (info.exists() && info.isDir())
        return fail(QCoreApplication::translate("Pool", "%1 is a folder; expected a pool file.").arg(path),
            QStringLiteral("pool.is-folder"));

    std::unique_ptr<Pool> pool(new Pool());
    pool->m_path = info.absoluteFilePath();
    pool->m_user = options.user.isEmpty() ? systemUser() : options.user;
    const auto header = exists ? crypto::headerOf(pool->m_path) : std::nullopt;
    pool->m_encrypted = header.has_value() || (!exists && (!options.passphrase.isEmpty() || options.key));
    QString openName;
    if (pool->m_encrypted) {
        if (options.passphrase.isEmpty() && !options.key)
            return fail(QCoreApplication::translate(
                            "Pool", "%1 is encrypted: give its passphrase (CLUEDESK_PASSPHRASE or --passphrase-file).")
                            .arg(path),
                QStringLiteral("pool.needs-passphrase"));
        auto key = options.key ? Result<std::shared_ptr<const crypto::SecretKey>>(options.key)
            : header           ? crypto::SecretKey::derive(options.passphrase, header->salt, header->params)
                               : crypto::SecretKey::derive(options.passphrase, {}, options.kdf);
        if (!key)
            return key.error();
        if (header && !crypto::opensFirstPage(pool->m_path, **key))
            return fail(QCoreApplication::translate(
                            "Pool", "Wrong passphrase for %1 (or its first page is damaged). Nothing was changed.")
                            .arg(path),
                QStringLiteral("pool.wrong-passphrase"));
        pool->m_key = *key;
        pool->m_auditKey = crypto::SecretKey::subkey(**key, 1, "cdaudit1");
        // The key travels with the open by handle; SQLite may reach the file by another name.
        pool->m_lease = std::make_unique<crypto::KeyLease>(*key);
        openName = pool->m_lease->uri(pool->m_path);
    } else if (!options.passphrase.isEmpty() || options.key) {
        return fail(QCoreApplication::translate("Pool", "%1 is not encrypted; encrypt it first with: cluedesk-cli pool encrypt")
                        .arg(path),
            QStringLiteral("pool.not-encrypted"));
    }
    try {
        pool->m_db = Database::open(pool->m_path, options.create, pool->m_encrypted ? openName : QString());
        Database& db = *pool->m_db;
        db.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
        if (pool->m_encrypted && !exists) {
            // Every page keeps 40 bytes for its nonce and tag; pages are 4096 bytes.
            db.exec(QStringLiteral("PRAGMA page_size = 4096"));
            int reserve = crypto::kReserve;
            sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        }
        // Reading the schema is the first real read: a file that is no pool fails here.
        const int version = Schema::versionOf(db);
        if (version == 0 && exists && db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() > 0)
            return fail(QCoreApplication::translate("Pool", "%1 is an SQLite database but not a ClueDesk pool.").arg(path),
                QStringLiteral("pool.foreign"));
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        if (!options.readOnlyCheck) {
            Schema::migrate(db, -1, options.upgrading);
            if (pool->setting(QStringLiteral("pool.id")).isEmpty()) {
                pool->setSetting(QStringLiteral("pool.id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
                pool->setSetting(QStringLiteral("pool.created_at"), pool->nowText());
            }
        }
    } catch (const DbError& e) {
        pool->m_db.reset();
        if (e.code() == SQLITE_IOERR_DATA)
            return fail(QCoreApplication::translate("Pool",
                            "A page of %1 failed its integrity check: the file was changed outside "
                            "ClueDesk or is damaged. Restore it from a backup.")
                            .arg(path),
                QStringLiteral("pool.tampered"));
        return fail(QCoreApplication::translate("Pool", "Cannot open the pool %1: %2").arg(path, e.message()),
            QStringLiteral("pool.open"));
    }
    if (pool->m_encrypted && !exists && !crypto::isEncrypted(pool->m_path)) {
        // Never leave a pool in plain text that was asked for encrypted.
        pool->m_db.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(pool->m_path + QLatin1String(suffix));
        return fail(QCoreApplication::translate("Pool", "%1 was not written encrypted; it has been deleted.").arg(path),
            QStringLiteral("pool.not-encrypted-on-disk"));
    }
    return pool;
}

Pool::Pool() = default;
Pool::~Pool() = default;

QDateTime Pool::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString Pool::nowText() const
{
    return now().toOffsetFromUtc(now().offsetFromUtc()).toString(Qt::ISODate);
}

bool Pool::hasUsers()
{
    return m_db->scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM users)")).toBool();
}

QString Pool::setting(const QString& key, const QString& fallback) const
{
    Statement& st = m_db->cached("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QStringLiteral("setting.") + key);
    const QString value = st.step() ? st.text(0) : fallback;
    st.reset(); // a statement left on its row keeps a read transaction, and an old snapshot, open
    return value;
}

void Pool::setSetting(const QString& key, const QString& value)
{
    Statement& st = m_db->cached("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, QStringLiteral("setting.") + key).bind(2, value).run();
}

} // namespace cluedesk

namespace cluedesk {

Status Pool::changeSetting(const QString& key, const QString& value)
{
    if (Status s = Access::require(*this, Permission::EditParameters); !s)
        return s;
    if (setting(key) == value)
        return success();
    Transaction tx(*m_db);
    setSetting(key, value);
    AuditLog(*this).record(QStringLiteral("settings"), key, value);
    tx.commit();
    return success();
}

std::vector<std::pair<QString, QString>> Pool::settings() const
{
    Statement st =
        m_db->prepare(QStringLiteral("SELECT substr(key, 9), value FROM meta WHERE key LIKE 'setting.%' ORDER BY key"));
    std::vector<std::pair<QString, QString>> out;
    while (st.step())
        out.emplace_back(st.text(0), st.text(1));
    return out;
}

} // namespace cluedesk
