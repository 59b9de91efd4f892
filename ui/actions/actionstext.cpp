// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/actionstext.h"

#include "api/apierror.h"
#include "api/types/job.h"

#include <QCoreApplication>

namespace Dbtc::Ui {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives a tr() call in namespace Dbtc::Ui (translations/).
    return QCoreApplication::translate("Dbtc::Ui", text);
}

} // namespace

QString actionVerb(RunAction action)
{
    switch (action) {
    case RunAction::Trigger:
        return tr("trigger this job");
    case RunAction::Cancel:
        return tr("cancel runs");
    case RunAction::Retry:
        return tr("retry this run");
    case RunAction::RerunFromStart:
        return tr("rerun this job");
    }
    return {};
}

QString retryRefusalAdvice(Api::RetryNotSupportedReason reason)
{
    using R = Api::RetryNotSupportedReason;
    switch (reason) {
    case R::None:
        return {};
    case R::NotLatestRun:
        return tr("Only the latest run of a job can be rerun from failure, and this job has "
                  "run again since. Rerun it from the start, or retry its newest run.");
    case R::NotFailedRun:
        return tr("Only a failed run can be rerun from failure; this one did not fail.");
    case R::NoRunResults:
        return tr("The run failed before dbt wrote its results (run_results.json), so there is "
                  "nothing to resume from. Rerun it from the start.");
    case R::UnsupportedCommand:
        return tr("The failed step's command does not support \"dbt retry\". Rerun the job "
                  "from the start.");
    case R::UnsupportedVersion:
        return tr("Rerun from failure needs dbt 1.6 or later; this run used an older version. "
                  "Rerun the job from the start.");
    case R::Other:
        return tr("dbt Cloud does not support rerunning this run from failure. Rerun it from "
                  "the start.");
    }
    return {};
}

QString actionErrorText(RunAction action, const Api::ApiError &error)
{
    using K = Api::ApiError::Kind;
    const QString said = error.serverMessage.isEmpty()
        ? QString()
        : tr(" (dbt Cloud said: \"%1\")").arg(error.serverMessage);
    if (error.kind == K::Forbidden) {
        return tr("This token is not allowed to %1: its permission set cannot run jobs. Ask an "
                  "account admin for a token whose permission set includes running jobs "
                  "(Job Runner, Job Admin, Developer or Account Admin)%2.")
            .arg(actionVerb(action), said);
    }
    if (action == RunAction::Retry) {
        const Api::RetryNotSupportedReason reason = Api::retryRefusalReason(error);
        if (reason != Api::RetryNotSupportedReason::None) {
            return retryRefusalAdvice(reason);
        }
    }
    if (error.outcomeUnknown) {
        return tr("Outcome unknown: %1").arg(error.message);
    }
    return tr("Could not %1: %2").arg(actionVerb(action), error.message);
}

QString readOnlyText(RunAction action)
{
    return tr("This connection is read-only, so the console will not %1. Turn read-only off "
              "in the connection's settings to allow it.")
        .arg(actionVerb(action));
}

QString countText(qsizetype n, const char *one, const char *many)
{
    const QString text = tr(n == 1 ? one : many);
    return text.contains(QLatin1String("%1")) ? text.arg(n) : text;
}

QString jobLabel(const Api::Job &job)
{
    return job.name.isEmpty() ? tr("Job %1").arg(job.id) : job.name;
}

QString jobLabel(const Api::Run &run)
{
    return run.jobName.isEmpty() ? tr("Job %1").arg(run.jobDefinitionId) : run.jobName;
}

} // namespace Dbtc::Ui
