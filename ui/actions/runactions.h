// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "api/types/job.h"
#include "api/types/run.h"
#include "ui/actions/actionstext.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace Dbtc::Models {
class RunCommands;
struct CancelOutcome;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class RetryDialog;
class TriggerDialog;

//! \brief A question before a destructive or costly action.
struct ActionPrompt
{
    QString title;
    QString text;
    QString details; //!< e.g. the list of runs to cancel
    QString acceptText; //!< the button that goes ahead ("Cancel 3 runs")
    QString rejectText; //!< the button that backs out ("Keep running")
};

//! \brief Asks the user; true = go ahead. The default shows a QMessageBox; tests inject one.
using Confirmer = std::function<bool(const ActionPrompt &prompt)>;

//! \brief The write actions of one connection: trigger (with overrides), cancel, rerun from
//! failure, rerun from start. Owns the QActions, the prompts and the dialogs; the requests and
//! their rules (one click, one run; read-only sends nothing) are Models::RunCommands'. The
//! views only call the slots or put the QActions in their menus.
//!
//! What it shows: in read-only mode the actions are hidden and an attempt says why; an action
//! with its command in flight is disabled; a lost answer is reported as "outcome unknown"; a
//! 403 names the missing permission.
class RunActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunActions)

public:
    //! \a commands (the connection session's) must outlive this object or be tracked away.
    RunActions(Models::RunCommands *commands, QWidget *dialogParent, QObject *parent = nullptr);
    ~RunActions() override;

    Models::RunCommands *commands() const;
    bool isReadOnly() const;

    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    //! "Run Job…" (Ctrl+Shift+R), "Cancel Run" (Ctrl+.), "Rerun from Failure…" (Ctrl+Alt+R),
    //! "Rerun from Start…". Hidden and disabled in read-only mode.
    QAction *triggerAction() const { return m_triggerAction; }

    QAction *cancelAction() const { return m_cancelAction; }

    QAction *retryAction() const { return m_retryAction; }

    QAction *rerunFromStartAction() const { return m_rerunAction; }

    //! What the actions apply to: the selected job, or the selected runs.
    void setContext(const Api::Job &job);
    void setContext(const QList<Api::Run> &runs);

    bool isTriggerInFlight(qint64 jobId) const;
    //! The open dialogs (tests drive them; nullptr when closed).
    TriggerDialog *triggerDialog() const;
    RetryDialog *retryDialog() const;

public Q_SLOTS:
    void triggerJob(const Dbtc::Api::Job &job);
    void cancelRuns(const QList<Dbtc::Api::Run> &runs);
    void retryRun(const Dbtc::Api::Run &run);
    void rerunFromStart(const Dbtc::Api::Run &run);

Q_SIGNALS:
    //! A run this object started (trigger, retry, rerun): select it and follow it live.
    void runStarted(const Dbtc::Api::Run &run);
    //! An existing run the user chose to follow instead of starting another one.
    void followRunRequested(const Dbtc::Api::Run &run);
    //! The server's new state of a run (after a cancel).
    void runChanged(const Dbtc::Api::Run &run);
    //! One line for the window's banner / status bar.
    void message(const QString &text);

private:
    void updateActions();
    void onReadOnlyChanged(bool readOnly);
    bool refuseWhenReadOnly(RunAction action);
    bool confirm(const ActionPrompt &prompt);
    void sendTrigger(qint64 jobId, const QString &jobName, const Api::TriggerRequest &request);
    void onTriggerFinished(
        qint64 jobId, const QString &jobName, const Api::Result<Api::Run> &result);
    void sendRetry(const Api::Run &run);
    void startRerunFromStart(const Api::Run &run, bool confirmed);
    void finishCancel(const Models::CancelOutcome &outcome);

    QPointer<Models::RunCommands> m_commands;
    QWidget *m_dialogParent = nullptr;
    Confirmer m_confirmer;
    QAction *m_triggerAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_rerunAction = nullptr;
    Api::Job m_contextJob;
    QList<Api::Run> m_contextRuns;
    QPointer<TriggerDialog> m_triggerDialog;
    QPointer<RetryDialog> m_retryDialog;
};

} // namespace Dbtc::Ui
