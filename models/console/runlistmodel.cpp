// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/runlistmodel.h"

#include "models/common/roles.h"
#include "models/common/statustext.h"
#include "models/common/timetext.h"

#include <algorithm>

namespace Dbtc::Models {

namespace {

//! Index of the first row whose id is not greater than \a id (rows are sorted by id
//! descending): where \a id is, or where it would be inserted.
qsizetype insertPosition(const QList<RunRecord> &runs, qint64 id)
{
    const auto it =
        std::lower_bound(runs.cbegin(), runs.cend(), id, [](const RunRecord &r, qint64 v) {
            return r.id > v;
        });
    return it - runs.cbegin();
}

QString triggerText(const RunRecord &run)
{
    const QString &c = run.causeCategory;
    if (c.isEmpty()) {
        return run.cause;
    }
    if (c == u"ci") {
        return QStringLiteral("CI");
    }
    if (c == u"api") {
        return QStringLiteral("API");
    }
    if (c == u"ui") {
        return QStringLiteral("Web UI");
    }
    QString words = c;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    words[0] = words[0].toUpper();
    return words;
}

QString pastText(const QDateTime &when, const QDateTime &now)
{
    return when.isValid() ? relativeTimeText(std::min(when, now), now) : QString();
}

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{ }

RunListModel::~RunListModel() = default;

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RunColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunRecord &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(run, index.column());
    case Qt::ToolTipRole:
        return toolTipData(run, index.column());
    case RawValueRole:
        return rawData(run, index.column());
    case RunIdRole:
        return run.id;
    case StatusRole:
        return int(run.status);
    case InProgressRole:
        return run.inProgress();
    case JobIdRole:
        return run.jobId;
    case EnvironmentIdRole:
        return run.environmentId;
    case ProjectIdRole:
        return run.projectId;
    case BranchRole:
        return run.gitBranch;
    case HrefRole:
        return run.href;
    case StartedAtRole:
        return run.startedAt;
    case StaleRole:
        return m_stale;
    case Qt::TextAlignmentRole:
        if (index.column() == RunIdColumn || index.column() == RunQueuedColumn
            || index.column() == RunDurationColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant RunListModel::displayData(const RunRecord &run, int column) const
{
    switch (column) {
    case RunStatusColumn:
        return runStatusLabel(run.status);
    case RunIdColumn:
        return QString::number(run.id);
    case RunJobColumn:
        return run.jobName.isEmpty() ? QStringLiteral("Job %1").arg(run.jobId) : run.jobName;
    case RunEnvironmentColumn:
        return run.environmentName.isEmpty()
            ? QStringLiteral("Environment %1").arg(run.environmentId)
            : run.environmentName;
    case RunTriggerColumn:
        return triggerText(run);
    case RunBranchColumn:
        if (run.gitSha.isEmpty()) {
            return run.gitBranch;
        }
        return QString(run.gitBranch + QStringLiteral(" @ ") + shortSha(run.gitSha));
    // These happened already: a server clock slightly ahead of ours must not say "in 5s".
    case RunCreatedColumn:
        return pastText(run.createdAt, now());
    case RunStartedColumn:
        return pastText(run.startedAt, now());
    case RunFinishedColumn:
        return pastText(run.finishedAt, now());
    case RunQueuedColumn:
        if (run.status == Api::RunStatus::Queued && run.createdAt.isValid()) {
            return durationText(run.createdAt.secsTo(now()));
        }
        return durationText(run.queuedSeconds);
    case RunDurationColumn:
        if (run.status == Api::RunStatus::Queued) {
            return QString();
        }
        return durationText(run.elapsedSeconds(now()));
    }
    return {};
}

QVariant RunListModel::rawData(const RunRecord &run, int column) const
{
    switch (column) {
    case RunStatusColumn:
        return int(run.status);
    case RunIdColumn:
        return run.id;
    case RunCreatedColumn:
        return run.createdAt;
    case RunStartedColumn:
        return run.startedAt;
    case RunFinishedColumn:
        return run.finishedAt;
    case RunQueuedColumn:
        return run.queuedSeconds;
    case RunDurationColumn:
        return run.elapsedSeconds(now());
    default:
        return displayData(run, column);
    }
}

QVariant RunListModel::toolTipData(const RunRecord &run, int column) const
{
    switch (column) {
    case RunStatusColumn:
        if (run.statusMessage.isEmpty()) {
            return runStatusLabel(run.status);
        }
        return QString(runStatusLabel(run.status) + QStringLiteral(": ") + run.statusMessage);
    case RunTriggerColumn:
        return run.cause;
    case RunBranchColumn:
        return run.gitSha.isEmpty() ? run.gitBranch : run.gitSha;
    case RunCreatedColumn:
        return exactTimeText(run.createdAt);
    case RunStartedColumn:
        return exactTimeText(run.startedAt);
    case RunFinishedColumn:
        return exactTimeText(run.finishedAt);
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RunStatusColumn:
        return tr("Status");
    case RunIdColumn:
        return tr("Run");
    case RunJobColumn:
        return tr("Job");
    case RunEnvironmentColumn:
        return tr("Environment");
    case RunTriggerColumn:
        return tr("Trigger");
    case RunBranchColumn:
        return tr("Branch / commit");
    case RunCreatedColumn:
        return tr("Created");
    case RunStartedColumn:
        return tr("Started");
    case RunFinishedColumn:
        return tr("Finished");
    case RunQueuedColumn:
        return tr("Queued");
    case RunDurationColumn:
        return tr("Run time");
    }
    return {};
}

bool RunListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        Q_EMIT fetchMoreRequested();
    }
}

RunListModel::MergeStats RunListModel::merge(const QList<RunRecord> &incoming)
{
    MergeStats stats;
    QList<int> changedRows;
    QList<RunRecord> fresh;
    for (const RunRecord &in : incoming) {
        const int row = rowForId(in.id);
        if (row < 0) {
            fresh.append(in);
            continue;
        }
        RunRecord updated = in;
        updated.inheritNamesFrom(m_runs.at(row));
        if (!(updated == m_runs.at(row))) {
            m_runs[row] = std::move(updated);
            changedRows.append(row);
        }
    }
    stats.changed = int(changedRows.size());
    emitChangedRows(std::move(changedRows));

    if (fresh.isEmpty()) {
        return stats;
    }
    std::sort(fresh.begin(), fresh.end(), [](const RunRecord &a, const RunRecord &b) {
        return a.id > b.id;
    });
    fresh.erase(std::unique(fresh.begin(),
                    fresh.end(),
                    [](const RunRecord &a, const RunRecord &b) {
                        return a.id == b.id;
                    }),
        fresh.end());
    stats.inserted = int(fresh.size());
    // Insertion positions never decrease along `fresh`; inserting the last group first keeps
    // the positions of the earlier groups valid. New runs usually form one group at the top
    // (newer than everything) or at the bottom (an older page).
    qsizetype last = fresh.size() - 1;
    while (last >= 0) {
        const qsizetype pos = insertPosition(m_runs, fresh.at(last).id);
        qsizetype first = last;
        while (first > 0 && insertPosition(m_runs, fresh.at(first - 1).id) == pos) {
            --first;
        }
        beginInsertRows({}, int(pos), int(pos + last - first));
        if (pos == m_runs.size()) {
            m_runs.append(fresh.mid(first, last - first + 1));
        } else {
            for (qsizetype i = last; i >= first; --i) {
                m_runs.insert(pos, fresh.at(i)); // Qt 6 lists prepend in amortised O(1)
            }
        }
        endInsertRows();
        last = first - 1;
    }
    return stats;
}

void RunListModel::emitChangedRows(QList<int> rows)
{
    if (rows.isEmpty()) {
        return;
    }
    const int lastColumn = RunColumnCount - 1;
    if (rows.size() * 2 > m_runs.size()) {
        // Cheaper for the views than hundreds of small signals (qBittorrent does the same).
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, lastColumn));
        return;
    }
    std::sort(rows.begin(), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1) {
            ++j;
        }
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

