// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/pulsemodel.h"

#include "api/types/runstatus.h"
#include "models/common/statustext.h"
#include "models/common/timetext.h"

#include <QHash>

#include <algorithm>

namespace Dbtc::Models {

struct PulseModel::Node
{
    Level level = AccountLevel;
    QString key;
    QString name;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    int job = -1; //!< index into m_jobs for a job row
    // a group's sums
    int jobs = 0;
    int failing = 0;
    int overdue = 0;
    int worst = 0; //!< int(Api::RunStatus)
    ActiveRuns active; //!< the sum of its counted jobs'
    int counted = 0; //!< how many of its jobs have a count
    // a job's
    QDateTime overdueSince;
};

namespace {

//! Error over cancelled over success over nothing: what a group row shows.
int severity(int status)
{
    switch (Api::RunStatus(status)) {
    case Api::RunStatus::Error:
        return 3;
    case Api::RunStatus::Cancelled:
        return 2;
    case Api::RunStatus::Success:
        return 1;
    default:
        return 0;
    }
}

//! The badge of a "now" cell: running over queued.
int activeStatus(const ActiveRuns &a)
{
    return a.running > 0 ? int(Api::RunStatus::Running)
        : a.queued > 0   ? int(Api::RunStatus::Queued)
                         : 0;
}

//! Sorts by running runs, then queued ones.
qint64 activeSortKey(const ActiveRuns &a)
{
    return qint64(a.running) * 100000 + a.queued;
}

} // namespace

PulseModel::PulseModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

PulseModel::~PulseModel() = default;

void PulseModel::setStale(bool stale)
{
    if (m_stale == stale) {
        return;
    }
    m_stale = stale;
    if (m_root->children.size() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT staleChanged(stale);
}

void PulseModel::setJobs(const QList<PulseJob> &jobs, const QDateTime &now)
{
    beginResetModel();
    m_jobs = jobs;
    m_now = now;
    m_root = std::make_unique<Node>();
    m_failing = m_overdue = 0;
    QHash<QString, Node *> groups;
    const auto child = [&groups](
                           Node *parent, Level level, const QString &key, const QString &name) {
        if (Node *found = groups.value(key)) {
            return found;
        }
        auto node = std::make_unique<Node>();
        node->level = level;
        node->key = key;
        node->name = name;
        node->parent = parent;
        node->row = int(parent->children.size());
        Node *raw = node.get();
        parent->children.push_back(std::move(node));
        groups.insert(key, raw);
        return raw;
    };
    const auto name =
        [this](const QString &connection, Level level, qint64 id, const QString &fallback) {
            const QString known = m_names ? m_names(connection, level, id) : QString();
            return known.isEmpty() ? fallback : known;
        };
    for (int i = 0; i < m_jobs.size(); ++i) {
        const PulseJob &j = m_jobs.at(i);
        const QString accountKey = QStringLiteral("%1/%2").arg(j.connectionId).arg(j.accountId);
        const QString projectKey = accountKey + QStringLiteral("/p%1").arg(j.projectId);
        const QString environmentKey = projectKey + QStringLiteral("/e%1").arg(j.environmentId);
        Node *account = child(m_root.get(),
            AccountLevel,
            accountKey,
            name(j.connectionId, AccountLevel, j.accountId, tr("Account %1").arg(j.accountId)));
        Node *project = child(account,
            ProjectLevel,
            projectKey,
            name(j.connectionId, ProjectLevel, j.projectId, tr("Project %1").arg(j.projectId)));
        Node *environment = child(project,
            EnvironmentLevel,
            environmentKey,
            name(j.connectionId,
                EnvironmentLevel,
                j.environmentId,
                j.environmentName.isEmpty() ? tr("Environment %1").arg(j.environmentId)
                                            : j.environmentName));
        Node *job = child(environment,
            JobLevel,
            environmentKey + QStringLiteral("/j%1").arg(j.jobId),
            j.name.isEmpty() ? tr("Job %1").arg(j.jobId) : j.name);
        job->job = i;
        if (j.scheduled && j.activeRunId == 0) {
            job->overdueSince = overdueSince(j.cron, j.lastRunCreated, now);
        }
        const bool failing = j.lastStatus == int(Api::RunStatus::Error);
        const bool overdue = job->overdueSince.isValid();
        m_failing += failing ? 1 : 0;
        m_overdue += overdue ? 1 : 0;
        for (Node *g : { environment, project, account }) {
            ++g->jobs;
            g->failing += failing ? 1 : 0;
            g->overdue += overdue ? 1 : 0;
            if (severity(j.lastStatus) > severity(g->worst)) {
                g->worst = j.lastStatus;
            }
        }
    }
    sumActiveRuns();
    endResetModel();
}

std::optional<ActiveRuns> PulseModel::activeRunsOf(const QString &connectionId, qint64 jobId) const
{
    const auto connection = m_active.constFind(connectionId);
    if (connection == m_active.cend()) {
        return std::nullopt;
    }
    const auto it = connection->constFind(jobId);
    return it == connection->cend() ? std::nullopt : std::optional(*it);
}

ActiveRuns PulseModel::activeRuns() const
{
    return m_root->active;
}

void PulseModel::sumActiveRuns()
{
    const std::function<void(Node *)> sum = [&](Node *n) {
        if (n->job >= 0) {
            const PulseJob &j = m_jobs.at(n->job);
            const std::optional<ActiveRuns> a = activeRunsOf(j.connectionId, j.jobId);
            n->active = a.value_or(ActiveRuns {});
            n->counted = a ? 1 : 0;
            return;
        }
        n->active = {};
        n->counted = 0;
        for (const auto &c : n->children) {
            sum(c.get());
            n->active.queued += c->active.queued;
            n->active.running += c->active.running;
            n->counted += c->counted;
        }
    };
    sum(m_root.get());
}

void PulseModel::setActiveRuns(const QString &connectionId, const ActiveRunsByJob &runs)
{
    if (runs.isEmpty()) {
        m_active.remove(connectionId);
    } else {
        m_active.insert(connectionId, runs);
    }
    // Only the "now" cells that changed, and their groups', one signal per group's children
    // (first to last changed row): sorted by "now", each signal re-sorts the proxy, and one per
    // cell made 1,000 counts a 60 ms stall (benchmarks/pulse).
    QHash<const Node *, std::pair<ActiveRuns, int>> old;
    const std::function<void(const Node *)> remember = [&](const Node *n) {
        old.insert(n, { n->active, n->counted });
        for (const auto &c : n->children) {
            remember(c.get());
        }
    };
    remember(m_root.get());
    sumActiveRuns();
    const std::function<void(const Node *)> announce = [&](const Node *n) {
        int first = -1, last = -1;
        for (const auto &c : n->children) {
            const auto was = old.value(c.get());
            if (c->active != was.first || c->counted != was.second) {
                first = first < 0 ? c->row : first;
                last = c->row;
            }
            announce(c.get()); // even when its sums stayed: one job +1, another -1
        }
        if (first >= 0) {
            const QModelIndex parent = indexOf(n, 0);
            Q_EMIT dataChanged(index(first, NowColumn, parent), index(last, NowColumn, parent));
        }
    };
    announce(m_root.get());
}

QModelIndex PulseModel::indexOf(const Node *node, int column) const
{
    return node == m_root.get() ? QModelIndex()
                                : createIndex(node->row, column, const_cast<Node *>(node));
}

QString PulseModel::activeRunsText(const ActiveRuns &runs)
{
    QStringList parts;
    if (runs.running > 0) {
        parts << tr("%n running", nullptr, runs.running);
    }
    if (runs.queued > 0) {
        parts << tr("%n queued", nullptr, runs.queued);
    }
    return parts.join(QStringLiteral(" · "));
}

PulseModel::Node *PulseModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex PulseModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size()) {
        return {};
    }
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex PulseModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!child.isValid() || !n->parent || n->parent == m_root.get()) {
        return {};
    }
    return createIndex(n->parent->row, 0, n->parent);
}

int PulseModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int PulseModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PulseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node *n = nodeOf(index);
    switch (role) {
    case LevelRole:
        return int(n->level);
    case GroupKeyRole:
        return n->key;
    case ProblemRole:
        return n->job >= 0 ? (m_jobs.at(n->job).lastStatus == int(Api::RunStatus::Error)
                   || n->overdueSince.isValid())
                           : (n->failing > 0 || n->overdue > 0);
    case OverdueRole:
        return n->job >= 0 ? n->overdueSince.isValid() : n->overdue > 0;
    default:
        break;
    }
    return n->job >= 0 ? jobData(m_jobs.at(n->job), *n, index.column(), role)
                       : groupData(*n, index.column(), role);
}

QVariant PulseModel::groupData(const Node &node, int column, int role) const
{
    if (role == PulseStatusRole) {
        if (column == NowColumn) {
            return node.active.isEmpty() ? QVariant() : QVariant(activeStatus(node.active));
        }
        return column == StatusColumn ? QVariant(node.worst) : QVariant();
    }
    if (role == PulseSortRole) {
        switch (column) {
        case NameColumn:
            return node.name.toLower();
        case StatusColumn:
            return severity(node.worst);
        case OverdueColumn:
            return node.overdue;
        case NowColumn:
            return activeSortKey(node.active);
        default:
            return node.failing;
        }
    }
    if (role == Qt::ToolTipRole && column == NowColumn && !node.active.isEmpty()) {
        return tr("In flight in this group as the watch last counted: %1")
            .arg(activeRunsText(node.active));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case NameColumn:
        return node.name;
    case StatusColumn: {
        if (node.failing == 0) {
            return jobCountText(node.jobs);
        }
        return tr("%1 of %2 failing").arg(node.failing).arg(node.jobs);
    }
    case OverdueColumn:
        return node.overdue > 0 ? tr("%n overdue", nullptr, node.overdue) : QString();
    case NowColumn:
        return activeRunsText(node.active);
    default:
        return {};
    }
}

