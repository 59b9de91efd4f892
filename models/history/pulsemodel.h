// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/activeruns.h"
#include "models/history/pulse.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Dbtc::Models {

//! \brief The pulse page: every job the history knows, grouped account → project →
//! environment, one row per job with its last status, how long it has been failing, the age of
//! its last success, what it runs now, its next scheduled run and whether it is overdue. A
//! group row shows its jobs' worst status and how many fail or are overdue.
//!
//! "Now" is the exact number of runs in flight ("2 running · 1 queued") as the watch's last
//! cycle counted them (setActiveRuns(), kept in memory: a count is "now", not history); a
//! group shows its jobs' sums. Until a watch has counted a connection (a start from the
//! history), its jobs show the state of their newest run as the history last saw it.
class PulseModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PulseModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        FailingSinceColumn,
        LastSuccessColumn,
        NowColumn,
        NextRunColumn,
        OverdueColumn,
        ColumnCount
    };

    enum Level { AccountLevel, ProjectLevel, EnvironmentLevel, JobLevel };

    // Unscoped like Models::Role; clear of roles.h's range.
    enum PulseRole {
        LevelRole = Qt::UserRole + 200, //!< int(Level)
        GroupKeyRole, //!< QString: stable across refreshes (the view keeps what is collapsed)
        ProblemRole, //!< bool: failing or overdue (the job, or any job of the group)
        OverdueRole, //!< bool
        PulseSortRole, //!< the value a column sorts by
        PulseRunIdRole, //!< qint64: the job's newest finished run
        PulseJobIdRole,
        PulseConnectionIdRole,
        PulseStatusRole, //!< int(Api::RunStatus): the job's last, or the group's worst
    };

    //! Names of accounts and projects (the history keeps ids): the workspace asks the tree.
    using NameLookup = std::function<QString(const QString &connectionId, Level level, qint64 id)>;

    explicit PulseModel(QObject *parent = nullptr);
    ~PulseModel() override;

    void setNameLookup(NameLookup lookup) { m_names = std::move(lookup); }

    //! \a now decides "overdue" and the ages shown (a test passes a simulated clock).
    void setJobs(const QList<PulseJob> &jobs, const QDateTime &now);

    //! The runs in flight of every job a watch cycle of \a connectionId listed (zeros
    //! included); replaces that connection's last counts. Empty: not counted (unknown).
    void setActiveRuns(const QString &connectionId, const ActiveRunsByJob &runs);

    //! The job's count from the last cycle; nullopt: not counted yet.
    std::optional<ActiveRuns> activeRunsOf(const QString &connectionId, qint64 jobId) const;

    //! "2 running · 1 queued", "1 queued"; empty for none.
    static QString activeRunsText(const ActiveRuns &runs);

    const QList<PulseJob> &jobs() const { return m_jobs; }

    //! "1 job", "5 jobs".
    static QString jobCountText(int jobs);

    int failingJobs() const { return m_failing; }

    int overdueJobs() const { return m_overdue; }

    //! Every counted job's runs in flight together (the page's summary).
    ActiveRuns activeRuns() const;

    //! Shown from the database, not yet refreshed by a poll.
    bool isStale() const { return m_stale; }

    void setStale(bool stale);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void staleChanged(bool stale);

private:
    struct Node;
    QVariant jobData(const PulseJob &job, const Node &node, int column, int role) const;
    QVariant groupData(const Node &node, int column, int role) const;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column) const;
    //! The groups' sums of the counts, from the jobs' (after either changed).
    void sumActiveRuns();

    std::unique_ptr<Node> m_root;
    QList<PulseJob> m_jobs;
    QHash<QString, ActiveRunsByJob> m_active; //!< per connection: the watch's last count
    NameLookup m_names;
    QDateTime m_now;
    int m_failing = 0;
    int m_overdue = 0;
    bool m_stale = true;
};

//! \brief The pulse page's search and "problems only" filter; groups stay while a job of
//! theirs matches.
class PulseFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PulseFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setProblemsOnly(bool only);

    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace Dbtc::Models
