// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "models/artifacts/recentfiles.h"
#include "models/common/preferences.h"
#include "models/common/roles.h"
#include "models/common/settingsstore.h"
#include "models/console/accounttreemodel.h"
#include "models/console/runconversions.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "models/console/treerefresher.h"
#include "models/notifications/watchlist.h"
#include "models/workspace/connectionsession.h"
#include "models/workspace/workspace.h"
#include "ui/artifacts/browsepage.h"
#include "ui/console/navigatordelegate.h"
#include "ui/console/navigatorpanel.h"
#include "ui/console/runfilterbar.h"
#include "ui/console/runspanel.h"
#include "ui/inbox/inboxpage.h"
#include "ui/notifications/notificationcenter.h"
#include "ui/notifications/notificationlist.h"
#include "ui/notifications/trayicon.h"
#include "ui/pulse/pulsepage.h"
#include "ui/rundetail/rundetailpage.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/consolestatusbar.h"
#include "ui/shell/mainwindowactions.h"
#include "ui/shell/quickopen.h"
#include "ui/shell/welcomepage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/pagestack.h"
#include "ui/widgets/thememenu.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dbtc::Ui {

MainWindow::MainWindow(Models::Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_tree(workspace->tree())
    , m_pages(new PageStack(this))
    , m_welcome(new WelcomePage(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new NavigatorPanel(m_tree, this))
    , m_centre(new PageStack(this))
    , m_runs(new RunsPanel(workspace->runs(), workspace->runPoller(), this))
    , m_detail(new RunDetailPage(this))
    , m_banner(new MessageBanner(this))
    , m_statusBar(new ConsoleStatusBar(this))
    , m_quickOpen(new QuickOpen(workspace->quickOpen(), this))
    , m_watchList(workspace->watchList())
    , m_notifications(new NotificationCenter(workspace->notifier(),
          workspace->notifications(),
          m_watchList,
          QIcon(QStringLiteral(":/dbt-cloud-console.svg")),
          workspace->preferences(),
          this))
    , m_actions(new MainWindowActions(this, m_watchList, this))
    , m_notificationDock(new QDockWidget(QStringLiteral("Notifications"), this))
    , m_browse(new BrowsePage(this))
    , m_recent(workspace->recentFiles())
{
    setWindowTitle(tr("dbt Cloud Console"));
    setWindowIcon(QIcon(QStringLiteral(":/dbt-cloud-console.svg")));
    resize(1200, 740); // fits a 1280x800 screen with its panel and title bar

    m_centre->addWidget(m_runs);
    m_centre->addWidget(m_detail);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_centre);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_navigator->setMinimumWidth(200); // with the runs page, the window fits 800 px
    m_splitter->installEventFilter(this);
    m_splitter->setChildrenCollapsible(false);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_browse);
    setAcceptDrops(true); // dbt artifact files and target/ folders

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    createMenus();
    restoreLayout();

    connect(
        m_welcome, &WelcomePage::addConnectionRequested, this, &MainWindow::addConnectionRequested);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_navigator, &NavigatorPanel::scopeSelected, this, &MainWindow::onScopeSelected);
    connect(m_navigator,
        &NavigatorPanel::editConnectionRequested,
        this,
        &MainWindow::editConnectionRequested);
    connect(m_runs, &RunsPanel::runActivated, this, &MainWindow::openRunRecord);
    connect(m_detail, &RunDetailPage::backRequested, this, &MainWindow::showRuns);
    connect(m_quickOpen,
        &QuickOpen::nodeChosen,
        this,
        [this](const QString &connectionId, Models::TreeNodeKind kind, qint64 id) {
            showRuns();
            m_navigator->select(connectionId, kind, id);
            m_runs->view()->setFocus();
        });
    connect(m_quickOpen,
        &QuickOpen::runChosen,
        this,
        [this](const QString &connectionId, qint64, qint64 runId) {
            openRun(connectionId, runId);
        });

    Models::RunPoller *poller = workspace->runPoller();
    connect(poller, &Models::RunPoller::runsMerged, this, [this] {
        updateActionContext();
    }); // a selected run may have finished
    connect(poller, &Models::RunPoller::refreshed, m_statusBar, &ConsoleStatusBar::setLastRefresh);
    connect(poller, &Models::RunPoller::failed, m_statusBar, [this](const QString &message) {
        m_statusBar->setError(message);
    });
    connect(workspace, &Models::Workspace::connectionAdded, this, &MainWindow::onConnectionAdded);
    connect(
        workspace, &Models::Workspace::connectionRemoved, this, &MainWindow::onConnectionRemoved);
    connect(m_tree,
        &Models::AccountTreeModel::loadFailed,
        this,
        [this](const QString &, const QString &message) {
            m_statusBar->setError(message);
        });
    wireActions();
    wireNotifications();
    wireInbox();
    wireTrends();
    wireJobs();
    wireAdmin();
    updateCentralPage();
}