QVariant PulseModel::jobData(const PulseJob &j, const Node &node, int column, int role) const
{
    switch (role) {
    case PulseRunIdRole:
        return j.lastRunId;
    case PulseJobIdRole:
        return j.jobId;
    case PulseConnectionIdRole:
        return j.connectionId;
    case PulseStatusRole:
        if (column == NowColumn) {
            return node.counted ? activeStatus(node.active) : j.activeStatus;
        }
        return j.lastStatus;
    default:
        break;
    }
    if (role == PulseSortRole) {
        switch (column) {
        case NameColumn:
            return node.name.toLower();
        case StatusColumn:
            return severity(j.lastStatus);
        case FailingSinceColumn:
            return j.failingSince.isValid() ? j.failingSince.toMSecsSinceEpoch() : LLONG_MAX;
        case LastSuccessColumn:
            return j.lastSuccess.isValid() ? j.lastSuccess.toMSecsSinceEpoch() : 0LL;
        case NowColumn:
            if (node.counted) {
                return activeSortKey(node.active);
            }
            // Not counted yet: the newest run as the history saw it, as one run.
            return j.activeRunId == 0                           ? 0LL
                : j.activeStatus == int(Api::RunStatus::Queued) ? activeSortKey({ 1, 0 })
                                                                : activeSortKey({ 0, 1 });
        case NextRunColumn:
            return j.nextRun.isValid() ? j.nextRun.toMSecsSinceEpoch() : LLONG_MAX;
        case OverdueColumn:
            return node.overdueSince.isValid() ? node.overdueSince.toMSecsSinceEpoch() : 0LL;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case FailingSinceColumn:
            return j.failingSince.isValid() ? (j.failuresInARow == 1
                           ? tr("Failed once since %1").arg(exactTimeText(j.failingSince))
                           : tr("%1 failed runs in a row since %2")
                                 .arg(j.failuresInARow)
                                 .arg(exactTimeText(j.failingSince)))
                                            : QVariant();
        case LastSuccessColumn:
            return j.lastSuccess.isValid() ? exactTimeText(j.lastSuccess) : QVariant();
        case NextRunColumn:
            return j.nextRun.isValid() ? exactTimeText(j.nextRun) : QVariant();
        case NowColumn:
            if (node.counted) {
                return node.active.isEmpty()
                    ? QVariant()
                    : tr("%1 (starting runs count as running), as the watch last counted")
                          .arg(activeRunsText(node.active));
            }
            return j.activeRunId ? tr("The newest run, as the history last saw it (not counted "
                                      "yet)")
                                 : QVariant();
        case OverdueColumn:
            return node.overdueSince.isValid()
                ? tr("The schedule (%1, UTC) should have started a run at %2; none came.")
                      .arg(j.cron, exactTimeText(node.overdueSince))
                : QVariant();
        case NameColumn:
            return m_stale ? tr("%1 (from the history: not refreshed yet)").arg(node.name)
                           : node.name;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case NameColumn:
        return node.name;
    case StatusColumn:
        return j.lastStatus ? runStatusLabel(Api::RunStatus(j.lastStatus)) : tr("No runs yet");
    // A server clock a little ahead of ours must not make the past read "in 4m".
    case FailingSinceColumn:
        return j.failingSince.isValid() ? relativeTimeText(std::min(j.failingSince, m_now), m_now)
                                        : QString();
    case LastSuccessColumn:
        return j.lastSuccess.isValid() ? relativeTimeText(std::min(j.lastSuccess, m_now), m_now)
                                       : tr("never");
    case NowColumn:
        if (node.counted) {
            return activeRunsText(node.active);
        }
        return j.activeRunId ? runStatusLabel(Api::RunStatus(j.activeStatus)) : QString();
    case NextRunColumn:
        if (!j.scheduled) {
            return tr("no schedule");
        }
        return j.nextRun.isValid() ? relativeTimeText(j.nextRun, m_now) : QString();
    case OverdueColumn:
        return node.overdueSince.isValid() ? relativeTimeText(node.overdueSince, m_now) : QString();
    default:
        return {};
    }
}

QString PulseModel::jobCountText(int jobs)
{
    // English has a plural the source text cannot say with %n alone ("1 jobs").
    return jobs == 1 ? tr("1 job") : tr("%1 jobs").arg(jobs);
}

QVariant PulseModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Job");
    case StatusColumn:
        return tr("Last status");
    case FailingSinceColumn:
        return tr("Failing since");
    case LastSuccessColumn:
        return tr("Last success");
    case NowColumn:
        return tr("Now");
    case NextRunColumn:
        return tr("Next run");
    case OverdueColumn:
        return tr("Overdue since");
    default:
        return {};
    }
}

PulseFilterModel::PulseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a group stays while one of its jobs matches
    setSortRole(PulseModel::PulseSortRole);
}

void PulseFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PulseFilterModel::setProblemsOnly(bool only)
{
    m_problemsOnly = only;
    invalidateFilter();
}

bool PulseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(PulseModel::LevelRole).toInt() != PulseModel::JobLevel) {
        return false; // groups are shown for their jobs (recursive filtering)
    }
    if (m_problemsOnly && !i.data(PulseModel::ProblemRole).toBool()) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    // The job's name or any of its groups' names.
    for (QModelIndex at = i; at.isValid(); at = at.parent()) {
        if (at.data().toString().contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace Dbtc::Models
