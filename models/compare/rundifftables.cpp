// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compare/rundifftables.h"

#include <cmath>

namespace Dbtc::Models {

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

void RunDiffStatusModel::setDiff(std::shared_ptr<const RunDiff> diff)
{
    beginResetModel();
    m_rows.clear();
    if (diff) {
        for (const RunStatusChange &c : diff->statusChanged) {
            m_rows.append({ text(c.uniqueId), text(c.oldStatus), text(c.newStatus) });
        }
        for (std::string_view id : diff->added) {
            m_rows.append({ text(id), {}, tr("new", "a node only the newer run has") });
        }
        for (std::string_view id : diff->removed) {
            m_rows.append({ text(id), {}, tr("gone", "a node only the older run has") });
        }
    }
    endResetModel();
}

int RunDiffStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunDiffStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunDiffStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == RunDiffUniqueIdRole) {
        return row.uniqueId;
    }
    if (role != Qt::DisplayRole && role != RunDiffSortRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NodeColumn:
        return row.uniqueId;
    case BeforeColumn:
        return row.before;
    case AfterColumn:
        return row.after;
    default:
        return {};
    }
}

QVariant RunDiffStatusModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

void RunDiffTimingModel::setDiff(std::shared_ptr<const RunDiff> diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    m_rows = m_diff ? rankedTimings(m_diff->timing, TimingOrder::AbsoluteDelta)
                    : std::vector<RunTimingDelta> {};
    endResetModel();
}

int RunDiffTimingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunDiffTimingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunDiffTimingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size()) {
        return {};
    }
    const RunTimingDelta &row = m_rows[size_t(index.row())];
    if (role == RunDiffUniqueIdRole) {
        return text(row.uniqueId);
    }
    if (role == Qt::TextAlignmentRole && index.column() != NodeColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    const double relative = row.relative();
    if (role == RunDiffSortRole) {
        switch (index.column()) {
        case NodeColumn:
            return text(row.uniqueId);
        case BeforeColumn:
            return row.oldSeconds;
        case AfterColumn:
            return row.newSeconds;
        case DeltaColumn:
            return row.delta();
        case RelativeColumn:
            // No ratio (nothing before) sorts below every real one, as rankedTimings ranks it.
            return std::isnan(relative) ? -1e300 : relative;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NodeColumn:
        return text(row.uniqueId);
    case BeforeColumn:
        return QString::number(row.oldSeconds, 'f', 2);
    case AfterColumn:
        return QString::number(row.newSeconds, 'f', 2);
    case DeltaColumn:
        return QString::asprintf("%+.2f", row.delta());
    case RelativeColumn:
        return std::isnan(relative) ? tr("—", "no ratio: the node took no time before")
                                    : QString::asprintf("%+.0f %%", relative * 100);
    default:
        return {};
    }
}

QVariant RunDiffTimingModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case BeforeColumn:
        return tr("Before (s)");
    case AfterColumn:
        return tr("After (s)");
    case DeltaColumn:
        return tr("Change (s)");
    case RelativeColumn:
        return tr("Change");
    default:
        return {};
    }
}

void RunSettingsModel::setChanges(const QList<RunSettingChange> &changes)
{
    beginResetModel();
    m_rows = changes;
    endResetModel();
}

int RunSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RunDiffSortRole) {
        return {};
    }
    const RunSettingChange &row = m_rows.at(index.row());
    const QString none = tr("(not set)");
    switch (index.column()) {
    case WhatColumn:
        return row.what;
    case BeforeColumn:
        return row.before.isEmpty() ? none : row.before;
    case AfterColumn:
        return row.after.isEmpty() ? none : row.after;
    default:
        return {};
    }
}

QVariant RunSettingsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhatColumn:
        return tr("Setting");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace Dbtc::Models
