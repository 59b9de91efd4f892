// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part two: how the runs, the write actions, the run detail and the notifications
// talk to each other. mainwindow.cpp builds the window; this file only connects it.
#include "api/types/job.h"
#include "api/types/run.h"
#include "models/actions/runcommands.h"
#include "models/actions/stepselectionpreview.h"
#include "models/common/roles.h"
#include "models/console/accounttreemodel.h"
#include "models/console/runconversions.h"
#include "models/console/runlistmodel.h"
#include "models/notifications/notificationmodel.h"
#include "models/notifications/watchlist.h"
#include "models/workspace/connectionsession.h"
#include "models/workspace/workspace.h"
#include "ui/console/jobstepspanel.h"
#include "ui/console/navigatordelegate.h"
#include "ui/console/navigatorpanel.h"
#include "ui/console/runspanel.h"
#include "ui/notifications/notificationcenter.h"
#include "ui/notifications/notificationlist.h"
#include "ui/rundetail/rundetailpage.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/shell/consolestatusbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindowactions.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QStackedWidget>
#include <QTreeView>

namespace Dbtc::Ui {

void MainWindow::wireActions()
{
    m_actions->setRunsToolBar(m_runs->toolBar());
    m_actions->setDetailToolBar(m_detail->actionsBar());
    m_actions->setWatchAction(m_notifications->watchAction());
    connect(m_actions, &MainWindowActions::followRun, this, &MainWindow::followRun);
    connect(m_actions, &MainWindowActions::message, m_banner, &MessageBanner::showMessage);
    connect(m_actions,
        &MainWindowActions::runChanged,
        this,
        [this](const QString &connectionId, const Api::Run &run) {
            // A cancelled run shows Cancelled at once, not at the next poll.
            if (connectionId == m_runs->scope().connectionId
                && m_runs->model()->rowForId(run.id) >= 0) {
                m_runs->model()->merge({ Models::RunRecord::fromApi(run) });
            }
            updateActionContext();
        });
    connect(m_runs, &RunsPanel::selectionChanged, this, &MainWindow::updateActionContext);
    connect(m_runs, &RunsPanel::contextMenuRequested, this, [this](const QPoint &globalPos) {
        QMenu menu(this);
        m_actions->fillRunMenu(&menu, Models::apiRunsFrom(m_runs->selectedRuns()));
        fillCompareMenu(&menu, m_runs->selectedRuns());
        menu.exec(globalPos);
    });
    connect(m_navigator,
        &NavigatorPanel::contextMenuAboutToShow,
        m_actions,
        &MainWindowActions::fillJobMenu);
    connect(m_navigator,
        &NavigatorPanel::contextMenuAboutToShow,
        m_actions,
        &MainWindowActions::fillScopeMenu);
    connect(m_detail->view(), &RunDetailView::runUpdated, this, [this] {
        if (isShowingRunDetail()) {
            updateActionContext();
        }
    });
}

void MainWindow::wireNotifications()
{
    m_notificationDock->setObjectName(QStringLiteral("notificationDock"));
    m_notificationDock->setWidget(m_notifications->createList(m_notificationDock));
    m_notificationDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_notificationDock);
    m_notificationDock->hide();

    connect(m_notifications,
        &NotificationCenter::openRunRequested,
        this,
        [this](const QString &connectionId, qint64 runId) {
            showNormal();
            raise();
            activateWindow();
            openRun(connectionId, runId);
        });
    connect(m_notifications, &NotificationCenter::showNotificationsRequested, this, [this] {
        showNormal();
        raise();
        m_notificationDock->show();
    });
    connect(m_notifications, &NotificationCenter::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_notifications, &NotificationCenter::quitRequested, qApp, &QApplication::quit);
    connect(m_notifications->model(),
        &Models::NotificationModel::unseenCountChanged,
        m_statusBar,
        &ConsoleStatusBar::setUnseenFailures);
    connect(m_statusBar, &ConsoleStatusBar::notificationsRequested, this, [this] {
        m_notificationDock->setVisible(!m_notificationDock->isVisible());
        if (auto *list = qobject_cast<NotificationList *>(m_notificationDock->widget());
            list && m_notificationDock->isVisible()) {
            list->view()->setFocus();
        }
    });

