#include "ingest/ZipArchive.h"

#include <QFile>
#include <algorithm>
#include <unzip.h>

namespace cluedesk {

std::unique_ptr<ZipArchive> ZipArchive::open(const QString& path)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return nullptr;
    return std::unique_ptr<ZipArchive>(new ZipArchive(zip));
}

ZipArchive::~ZipArchive()
{
    unzClose(static_cast<unzFile>(m_zip));
}

std::unique_ptr<ZipPart> ZipArchive::openPart(const QString& name, Problem* problem)
{
    Problem none;
    Problem& p = problem ? *problem : none;
    auto zip = static_cast<unzFile>(m_zip);
    // 2 = case-insensitive: Excel writes xl/worksheets/sheet1.xml, some tools Xl/Worksheets/...
    if (unzLocateFile(zip, name.toUtf8().constData(), 2) != UNZ_OK) {
        p = Problem::Missing;
        return nullptr;
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
        p = Problem::Unreadable;
        return nullptr;
    }
    const auto unpacked = qint64(info.uncompressed_size), packed = qint64(std::max<ZPOS64_T>(info.compressed_size, 1));
    if (unpacked > kHardLimit || (unpacked > kMostBytes && unpacked > packed * kMostRatio)) {
        p = Problem::TooLarge;
        return nullptr;
    }
    if (unzOpenCurrentFile(zip) != UNZ_OK) {
        p = Problem::Unreadable;
        return nullptr;
    }
    std::unique_ptr<ZipPart> part(new ZipPart(zip, unpacked));
    part->QIODevice::open(QIODevice::ReadOnly);
    p = Problem::None;
    return part;
}

ZipPart::~ZipPart()
{
    unzCloseCurrentFile(static_cast<unzFile>(m_zip));
}

qint64 ZipPart::readData(char* data, qint64 most)
{
    const int chunk = int(std::min<qint64>(most, 1 << 20));
    const int n = unzReadCurrentFile(static_cast<unzFile>(m_zip), data, unsigned(chunk));
    if (n < 0) {
        m_problem = QStringLiteral("the compressed data is damaged (zlib error %1)").arg(n);
        setErrorString(m_problem);
        return -1;
    }
    m_consumed += n;
    if (m_consumed > m_size) { // inflates beyond what its header declared: not followed
        m_problem = QStringLiteral("the part unpacks to more than the %1 bytes its header declares").arg(m_size);
        setErrorString(m_problem);
        return -1;
    }
    return n;
}

} // namespace cluedesk
