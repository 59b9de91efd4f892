// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/diff/sqldiff.h"

#include <QAbstractTableModel>

namespace Dbtc::Models {

//! \brief A side-by-side SQL diff as a table: old line number and text, new line number and
//! text, one row per SqlDiffRow. A delegate paints each side's kind and intra-line changes.
class SqlDiffModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OldLineColumn, OldTextColumn, NewLineColumn, NewTextColumn, ColumnCount };

    enum SqlDiffRole {
        //! int: what this side of the row is (SqlDiffSide)
        SideKindRole = Qt::UserRole + 180,
        //! QVariantList of QPoint(start, length): characters of this side's line that differ
        ChangedSpansRole,
    };

    enum SqlDiffSide { SideSame, SideChanged, SideRemoved, SideAdded, SideEmpty };

    using QAbstractTableModel::QAbstractTableModel;

    void setTexts(const QString &oldText, const QString &newText);
    void clear();

    //! Rows that are not Same: the number of changed lines shown.
    int changedRows() const { return m_changed; }

    //! The next changed row after \a row (wrapping), -1 when nothing changed.
    int nextChange(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<SqlDiffRow> m_rows;
    int m_changed = 0;
};

} // namespace Dbtc::Models
