// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/diff/rundiff.h"
#include "models/compare/runsettingsdiff.h"

#include <QAbstractTableModel>

#include <memory>

namespace Dbtc::Models {

//! \brief Sort values behind the diff tables' cells (numbers sort as numbers).
enum RunDiffRole { RunDiffSortRole = Qt::UserRole + 160, RunDiffUniqueIdRole };

//! \brief The nodes whose result changed: status changes, then nodes only in the new run
//! ("new") and only in the old one ("gone"). Columns: node, before, after (the status as dbt
//! wrote it, for the status delegate).
class RunDiffStatusModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NodeColumn, BeforeColumn, AfterColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiff(std::shared_ptr<const RunDiff> diff);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString uniqueId, before, after;
    };

    QList<Row> m_rows;
};

//! \brief Execution time of every node in both runs, ranked by the biggest slow-down.
//! Columns: node, before (s), after (s), change (s), change (%).
class RunDiffTimingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NodeColumn, BeforeColumn, AfterColumn, DeltaColumn, RelativeColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiff(std::shared_ptr<const RunDiff> diff);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const RunDiff> m_diff; //!< keeps the string views of m_rows alive
    std::vector<RunTimingDelta> m_rows;
};

//! \brief The settings and steps two runs were started with differently. Columns: what,
//! before, after.
class RunSettingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhatColumn, BeforeColumn, AfterColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(const QList<RunSettingChange> &changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<RunSettingChange> m_rows;
};

} // namespace Dbtc::Models
