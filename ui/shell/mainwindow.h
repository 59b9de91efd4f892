// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/connectioninfo.h"
#include "models/console/runrecord.h"
#include "models/console/runscope.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace Dbtc::Api {
class Client;
struct Run;
} // namespace Dbtc::Api

namespace Dbtc::Models {
class AccountTreeModel;
class ConnectionSession;
class RecentFiles;
class RunComparison;
class SettingsStore;
class WatchList;
class Workspace;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class AdminPages;
class BrowsePage;
class ConsoleStatusBar;
class InboxPage;
class PulsePage;
class JobActions;
class JobTrendView;
class RunDiffView;
class MainWindowActions;
class ModelPerformanceView;
class MessageBanner;
class NavigatorPanel;
class NotificationCenter;
class NotificationList;
class QuickOpen;
class RunActions;
class RunDetailPage;
class RunsPanel;
class SettingsDialog;
class WelcomePage;

//! \brief The console window: navigator on the left, the runs dashboard (or a run) in the
//! centre, a status bar, a banner for messages, and the welcome page while there is no
//! connection. It composes the per-area widgets and binds them to the Workspace's models;
//! it creates no model objects and never talks to a client. Connections come and go
//! through the Workspace (its connectionAdded / connectionRemoved signals).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    //! \a workspace must outlive the window.
    explicit MainWindow(Models::Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Models::Workspace *workspace() const { return m_workspace; }

    //! A non-modal banner, e.g. "no keychain: tokens kept for this session only".
    void showMessage(const QString &text);
    //! Shows \a runId of \a connectionId: selected in the runs list (when listed) and open in
    //! the detail view, followed live while it runs.
    void openRun(const QString &connectionId, qint64 runId);
    //! Opens a dbt artifact file or a folder (a target/ opens all four) in the artifact
    //! browser; the app calls it for `--open PATH`. Needs no connection.
    void openArtifacts(const QString &path);
    //! The job's duration trend window (one, reused), filled from the local history.
    JobTrendView *showJobTrend(const QString &connectionId, qint64 jobId, const QString &jobName);
    //! The run diff window (one, reused), comparing two runs of \a connectionId, a failed
    //! run with its job's last success, or two local target folders.
    void compareRuns(const QString &connectionId, qint64 firstRunId, qint64 secondRunId);
    void compareWithLastSuccess(const QString &connectionId, qint64 runId);
    void compareFolders(const QString &before, const QString &after);
    RunDiffView *runDiffWindow() const;
    //! The environment's model performance window (one, reused).
    ModelPerformanceView *showModelPerformance(
        const QString &connectionId, qint64 environmentId, const QString &environmentName);

    NavigatorPanel *navigator() const { return m_navigator; }

    RunsPanel *runsPanel() const { return m_runs; }

    RunDetailPage *runDetail() const { return m_detail; }

    WelcomePage *welcomePage() const { return m_welcome; }

    QuickOpen *quickOpen() const { return m_quickOpen; }

    //! The Settings dialog once opened (File > Settings), else null.
    SettingsDialog *settingsDialog() const;

    ConsoleStatusBar *consoleStatusBar() const { return m_statusBar; }

    MessageBanner *banner() const { return m_banner; }

    Models::AccountTreeModel *treeModel() const { return m_tree; }

    //! The write actions of a connection (nullptr for an unknown one).
    RunActions *runActions(const QString &connectionId) const;

    MainWindowActions *actions() const { return m_actions; }

    //! The job write actions of a connection (made on first use; nullptr for an unknown one).
    JobActions *jobActions(const QString &connectionId);

    //! The Jobs menu of the menu bar.
    QMenu *jobsMenu() const { return m_jobsMenu; }

    NotificationCenter *notifications() const { return m_notifications; }

    Models::WatchList *watchList() const { return m_watchList; }

    QDockWidget *notificationDock() const { return m_notificationDock; }

    BrowsePage *browsePage() const { return m_browse; }

    //! The failure inbox page; nullptr when the workspace has no history.
    InboxPage *inboxPage() const { return m_inbox; }

    //! The pulse page (every job at a glance); nullptr when the workspace has no history.
    PulsePage *pulsePage() const;

    //! View > Pulse (Ctrl+4).
    QAction *pulseAction() const { return m_pulseAction; }

    void showPulse();

    //! View > Failure Inbox (Ctrl+3); disabled without a history.
    QAction *inboxAction() const { return m_inboxAction; }

    bool isShowingInbox() const { return m_showingInbox; }

    //! Shows the failure inbox page (no-op without one).
    void showInbox();

    Models::RecentFiles *recentFiles() const { return m_recent; }

    //! The administration pages (mainwindowadmin.cpp), shown from the navigator.
    AdminPages *adminPages() const { return m_adminPages; }

    bool isShowingAdmin() const;

    bool isShowingRunDetail() const;

    bool isShowingArtifacts() const { return m_browsing; }

Q_SIGNALS:
    void addConnectionRequested();
    void editConnectionRequested(const QString &id);
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void showSettings();
    QString aboutText() const;
    void wireActions();
    void wireNotifications();
    void wireArtifacts(QMenu *file);
    void wireInbox();
    void wirePulse(QMenu *view);
    void updateInboxCount();
    void queueInboxCount();
    void watchInboxFreshness(const QString &connectionId);
    void wireTrends();
    void wireCompare(QMenu *file);
    void fillCompareMenu(QMenu *menu, const QList<Models::RunRecord> &runs);
    RunDiffView *showRunDiff();
    Models::RunComparison *bindComparison(const QString &connectionId);
    void wireJobs();
    void wireAdmin();
    void showAdmin(const QString &connectionId, int area);
    void loadJobTrend();
    void loadModelPerformance();
    void leaveArtifacts();
    void updateCentralPage();
    void onScopeSelected(const Models::RunScope &scope, const QString &title);
    void openRunRecord(const Models::RunRecord &run);
    void followRun(const QString &connectionId, const Api::Run &run);
    void updateActionContext();
    void loadJobSteps(const Models::RunScope &scope);
    void setPollingActive();
    void showRuns();
    void onConnectionAdded(Models::ConnectionSession *session);
    void onConnectionRemoved(const QString &connectionId);
    void selectFirstAccount(const QString &connectionId);

    Models::Workspace *m_workspace;
    Models::AccountTreeModel *m_tree;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QSplitter *m_splitter;
    NavigatorPanel *m_navigator;
    QStackedWidget *m_centre;
    RunsPanel *m_runs;
    RunDetailPage *m_detail;
    MessageBanner *m_banner;
    ConsoleStatusBar *m_statusBar;
    QuickOpen *m_quickOpen;
    QPointer<SettingsDialog> m_settingsDialog;
    Models::WatchList *m_watchList;
    NotificationCenter *m_notifications;
    MainWindowActions *m_actions;
    QDockWidget *m_notificationDock;
    BrowsePage *m_browse;
    InboxPage *m_inbox = nullptr;
    QAction *m_inboxAction = nullptr;
    PulsePage *m_pulse = nullptr;
    QAction *m_pulseAction = nullptr;
    bool m_showingPulse = false;
    Models::RecentFiles *m_recent;
    bool m_inTray = false;
    bool m_browsing = false;
    bool m_showingInbox = false;
    bool m_inboxCountQueued = false;
    bool m_splitterSized = false;
    // trends room (mainwindowtrends.cpp): windows made on first use
    QPointer<JobTrendView> m_jobTrend;
    QString m_trendConnection;
    qint64 m_trendJob = 0;
    QPointer<ModelPerformanceView> m_performance;
    QString m_performanceConnection;
    qint64 m_performanceEnvironment = 0;
    // compare room (mainwindowcompare.cpp)
    QPointer<RunDiffView> m_runDiff;
    QPointer<Models::RunComparison> m_diffSource;
    QString m_diffConnection;
    // jobs room (mainwindowjobs.cpp)
    QHash<QString, QPointer<JobActions>> m_jobActions;
    QMenu *m_jobsMenu = nullptr;
    AdminPages *m_adminPages = nullptr; // admin room (mainwindowadmin.cpp)
};

} // namespace Dbtc::Ui
