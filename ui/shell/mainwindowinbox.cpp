// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the failure inbox (issue 13): its page among the window's pages, View > Failure
// Inbox and the status bar's count of open groups, "open" going to triage at the newest
// affected run, and the desktop notifications that come from the inbox (one per new group).
#include "models/history/failureinbox.h"
#include "models/history/localhistory.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchpoller.h"
#include "models/workspace/workspace.h"
#include "ui/inbox/inboxpage.h"
#include "ui/notifications/notificationcenter.h"
#include "ui/shell/consolestatusbar.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>

#include <utility>

namespace Dbtc::Ui {

void MainWindow::wireInbox()
{
    Models::LocalHistory *history = m_workspace->history();
    if (!history) {
        m_inboxAction->setEnabled(false); // tests and tools without a history file
        return;
    }
    m_inbox = new InboxPage(history->inbox(), history->inboxModel(), this);
    m_inbox->setObjectName(QStringLiteral("inboxPage"));
    m_pages->addWidget(m_inbox);
    connect(m_inbox,
        &InboxPage::openRunRequested,
        this,
        [this](const QString &connectionId, qint64 runId, int) {
            // Triage opens on the run's failing step by itself.
            m_showingInbox = false;
            updateCentralPage();
            openRun(connectionId, runId);
        });
    connect(m_statusBar, &ConsoleStatusBar::inboxRequested, this, [this] {
        if (m_showingInbox) {
            showRuns();
        } else {
            showInbox();
        }
    });

    Models::FailureInbox *inbox = history->inbox();
    // What the page shows at start comes from the database: stale until a watch polls.
    m_inbox->setStale(true);
    m_notifications->setFailuresFromInbox(true);
    connect(inbox, &Models::FailureInbox::newGroup, m_notifications, [this](const auto &group) {
        m_notifications->announceNewFailure(group);
    });
    connect(inbox, &Models::FailureInbox::loaded, this, &MainWindow::queueInboxCount);
    connect(inbox, &Models::FailureInbox::groupAdded, this, &MainWindow::queueInboxCount);
    connect(inbox, &Models::FailureInbox::groupChanged, this, &MainWindow::queueInboxCount);
    connect(inbox, &Models::FailureInbox::groupsReset, this, &MainWindow::queueInboxCount);
    updateInboxCount();
}

void MainWindow::queueInboxCount()
{
    // One run's results change many groups at once: count once, after them, not per change.
    if (!std::exchange(m_inboxCountQueued, true)) {
        QTimer::singleShot(0, this, [this] {
            m_inboxCountQueued = false;
            updateInboxCount();
        });
    }
}

void MainWindow::updateInboxCount()
{
    if (!m_workspace->history()) {
        return;
    }
    int open = 0;
    for (const Models::InboxGroup &group : m_workspace->history()->inbox()->groups()) {
        open += group.isResolved() ? 0 : 1;
    }
    m_statusBar->setOpenInboxGroups(open);
    m_inboxAction->setText(
        open > 0 ? tr("Failure &Inbox (%1 open)").arg(open) : tr("Failure &Inbox"));
}

void MainWindow::showInbox()
{
    if (!m_inbox) {
        return;
    }
    m_showingInbox = true;
    m_showingPulse = false;
    if (m_browsing) {
        leaveArtifacts(); // the inbox, not the artifacts, is where the user asked to go
    }
    updateCentralPage();
    m_inbox->view()->setFocus();
}

void MainWindow::watchInboxFreshness(const QString &connectionId)
{
    if (!m_inbox) {
        return;
    }
    if (Models::WatchPoller *watch = m_workspace->watchPoller(connectionId)) {
        connect(watch, &Models::WatchPoller::refreshed, m_inbox, [page = m_inbox] {
            page->setStale(false);
        });
    }
}

} // namespace Dbtc::Ui