MainWindow::~MainWindow()
{
    m_workspace->preferences()->setWindowLayout(
        saveGeometry(), saveState(), m_splitter->saveState());
    m_workspace->saveAllCaches();
}

QString MainWindow::aboutText() const
{
    // The components we link and their licences: the same list as packaging's copyright file.
    return tr("<h3>dbt Cloud Console %1</h3>"
              "<p>A native desktop console for dbt Cloud: live runs, failures and their causes.</p>"
              "<p>Built with Qt %2, running on Qt %3 (%4).</p>"
              "<p>Licensed under the GNU GPL v3 or later. It uses Qt (LGPL v3), QtKeychain "
              "(BSD-3-Clause), simdjson (Apache-2.0), SQLite (public domain) and dtl "
              "(BSD-3-Clause).</p>"
              "<p>dbt and dbt Cloud are trademarks of dbt Labs, Inc. This project is not "
              "affiliated with dbt Labs.</p>")
        .arg(QApplication::applicationVersion(),
            QStringLiteral(QT_VERSION_STR),
            QString::fromLatin1(qVersion()),
            QGuiApplication::platformName());
}

void MainWindow::restoreLayout()
{
    const Models::Preferences *prefs = m_workspace->preferences();
    // A layout from another screen that no longer fits is corrected by Qt (restoreGeometry
    // moves the window onto an available screen); a corrupt blob is ignored.
    if (!prefs->windowGeometry().isEmpty()) {
        restoreGeometry(prefs->windowGeometry());
    }
    if (!prefs->windowState().isEmpty()) {
        restoreState(prefs->windowState());
    }
    if (!prefs->splitterState().isEmpty()) {
        m_splitter->restoreState(prefs->splitterState());
    }
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

void MainWindow::showSettings()
{
    if (!m_settingsDialog) {
        auto *dialog = new SettingsDialog(m_workspace->preferences(), this);
        m_settingsDialog = dialog;
        connect(dialog, &SettingsDialog::measureCacheRequested, this, [this, dialog] {
            m_workspace->measureArtifactCache(dialog, [dialog](qint64 bytes) {
                dialog->setCacheUsage(bytes);
            });
        });
        connect(dialog, &SettingsDialog::measureHistoryRequested, this, [this, dialog] {
            m_workspace->measureHistory(dialog, [dialog](qint64 bytes) {
                if (bytes >= 0) {
                    dialog->setHistoryUsage(bytes); // no history open: the row stays hidden
                }
            });
        });
        connect(dialog, &SettingsDialog::clearHistoryRequested, this, [this, dialog] {
            m_workspace->clearHistory(dialog, [dialog](bool ok) {
                dialog->setHistoryCleared(ok);
            });
        });
        connect(dialog, &SettingsDialog::clearCacheRequested, this, [this, dialog] {
            m_workspace->clearArtifactCache(dialog, [dialog](bool ok) {
                dialog->setCacheCleared(ok);
            });
        });
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Add connection…"),
        QKeySequence(QStringLiteral("Ctrl+N")),
        this,
        &MainWindow::addConnectionRequested);
    file->addAction(tr("Try the &demo"), this, &MainWindow::demoRequested);
    file->addSeparator();
    wireArtifacts(file);
    wireCompare(file);
    file->addSeparator();
    file->addAction(tr("&Settings…"),
            QKeySequence(QStringLiteral("Ctrl+,")),
            this,
            &MainWindow::showSettings)
        ->setObjectName(QStringLiteral("settingsAction"));
    file->addSeparator();
    // Quit means quit, also when closing the window would only hide it in the tray.
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        m_workspace->saveAllCaches();
        QApplication::quit();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Go to…"), QKeySequence(QStringLiteral("Ctrl+K")), this, [this] {
        m_quickOpen->popup();
    });
    view->addSeparator();
    view->addAction(tr("&Navigator"), QKeySequence(QStringLiteral("Ctrl+1")), this, [this] {
        m_navigator->view()->setFocus();
    });
    view->addAction(tr("&Runs"), QKeySequence(QStringLiteral("Ctrl+2")), this, [this] {
        showRuns();
        m_runs->view()->setFocus();
    });
    m_inboxAction = view->addAction(
        tr("Failure &Inbox"), QKeySequence(QStringLiteral("Ctrl+3")), this, &MainWindow::showInbox);
    m_inboxAction->setObjectName(QStringLiteral("inboxAction"));
    wirePulse(view);
    view->addAction(
        tr("&Filter navigator"), QKeySequence(QStringLiteral("Ctrl+Shift+F")), this, [this] {
            m_navigator->filterEdit()->setFocus();
        });
    view->addAction(tr("&Search runs"), QKeySequence::Find, this, [this] {
        showRuns();
        m_runs->filterBar()->textEdit()->setFocus();
        m_runs->filterBar()->textEdit()->selectAll();
    });
    view->addSeparator();
    view->addAction(tr("Re&fresh"), QKeySequence::Refresh, this, [this] {
        m_runs->refresh();
        for (const QString &id : m_tree->connectionIds()) {
            m_tree->refreshLoaded(id);
        }
    });
    view->addAction(
        tr("&Back"), QKeySequence(QStringLiteral("Alt+Left")), this, &MainWindow::showRuns);
    view->addSeparator();
    view->addMenu(new ThemeMenu(view));

    m_actions->setRunMenu(menuBar()->addMenu(tr("&Run")));
    view->addSeparator();
    QAction *notes = m_notificationDock->toggleViewAction();
    notes->setText(tr("N&otifications"));
    notes->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    view->addAction(notes);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About dbt Cloud Console"), this, [this] {
        QMessageBox::about(this, tr("About dbt Cloud Console"), aboutText());
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::onConnectionAdded(Models::ConnectionSession *session)
{
    const Models::ConnectionInfo &info = session->info();
    m_actions->addConnection(session);
    watchInboxFreshness(info.id);
    updateCentralPage();
    const QModelIndex node = m_tree->findNode(info.id, Models::TreeNodeKind::Connection, 0);
    if (!m_runs->scope().isValid() && m_tree->rowCount(node) > 0) {
        selectFirstAccount(info.id);
    }
}

