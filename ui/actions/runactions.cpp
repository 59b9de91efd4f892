// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/runactions.h"

#include "models/actions/runcommands.h"
#include "ui/actions/retrydialog.h"
#include "ui/actions/triggerdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace Dbtc::Ui {

namespace {

bool askWithMessageBox(QWidget *parent, const ActionPrompt &prompt)
{
    QMessageBox box(
        QMessageBox::Question, prompt.title, prompt.text, QMessageBox::NoButton, parent);
    box.setInformativeText(prompt.details);
    QPushButton *yes = box.addButton(prompt.acceptText, QMessageBox::AcceptRole);
    QPushButton *no =
        box.addButton(prompt.rejectText.isEmpty() ? RunActions::tr("Cancel") : prompt.rejectText,
            QMessageBox::RejectRole);
    box.setDefaultButton(no); // destructive actions never go ahead on a stray Enter
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace

RunActions::RunActions(Models::RunCommands *commands, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
    , m_dialogParent(dialogParent)
{
    m_confirmer = [this](const ActionPrompt &p) {
        return askWithMessageBox(m_dialogParent, p);
    };

    m_triggerAction = new QAction(tr("&Run Job…"), this);
    m_triggerAction->setObjectName(QStringLiteral("triggerJobAction"));
    m_triggerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_triggerAction->setToolTip(tr("Trigger the selected job, optionally with overrides"));
    m_cancelAction = new QAction(tr("&Cancel Run"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelRunAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_retryAction = new QAction(tr("Rerun from &Failure…"), this);
    m_retryAction->setObjectName(QStringLiteral("retryRunAction"));
    // Not Ctrl+R: that is Refresh on Linux and macOS.
    m_retryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_rerunAction = new QAction(tr("Rerun from &Start…"), this);
    m_rerunAction->setObjectName(QStringLiteral("rerunFromStartAction"));

    connect(m_triggerAction, &QAction::triggered, this, [this] {
        triggerJob(m_contextJob);
    });
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        cancelRuns(m_contextRuns);
    });
    connect(m_retryAction, &QAction::triggered, this, [this] {
        if (m_contextRuns.size() == 1) {
            retryRun(m_contextRuns.constFirst());
        }
    });
    connect(m_rerunAction, &QAction::triggered, this, [this] {
        if (m_contextRuns.size() == 1) {
            rerunFromStart(m_contextRuns.constFirst());
        }
    });
    if (commands) {
        connect(commands, &Models::RunCommands::inFlightChanged, this, &RunActions::updateActions);
        connect(
            commands, &Models::RunCommands::readOnlyChanged, this, &RunActions::onReadOnlyChanged);
        connect(commands, &Models::RunCommands::runChanged, this, &RunActions::runChanged);
        connect(
            commands, &Models::RunCommands::writeAccessChanged, this, &RunActions::updateActions);
        // The session going away leaves the actions disabled rather than dangling.
        connect(
            commands, &QObject::destroyed, this, &RunActions::updateActions, Qt::QueuedConnection);
    }
    updateActions();
}

RunActions::~RunActions()
{
    delete m_triggerDialog;
    delete m_retryDialog;
}

TriggerDialog *RunActions::triggerDialog() const
{
    return m_triggerDialog.data();
}

RetryDialog *RunActions::retryDialog() const
{
    return m_retryDialog.data();
}

Models::RunCommands *RunActions::commands() const
{
    return m_commands.data();
}

bool RunActions::isReadOnly() const
{
    return m_commands && m_commands->isReadOnly();
}

bool RunActions::isTriggerInFlight(qint64 jobId) const
{
    return m_commands && m_commands->isTriggerInFlight(jobId);
}

void RunActions::onReadOnlyChanged(bool readOnly)
{
    // A dialog left open would offer a write the connection no longer allows.
    if (readOnly) {
        delete m_triggerDialog;
        delete m_retryDialog;
    }
    updateActions();
}

void RunActions::setContext(const Api::Job &job)
{
    m_contextJob = job;
    updateActions();
}

void RunActions::setContext(const QList<Api::Run> &runs)
{
    m_contextRuns = runs;
    updateActions();
}

void RunActions::updateActions()
{
    const bool readOnly = isReadOnly();
    for (QAction *a : { m_triggerAction, m_cancelAction, m_retryAction, m_rerunAction }) {
        a->setVisible(!readOnly);
    }
    const Models::RunCommands *c = m_commands.data();
    // A 403 seen before: disabled, and the tooltip names the permission set it needs.
    const QString why = c ? c->whyNotWritable() : QString();
    for (QAction *a : { m_triggerAction, m_cancelAction, m_retryAction, m_rerunAction }) {
        if (!a->property("idleTip").isValid()) {
            a->setProperty("idleTip", a->toolTip());
        }
        a->setToolTip(why.isEmpty() || readOnly ? a->property("idleTip").toString() : why);
        a->setStatusTip(why.isEmpty() || readOnly ? QString() : why);
    }
    const bool canWrite = c && c->isConnected() && !readOnly && why.isEmpty();
    m_triggerAction->setEnabled(
        canWrite && m_contextJob.id > 0 && !c->isTriggerInFlight(m_contextJob.id));
    m_cancelAction->setEnabled(canWrite && !c->cancellable(m_contextRuns).isEmpty());
    m_cancelAction->setText(m_contextRuns.size() > 1 ? tr("&Cancel Runs") : tr("&Cancel Run"));
    const bool one = m_contextRuns.size() == 1;
    m_retryAction->setEnabled(canWrite && one && c->canRetry(m_contextRuns.constFirst()));
    m_rerunAction->setEnabled(canWrite && one && c->canRerunFromStart(m_contextRuns.constFirst()));
}

bool RunActions::refuseWhenReadOnly(RunAction action)
{
    const bool connected = m_commands && m_commands->isConnected();
    if (connected && !m_commands->isReadOnly()) {
        const QString why = m_commands->whyNotWritable();
        if (why.isEmpty()) {
            return false;
        }
        emit message(why);
        return true;
    }
    emit message(connected ? readOnlyText(action) : tr("Not connected."));
    return true;
}

bool RunActions::confirm(const ActionPrompt &prompt)
{
    return m_confirmer ? m_confirmer(prompt) : false;
}

void RunActions::triggerJob(const Api::Job &job)
{
    if (refuseWhenReadOnly(RunAction::Trigger) || job.id <= 0) {
        return;
    }
    if (m_triggerDialog) {
        if (m_triggerDialog->job().id == job.id) {
            m_triggerDialog->raise();
            m_triggerDialog->activateWindow();
            return;
        }
        if (m_triggerDialog->isBusy()) {
            emit message(tr("Wait for the trigger of %1 to finish first.")
                             .arg(jobLabel(m_triggerDialog->job())));
            return;
        }
        delete m_triggerDialog;
    }
    auto *dialog = new TriggerDialog(job, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_triggerDialog = dialog;
    connect(dialog,
        &TriggerDialog::triggerRequested,
        this,
        [this, dialog](const Api::TriggerRequest &request) {
            sendTrigger(dialog->job().id, jobLabel(dialog->job()), request);
        });
    connect(dialog,
        &TriggerDialog::selectionPreviewWanted,
        this,
        [this, dialog](const QStringList &steps) {
            if (!m_commands) {
                return;
            }
            m_commands->previewSteps(dialog->job().environmentId,
                steps,
                dialog,
                [dialog](const Models::StepSelectionPreview &preview) {
                    dialog->setSelectionPreview(preview);
                });
        });
    connect(dialog, &TriggerDialog::followRunRequested, this, [this, dialog](const Api::Run &run) {
        emit followRunRequested(run);
        dialog->reject();
    });
    dialog->open();

    // Fresher details (the navigator's copy may lack steps) and the job's runs in flight.
    m_commands->fetchJob(job.id, dialog, [dialog](const Api::Result<Api::Job> &r) {
        if (r.ok() && !dialog->isBusy()) {
            dialog->setJob(*r);
        }
    });
    m_commands->fetchActiveRuns(job.id, dialog, [dialog](const Api::Result<QList<Api::Run>> &r) {
        if (r.ok()) {
            dialog->setActiveRuns(*r);
        }
    });
}

void RunActions::sendTrigger(
    qint64 jobId, const QString &jobName, const Api::TriggerRequest &request)
{
    // One click, one run: the button is disabled while busy; RunCommands refuses a second
    // trigger of the job from anywhere (the actions, a second dialog, a rerun).
    if (refuseWhenReadOnly(RunAction::Trigger)) {
        return;
    }
    auto finished = [this, jobId, jobName](const Api::Result<Api::Run> &r) {
        onTriggerFinished(jobId, jobName, r);
    };
    const Models::CommandRefusal refused =
        m_commands->trigger(jobId, jobName, request, this, finished);
    if (refused == Models::CommandRefusal::None && m_triggerDialog
        && m_triggerDialog->job().id == jobId) {
        m_triggerDialog->setBusy(true);
    }
}

void RunActions::onTriggerFinished(
    qint64 jobId, const QString &jobName, const Api::Result<Api::Run> &result)
{
    TriggerDialog *dialog =
        m_triggerDialog && m_triggerDialog->job().id == jobId ? m_triggerDialog.data() : nullptr;
    if (result.ok()) {
        Api::Run run = *result;
        if (run.jobName.isEmpty()) {
            run.jobName = jobName;
        }
        if (dialog) {
            dialog->setBusy(false);
            dialog->accept();
        }
        emit message(tr("Started run #%1 of %2.").arg(run.id).arg(jobName));
        emit runStarted(run);
        return;
    }
    const Api::ApiError &error = result.error();
    const QString text = actionErrorText(RunAction::Trigger, error);
    if (dialog) {
        dialog->setBusy(false);
        dialog->showError(text, error.outcomeUnknown);
    }
    emit message(text);
}

} // namespace Dbtc::Ui
