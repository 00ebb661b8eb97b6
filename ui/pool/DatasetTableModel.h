#pragma once
// The dataset versions of the pool as a table: type, stream, as-of date, files, counts, state
// (a current list older than its update cycle is marked out of date).
#include "pool/DatasetStore.h"

#include <QAbstractTableModel>

namespace cluedesk::ui {

class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Type, AsOf, Files, Read, Imported, Rejected, Skipped, State, ImportedAt, ImportedBy, ColumnCount };
    explicit DatasetTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) { }
    void reload(Pool& pool);
    int overdueCount() const { return int(m_overdue.size()); }
    const DatasetInfo* at(int row) const { return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<DatasetInfo> m_rows;
    std::map<QString, QString> m_titles; // type id -> title
    std::map<qint64, int> m_overdue;     // current versions past their update cycle: days overdue
    std::map<qint64, QString> m_cycles;  // ... and how often they come
};

} // namespace cluedesk::ui