void MainWindow::onConnectionRemoved(const QString &id)
{
    if (!m_runs->scope().isValid()) {
        showRuns();
        m_runs->clearScope();
        m_statusBar->setSession(nullptr, {});
    }
    m_actions->removeConnection(id);
    updateCentralPage();
}

void MainWindow::showMessage(const QString &text)
{
    m_banner->showMessage(text);
}

RunActions *MainWindow::runActions(const QString &connectionId) const
{
    return m_actions->actionsFor(connectionId);
}

bool MainWindow::isShowingRunDetail() const
{
    return m_centre->currentWidget() == m_detail;
}

void MainWindow::updateCentralPage()
{
    const bool any = !m_tree->connectionIds().isEmpty();
    if (m_browsing) {
        m_pages->setCurrentWidget(m_browse);
        return;
    }
    if (m_showingInbox && m_inbox) {
        m_pages->setCurrentWidget(m_inbox); // it needs no connection: history is local
        return;
    }
    if (m_showingPulse && m_pulse) {
        m_pages->setCurrentWidget(m_pulse); // from the history too
        return;
    }
    m_pages->setCurrentWidget(any ? static_cast<QWidget *>(m_splitter) : m_welcome);
}

void MainWindow::selectFirstAccount(const QString &connectionId)
{
    const QModelIndex conn = m_tree->findNode(connectionId, Models::TreeNodeKind::Connection, 0);
    const QModelIndex account = m_tree->index(0, 0, conn); // the connection's first account
    if (!account.isValid()) {
        return;
    }
    m_navigator->select(account.data(Models::ConnectionIdRole).toString(),
        Models::TreeNodeKind::Account,
        account.data(Models::NodeIdRole).toLongLong());
    m_navigator->view()->expand(m_navigator->view()->currentIndex());
}

