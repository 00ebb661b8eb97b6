// Possible-match benchmark: persons in one list, the same persons with broken IDs in another
// (two neighbouring digits swapped, one digit mistyped, an OCR letter, the check character
// wrong, a digit left out or doubled), plus broken rows of persons the pool does not have.
// Prints, per kind of break, how often the person the row was made from is proposed first, how
// often only further down, how often not at all, and how many rows of absent persons got a
// proposal (which the officer then dismisses); and the time to find them all.
//   cluedesk-bench-matches [PERSONS [dense]]   (default 20000; dense: everyone born in one year
//   with sequence numbers below 100, so that near IDs of same-named persons are common)
#include "demo/DemoPeople.h"
#include "identity/IdNumber.h"
#include "ingest/DatasetCatalog.h"
#include "ingest/Importer.h"
#include "ingest/PossibleMatches.h"
#include "ingest/XlsxWriter.h"
#include "pool/DatasetStore.h"
#include "pool/Pool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <array>
#include <cstdio>
#include <map>
#include <random>

using namespace cluedesk;

namespace {

const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
const char* kGiven[] = {
    "建国", "秀英", "志强", "丽华", "海波", "晓燕", "国平", "春梅", "永福", "桂芳", "伟", "芳", "敏", "静", "磊"};

void writeCsv(const QString& path, const std::vector<QStringList>& rows)
{
    if (Status s = CsvWriter::write(path, rows); !s)
        qFatal("%s", qPrintable(s.error().message));
}

QString broken(const QString& id, int kind, std::mt19937& rng)
{
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    for (;;) {
        QString b = id;
        switch (kind) {
        case 0: { // neighbours swapped
            const int i = 6 + pick(11);
            std::swap(b[i], b[i + 1]);
            break;
        }
        case 1: { // one digit mistyped
            const int i = pick(17);
            b[i] = QLatin1Char(char('0' + pick(10)));
            break;
        }
        case 2: { // an OCR letter for a digit
            const int i = pick(17);
            static const std::map<QChar, QChar> letters = {{u'0', u'O'}, {u'1', u'l'}, {u'5', u'S'}, {u'8', u'B'}, {u'2', u'Z'}};
            const auto it = letters.find(b[i]);
            if (it == letters.end())
                continue;
            b[i] = it->second;
            break;
        }
        case 3: // the check character
            b[17] = b[17] == u'1' ? u'2' : u'1';
            break;
        case 4: // a digit left out
            b.remove(6 + pick(11), 1);
            break;
        case 5: { // a digit typed twice
            const int i = 6 + pick(11);
            b.insert(i, b[i]);
            break;
        }
        }
        if (b != id && !IdParser::parse(b).ok())
            return b;
    }
}

const char* kKinds[] = {"two digits swapped", "one digit mistyped", "an OCR letter", "check character wrong", "a digit left out",
    "a digit typed twice"};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int persons = argc > 1 ? std::max(1000, atoi(argv[1])) : 20000;
    const int brokenRows = persons / 20;
    const bool dense = argc > 2 && QByteArray(argv[2]) == "dense";
    const int days = dense ? 365 : 25000, sequences = dense ? 100 : 1000;
    std::mt19937 rng(2026);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    QTemporaryDir dir;
    PoolOptions options;
    options.create = true;
    options.user = QStringLiteral("bench");
    auto pool = Pool::open(dir.filePath(QStringLiteral("bench.pool")), options);
    if (!pool)
        qFatal("%s", qPrintable(pool.error().message));

