// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace Dbtc::Models {

class ArtifactIndex;

//! \brief sources.json (source freshness) as a table: one row per source table with its
//! status, how old its newest row was when checked, and the check's error text.
class FreshnessModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreshnessModel)

public:
    enum Column {
        StatusColumn,
        SourceColumn,
        AgeColumn,
        MaxLoadedColumn,
        CheckedColumn,
        MessageColumn,
        ColumnCount
    };

    enum FreshnessRole {
        SortRole = Qt::UserRole + 160,
        SourceUniqueIdRole,
    };

    explicit FreshnessModel(QObject *parent = nullptr);
    void setIndex(std::shared_ptr<const ArtifactIndex> index);

    //! "3 d 4 h", "52 min", "40 s": ages are read by people, not compared to the second.

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const ArtifactIndex> m_index;
    std::vector<std::uint32_t> m_rows;
};

} // namespace Dbtc::Models
