#include "documents/CaseFileIntake.h"

#include "pool/Pool.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace cluedesk {
namespace {

QString t(const char* s)
{
    return QCoreApplication::translate("CaseFileIntake", s);
}

} // namespace

CaseFileIntake::CaseFileIntake(Pool& pool, CaseFileReadOptions options)
    : m_pool(pool), m_options(std::move(options)), m_rules(ExtractionRules::forPool(pool))
{
}

const QStringList& CaseFileIntake::suffixes()
{
    static const QStringList s{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp")};
    return s;
}

QStringList CaseFileIntake::expand(const QStringList& paths, QStringList* missing)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files << info.absoluteFilePath();
        } else if (info.isDir()) {
            QStringList inside;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (suffixes().contains(QFileInfo(file).suffix().toLower()))
                    inside << file;
            }
            std::sort(inside.begin(), inside.end());
            files << inside;
        } else if (missing) {
            *missing << path;
        }
    }
    return files;
}

Result<CaseFileAdded> CaseFileIntake::add(const QString& path, const PageProgress& progress, const std::atomic_bool* cancel)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(t("cannot read %1: %2").arg(path, f.errorString()), QStringLiteral("casefile.unreadable"));
    const QByteArray bytes = f.readAll();
    CaseFileStore store(m_pool);
    if (const auto earlier = store.bySha(Sha256::ofBytes(bytes)))
        return fail(t("%1 was already added (case file %2)").arg(name).arg(earlier->id), QStringLiteral("casefile.duplicate"));
    auto read = CaseFileReader::read(bytes, name, m_options, progress, cancel);
    if (!read)
        return read.error();
    CaseFileAdded added;
    added.fileName = name;
    added.facts = FactExtractor(m_rules).extract(read->pageTexts, m_pool.now().date());
    auto id = store.add(
        name, bytes, {read->format, read->pages, read->textPages, read->ocrPages, read->seconds, read->pageTexts}, added.facts);
    if (!id)
        return id.error();
    added.id = *id;
    added.read = std::move(*read);
    return added;
}

} // namespace cluedesk
