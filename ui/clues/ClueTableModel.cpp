#include "clues/ClueTableModel.h"

#include "identity/IdNumber.h"
#include "review/ClueStatus.h"
#include "screening/ModelLibrary.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cluedesk::ui {

ClueTableModel::ClueTableModel(Pool& pool, QObject* parent) : QAbstractTableModel(parent), m_pool(pool)
{
    reload();
}

void ClueTableModel::setFilter(const ClueFilter& filter)
{
    m_filter = filter;
    reload();
}

void ClueTableModel::setFullIds(bool full)
{
    m_fullIds = full;
    if (!m_ids.empty())
        Q_EMIT dataChanged(index(0, IdNumber), index(int(m_ids.size()) - 1, IdNumber));
}

void ClueTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_modelTitles.clear();
    const ModelLibrary library = ModelLibrary::forPool(m_pool);
    for (const ModelEntry& e : library.entries())
        m_modelTitles[e.model.id] = e.model.title.text();
    m_ids = ClueStore(m_pool).ids(m_filter);
    endResetModel();
}

const ClueRow* ClueTableModel::rowAt(int row) const
{
    if (row < 0 || row >= int(m_ids.size()))
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const auto from = m_ids.begin() + qsizetype(page) * kPageSize;
        const auto to = m_ids.end() - from > kPageSize ? from + kPageSize : m_ids.end();
        it = m_pages.emplace(page, ClueStore(m_pool).byIds({from, to})).first;
    }
    const size_t i = size_t(row % kPageSize);
    return i < it->second.size() && it->second[i].id != 0 ? &it->second[i] : nullptr;
}

qint64 ClueTableModel::clueId(int row) const
{
    const ClueRow* c = rowAt(row);
    return c ? c->id : 0;
}

const ClueRow* ClueTableModel::clue(int row) const
{
    return rowAt(row);
}

int ClueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ClueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString gradeText(const QString& grade)
{
    if (grade == QLatin1String("red"))
        return ClueTableModel::tr("Red");
    if (grade == QLatin1String("orange"))
        return ClueTableModel::tr("Orange");
    return ClueTableModel::tr("Yellow");
}

QVariant ClueTableModel::data(const QModelIndex& index, int role) const
{
    const ClueRow* c = rowAt(index.row());
    if (!c)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Grade: return gradeText(c->grade);
        case Status: return ClueStatus::title(c->status).text();
        case Name: return c->names.join(QStringLiteral(" / "));
        case IdNumber: return c->shownKey(m_fullIds);
        case Town: return c->town;
        case Model: {
            const auto it = m_modelTitles.find(c->modelId);
            return it != m_modelTitles.end() ? it->second : c->modelId;
        }
        case Presence:
            return c->presence == QLatin1String("new") ? tr("New")
                : c->presence == QLatin1String("gone") ? tr("Gone")
                                                       : tr("Present");
        case Reason: return c->reason(currentLanguage());
        }
    }
    if (role == Qt::DecorationRole && index.column() == Grade) {
        const QColor color = c->grade == QLatin1String("red") ? QColor(0xC6, 0x28, 0x28)
            : c->grade == QLatin1String("orange")             ? QColor(0xEF, 0x8A, 0x17)
                                                              : QColor(0xE8, 0xC5, 0x1A);
        return color;
    }
    if (role == Qt::ForegroundRole && c->presence == QLatin1String("gone"))
        return QBrush(QColor(0x90, 0x90, 0x90));
    if (role == Qt::FontRole && index.column() == Status && c->status == QLatin1String("new")) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ClueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Grade: return tr("Grade");
    case Status: return tr("Status");
    case Name: return tr("Name");
    case IdNumber: return tr("ID number / case");
    case Town: return tr("Town");
    case Model: return tr("Model");
    case Presence: return tr("Last run");
    case Reason: return tr("Reason");
    }
    return {};
}

} // namespace cluedesk::ui
