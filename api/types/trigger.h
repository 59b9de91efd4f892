// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dbtc::Api {

//! \brief The overrides a run can be triggered with; shared by the request and the run's
//! trigger object (which echoes them back).
struct TriggerOverrides
{
    QString gitSha;
    QString gitBranch;
    QString schemaOverride;
    QString dbtVersionOverride;
    std::optional<int> threadsOverride;
    QString targetNameOverride;
    std::optional<bool> generateDocsOverride;
    std::optional<int> timeoutSecondsOverride;
    std::optional<QStringList> stepsOverride; //!< replaces the job's execute_steps
    std::optional<qint64> githubPullRequestId;
    std::optional<qint64> gitlabMergeRequestId;
    std::optional<qint64> azurePullRequestId;
    std::optional<qint64> nonNativePullRequestId;

    bool isEmpty() const;
};

//! \brief The run's trigger (include_related=trigger): why and how it was started.
struct Trigger
{
    qint64 id = 0;
    qint64 jobDefinitionId = 0;
    QString cause; //!< free text, "scheduled", "Kicked off from UI by ..."
    QString causeCategory; //!< api, ci, scheduled, ui, rerun, job completion, ...
    QString causeHumanized;
    TriggerOverrides overrides;
    QDateTime createdAt; //!< UTC
};

//! \brief POST jobs/{id}/run/ body. Only `cause` is required by dbt Cloud.
struct TriggerRequest
{
    static constexpr int MaxCauseLength = 255; //!< dbt Cloud rejects longer causes

    QString cause;
    TriggerOverrides overrides;
    //! Append a short client-made reference to the cause (kept within 255 characters) so that,
    //! when the answer is lost, the client can find the run it created instead of guessing.
    bool uniqueCause = true;
};

} // namespace Dbtc::Api
