// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, the account administration (issue 12): the navigator's "Administration" nodes
// show the admin room's pages in the main area, bound to that connection's AdminDirectory and
// AdminWriter; the status bar follows the connection as it does for runs.
#include "models/common/adminarea.h"
#include "models/console/accounttreemodel.h"
#include "models/workspace/connectionsession.h"
#include "models/workspace/workspace.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/adminpages.h"
#include "ui/console/navigatorpanel.h"
#include "ui/shell/consolestatusbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindowactions.h"

#include <QStackedWidget>
#include <QTableView>

namespace Dbtc::Ui {

void MainWindow::wireAdmin()
{
    m_adminPages = new AdminPages(this);
    m_centre->addWidget(m_adminPages);
    connect(m_navigator, &NavigatorPanel::adminAreaSelected, this, &MainWindow::showAdmin);
    for (const Models::AdminArea area : Models::adminAreas()) {
        connect(
            m_adminPages->page(area), &AdminPage::statusChanged, this, [this](const QString &t) {
                if (!t.isEmpty()) {
                    m_statusBar->showMessage(t, 8000);
                }
            });
    }
}

bool MainWindow::isShowingAdmin() const
{
    return m_adminPages && m_centre->currentWidget() == m_adminPages;
}

void MainWindow::showAdmin(const QString &connectionId, int area)
{
    Models::ConnectionSession *session = m_workspace->session(connectionId);
    if (!session || area < 0 || area >= Models::AdminAreaCount) {
        return;
    }
    if (m_browsing || m_showingInbox || m_showingPulse) {
        showRuns(); // leave the full-window pages first; the navigator is where the click was
    }
    m_adminPages->showArea(session->admin(), session->adminWriter(), Models::AdminArea(area));
    m_centre->setCurrentWidget(m_adminPages);
    m_statusBar->setSession(session, m_tree->connection(connectionId).name);
    m_actions->setCurrentConnection(connectionId);
}

} // namespace Dbtc::Ui
