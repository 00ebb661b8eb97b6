#include "FuzzInputs.h"

#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/TableReader.h"
#include "screening/ModelDefinition.h"
#include "screening/ModelDescriber.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace cluedesk::fuzz {

void readTable(const QByteArray& bytes, const char* suffix)
{
    const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    const QString path = QStringLiteral("%1/cluedesk-fuzz-%2.%3").arg(dir).arg(getpid()).arg(QString::fromLatin1(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(bytes);
    }
    auto reader = openTable(path);
    if (reader) {
        TableRow row;
        for (int s = 0; s < (*reader)->sheets().size() && s < 8; ++s) {
            if (!(*reader)->openSheet(s))
                continue;
            for (int n = 0; n < 20000 && (*reader)->next(row); ++n)
                (void)(*reader)->progress();
        }
    }
    QFile::remove(path);
}

void readModel(const QByteArray& bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return;
    auto model = ModelDefinition::fromJson(doc.object());
    if (!model)
        return;
    static const DatasetCatalog catalog = DatasetCatalog::builtIn();
    (void)model->check(catalog);
    (void)ModelDescriber::describe(*model, catalog, Language::Chinese);
}

void readId(const QByteArray& bytes)
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
}

} // namespace cluedesk::fuzz
