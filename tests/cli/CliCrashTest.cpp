// Killing the CLI (SIGKILL) at random points while it screens: the pool reopens consistent, and
// each model's run is either all there or not there at all.
#include "TestSupport.h"

#include "pool/Pool.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <map>

using testing::runCli;

namespace {

const QByteArray kPassphrase = "crash test passphrase";

std::unique_ptr<cluedesk::Pool> openPool(const QString& path, bool encrypted)
{
    cluedesk::PoolOptions o;
    o.readOnlyCheck = true;
    if (encrypted)
        o.passphrase = kPassphrase;
    auto pool = cluedesk::Pool::open(path, o);
    INFO(pool.errorMessage().toStdString());
    REQUIRE(pool.ok());
    return std::move(*pool);
}

std::map<QString, std::pair<int, int>> cluesAndEvidence(const QString& path, bool encrypted)
{
    auto pool = openPool(path, encrypted);
    std::map<QString, std::pair<int, int>> out;
    cluedesk::Statement st =
        pool->db().prepare(QStringLiteral("SELECT c.model_id, count(DISTINCT c.id), count(e.clue_id) FROM clues c "
                                          "LEFT JOIN clue_evidence e ON e.clue_id = c.id GROUP BY c.model_id"));
    while (st.step())
        out[st.text(0)] = {st.integer(1), st.integer(2)};
    return out;
}

} // namespace

TEST_CASE("killing the CLI mid-screening leaves each model's run whole or absent", "[cli][crash]")
{
    const bool encrypted = GENERATE(false, true);
    INFO((encrypted ? "encrypted pool" : "plain pool"));
    QTemporaryDir dir;
    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    const QString pw = dir.filePath(QStringLiteral("pw"));
    testing::writeFile(pw, kPassphrase + '\n');
    const auto on = [&](const QString& file) {
        return encrypted ? QStringList{QStringLiteral("--pool"), file, QStringLiteral("--passphrase-file"), pw}
                         : QStringList{QStringLiteral("--plain"), QStringLiteral("--pool"), file};
    };
    std::vector<QStringList> victims = {
        {QStringLiteral("案由"), QStringLiteral("被害人姓名"), QStringLiteral("被害人身份证号码")}};
    std::vector<QStringList> poor = {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}};
    for (int i = 0; i < 40000; ++i) {
        const QString id = testing::PoolBuilder::person(QDate(1940, 1, 1).addDays(i % 25000), i / 25000 * 100 + i % 97 + 1);
        victims.push_back(
            {i % 2 ? QStringLiteral("故意伤害") : QStringLiteral("交通肇事"), QStringLiteral("被害人%1").arg(i), id});
        poor.push_back({QStringLiteral("被害人%1").arg(i), id});
    }
    for (const auto& [type, rows] :
        {std::pair{QStringLiteral("victims"), victims}, std::pair{QStringLiteral("subsistence"), poor}})
        REQUIRE(runCli(on(pool) +
                    QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--type"), type,
                        testing::writeCsv(dir.filePath(type + QStringLiteral(".csv")), rows)})
                    .exitCode == 0);
    // What a whole run gives, on a copy.
    const QString reference = dir.filePath(QStringLiteral("reference.pool"));
    REQUIRE(QFile::copy(pool, reference));
    REQUIRE(runCli(on(reference) + QStringList{QStringLiteral("screen")}).exitCode == 0);
    const auto whole = cluesAndEvidence(reference, encrypted);
    REQUIRE(whole.at(QStringLiteral("uncompensated-victims-in-hardship")).first > 10000);

    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("seed " << seed);
    QRandomGenerator random(seed);
    for (int attempt = 0; attempt < 4; ++attempt) {
        QProcess p;
        p.start(QStringLiteral(CLUEDESK_CLI), on(pool) + QStringList{QStringLiteral("screen")});
        REQUIRE(p.waitForStarted());
        // a whole run takes about 3.5 s, and deriving an encrypted pool's key about 0.8 s more
        const int delay = (encrypted ? 900 : 100) + int(random.bounded(3400));
        QThread::msleep(ulong(delay));
        p.kill();
        p.waitForFinished();
        INFO("attempt " << attempt << " killed after " << delay << " ms");
        CHECK(
            openPool(pool, encrypted)->db().scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        for (const auto& [model, counts] : cluesAndEvidence(pool, encrypted)) {
            INFO(model.toStdString());
            // a model's clues are all there (this run or an earlier one) or none
            CHECK((counts == whole.at(model) || counts.first == 0));
        }
    }
    // and a run after the kills completes and matches the reference
    REQUIRE(runCli(on(pool) + QStringList{QStringLiteral("screen")}).exitCode == 0);
    CHECK(cluesAndEvidence(pool, encrypted) == whole);
}
