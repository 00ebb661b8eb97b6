// Generates reproducible large inputs for the benchmarks: bureau-style CSV and xlsx lists.
//   cluedesk-bench-data csv ROWS FILE
//   cluedesk-bench-data xlsx ROWS FILE
#include "demo/DemoPeople.h"
#include "ingest/XlsxWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdio>

using namespace cluedesk;

namespace {

const char* kTowns[] = {"乐成街道", "城东街道", "柳市镇", "北白象镇", "虹桥镇", "清江镇", "雁荡镇", "大荆镇"};
const char* kCategories[] = {"城乡低保", "特困供养", "低保边缘"};

struct Row {
    QString name, id, town, category, amount, since;
};

// Deterministic rows: IDs are valid and mostly distinct, as in a real county list.
Row makeRow(qint64 i)
{
    const QDate birth = QDate(1940, 1, 1).addDays(i % 25000);
    const QString id = DemoPeople::idFor(QStringLiteral("330382"), birth, int((i / 25000) % 1000));
    static const char* surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    static const char* given[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰"};
    return {
        QString::fromUtf8(surnames[i % 10]) + QString::fromUtf8(given[(i / 10) % 12]) + QString::fromUtf8(given[(i / 120) % 12]),
        id, QString::fromUtf8(kTowns[i % 8]), QString::fromUtf8(kCategories[i % 3]), QString::number(400 + (i % 9) * 50),
        QDate(2015, 1, 1).addDays(i % 3000).toString(Qt::ISODate)};
}

int writeCsv(qint64 rows, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QByteArray buffer = "姓名,身份证号码,乡镇（街道）,保障类别,月保障金额,纳入日期\n";
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = makeRow(i);
        buffer += QStringLiteral("%1,%2,%3,%4,%5,%6\n").arg(r.name, r.id, r.town, r.category, r.amount, r.since).toUtf8();
        if (buffer.size() > (1 << 22)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return 0;
}

int writeXlsx(qint64 rows, const QString& path)
{
    XlsxWriter w(path);
    w.beginSheet(QStringLiteral("低保"));
    w.addTextRow({QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("乡镇（街道）"),
        QStringLiteral("保障类别"), QStringLiteral("月保障金额"), QStringLiteral("纳入日期")});
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = makeRow(i);
        w.addRow(
            {XlsxWriter::Cell::t(r.name), XlsxWriter::Cell::t(r.id), XlsxWriter::Cell::t(r.town), XlsxWriter::Cell::t(r.category),
                XlsxWriter::Cell::n(r.amount.toDouble()), XlsxWriter::Cell::d(QDate::fromString(r.since, Qt::ISODate))});
    }
    return w.close() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        fprintf(stderr, "usage: cluedesk-bench-data csv|xlsx ROWS FILE\n");
        return 2;
    }
    const qint64 rows = args[2].toLongLong();
    if (args[1] == QLatin1String("csv"))
        return writeCsv(rows, args[3]);
    if (args[1] == QLatin1String("xlsx"))
        return writeXlsx(rows, args[3]);
    fprintf(stderr, "unknown kind %s\n", qPrintable(args[1]));
    return 2;
}
