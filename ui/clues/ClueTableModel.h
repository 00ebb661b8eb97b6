#pragma once
// The review queue as a table model that stays fast with 100,000+ clues: it reads the ids of
// the filter's clues up front and the rows a page of ids at a time as the view scrolls to them.
#include "screening/ClueStore.h"

#include <QAbstractTableModel>
#include <map>

namespace cluedesk {
class Pool;
}

namespace cluedesk::ui {

class ClueTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Grade, Status, Name, IdNumber, Town, Model, Presence, Reason, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ClueTableModel(Pool& pool, QObject* parent = nullptr);
    void setFilter(const ClueFilter& filter);
    const ClueFilter& filter() const { return m_filter; }
    void reload();
    // Full ID numbers only for a role that may see them.
    void setFullIds(bool full);

    qint64 clueId(int row) const;
    const ClueRow* clue(int row) const;
    int pagesLoaded() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const ClueRow* rowAt(int row) const;
    Pool& m_pool;
    ClueFilter m_filter;
    std::vector<qint64> m_ids; // the filter's clues in its order, read when it is set
    bool m_fullIds = false;
    std::map<QString, QString> m_modelTitles;
    mutable std::map<int, std::vector<ClueRow>> m_pages;
};

} // namespace cluedesk::ui