    // Watched jobs carry a star in the navigator.
    m_navigator->delegate()->setWatchedTest([this](const QModelIndex &index) {
        return m_watchList->isWatched(index.data(Models::ConnectionIdRole).toString(),
            index.data(Models::NodeIdRole).toLongLong());
    });
    connect(m_watchList,
        &Models::WatchList::watchChanged,
        m_navigator->view()->viewport(),
        qOverload<>(&QWidget::update));
}

void MainWindow::updateActionContext()
{
    const Models::RunScope scope = m_runs->scope();
    QList<Api::Run> runs;
    const Api::Run *shown = m_detail->view()->run();
    if (isShowingRunDetail() && shown) {
        runs = { *shown };
    } else if (!isShowingRunDetail()) {
        runs = Models::apiRunsFrom(m_runs->selectedRuns());
    }
    Api::Job job;
    if (scope.jobId) {
        const QModelIndex node =
            m_tree->findNode(scope.connectionId, Models::TreeNodeKind::Job, scope.jobId);
        job = node.isValid() ? Models::apiJobFrom(m_tree->itemFor(node)) : Api::Job {};
        job.id = scope.jobId;
    } else if (runs.size() == 1) {
        // From a wider scope, "Run Job…" means the selected run's job.
        job.id = runs.constFirst().jobDefinitionId;
        job.name = runs.constFirst().jobName;
        job.accountId = runs.constFirst().accountId;
        job.projectId = runs.constFirst().projectId;
        job.environmentId = runs.constFirst().environmentId;
    }
    m_actions->setRunContext(runs);
    m_actions->setJobContext(job);
    m_notifications->setWatchContext(scope.connectionId, job.id, job.name);
}

void MainWindow::loadJobSteps(const Models::RunScope &scope)
{
    JobStepsPanel *panel = m_runs->jobSteps();
    Models::ConnectionSession *session = m_workspace->session(scope.connectionId);
    if (!scope.jobId || !session) {
        panel->clear();
        return;
    }
    // The navigator's copy of a job has no steps: read the job, then evaluate its steps
    // against the environment's latest manifest (the previewer downloads it once, cached).
    const qint64 jobId = scope.jobId;
    panel->showLoading(jobId);
    QPointer<Models::RunCommands> commands = session->commands();
    commands->fetchJob(jobId, panel, [panel, commands, jobId](const Api::Result<Api::Job> &r) {
        if (!r.ok()) {
            panel->showError(jobId, r.error().userMessage());
            return;
        }
        panel->setSteps(jobId, r->executeSteps);
        if (!commands || r->executeSteps.isEmpty() || panel->jobId() != jobId) {
            return;
        }
        commands->previewSteps(r->environmentId,
            r->executeSteps,
            panel,
            [panel, jobId](const Models::StepSelectionPreview &preview) {
                panel->setPreview(jobId, preview);
            });
    });
}

void MainWindow::openRun(const QString &connectionId, qint64 runId)
{
    Api::Run run;
    run.id = runId;
    followRun(connectionId, run);
}

void MainWindow::followRun(const QString &connectionId, const Api::Run &run)
{
    if (!m_tree->hasConnection(connectionId) || run.id <= 0) {
        return;
    }
    if (m_runs->scope().connectionId != connectionId) {
        selectFirstAccount(connectionId); // the detail's actions are the scope connection's
    }
    // A run just started is not listed until the next poll: put it in now when it belongs.
    Models::RunRecord record = Models::RunRecord::fromApi(run);
    const int row = m_runs->model()->rowForId(run.id);
    if (row >= 0) {
        record = m_runs->model()->runAt(row);
    } else if (run.jobDefinitionId && m_runs->scope().connectionId == connectionId
        && Models::runInScope(m_runs->scope(), record)) {
        m_runs->model()->merge({ record });
    }
    m_runs->selectRun(run.id);
    showRuns();
    openRunRecord(record);
    if (m_runs->scope().connectionId == connectionId) {
        m_runs->refresh(); // and the list follows it from now on
    }
}

} // namespace Dbtc::Ui
