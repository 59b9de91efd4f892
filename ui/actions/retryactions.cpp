// SPDX-License-Identifier: GPL-3.0-or-later
// RunActions: rerun from failure (runs/{id}/retry/) and rerun from start (a new trigger with the
// run's own overrides).
#include "ui/actions/runactions.h"

#include "api/client.h"
#include "ui/actions/retrydialog.h"

namespace Dbtc::Ui {

void RunActions::retryRun(const Api::Run &run)
{
    if (refuseWhenReadOnly(RunAction::Retry) || run.id <= 0)
        return;
    if (m_retryDialog) {
        if (m_retryDialog->run().id == run.id) {
            m_retryDialog->raise();
            return;
        }
        delete m_retryDialog;
    }
    auto *dialog = new RetryDialog(run, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_retryDialog = dialog;
    connect(dialog, &RetryDialog::retryFromFailureRequested, this,
            [this, dialog] { sendRetry(dialog->run()); });
    connect(dialog, &RetryDialog::rerunFromStartRequested, this, [this, dialog] {
        const Api::Run failed = dialog->run();
        dialog->accept();
        startRerunFromStart(failed, true); // the dialog was the confirmation
    });
    dialog->open();
    if (dialog->isRefused())
        return;
    m_client->getRetryDetails(run.id, dialog, [dialog](const Api::Result<Api::RetryDetails> &r) {
        if (r.ok())
            dialog->setDetails(*r);
        else
            dialog->setRefusal(actionErrorText(RunAction::Retry, r.error()));
    });
}

void RunActions::sendRetry(const Api::Run &run)
{
    if (m_retrying.contains(run.id) || refuseWhenReadOnly(RunAction::Retry))
        return;
    m_retrying.insert(run.id);
    if (m_retryDialog)
        m_retryDialog->setBusy(true);
    updateActions();
    m_client->retryRun(run.id, this, [this, run](const Api::Result<Api::Run> &r) {
        m_retrying.remove(run.id);
        updateActions();
        RetryDialog *dialog = m_retryDialog && m_retryDialog->run().id == run.id
                                  ? m_retryDialog.data()
                                  : nullptr;
        if (dialog)
            dialog->setBusy(false);
        if (r.ok()) {
            Api::Run started = *r;
            if (started.jobName.isEmpty())
                started.jobName = run.jobName;
            if (dialog)
                dialog->accept();
            emit message(tr("Rerunning %1 from failure: run #%2.")
                             .arg(jobLabel(run))
                             .arg(started.id));
            emit runStarted(started);
            return;
        }
        const QString text = actionErrorText(RunAction::Retry, r.error());
        if (dialog) {
            if (Api::retryRefusalReason(r.error()) != Api::RetryNotSupportedReason::None)
                dialog->setRefusal(text);
            else
                dialog->showError(text, r.error().outcomeUnknown);
        }
        emit message(text);
    });
}

void RunActions::rerunFromStart(const Api::Run &run)
{
    if (refuseWhenReadOnly(RunAction::RerunFromStart) || run.id <= 0)
        return;
    startRerunFromStart(run, false);
}

void RunActions::startRerunFromStart(const Api::Run &run, bool confirmed)
{
    if (!confirmed) {
        ActionPrompt p;
        p.title = tr("Rerun from start");
        p.text = tr("Start a new run of %1 from the beginning?").arg(jobLabel(run));
        p.details = tr("All of the job's steps run again, with the same overrides as run #%1.")
                        .arg(run.id);
        p.acceptText = tr("Rerun from start");
        if (!confirm(p))
            return;
    }
    if (run.trigger)
        return triggerRerun(run);
    // The run's overrides live in its trigger; fetch them rather than silently dropping them.
    Api::RunInclude include;
    include.trigger = true;
    m_client->getRun(run.id, include, this, [this, run](const Api::Result<Api::Run> &r) {
        if (!r.ok()) {
            emit message(actionErrorText(RunAction::RerunFromStart, r.error()));
            return;
        }
        Api::Run full = *r;
        if (full.jobName.isEmpty())
            full.jobName = run.jobName;
        triggerRerun(full);
    });
}

void RunActions::triggerRerun(const Api::Run &run)
{
    Api::TriggerRequest request;
    request.cause = tr("Rerun of run #%1 from start").arg(run.id);
    if (run.trigger) {
        request.overrides = run.trigger->overrides;
        // A retry's steps are "dbt retry" + leftovers: from start means the job's own steps.
        const auto &steps = request.overrides.stepsOverride;
        if (steps && steps->contains(QStringLiteral("dbt retry")))
            request.overrides.stepsOverride.reset();
    }
    sendTrigger(run.jobDefinitionId, jobLabel(run), request);
}

} // namespace Dbtc::Ui
