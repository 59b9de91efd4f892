// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/runfilterproxymodel.h"

#include "models/common/roles.h"
#include "models/console/runlistmodel.h"

namespace Dbtc::Models {

namespace {

constexpr Api::RunStatus AllStatuses[] = {
    Api::RunStatus::Queued,
    Api::RunStatus::Starting,
    Api::RunStatus::Running,
    Api::RunStatus::Success,
    Api::RunStatus::Error,
    Api::RunStatus::Cancelled,
};

quint32 statusBit(Api::RunStatus s)
{
    for (int i = 0; i < int(std::size(AllStatuses)); ++i) {
        if (AllStatuses[i] == s) {
            return 1U << i;
        }
    }
    return 0;
}

template <typename T> int compare3(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

RunFilterProxyModel::RunFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortRole(RawValueRole);
}

void RunFilterProxyModel::setRunModel(RunListModel *model)
{
    m_runs = model;
    setSourceModel(model);
}

void RunFilterProxyModel::setStatusFilter(const QList<Api::RunStatus> &statuses)
{
    quint32 mask = 0;
    for (const auto s : statuses) {
        mask |= statusBit(s);
    }
    if (mask != m_statusMask) {
        m_statusMask = mask;
        invalidateRowsFilter();
    }
}

QList<Api::RunStatus> RunFilterProxyModel::statusFilter() const
{
    QList<Api::RunStatus> out;
    for (const auto s : AllStatuses) {
        if (m_statusMask & statusBit(s)) {
            out.append(s);
        }
    }
    return out;
}

void RunFilterProxyModel::setJobFilter(qint64 jobId)
{
    if (jobId != m_jobId) {
        m_jobId = jobId;
        invalidateRowsFilter();
    }
}

void RunFilterProxyModel::setEnvironmentFilter(qint64 environmentId)
{
    if (environmentId != m_environmentId) {
        m_environmentId = environmentId;
        invalidateRowsFilter();
    }
}

void RunFilterProxyModel::setBranchFilter(const QString &branch)
{
    if (branch != m_branch) {
        m_branch = branch;
        invalidateRowsFilter();
    }
}

void RunFilterProxyModel::setTextFilter(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words != m_words) {
        m_words = words;
        invalidateRowsFilter();
    }
}

bool RunFilterProxyModel::hasFilter() const
{
    return m_statusMask != 0 || m_jobId != 0 || m_environmentId != 0 || !m_branch.isEmpty()
        || !m_words.isEmpty();
}

bool RunFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_runs || sourceParent.isValid()) {
        return true;
    }
    const RunRecord &run = m_runs->runAt(sourceRow);
    if (m_statusMask != 0 && !(m_statusMask & statusBit(run.status))) {
        return false;
    }
    if (m_jobId != 0 && run.jobId != m_jobId) {
        return false;
    }
    if (m_environmentId != 0 && run.environmentId != m_environmentId) {
        return false;
    }
    if (!m_branch.isEmpty() && run.gitBranch != m_branch) {
        return false;
    }
    return m_words.isEmpty() || matchesText(run);
}

bool RunFilterProxyModel::matchesText(const RunRecord &run) const
{
    const QString id = QString::number(run.id);
    for (const QString &w : m_words) {
        const auto has = [&w](const QString &field) {
            return field.contains(w, Qt::CaseInsensitive);
        };
        if (!(id.startsWith(w) || has(run.jobName) || has(run.environmentName) || has(run.gitBranch)
                || run.gitSha.startsWith(w, Qt::CaseInsensitive) || has(run.cause)
                || has(run.causeCategory) || has(Api::runStatusText(run.status)))) {
            return false;
        }
    }
    return true;
}

bool RunFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_runs) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const RunRecord &a = m_runs->runAt(left.row());
    const RunRecord &b = m_runs->runAt(right.row());
    int c = 0;
    switch (left.column()) {
    case RunStatusColumn:
        c = compare3(int(a.status), int(b.status));
        break;
    case RunJobColumn:
        c = a.jobName.localeAwareCompare(b.jobName);
        break;
    case RunEnvironmentColumn:
        c = a.environmentName.localeAwareCompare(b.environmentName);
        break;
    case RunTriggerColumn:
        c = a.causeCategory.compare(b.causeCategory);
        break;
    case RunBranchColumn:
        c = a.gitBranch.compare(b.gitBranch);
        break;
    case RunCreatedColumn:
        c = compare3(a.createdAt, b.createdAt);
        break;
    case RunStartedColumn:
        c = compare3(a.startedAt, b.startedAt);
        break;
    case RunFinishedColumn:
        c = compare3(a.finishedAt, b.finishedAt);
        break;
    case RunQueuedColumn:
        c = compare3(a.queuedSeconds, b.queuedSeconds);
        break;
    case RunDurationColumn: {
        const QDateTime now = m_runs->now();
        c = compare3(a.elapsedSeconds(now), b.elapsedSeconds(now));
        break;
    }
    default:
        break;
    }
    // Ties (and the id column) fall back to the id so the order is total and stable.
    return c != 0 ? c < 0 : a.id < b.id;
}

} // namespace Dbtc::Models