void MainWindow::onScopeSelected(const Models::RunScope &scope, const QString &title)
{
    if (scope == m_runs->scope()) {
        if (isShowingAdmin()) {
            showRuns(); // back from an administration page to the same account's runs
        }
        return;
    }
    showRuns();
    m_workspace->showScope(scope);
    m_runs->setScope(scope, title);
    loadJobSteps(scope);
    m_statusBar->setSession(
        m_workspace->session(scope.connectionId), m_tree->connection(scope.connectionId).name);
    m_actions->setCurrentConnection(scope.connectionId);
    updateActionContext();
}

void MainWindow::openRunRecord(const Models::RunRecord &run)
{
    const QString connectionId = m_runs->scope().connectionId;
    Models::ConnectionSession *session = m_workspace->session(connectionId);
    m_detail->showRun(
        session ? session->runDetail() : nullptr, run.id, run.href, m_navigator->breadcrumb());
    m_centre->setCurrentWidget(m_detail);
    m_detail->setFocus();
    updateActionContext();
}

void MainWindow::showRuns()
{
    if (m_browsing) {
        leaveArtifacts();
        return; // back to where the user was: the runs or the run they came from
    }
    if (m_showingInbox || m_showingPulse) {
        m_showingInbox = false;
        m_showingPulse = false;
        updateCentralPage();
    }
    if (m_centre->currentWidget() != m_runs) {
        m_centre->setCurrentWidget(m_runs);
        m_runs->view()->setFocus();
        updateActionContext();
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The runs table's size hint is wide enough to squeeze the navigator to its minimum; give
    // it a quarter of the width the first time the splitter has a real size.
    if (watched == m_splitter && event->type() == QEvent::Resize && !m_splitterSized
        && m_splitter->width() > 600) {
        m_splitterSized = true;
        // Wide enough for "Demo (simulated dbt Cloud)" and a job's schedule line.
        const int nav = std::clamp(m_splitter->width() / 4, 300, 380);
        m_splitter->setSizes({ nav, m_splitter->width() - nav });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setPollingActive()
{
    // Hidden in the tray with "keep polling" on, the poller feeds the notifications.
    m_workspace->setDashboardActive((isVisible() && !isMinimized()) || m_inTray);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange) {
        setPollingActive();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    m_inTray = false;
    QMainWindow::showEvent(event);
    setPollingActive();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    setPollingActive();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_workspace->saveAllCaches();
    if (m_notifications->tray()->keepPollingWhenClosed() && TrayIcon::isSystemTrayAvailable()
        && !m_tree->connectionIds().isEmpty()) {
        m_inTray = true; // the tray's menu has Quit; its click shows the window again
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace Dbtc::Ui