void RunListModel::removeRuns(const QList<qint64> &ids)
{
    QList<int> rows;
    for (const qint64 id : ids) {
        const int row = rowForId(id);
        if (row >= 0) {
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype j = rows.size() - 1;
    while (j >= 0) {
        qsizetype i = j;
        while (i > 0 && rows.at(i - 1) == rows.at(i) - 1) {
            --i;
        }
        beginRemoveRows({}, rows.at(i), rows.at(j));
        m_runs.remove(rows.at(i), rows.at(j) - rows.at(i) + 1);
        endRemoveRows();
        j = i - 1;
    }
}

void RunListModel::resetRuns(QList<RunRecord> runs)
{
    std::sort(runs.begin(), runs.end(), [](const RunRecord &a, const RunRecord &b) {
        return a.id > b.id;
    });
    runs.erase(std::unique(runs.begin(),
                   runs.end(),
                   [](const RunRecord &a, const RunRecord &b) {
                       return a.id == b.id;
                   }),
        runs.end());
    beginResetModel();
    m_runs = std::move(runs);
    m_hasMore = false;
    endResetModel();
}

int RunListModel::rowForId(qint64 id) const
{
    const qsizetype pos = insertPosition(m_runs, id);
    if (pos < m_runs.size() && m_runs.at(pos).id == id) {
        return int(pos);
    }
    return -1;
}

QList<qint64> RunListModel::inProgressIds() const
{
    QList<qint64> ids;
    for (const RunRecord &r : m_runs) {
        if (r.inProgress()) {
            ids.append(r.id);
        }
    }
    return ids;
}

void RunListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void RunListModel::setStale(bool stale)
{
    if (m_stale != stale) {
        m_stale = stale;
        Q_EMIT staleChanged(stale);
    }
}

} // namespace Dbtc::Models
