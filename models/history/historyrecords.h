// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Dbtc::Models {

//! \brief One finished run as the history keeps it (never a token, never a log).
struct HistoryRun
{
    QString connectionId;
    qint64 runId = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 jobId = 0;
    QString jobName;
    int status = 0; //!< int(Api::RunStatus)
    QDateTime createdAt, startedAt, finishedAt;
    qint64 durationSeconds = 0;
    qint64 queuedSeconds = 0;
    QString trigger; //!< the trigger's cause ("Kicked off from UI by ...", "scheduled")
    QString gitBranch;
    QString gitSha;

    struct Step
    {
        int index = 0;
        QString name;
        int status = 0;
        QDateTime startedAt, finishedAt;
    };

    QList<Step> steps;
};

//! \brief A job as the watch last saw it: where it lives, its schedule, and its newest run
//! when that was still queued or running (the pulse page's "now").
struct HistoryJob
{
    QString connectionId;
    qint64 jobId = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    QString name;
    QString environmentName;
    QString cron; //!< UTC, as dbt Cloud runs it
    bool scheduled = false; //!< the schedule trigger is on
    QDateTime nextRun;
    qint64 activeRunId = 0; //!< 0: nothing queued or running
    int activeStatus = 0; //!< int(Api::RunStatus) of that run
    QDateTime lastRunCreated; //!< the newest run's created_at (for "overdue")
    QDateTime seenAt;
};

//! \brief One entry of a step's run_results.json.
struct HistoryNodeResult
{
    QString uniqueId;
    QString status; //!< success, error, fail, pass, warn, skipped, ...
    double executionTime = 0;
    QString message; //!< not stored; its signature is
};

//! How reading a run step's run_results ended; each step is read once whatever the outcome.
enum class ResultsOutcome {
    Read = 1,
    Missing = 2, //!< the step saved none
    OverBudget = 3, //!< larger than the size budget: not downloaded again
    Failed = 4, //!< did not parse
};

//! \brief A failure group of the inbox: one node failing with one normalised message.
enum class InboxLabel {
    New = 0, //!< first time seen
    Recurring = 1, //!< failing run after run
    Flaky = 2, //!< flipped between pass and fail within the last runs
};

struct InboxGroup
{
    QString key; //!< connection + account + project + signature
    QString connectionId;
    qint64 accountId = 0;
    qint64 projectId = 0;
    QString uniqueId;
    QString signature;
    QString message; //!< the newest message as dbt wrote it
    InboxLabel label = InboxLabel::New;
    QDateTime firstSeen, lastSeen;
    int runsAffected = 0;
    qint64 newestRunId = 0;
    int newestStep = 0;
    qint64 newestJobId = 0;
    QDateTime resolvedAt; //!< invalid while failing
    bool acknowledged = false;
    QDateTime snoozedUntil; //!< invalid = not snoozed by time
    bool snoozeUntilChange = false;

    bool isResolved() const { return resolvedAt.isValid(); }
};

//! \brief The recent outcomes of one node ('P'/'F', oldest first) and its open group.
struct InboxNode
{
    QString key;
    QString outcomes;
    QString openGroup;
};

struct InboxState
{
    QList<InboxGroup> groups;
    QList<InboxNode> nodes;
};

} // namespace Dbtc::Models

Q_DECLARE_METATYPE(Dbtc::Models::ResultsOutcome)
Q_DECLARE_METATYPE(Dbtc::Models::InboxGroup)
