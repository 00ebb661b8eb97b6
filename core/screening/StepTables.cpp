#include "screening/StepTables.h"

#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace cluedesk {

StepTables::StepTables(Database& db, const CompiledModel& compiled, const std::atomic_bool* cancel) : m_db(db)
{
    db.exec(QStringLiteral("PRAGMA analysis_limit = 400"));
    for (size_t ti = 0; ti < compiled.tables.size(); ++ti) {
        const CompiledModel::Table& t = compiled.tables[ti];
        if (cancel && cancel->load()) // between steps; within one, the progress handler
            throw DbError(QStringLiteral("interrupted"), SQLITE_INTERRUPT);
        m_names << t.name;
        db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(t.name));
        db.exec(QStringLiteral("CREATE TEMP TABLE %1(%2)").arg(t.name, t.columns));
        Statement fill = db.prepare(QStringLiteral("INSERT INTO temp.%1(%2) %3").arg(t.name, t.columns, t.select));
        for (int i = 0; i < std::min(int(compiled.binds.size()), fill.parameterCount()); ++i)
            fill.bind(i + 1, compiled.binds[i]);
        fill.run();
        // The first column (the person, or the key a step groups by) and the join keys of
        // a "related rows" table (k0, k1, ...; k; nk) are what later steps look rows up by.
        // A related-rows table (columns k0, k1, ...) is searched by its keys and often by the
        // person too: one index on both. "k" and "nk" are keys of their own.
        static const QRegularExpression relatedKey(QStringLiteral("^k\\d+$"));
        QStringList columns, keys;
        for (const QString& c : t.columns.split(u',', Qt::SkipEmptyParts))
            columns << c.trimmed();
        for (const QString& c : columns)
            if (relatedKey.match(c).hasMatch())
                keys << c;
        const auto index = [&](const QString& suffix, const QStringList& on) {
            db.exec(QStringLiteral("CREATE INDEX temp.%1_by_%2 ON %1(%3)").arg(t.name, suffix, on.join(u',')));
        };
        // A table no later step reads (the output, usually) is never looked up: building
        // its index on the person took 0.2 s for the 270,000 rows of one model's output.
        const QRegularExpression named(QStringLiteral("\\b%1\\b").arg(t.name));
        const bool readLater = std::any_of(compiled.tables.begin() + qsizetype(ti) + 1, compiled.tables.end(),
            [&](const CompiledModel::Table& later) { return later.select.contains(named); });
        if (readLater) {
            if (t.lookedUp)
                index(columns.first(), {columns.first()});
            if (!keys.isEmpty())
                index(QStringLiteral("keys"), keys + QStringList{columns.first()});
            for (const QString& c : columns.mid(1))
                if (c == QLatin1String("k") || c == QLatin1String("nk"))
                    index(c, {c});
        }
        // The evidence query reads the output in record order, which is the order of the
        // records and their persons on disk: 0.6 s instead of 2.2 s for 260,000 rows read
        // person by person, each a jump to another page.
        if (t.name == compiled.outputCte)
            index(QStringLiteral("record"), {QStringLiteral("rid"), QStringLiteral("pk"), QStringLiteral("origin")});
        // The planner learns the table's real size. Without it SQLite takes a new table for a
        // million rows: next to a pool with statistics it then built a Bloom filter over
        // every row of a list, with the step's conditions, to join 1,000 rows of a step
        // (0.35 s instead of 9 ms on the 100k bench pool). Sampled: under a millisecond.
        db.exec(QStringLiteral("ANALYZE temp.%1").arg(t.name));
    }
}

StepTables::~StepTables()
{
    // Not thrown from a destructor: errors are ignored. The statistics go with the tables.
    for (const QString& name : m_names + QStringList{QStringLiteral("sqlite_stat1")})
        sqlite3_exec(m_db.handle(), QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(name).toUtf8().constData(), nullptr,
            nullptr, nullptr);
    sqlite3_exec(m_db.handle(), "PRAGMA analysis_limit = 0", nullptr, nullptr, nullptr);
}

} // namespace cluedesk
