// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the pulse page (issue 13): every job of every connection at a glance, among the
// window's pages (View > Pulse, Ctrl+4), filled from the history at start and after each watch
// cycle; opening a job shows its newest run.
#include "models/history/localhistory.h"
#include "models/history/pulsemodel.h"
#include "models/workspace/workspace.h"
#include "ui/pulse/pulsepage.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>

namespace Dbtc::Ui {

void MainWindow::wirePulse(QMenu *view)
{
    m_pulseAction = view->addAction(
        tr("&Pulse"), QKeySequence(QStringLiteral("Ctrl+4")), this, &MainWindow::showPulse);
    m_pulseAction->setObjectName(QStringLiteral("pulseAction"));
    Models::LocalHistory *history = m_workspace->history();
    if (!history) {
        m_pulseAction->setEnabled(false); // tests and tools without a history file
        return;
    }
    m_pulse = new PulsePage(history->pulse(), this);
    m_pulse->setObjectName(QStringLiteral("pulsePage"));
    m_pages->addWidget(m_pulse);
    connect(m_pulse,
        &PulsePage::openRunRequested,
        this,
        [this](const QString &connectionId, qint64 runId) {
            m_showingPulse = false;
            updateCentralPage();
            openRun(connectionId, runId);
        });
}

void MainWindow::showPulse()
{
    if (!m_pulse) {
        return;
    }
    m_showingPulse = true;
    m_showingInbox = false;
    if (m_browsing) {
        leaveArtifacts(); // the pulse, not the artifacts, is where the user asked to go
    }
    updateCentralPage();
    m_pulse->view()->setFocus();
}

PulsePage *MainWindow::pulsePage() const
{
    return m_pulse;
}

} // namespace Dbtc::Ui
