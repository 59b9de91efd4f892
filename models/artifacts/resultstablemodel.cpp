// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/resultstablemodel.h"

#include "artifacts/artifactindex.h"
#include "models/artifacts/resultstablestatus.h"
#include "models/common/timetext.h"

namespace Dbtc::Models {

ResultsTableModel::ResultsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ResultsTableModel::setIndex(std::shared_ptr<const ArtifactIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_rows.clear();
    m_problems = 0;
    m_totalSeconds = 0;
    if (m_index) {
        const auto &docs = m_index->documents();
        const auto &results = m_index->results();
        for (std::uint32_t i = 0; i < results.size(); ++i) {
            // sources.json results are freshness checks: FreshnessModel shows those
            if (docs[results[i].document].kind != ArtifactKind::RunResults) {
                continue;
            }
            m_rows.push_back(i);
            m_problems += results[i].isProblem() ? 1 : 0;
            m_totalSeconds += results[i].executionTime;
        }
    }
    endResetModel();
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size()) {
        return {};
    }
    const RunResult &r = m_index->results()[m_rows[std::size_t(index.row())]];
    const int entity = m_index->findEntity(r.uniqueId);
    const Entity *e = entity >= 0 ? &m_index->entities()[std::size_t(entity)] : nullptr;
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (col) {
        case StatusColumn:
            return toQString(r.status); // the view paints glyph and colour
        case NameColumn:
            return e ? toQString(e->name) : toQString(r.uniqueId);
        case TypeColumn:
            return e ? toQString(e->resourceTypeName)
                     : toQString(r.uniqueId.substr(0, r.uniqueId.find('.')));
        case TimeColumn:
            return executionTimeText(r.executionTime);
        case FailuresColumn:
            return r.failures >= 0 ? QVariant(qint64(r.failures)) : QVariant();
        case ThreadColumn:
            return toQString(r.threadId);
        case MessageColumn:
            return r.message.toString().section(u'\n', 0, 0).left(300);
        default:
            return {};
        }
    case SortRole:
        switch (col) {
        case StatusColumn:
            return resultStatusRank(r.status);
        case TimeColumn:
            return r.executionTime;
        case FailuresColumn:
            return qint64(r.failures);
        default:
            return data(index, Qt::DisplayRole).toString();
        }
    case Qt::TextAlignmentRole:
        return (col == TimeColumn || col == FailuresColumn)
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        return col == MessageColumn || col == StatusColumn ? r.message.toString()
                                                           : toQString(r.uniqueId);
    case ResultUniqueIdRole:
        return toQString(r.uniqueId);
    case ResultStatusTextRole:
        return toQString(r.status);
    case IsProblemRole:
        return r.isProblem();
    default:
        return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Node");
    case TypeColumn:
        return tr("Type");
    case TimeColumn:
        return tr("Time");
    case FailuresColumn:
        return tr("Failures");
    case ThreadColumn:
        return tr("Thread");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

ResultsFilterModel::ResultsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsTableModel::SortRole);
}

void ResultsFilterModel::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly) {
        return;
    }
    m_problemsOnly = on;
    invalidateFilter();
}

void ResultsFilterModel::setText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    invalidateFilter();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_problemsOnly && !idx.data(ResultsTableModel::IsProblemRole).toBool()) {
        return false;
    }
    if (!m_text.isEmpty()
        && !idx.data(ResultsTableModel::ResultUniqueIdRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive)) {
        return false;
    }
    return true;
}

} // namespace Dbtc::Models
