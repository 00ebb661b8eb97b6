// End-to-end: casefile add, list, show and correct through the real binary, on the demo's documents.
#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>

using testing::runCli;

TEST_CASE("casefile add reports pages, facts, victims and grade; duplicates refused", "[cli][casefiles]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("demo"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--out"), out}).exitCode == 0);
    const QString pool = dir.filePath(QStringLiteral("p.pool"));
    const QString text = QDir(out).filePath(QStringLiteral("起诉书-乐检刑诉〔2024〕88号.pdf"));
    const QString scan = QDir(out).filePath(QStringLiteral("和解材料扫描件.png"));
    const auto add = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"),
        QStringLiteral("add"), text, scan});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.out.contains(QStringLiteral("pages 1 (text layer 1, OCR 0)")));
    CHECK(add.out.contains(QStringLiteral("pages 1 (text layer 0, OCR 1)")));
    CHECK(add.out.contains(QStringLiteral("case number: 乐检刑诉〔2024〕88号")));
    CHECK(add.out.contains(QStringLiteral("charge: 故意伤害")));
    CHECK(add.out.contains(QStringLiteral("330382********"))); // victims' IDs masked
    CHECK(add.out.contains(QStringLiteral("grade: red")));
    // guanyun-2025 is in force: benchmark 2,200 yuan, red 11 to 23 times it
    CHECK(add.out.contains(QStringLiteral("suggested aid: 24,200.00 – 50,600.00 yuan (guanyun-2025")));
    CHECK(add.out.contains(QStringLiteral("needs review")));

    const auto again = runCli(
        {QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"), QStringLiteral("add"), text});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already added")));

    const auto list =
        runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"), QStringLiteral("list")});
    CHECK(list.out.contains(QStringLiteral("起诉书-乐检刑诉〔2024〕88号.pdf")));
    const auto review = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"),
        QStringLiteral("list"), QStringLiteral("--review")});
    const QStringList rows = review.out.split(u'\n', Qt::SkipEmptyParts);
    // The victim named without an ID, and the defendant's ID the scan garbled (3 read as 8).
    REQUIRE(rows.size() == 3);
    const QString victimRow = rows[1].contains(QStringLiteral("王某")) ? rows[1] : rows[2];
    const QString personRow = rows[1].contains(QStringLiteral("王某")) ? rows[2] : rows[1];
    CHECK(victimRow.contains(QStringLiteral("victim")));
    CHECK(personRow.contains(QStringLiteral("person")));
    CHECK(personRow.contains(QStringLiteral("check character")));
    const QString factId = victimRow.section(u' ', 0, 0);

    const auto show = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"),
        QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--text")});
    CHECK(show.out.contains(QStringLiteral("--- page 1 (text")));
    CHECK(show.out.contains(QStringLiteral("family-hardship: 低保")));

    const auto bad = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"),
        QStringLiteral("correct"), factId, QStringLiteral("--id"), QStringLiteral("12345")});
    CHECK(bad.exitCode == 1);
    const auto fixed = runCli(
        {QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"), QStringLiteral("correct"), factId,
            QStringLiteral("--id"), QStringLiteral("11010519491231002X"), QStringLiteral("--name"), QStringLiteral("王大明")});
    INFO(fixed.err.toStdString());
    CHECK(fixed.exitCode == 0);
    CHECK(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"), QStringLiteral("list"),
                     QStringLiteral("--review")})
              .out.split(u'\n', Qt::SkipEmptyParts)
              .size() == 2);
    // The officer reads the defendant's number off the scan and says who he is.
    const auto defendant = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"),
        QStringLiteral("correct"), personRow.section(u' ', 0, 0), QStringLiteral("--id"), QStringLiteral("330382198503021115"),
        QStringLiteral("--role"), QStringLiteral("defendant")});
    INFO(defendant.err.toStdString());
    CHECK(defendant.exitCode == 0);
    CHECK(runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"), QStringLiteral("list"),
                     QStringLiteral("--review")})
              .out.split(u'\n', Qt::SkipEmptyParts)
              .size() == 1);
    const auto broken = runCli({QStringLiteral("--plain"), QStringLiteral("--pool"), pool, QStringLiteral("casefile"),
        QStringLiteral("add"), QDir(out).filePath(QStringLiteral("manifest.tsv"))});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("manifest.tsv")));
}
