// SPDX-License-Identifier: GPL-3.0-or-later
// The jobs room in the main window: a JobActions per connection (made on first use, over the
// session's JobWriter), shown in the Jobs menu (for the navigator's current node) and in the
// navigator's context menus of jobs, projects and environments. A saved or deleted job
// reloads the job page; the navigator reloads itself (the Workspace refreshes the tree on
// JobWriter::jobChanged).
#include "models/console/accounttreemodel.h"
#include "models/console/treeitem.h"
#include "models/workspace/connectionsession.h"
#include "models/workspace/workspace.h"
#include "ui/console/navigatorpanel.h"
#include "ui/console/runspanel.h"
#include "ui/jobs/jobactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QMenu>
#include <QMenuBar>

namespace Dbtc::Ui {

namespace {

JobTarget targetFor(const Models::TreeItem &item)
{
    JobTarget t;
    t.projectId = item.kind == Models::TreeNodeKind::Project ? item.id : item.projectId;
    t.environmentId = item.kind == Models::TreeNodeKind::Environment ? item.id : item.environmentId;
    if (item.kind == Models::TreeNodeKind::Job) {
        t.jobId = item.id;
        t.jobName = item.name;
    }
    return t;
}

void addMenuActions(QMenu *menu, const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        if (a) {
            menu->addAction(a);
        } else {
            menu->addSeparator();
        }
    }
}

} // namespace

JobActions *MainWindow::jobActions(const QString &connectionId)
{
    Models::ConnectionSession *session = m_workspace->session(connectionId);
    if (!session) {
        return nullptr;
    }
    JobActions *actions = m_jobActions.value(connectionId);
    if (actions && actions->writer() == session->jobWriter()) {
        return actions;
    }
    delete actions; // the connection was edited: a new session, a new writer
    actions = new JobActions(session->jobWriter(), this, this);
    connect(session, &QObject::destroyed, actions, &QObject::deleteLater);
    connect(actions, &JobActions::message, m_banner, &MessageBanner::showMessage);
    const auto reloadJobPage = [this, connectionId](qint64 jobId) {
        const Models::RunScope scope = m_runs->scope();
        if (scope.connectionId == connectionId && scope.jobId == jobId) {
            loadJobSteps(scope);
        }
    };
    connect(actions, &JobActions::jobSaved, this, [reloadJobPage](const Api::Job &job) {
        reloadJobPage(job.id);
    });
    connect(actions, &JobActions::jobDeleted, this, reloadJobPage);
    m_jobActions.insert(connectionId, actions);
    return actions;
}

void MainWindow::wireJobs()
{
    auto *menu = new QMenu(tr("&Jobs"), this);
    menu->setObjectName(QStringLiteral("jobsMenu"));
    menu->setToolTipsVisible(true); // a disabled action's tooltip says why
    // Before Help, after Run.
    const QList<QAction *> bar = menuBar()->actions();
    menuBar()->insertMenu(bar.isEmpty() ? nullptr : bar.constLast(), menu);
    m_jobsMenu = menu;
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const Models::RunScope scope = m_runs->scope();
        JobActions *actions = jobActions(scope.connectionId);
        if (!actions) {
            menu->addAction(tr("No connection selected"))->setEnabled(false);
            return;
        }
        JobTarget t;
        t.projectId = scope.projectId;
        t.environmentId = scope.environmentId;
        t.jobId = scope.jobId;
        if (scope.jobId) {
            const QModelIndex node =
                m_tree->findNode(scope.connectionId, Models::TreeNodeKind::Job, scope.jobId);
            t = node.isValid() ? targetFor(m_tree->itemFor(node)) : t;
        }
        actions->setContext(t);
        addMenuActions(menu, actions->scopeMenuActions());
        menu->addSeparator();
        addMenuActions(menu, actions->jobMenuActions());
    });

    connect(m_navigator,
        &NavigatorPanel::contextMenuAboutToShow,
        this,
        [this](QMenu *menu, const QString &connectionId, const Models::TreeItem &item) {
            const bool job = item.kind == Models::TreeNodeKind::Job;
            if (!job && item.kind != Models::TreeNodeKind::Project
                && item.kind != Models::TreeNodeKind::Environment) {
                return;
            }
            JobActions *actions = jobActions(connectionId);
            if (!actions) {
                return;
            }
            actions->setContext(targetFor(item));
            menu->setToolTipsVisible(true);
            menu->addSeparator();
            addMenuActions(menu, job ? actions->jobMenuActions() : actions->scopeMenuActions());
        });
}

} // namespace Dbtc::Ui
