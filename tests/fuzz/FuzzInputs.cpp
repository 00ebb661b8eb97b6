#include "FuzzInputs.h"

#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/TableReader.h"
#include "screening/ModelDefinition.h"
#include "screening/ModelDescriber.h"
#include "security/Keyring.h"
#include "security/UserStore.h"

#include "pool/Pool.h"
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace cluedesk::fuzz {
namespace {

QString scratch(const QString& name)
{
    const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/cluedesk-fuzz-%2-%3").arg(dir).arg(getpid()).arg(name);
}

// One small encrypted pool with a user, made once per process; each input works on a copy.
struct EncryptedFixture {
    QString path = scratch(QStringLiteral("fixture.pool"));
    QByteArray bytes;
    std::shared_ptr<const crypto::SecretKey> key;
    EncryptedFixture()
    {
        for (const char* suffix : {"", "-wal", "-shm", ".keys"})
            QFile::remove(path + QLatin1String(suffix));
        PoolOptions o;
        o.create = true;
        o.passphrase = "fuzzing passphrase";
        o.kdf = {1, 8192}; // the cheapest Argon2id: the key is not what is fuzzed
        auto pool = Pool::open(path, o);
        if (!pool)
            qFatal("cannot make the fuzz fixture: %s", qPrintable(pool.error().message));
        key = (*pool)->key();
        (void)UserStore(**pool).add(QStringLiteral("admin"), QStringLiteral("administrator"), "admin password");
        for (int i = 0; i < 50; ++i)
            (*pool)->setSetting(QStringLiteral("k%1").arg(i), QString(200, QChar(u'x' + i % 3)));
        (*pool)->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        pool->reset();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
    }
};

EncryptedFixture& fixture()
{
    static EncryptedFixture f;
    return f;
}

} // namespace

QString readKeyring(const QByteArray& bytes)
{
    EncryptedFixture& fx = fixture();
    const QString pool = scratch(QStringLiteral("keyring.pool"));
    {
        QFile f(pool);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("io");
        f.write(fx.bytes);
        QFile k(crypto::Keyring::pathFor(pool));
        if (!k.open(QIODevice::WriteOnly))
            return QStringLiteral("io");
        k.write(bytes);
    }
    QString outcome;
    auto ring = crypto::Keyring::load(pool);
    if (!ring) {
        outcome = QStringLiteral("error:") + ring.error().code;
    } else if (ring->empty()) {
        outcome = QStringLiteral("empty");
    } else {
        (void)ring->resealed(*fx.key, {{ring->entries().front().user, ring->entries().front().publicKey}});
        const auto unlocked =
            crypto::Keyring::unlock(pool, ring->entries().front().user, "admin password", QDateTime::currentDateTime());
        outcome = unlocked ? QStringLiteral("unlocked") : QStringLiteral("locked:") + unlocked.error().code;
    }
    for (const char* suffix : {"", ".keys", ".keys.lock"})
        QFile::remove(pool + QLatin1String(suffix));
    return outcome;
}

QString readEncryptedPool(const QByteArray& bytes)
{
    EncryptedFixture& fx = fixture();
    if (bytes.size() < 5 || fx.bytes.isEmpty())
        return QStringLiteral("too-short");
    QByteArray file = fx.bytes;
    const quint32 offset = quint32(quint8(bytes[0])) | quint32(quint8(bytes[1])) << 8 | quint32(quint8(bytes[2])) << 16 |
        quint32(quint8(bytes[3])) << 24;
    const QByteArray patch = bytes.mid(4);
    const qsizetype at = qsizetype(offset % quint32(file.size()));
    file.replace(at, std::min(patch.size(), file.size() - at), patch.left(file.size() - at));
    const QString pool = scratch(QStringLiteral("patched.pool"));
    {
        QFile f(pool);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("io");
        f.write(file);
    }
    PoolOptions o;
    o.key = fx.key;
    o.readOnlyCheck = true;
    QString outcome;
    try {
        if (auto opened = Pool::open(pool, o)) {
            const QString check = (*opened)->db().scalar(QStringLiteral("PRAGMA quick_check")).toString();
            outcome = check == QLatin1String("ok") ? QStringLiteral("opened") : QStringLiteral("damaged");
        } else {
            outcome = QStringLiteral("refused:") + opened.error().code;
        }
    } catch (const DbError&) {
        outcome = QStringLiteral("refused"); // what a changed page must come to
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(pool + QLatin1String(suffix));
    return outcome;
}

QString readTable(const QByteArray& bytes, const char* suffix)
{
    const QString path = scratch(QStringLiteral("table.%1").arg(QString::fromLatin1(suffix)));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("io");
        f.write(bytes);
    }
    QString outcome;
    auto reader = openTable(path);
    if (!reader) {
        outcome = QStringLiteral("error:") + reader.error().code;
    } else {
        TableRow row;
        int rows = 0;
        for (int s = 0; s < (*reader)->sheets().size() && s < 8; ++s) {
            if (!(*reader)->openSheet(s))
                continue;
            for (int n = 0; n < 20000 && (*reader)->next(row); ++n, ++rows)
                (void)(*reader)->progress();
        }
        outcome = QStringLiteral("%1:rows:%2").arg((*reader)->format()).arg(rows);
        if ((*reader)->error())
            outcome += QStringLiteral(":error:") + (*reader)->error()->code;
    }
    QFile::remove(path);
    return outcome;
}

QString readModel(const QByteArray& bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return QStringLiteral("not-json");
    auto model = ModelDefinition::fromJson(doc.object());
    if (!model)
        return QStringLiteral("error:") + model.error().code;
    static const DatasetCatalog catalog = DatasetCatalog::builtIn();
    const Status checked = model->check(catalog);
    (void)ModelDescriber::describe(*model, catalog, Language::Chinese);
    return checked ? QStringLiteral("valid") : QStringLiteral("invalid:") + checked.error().code;
}

QString readId(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QDate today(2024, 7, 1);
    const IdParse a = IdParser::parse(text, today);
    if (a.ok()) {
        (void)a.id->ageOn(today);
        (void)IdNumber::mask(a.id->key());
    }
    (void)IdParser::parseOcr(text, today);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (ok)
        (void)IdParser::parseNumber(number, text, today);
    return a.ok() ? QStringLiteral("id:") + a.id->key() : QStringLiteral("not-an-id");
}

} // namespace cluedesk::fuzz
