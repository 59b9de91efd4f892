// SPDX-License-Identifier: GPL-3.0-or-later
// The compare room in the main window: "Compare Runs" on two selected runs, "Compare with Last
// Successful Run" on a failed one (the runs table's context menu and the run detail page),
// and File > Compare Artifact Folders…. One diff window, reused, bound to the comparison of
// the connection it shows (or the workspace's, for folders).
#include "models/compare/runcomparison.h"
#include "models/console/runrecord.h"
#include "models/workspace/connectionsession.h"
#include "models/workspace/workspace.h"
#include "ui/artifacts/browsepage.h"
#include "ui/compare/rundiffview.h"
#include "ui/console/runspanel.h"
#include "ui/shell/mainwindow.h"

#include <QFileDialog>
#include <QMenu>

namespace Dbtc::Ui {

void MainWindow::wireCompare(QMenu *file)
{
    file->addAction(tr("&Compare Artifact Folders…"), this, [this] {
        const QString before = QFileDialog::getExistingDirectory(
            this, tr("Compare: the older target/ folder (before)"));
        if (before.isEmpty()) {
            return;
        }
        const QString after = QFileDialog::getExistingDirectory(
            this, tr("Compare: the newer target/ folder (after)"));
        if (!after.isEmpty()) {
            compareFolders(before, after);
        }
    });
}

void MainWindow::fillCompareMenu(QMenu *menu, const QList<Models::RunRecord> &runs)
{
    const QString connectionId = m_runs->scope().connectionId;
    if (connectionId.isEmpty() || runs.isEmpty()) {
        return;
    }
    menu->addSeparator();
    QAction *pair = menu->addAction(tr("Compare Runs"));
    pair->setObjectName(QStringLiteral("compareRunsAction"));
    if (runs.size() == 2) {
        const qint64 a = runs.at(0).id, b = runs.at(1).id;
        connect(pair, &QAction::triggered, this, [this, connectionId, a, b] {
            compareRuns(connectionId, a, b);
        });
    } else {
        pair->setEnabled(false);
        pair->setToolTip(tr("Select exactly two runs to compare them."));
    }
    if (runs.size() == 1) {
        const Models::RunRecord &run = runs.first();
        QAction *green = menu->addAction(tr("Compare with Last Successful Run"));
        green->setObjectName(QStringLiteral("compareWithGreenAction"));
        const bool finished = !Api::isInProgress(run.status);
        green->setEnabled(finished && run.status != Api::RunStatus::Success);
        const qint64 id = run.id;
        connect(green, &QAction::triggered, this, [this, connectionId, id] {
            compareWithLastSuccess(connectionId, id);
        });
    }
}

RunDiffView *MainWindow::runDiffWindow() const
{
    return m_runDiff;
}

RunDiffView *MainWindow::showRunDiff()
{
    if (!m_runDiff) {
        m_runDiff = new RunDiffView(this);
        m_runDiff->setObjectName(QStringLiteral("runDiffWindow"));
        m_runDiff->setWindowFlag(Qt::Window);
        m_runDiff->resize(1100, 720);
        m_runDiff->setWindowTitle(tr("Compare runs"));
        connect(m_runDiff, &RunDiffView::openRunRequested, this, [this](qint64 runId) {
            openRun(m_diffConnection, runId);
            raise();
            activateWindow();
        });
        connect(m_runDiff,
            &RunDiffView::nodeRequested,
            this,
            [this](const QString &uniqueId, qint64 runId) {
                Models::ConnectionSession *s = m_workspace->session(m_diffConnection);
                if (!s) {
                    return;
                }
                m_browse->openRunArtifacts(s->runArtifacts(), runId, 0, uniqueId);
                m_browsing = true;
                updateCentralPage();
                raise();
                activateWindow();
            });
    }
    m_runDiff->show();
    m_runDiff->raise();
    m_runDiff->activateWindow();
    return m_runDiff;
}

Models::RunComparison *MainWindow::bindComparison(const QString &connectionId)
{
    Models::RunComparison *comparison = nullptr;
    if (connectionId.isEmpty()) {
        comparison = m_workspace->folderComparison();
    } else if (Models::ConnectionSession *s = m_workspace->session(connectionId)) {
        comparison = s->runComparison();
    }
    RunDiffView *view = showRunDiff();
    if (m_diffSource && m_diffSource != comparison) {
        m_diffSource->disconnect(view);
        m_diffSource->cancel();
    }
    if (comparison && m_diffSource != comparison) {
        connect(comparison, &Models::RunComparison::progress, view, &RunDiffView::showLoading);
        connect(comparison, &Models::RunComparison::failed, view, &RunDiffView::showFailure);
        connect(comparison, &Models::RunComparison::finished, view, &RunDiffView::setResult);
    }
    m_diffSource = comparison;
    m_diffConnection = connectionId;
    if (!comparison) {
        view->showFailure(tr("This connection is no longer in the console."));
    }
    return comparison;
}

void MainWindow::compareRuns(const QString &connectionId, qint64 firstRunId, qint64 secondRunId)
{
    if (Models::RunComparison *c = bindComparison(connectionId)) {
        m_runDiff->setWindowTitle(tr("Compare runs #%1 and #%2")
                                      .arg(std::min(firstRunId, secondRunId))
                                      .arg(std::max(firstRunId, secondRunId)));
        c->compareRuns(firstRunId, secondRunId);
    }
}

void MainWindow::compareWithLastSuccess(const QString &connectionId, qint64 runId)
{
    if (Models::RunComparison *c = bindComparison(connectionId)) {
        m_runDiff->setWindowTitle(tr("Compare run #%1 with the last successful run").arg(runId));
        c->compareWithLastSuccess(runId);
    }
}

void MainWindow::compareFolders(const QString &before, const QString &after)
{
    if (Models::RunComparison *c = bindComparison({})) {
        m_runDiff->setWindowTitle(tr("Compare artifact folders"));
        c->compareFolders(before, after);
    }
}

} // namespace Dbtc::Ui
