#include "pool/DeferredIndexes.h"

#include "pool/Database.h"

namespace cluedesk {

DeferredIndexes::DeferredIndexes(Database& db, const QStringList& tables, qint64 expectedRows) : m_db(db)
{
    if (tables.isEmpty())
        return;
    // The highest rowid counts the rows closely enough (rows are not deleted) without reading them.
    const qint64 existing = db.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(tables.front())).toLongLong();
    if (expectedRows < existing)
        return;
    QStringList quoted;
    for (const QString& t : tables)
        quoted << QStringLiteral("'%1'").arg(t);
    // Only indexes made by CREATE INDEX: a primary key or UNIQUE constraint has no sql here.
    Statement st = db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                             "AND tbl_name IN (%1) ORDER BY name")
                                  .arg(quoted.join(u',')));
    QStringList names;
    while (st.step()) {
        names << st.text(0);
        m_sql.push_back(st.text(1));
    }
    st = Statement();
    for (const QString& name : names)
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void DeferredIndexes::rebuild()
{
    for (const QString& sql : m_sql)
        m_db.exec(sql);
    m_sql.clear();
}

} // namespace cluedesk
