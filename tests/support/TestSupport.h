#pragma once
// Helpers shared by the tests: temporary folders, fixture paths, running the CLI.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <ostream>

std::ostream& operator<<(std::ostream& os, const QString& s);

namespace testing {

QString fixture(const QString& relativePath); // tests/data/<relativePath>
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs cluedesk-cli with the arguments; English output, offscreen platform.
CliRun runCli(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 120000);

} // namespace testing

#include "ingest/TableReader.h"

#include <vector>

namespace testing {

// Every row of every sheet as texts ("" for empty cells); REQUIREs that the file opens.
struct SheetRows {
    QString sheet;
    std::vector<cluedesk::TableRow> rows;
    std::optional<cluedesk::Error> error;
};
std::vector<SheetRows> readAll(const QString& path, const cluedesk::ReaderOptions& options = {});
QStringList texts(const cluedesk::TableRow& row);
QByteArray gb18030(const QString& text);

} // namespace testing

#include "pool/Pool.h"

#include <memory>

namespace testing {

// A fresh pool in a temporary folder, with a fixed clock so results are reproducible.
struct TempPool {
    TempPool();
    QTemporaryDir dir;
    std::unique_ptr<cluedesk::Pool> pool;
    QString path() const { return dir.filePath(QStringLiteral("test.pool")); }
    QString file(const QString& name) const { return dir.filePath(name); }
    cluedesk::Pool& operator*() { return *pool; }
    cluedesk::Pool* operator->() { return pool.get(); }
};

// Writes a UTF-8 CSV from rows of cells.
QString writeCsv(const QString& path, const std::vector<QStringList>& rows);

} // namespace testing

namespace testing {

// Builds a small pool the way an officer would: one CSV per list, imported by the real
// importer. Persons are made with valid IDs from a birth date and a sequence number.
class PoolBuilder {
public:
    explicit PoolBuilder(TempPool& pool) : m_pool(pool) { }
    static QString person(const QDate& birth, int sequence, const QString& region = QStringLiteral("330382"));
    // Adds rows to a list; the first row is the header.
    PoolBuilder& list(
        const QString& type, const std::vector<QStringList>& rowsWithHeader, const QString& asOf = QStringLiteral("2024-06-30"));
    void importAll(); // REQUIREs that every list imports without rejects

private:
    TempPool& m_pool;
    struct Pending {
        QString type;
        std::vector<QStringList> rows;
        QString asOf;
    };
    std::vector<Pending> m_lists;
};

} // namespace testing
