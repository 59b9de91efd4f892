// SPDX-License-Identifier: GPL-3.0-or-later
// The trends room in the main window: "Duration trends" on a job's and "Model performance" on
// an environment's context menu open a window each (reused), filled from the local history on
// its thread; their links open runs and node pages in the main window.
#include "models/console/treeitem.h"
#include "models/history/jobtrend.h"
#include "models/history/localhistory.h"
#include "models/history/modelperformance.h"
#include "models/workspace/connectionsession.h"
#include "models/workspace/workspace.h"
#include "ui/artifacts/browsepage.h"
#include "ui/console/navigatorpanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/trends/jobtrendview.h"
#include "ui/trends/modelperformanceview.h"

#include <QMenu>
#include <QPointer>

namespace Dbtc::Ui {

void MainWindow::wireTrends()
{
    connect(m_navigator,
        &NavigatorPanel::contextMenuAboutToShow,
        this,
        [this](QMenu *menu, const QString &connectionId, const Models::TreeItem &item) {
            if (!m_workspace->history()) {
                return;
            }
            if (item.kind == Models::TreeNodeKind::Job) {
                menu->addSeparator();
                menu->addAction(tr("Duration Trends…"), this, [this, connectionId, item] {
                    showJobTrend(connectionId, item.id, item.name);
                });
            } else if (item.kind == Models::TreeNodeKind::Environment) {
                menu->addSeparator();
                menu->addAction(tr("Model Performance…"), this, [this, connectionId, item] {
                    showModelPerformance(connectionId, item.id, item.name);
                });
            }
        });
}

JobTrendView *MainWindow::showJobTrend(
    const QString &connectionId, qint64 jobId, const QString &jobName)
{
    if (!m_jobTrend) {
        m_jobTrend = new JobTrendView(this);
        m_jobTrend->setWindowFlag(Qt::Window);
        m_jobTrend->resize(900, 560);
        connect(m_jobTrend, &JobTrendView::openRunRequested, this, [this](qint64 runId) {
            openRun(m_trendConnection, runId);
            raise();
            activateWindow();
        });
        connect(m_jobTrend, &JobTrendView::runCountChanged, this, [this] {
            loadJobTrend();
        });
    }
    m_trendConnection = connectionId;
    m_trendJob = jobId;
    m_jobTrend->setWindowTitle(tr("Duration trends — %1").arg(jobName));
    m_jobTrend->setTitle(jobName);
    loadJobTrend();
    m_jobTrend->show();
    m_jobTrend->raise();
    return m_jobTrend;
}

void MainWindow::loadJobTrend()
{
    Models::LocalHistory *history = m_workspace->history();
    if (!history || !m_jobTrend) {
        return;
    }
    QPointer<JobTrendView> view = m_jobTrend;
    const qint64 job = m_trendJob;
    Models::readJobTrend(*history->store(),
        m_trendConnection,
        job,
        m_jobTrend->runCount(),
        [this, view, job](Models::JobTrend trend) {
            if (view && job == m_trendJob) { // another job asked meanwhile: its answer wins
                view->setTrend(trend);
            }
        });
}

ModelPerformanceView *MainWindow::showModelPerformance(
    const QString &connectionId, qint64 environmentId, const QString &environmentName)
{
    if (!m_performance) {
        m_performance = new ModelPerformanceView(this);
        m_performance->setWindowFlag(Qt::Window);
        m_performance->resize(1100, 700);
        connect(m_performance, &ModelPerformanceView::daysChanged, this, [this] {
            loadModelPerformance();
        });
        connect(m_performance, &ModelPerformanceView::openRunRequested, this, [this](qint64 runId) {
            openRun(m_performanceConnection, runId);
            raise();
            activateWindow();
        });
        connect(m_performance,
            &ModelPerformanceView::nodePageRequested,
            this,
            [this](const QString &uniqueId, qint64 runId, int step) {
                Models::ConnectionSession *s = m_workspace->session(m_performanceConnection);
                if (!s || runId == 0) {
                    return;
                }
                // The node page of the newest run's artifacts (its manifest knows the node).
                m_browse->openRunArtifacts(s->runArtifacts(), runId, step, uniqueId);
                m_browsing = true;
                updateCentralPage();
                raise();
                activateWindow();
            });
    }
    m_performanceConnection = connectionId;
    m_performanceEnvironment = environmentId;
    m_performance->setWindowTitle(tr("Model performance — %1").arg(environmentName));
    m_performance->setTitle(environmentName);
    loadModelPerformance();
    m_performance->show();
    m_performance->raise();
    return m_performance;
}

void MainWindow::loadModelPerformance()
{
    Models::LocalHistory *history = m_workspace->history();
    if (!history || !m_performance) {
        return;
    }
    m_performance->setLoading();
    QPointer<ModelPerformanceView> view = m_performance;
    const qint64 environment = m_performanceEnvironment;
    const int days = m_performance->days();
    Models::readModelPerformance(*history->store(),
        m_performanceConnection,
        environment,
        days,
        [this, view, environment, days](Models::ModelPerformance performance) {
            if (view && environment == m_performanceEnvironment && days == view->days()) {
                view->setPerformance(performance);
            }
        });
}

} // namespace Dbtc::Ui
