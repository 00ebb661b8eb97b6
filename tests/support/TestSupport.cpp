#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

namespace testing {

QString fixture(const QString& relativePath)
{
    return QStringLiteral(CLUEDESK_TEST_DATA "/") + relativePath;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

CliRun runCli(const QStringList& args, const QByteArray& stdinData, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CLUEDESK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CLUEDESK_CLI), args);
    REQUIRE(p.waitForStarted());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(timeoutMs));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace testing

#include <QStringEncoder>

namespace testing {

std::vector<SheetRows> readAll(const QString& path, const cluedesk::ReaderOptions& options)
{
    auto reader = cluedesk::openTable(path, options);
    INFO((reader ? QString() : reader.error().message).toStdString());
    REQUIRE(reader.ok());
    std::vector<SheetRows> out;
    const QStringList sheets = (*reader)->sheets();
    for (int i = 0; i < sheets.size(); ++i) {
        SheetRows s;
        s.sheet = sheets[i];
        if ((*reader)->openSheet(i)) {
            cluedesk::TableRow row;
            while ((*reader)->next(row))
                s.rows.push_back(row);
        }
        s.error = (*reader)->error();
        out.push_back(std::move(s));
    }
    return out;
}

QStringList texts(const cluedesk::TableRow& row)
{
    QStringList out;
    for (const cluedesk::Cell& c : row.cells)
        out << c.shown();
    return out;
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder e("GB18030");
    return e.encode(text);
}

} // namespace testing

#include "ingest/XlsxWriter.h"

namespace testing {

TempPool::TempPool()
{
    cluedesk::PoolOptions options;
    options.create = true;
    options.user = QStringLiteral("tester");
    auto opened = cluedesk::Pool::open(path(), options);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    pool = std::move(opened.value());
    pool->setClock([] { return QDateTime(QDate(2024, 7, 1), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600); });
}

QString writeCsv(const QString& path, const std::vector<QStringList>& rows)
{
    REQUIRE(cluedesk::CsvWriter::write(path, rows, false, false));
    return path;
}

} // namespace testing

#include "demo/DemoPeople.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/Importer.h"

namespace testing {

QString PoolBuilder::person(const QDate& birth, int sequence, const QString& region)
{
    return cluedesk::DemoPeople::idFor(region, birth, sequence);
}

PoolBuilder& PoolBuilder::list(const QString& type, const std::vector<QStringList>& rows, const QString& asOf)
{
    m_lists.push_back({type, rows, asOf});
    return *this;
}

void PoolBuilder::importAll()
{
    static int n = 0; // unique names across builders on the same pool
    for (const Pending& l : m_lists) {
        const QString path = m_pool.file(QStringLiteral("%1-%2.csv").arg(l.type).arg(++n));
        writeCsv(path, l.rows);
        cluedesk::ImportRequest req;
        req.type = l.type;
        req.files = {path};
        req.asOf = QDate::fromString(l.asOf, Qt::ISODate);
        auto r = cluedesk::Importer(*m_pool, cluedesk::DatasetCatalog::forPool(*m_pool)).run(req);
        INFO(l.type.toStdString() << ": " << r.errorMessage().toStdString());
        REQUIRE(r.ok());
        INFO(l.type.toStdString() << " rows rejected");
        REQUIRE(r->rejected == 0);
    }
    m_lists.clear();
}

} // namespace testing