    std::vector<std::pair<QString, QString>> people; // name, id
    std::vector<QStringList> listA = {{QStringLiteral("姓名"), QStringLiteral("身份证号码")}};
    for (int i = 0; i < persons; ++i) {
        const QString name = QString::fromUtf8(kSurnames[pick(int(std::size(kSurnames)))]) +
            QString::fromUtf8(kGiven[pick(int(std::size(kGiven)))]);
        const QString id =
            DemoPeople::idFor(QStringLiteral("330382"), QDate(dense ? 1980 : 1940, 1, 1).addDays(pick(days)), pick(sequences));
        people.emplace_back(name, id);
        listA.push_back({name, id});
    }
    // Broken rows: the person's name and a broken ID; the last fifth are persons the pool lacks.
    std::vector<QStringList> listB = {{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("发放年月")}};
    struct Planted {
        QString written, truth;
        int kind;
    };
    std::vector<Planted> planted;
    for (int i = 0; i < brokenRows; ++i) {
        const bool absent = i >= brokenRows * 4 / 5;
        const auto& [name, id] = absent ? std::make_pair(people[size_t(pick(persons))].first,
                                              DemoPeople::idFor(QStringLiteral("330382"),
                                                  QDate(dense ? 1980 : 1940, 1, 1).addDays(pick(days)), pick(sequences)))
                                        : people[size_t(pick(persons))];
        const int kind = i % int(std::size(kKinds));
        const QString written = broken(id, kind, rng);
        planted.push_back({written, absent ? QString() : id, kind});
        listB.push_back({name, written, QStringLiteral("202406")});
    }
    writeCsv(dir.filePath(QStringLiteral("a.csv")), listA);
    writeCsv(dir.filePath(QStringLiteral("b.csv")), listB);
    for (const auto& [type, file] : {std::make_pair(QStringLiteral("subsistence"), QStringLiteral("a.csv")),
             std::make_pair(QStringLiteral("pension"), QStringLiteral("b.csv"))}) {
        ImportRequest req;
        req.type = type;
        req.files = {dir.filePath(file)};
        auto r = Importer(**pool, DatasetCatalog::forPool(**pool)).run(req);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
    }
    IssueFilter f;
    f.severities = {QStringLiteral("rejected")};
    const auto issues = DatasetStore(**pool).issues(f);
    std::map<QString, qint64> issueOf;
    for (const ImportIssue& i : issues)
        issueOf.emplace(i.original, i.id);

    PossibleMatches matcher(**pool);
    std::map<int, std::array<int, 4>> byKind; // first, lower, missing, rows
    int absentRows = 0, absentProposed = 0, proposals = 0;
    QElapsedTimer t;
    t.start();
    for (const Planted& p : planted) {
        const auto found = matcher.forIssue(issueOf[p.written]);
        proposals += int(found.size());
        if (p.truth.isEmpty()) {
            ++absentRows;
            absentProposed += found.empty() ? 0 : 1;
            continue;
        }
        auto& k = byKind[p.kind];
        ++k[3];
        if (!found.empty() && found.front().key == p.truth)
            ++k[0];
        else if (std::any_of(found.begin(), found.end(), [&](const PossibleMatch& m) { return m.key == p.truth; }))
            ++k[1];
        else
            ++k[2];
    }
    const double seconds = double(t.elapsed()) / 1000.0;
    printf("%d persons in the subsistence list (%d names, so many share one; born over %d days), %d rows with broken IDs "
           "in a pension list, %d of them of persons the pool does not have\n\n",
        persons, int(std::size(kSurnames) * std::size(kGiven)), days, brokenRows, absentRows);
    printf("  %-24s %8s %8s %8s %8s\n", "broken by", "rows", "first", "lower", "missing");
    int first = 0, all = 0;
    for (const auto& [kind, k] : byKind) {
        printf("  %-24s %8d %8d %8d %8d\n", kKinds[kind], k[3], k[0], k[1], k[2]);
        first += k[0];
        all += k[3];
    }
    printf("  %-24s %8d %8d\n", "all", all, first);
    printf("\n  rows of absent persons with a proposal (same name, one edit away by chance): %d of %d\n", absentProposed,
        absentRows);
    printf("  proposals in all: %d; found in %.2f s (%.1f ms a row); nothing linked\n", proposals, seconds,
        1000.0 * seconds / std::max<size_t>(1, planted.size()));
    return 0;
}
