#include "pool/DatasetTableModel.h"

#include "ingest/DatasetCatalog.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace cluedesk::ui {

void DatasetTableModel::reload(Pool& pool)
{
    beginResetModel();
    m_rows = DatasetStore(pool).list();
    m_titles.clear();
    m_overdue.clear();
    m_cycles.clear();
    const DatasetCatalog catalog = DatasetCatalog::forPool(pool);
    for (const DatasetType& t : catalog.types())
        m_titles[t.id] = t.title.text();
    const QDate today = pool.now().date();
    for (const DatasetInfo& d : m_rows)
        if (const DatasetType* t = catalog.find(d.type); t && d.current && t->daysOverdue(d.asOf, today) > 0) {
            m_overdue[d.id] = t->daysOverdue(d.asOf, today);
            m_cycles[d.id] = t->cycleText();
        }
    endResetModel();
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const
{
    const DatasetInfo* d = at(index.row());
    if (!d)
        return {};
    const bool withdrawn = d->status == QLatin1String("withdrawn");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Type: {
            const QString title = m_titles.count(d->type) ? m_titles.at(d->type) : d->type;
            return d->stream.isEmpty() ? title : QStringLiteral("%1 · %2").arg(title, d->stream);
        }
        case AsOf: return d->asOf;
        case Files: {
            QStringList names;
            for (const DatasetFile& f : d->files)
                names << f.fileName;
            return names.join(QStringLiteral("，"));
        }
        case Read: return d->rowsRead;
        case Imported: return d->rowsImported;
        case Rejected: return d->rowsRejected;
        case Skipped: return d->rowsSkipped;
        case State:
            if (withdrawn)
                return tr("Withdrawn");
            if (!d->current)
                return tr("Superseded");
            return m_overdue.count(d->id) ? tr("Current, out of date") : tr("Current");
        case ImportedAt: return QDateTime::fromString(d->importedAt, Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case ImportedBy: return d->importedBy;
        }
    } else if (role == Qt::ForegroundRole) {
        if (withdrawn || !d->current)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if ((index.column() == State || index.column() == AsOf) && m_overdue.count(d->id))
            return QBrush(QColor(0xB0, 0x60, 0x00));
        if (index.column() == Rejected && d->rowsRejected > 0)
            return QBrush(QColor(0xB0, 0x30, 0x20));
    } else if (role == Qt::FontRole && index.column() == State && d->current) {
        QFont f;
        f.setBold(true);
        return f;
    } else if (role == Qt::TextAlignmentRole && index.column() >= Read && index.column() <= Skipped) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Rejected && d->rowsRejected > 0) {
        return tr("Double-click to see the rejected rows and why");
    } else if (role == Qt::ToolTipRole && (index.column() == State || index.column() == AsOf) && m_overdue.count(d->id)) {
        return tr("This list is updated %1; this version is %2 days past that. Ask the bureau for the latest list "
                  "before screening.")
            .arg(m_cycles.at(d->id))
            .arg(m_overdue.at(d->id));
    }
    return {};
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type: return tr("Dataset");
    case AsOf: return tr("As of");
    case Files: return tr("Source files");
    case Read: return tr("Rows read");
    case Imported: return tr("Imported");
    case Rejected: return tr("Rejected");
    case Skipped: return tr("Skipped");
    case State: return tr("State");
    case ImportedAt: return tr("Imported at");
    case ImportedBy: return tr("By");
    }
    return {};
}

} // namespace cluedesk::ui
