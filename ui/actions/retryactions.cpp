// SPDX-License-Identifier: GPL-3.0-or-later
// RunActions: rerun from failure (runs/{id}/retry/) and rerun from start (a new trigger with the
// run's own overrides).
#include "models/actions/runcommands.h"
#include "models/actions/stepselectionpreview.h"
#include "ui/actions/retrydialog.h"
#include "ui/actions/runactions.h"

namespace Dbtc::Ui {

void RunActions::retryRun(const Api::Run &run)
{
    if (refuseWhenReadOnly(RunAction::Retry) || run.id <= 0) {
        return;
    }
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
    connect(dialog, &RetryDialog::retryFromFailureRequested, this, [this, dialog] {
        sendRetry(dialog->run());
    });
    connect(dialog, &RetryDialog::rerunFromStartRequested, this, [this, dialog] {
        const Api::Run failed = dialog->run();
        dialog->accept();
        startRerunFromStart(failed, true); // the dialog was the confirmation
    });
    dialog->open();
    if (dialog->isRefused()) {
        return;
    }
    m_commands->fetchRetryDetails(
        run.id, dialog, [commands = m_commands, dialog](const Api::Result<Api::RetryDetails> &r) {
            if (r.ok()) {
                dialog->setDetails(*r);
                if (!r->failedStep.isEmpty() && commands) {
                    commands->previewRetryNodes(dialog->run(),
                        r->failedStep,
                        dialog,
                        [dialog](const Models::RetryNodes &nodes) {
                            dialog->setRetryNodes(nodes);
                        });
                }
            } else {
                dialog->setRefusal(actionErrorText(RunAction::Retry, r.error()));
            }
        });
}

void RunActions::sendRetry(const Api::Run &run)
{
    if (refuseWhenReadOnly(RunAction::Retry)) {
        return;
    }
    auto finished = [this, run](const Api::Result<Api::Run> &r) {
        RetryDialog *dialog =
            m_retryDialog && m_retryDialog->run().id == run.id ? m_retryDialog.data() : nullptr;
        if (dialog) {
            dialog->setBusy(false);
        }
        if (r.ok()) {
            const Api::Run &started = *r;
            if (dialog) {
                dialog->accept();
            }
            emit message(
                tr("Rerunning %1 from failure: run #%2.").arg(jobLabel(run)).arg(started.id));
            emit runStarted(started);
            return;
        }
        const QString text = actionErrorText(RunAction::Retry, r.error());
        if (dialog) {
            if (Api::retryRefusalReason(r.error()) != Api::RetryNotSupportedReason::None) {
                dialog->setRefusal(text);
            } else {
                dialog->showError(text, r.error().outcomeUnknown);
            }
        }
        emit message(text);
    };
    // Refused when a retry of this run is already in flight: the dialog stays as it is.
    if (m_commands->retryFromFailure(run, this, finished) == Models::CommandRefusal::None
        && m_retryDialog) {
        m_retryDialog->setBusy(true);
    }
}

void RunActions::rerunFromStart(const Api::Run &run)
{
    if (refuseWhenReadOnly(RunAction::RerunFromStart) || run.id <= 0) {
        return;
    }
    startRerunFromStart(run, false);
}

void RunActions::startRerunFromStart(const Api::Run &run, bool confirmed)
{
    if (!confirmed) {
        ActionPrompt p;
        p.title = tr("Rerun from start");
        p.text = tr("Start a new run of %1 from the beginning?").arg(jobLabel(run));
        p.details =
            tr("All of the job's steps run again, with the same overrides as run #%1.").arg(run.id);
        p.acceptText = tr("Rerun from start");
        if (!confirm(p)) {
            return;
        }
    }
    if (refuseWhenReadOnly(RunAction::RerunFromStart)) {
        return;
    }
    const QString jobName = jobLabel(run);
    // RunCommands fetches the run's overrides first when \a run lacks its trigger.
    m_commands->rerunFromStart(run, this, [this, jobName](const Api::Result<Api::Run> &r) {
        if (!r.ok()) {
            emit message(actionErrorText(RunAction::RerunFromStart, r.error()));
            return;
        }
        emit message(tr("Started run #%1 of %2.").arg(r->id).arg(jobName));
        emit runStarted(*r);
    });
}

} // namespace Dbtc::Ui
