// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/job.h"
#include "api/types/run.h"
#include "models/console/runrecord.h"
#include "models/console/runscope.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace Dbtc::Models {
class ConnectionSession;
struct TreeItem;
class WatchList;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class RunActions;

//! \brief The write actions of the window: one RunActions per connection (over its session's
//! RunCommands, read-only included), and the places they show up: the Run menu, the runs tool bar,
//! the run detail's action bar and the context menus of runs and jobs. Only the connection on
//! screen has its actions in these places, so only its shortcuts are live.
class MainWindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    MainWindowActions(QWidget *window, Models::WatchList *watchList, QObject *parent = nullptr);
    ~MainWindowActions() override;

    //! A RunActions over \a session's commands; replaces the one of an older session.
    void addConnection(Models::ConnectionSession *session);
    void removeConnection(const QString &connectionId);
    RunActions *actionsFor(const QString &connectionId) const;
    //! The connection whose actions the menu and the tool bars show.
    void setCurrentConnection(const QString &connectionId);

    QString currentConnection() const { return m_current; }

    //! Where the actions live. The menu is filled here; the bars get the run actions.
    void setRunMenu(QMenu *menu);
    void setRunsToolBar(QToolBar *bar);
    void setDetailToolBar(QToolBar *bar);
    //! "Watch Job" (NotificationCenter's), added after the run actions in menu and tool bar.
    void setWatchAction(QAction *watch);

    //! What the actions apply to.
    void setJobContext(const Api::Job &job);
    void setRunContext(const QList<Api::Run> &runs);

    //! The right-click menu of the selected runs: Cancel, Rerun from failure, Rerun from
    //! start, Open in dbt Cloud, Copy run id.
    void fillRunMenu(QMenu *menu, const QList<Api::Run> &runs);
    //! Adds "Run Job…" and "Watch Job" at the top of a navigator job's menu.
    void fillJobMenu(QMenu *menu, const QString &connectionId, const Models::TreeItem &item);
    //! "Watch everything in this account / project / environment" on those navigator nodes.
    void fillScopeMenu(QMenu *menu, const QString &connectionId, const Models::TreeItem &item);

Q_SIGNALS:
    //! A run was started (or chosen to follow) in \a connectionId: select it and follow it.
    void followRun(const QString &connectionId, const Dbtc::Api::Run &run);
    //! The server's new state of a run (after a cancel).
    void runChanged(const QString &connectionId, const Dbtc::Api::Run &run);
    void message(const QString &text);

private:
    void rebuild();
    QList<QAction *> runActionList(RunActions *actions) const;

    QWidget *m_window;
    Models::WatchList *m_watchList;
    QHash<QString, RunActions *> m_actions;
    QString m_current;
    QPointer<QMenu> m_menu;
    QPointer<QToolBar> m_runsBar;
    QPointer<QToolBar> m_detailBar;
    QPointer<QAction> m_watch;
    QAction *m_noConnection;
};

} // namespace Dbtc::Ui
