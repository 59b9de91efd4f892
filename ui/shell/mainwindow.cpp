// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "models/console/accounttreemodel.h"
#include "models/workspace/connectionsession.h"
#include "models/console/offlinecache.h"
#include "models/common/roles.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "models/notifications/watchlist.h"
#include "ui/shell/consolestatusbar.h"
#include "models/artifacts/recentfiles.h"
#include "ui/artifacts/browsepage.h"
#include "ui/shell/mainwindowactions.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/thememenu.h"
#include "ui/console/navigatordelegate.h"
#include "ui/console/navigatorpanel.h"
#include "ui/notifications/notificationcenter.h"
#include "ui/notifications/notificationlist.h"
#include "ui/shell/quickopen.h"
#include "ui/rundetail/rundetailpage.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/console/runfilterbar.h"
#include "ui/console/runspanel.h"
#include "ui/notifications/trayicon.h"
#include "ui/shell/welcomepage.h"

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

MainWindow::MainWindow(QWidget *parent, const QString &cacheDirectory)
    : QMainWindow(parent)
    , m_tree(new Models::AccountTreeModel(this))
    , m_cache(std::make_unique<Models::OfflineCache>(cacheDirectory))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new NavigatorPanel(m_tree, this))
    , m_centre(new QStackedWidget(this))
    , m_runs(new RunsPanel(this))
    , m_detail(new RunDetailPage(this))
    , m_banner(new MessageBanner(this))
    , m_statusBar(new ConsoleStatusBar(this))
    , m_quickOpen(new QuickOpen(m_tree, this))
    , m_treeRefresh(new QTimer(this))
    // The watch list lives in the application's default settings ("watch/<connection id>").
    , m_watchList(new Models::WatchList(nullptr, this))
    , m_notifications(new NotificationCenter(m_watchList,
                                             QIcon(QStringLiteral(":/dbt-cloud-console.svg")),
                                             nullptr, this))
    , m_actions(new MainWindowActions(this, m_watchList, this))
    , m_notificationDock(new QDockWidget(QStringLiteral("Notifications"), this))
    , m_browse(new BrowsePage(this))
    , m_recent(new Models::RecentFiles(this))
{
    setWindowTitle(QStringLiteral("dbt Cloud Console"));
    setWindowIcon(QIcon(QStringLiteral(":/dbt-cloud-console.svg")));
    resize(1200, 740); // fits a 1280x800 screen with its panel and title bar

    m_centre->addWidget(m_runs);
    m_centre->addWidget(m_detail);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_centre);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_navigator->setMinimumWidth(220);
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

    connect(m_welcome, &WelcomePage::addConnectionRequested, this, &MainWindow::addConnectionRequested);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_navigator, &NavigatorPanel::scopeSelected, this, &MainWindow::onScopeSelected);
    connect(m_navigator, &NavigatorPanel::editConnectionRequested, this,
            &MainWindow::editConnectionRequested);
    connect(m_runs, &RunsPanel::runActivated, this, &MainWindow::openRunRecord);
    connect(m_detail, &RunDetailPage::backRequested, this, &MainWindow::showRuns);
    connect(m_quickOpen, &QuickOpen::nodeChosen, this,
            [this](const QString &connectionId, Models::TreeNodeKind kind, qint64 id) {
                showRuns();
                m_navigator->select(connectionId, kind, id);
                m_runs->view()->setFocus();
            });
    connect(m_quickOpen, &QuickOpen::runChosen, this,
            [this](qint64 runId) { openRun(m_runs->scope().connectionId, runId); });

    Models::RunPoller *poller = m_runs->poller();
    connect(poller, &Models::RunPoller::runsMerged, this,
            [this](const QList<Models::RunRecord> &runs) {
                m_tree->noteRuns(m_runs->scope().connectionId, runs);
                m_notifications->observeRuns(m_runs->scope().connectionId, apiRunsFrom(runs));
                updateActionContext(); // a selected run may have finished
            });
    connect(poller, &Models::RunPoller::refreshed, this, [this](const QDateTime &when) {
        m_statusBar->setLastRefresh(when);
        // Writing the cache costs a few ms; once a minute is plenty for a head start.
        if (!m_lastCacheSave.isValid() || m_lastCacheSave.secsTo(when) > 60) {
            saveCache(m_runs->scope().connectionId);
        }
    });
    connect(poller, &Models::RunPoller::failed, m_statusBar,
            [this](const QString &message) { m_statusBar->setError(message); });
    connect(m_tree, &Models::AccountTreeModel::childrenLoaded, this, [this](const QModelIndex &parent) {
        if (parent.data(Models::NodeKindRole).toInt() == int(Models::TreeNodeKind::Connection)
            && !m_runs->scope().isValid()) {
            selectFirstAccount(parent.data(Models::ConnectionIdRole).toString());
        }
    });
    connect(m_tree, &Models::AccountTreeModel::loadFailed, this,
            [this](const QString &, const QString &message) { m_statusBar->setError(message); });
    // Jobs outside the scope on screen learn their last run and next run time from a slow
    // refresh of the loaded tree (the runs poller only sees the visible scope).
    m_treeRefresh->setInterval(120 * 1000);
    connect(m_treeRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && !isMinimized()) {
            for (const QString &id : m_tree->connectionIds()) {
                m_tree->refreshLoaded(id);
            }
        }
    });
    m_treeRefresh->start();
    wireActions();
    wireNotifications();
    updateCentralPage();
}

MainWindow::~MainWindow()
{
    saveAllCaches();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Add connection…"), QKeySequence(QStringLiteral("Ctrl+N")),
                    this, &MainWindow::addConnectionRequested);
    file->addAction(QStringLiteral("Try the &demo"), this, &MainWindow::demoRequested);
    file->addSeparator();
    wireArtifacts(file);
    file->addSeparator();
    // Quit means quit, also when closing the window would only hide it in the tray.
    file->addAction(QStringLiteral("&Quit"), QKeySequence::Quit, this, [this] {
        saveAllCaches();
        QApplication::quit();
    });

    QMenu *view = menuBar()->addMenu(QStringLiteral("&View"));
    view->addAction(QStringLiteral("&Go to…"), QKeySequence(QStringLiteral("Ctrl+K")), this,
                    [this] { m_quickOpen->popup(); });
    view->addSeparator();
    view->addAction(QStringLiteral("&Navigator"), QKeySequence(QStringLiteral("Ctrl+1")), this,
                    [this] { m_navigator->view()->setFocus(); });
    view->addAction(QStringLiteral("&Runs"), QKeySequence(QStringLiteral("Ctrl+2")), this, [this] {
        showRuns();
        m_runs->view()->setFocus();
    });
    view->addAction(QStringLiteral("&Filter navigator"), QKeySequence(QStringLiteral("Ctrl+Shift+F")),
                    this, [this] { m_navigator->filterEdit()->setFocus(); });
    view->addAction(QStringLiteral("&Search runs"), QKeySequence::Find, this, [this] {
        showRuns();
        m_runs->filterBar()->textEdit()->setFocus();
        m_runs->filterBar()->textEdit()->selectAll();
    });
    view->addSeparator();
    view->addAction(QStringLiteral("Re&fresh"), QKeySequence::Refresh, this, [this] {
        m_runs->refresh();
        for (const QString &id : m_tree->connectionIds()) {
            m_tree->refreshLoaded(id);
        }
    });
    view->addAction(QStringLiteral("&Back"), QKeySequence(QStringLiteral("Alt+Left")), this,
                    &MainWindow::showRuns);
    view->addSeparator();
    view->addMenu(new ThemeMenu(view));

    m_actions->setRunMenu(menuBar()->addMenu(QStringLiteral("&Run")));
    view->addSeparator();
    QAction *notes = m_notificationDock->toggleViewAction();
    notes->setText(QStringLiteral("N&otifications"));
    notes->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    view->addAction(notes);

    QMenu *help = menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(QStringLiteral("&About dbt Cloud Console"), this, [this] {
        QMessageBox::about(this, QStringLiteral("About dbt Cloud Console"),
                           QStringLiteral("<h3>dbt Cloud Console %1</h3>"
                                          "<p>A native desktop console for dbt Cloud: live runs, "
                                          "failures and their causes.</p>"
                                          "<p>Licensed under the GNU GPL v3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(QStringLiteral("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::addConnection(const Models::ConnectionInfo &info, Api::Client *client)
{
    const bool known = m_tree->hasConnection(info.id);
    delete m_sessions.take(info.id);
    m_sessions.insert(info.id, new Models::ConnectionSession(info, client, this));
    m_tree->addConnection(info, client);
    m_actions->addConnection(info, client);
    if (!known) {
        if (auto cached = m_cache->load(info.id)) {
            m_tree->restore(info.id, cached->tree);
            m_cachedRuns.insert(info.id, cached->runs);
            m_tree->refreshLoaded(info.id); // replace the stale tree as soon as possible
        }
    }
    const QModelIndex node = m_tree->findNode(info.id, Models::TreeNodeKind::Connection, 0);
    if (m_tree->canFetchMore(node)) {
        m_tree->fetchMore(node);
    }
    updateCentralPage();
    if (!m_runs->scope().isValid() && m_tree->rowCount(node) > 0) {
        selectFirstAccount(info.id);
    }
}

void MainWindow::removeConnection(const QString &id)
{
    saveCache(id);
    if (m_runs->scope().connectionId == id) {
        showRuns();
        m_runs->clearScope();
        m_statusBar->setClient(nullptr, {});
    }
    m_tree->removeConnection(id);
    m_actions->removeConnection(id);
    delete m_sessions.take(id);
    m_cachedRuns.remove(id);
    updateCentralPage();
}

Models::ConnectionSession *MainWindow::session(const QString &connectionId) const
{
    return m_sessions.value(connectionId);
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
    m_pages->setCurrentWidget(any ? static_cast<QWidget *>(m_splitter) : m_welcome);

}

void MainWindow::selectFirstAccount(const QString &connectionId)
{
    const QModelIndex conn = m_tree->findNode(connectionId, Models::TreeNodeKind::Connection, 0);
    const QModelIndex account = m_tree->index(0, 0, conn);
    if (!account.isValid()) {
        return;
    }
    m_navigator->select(connectionId, Models::TreeNodeKind::Account,
                        account.data(Models::NodeIdRole).toLongLong());
    m_navigator->view()->expand(m_navigator->view()->currentIndex());
}

void MainWindow::onScopeSelected(const Models::RunScope &scope, const QString &title)
{
    if (scope == m_runs->scope()) {
        return;
    }
    const QString previous = m_runs->scope().connectionId;
    if (!previous.isEmpty()) {
        saveCache(previous);
    }
    showRuns();
    Api::Client *client = m_tree->client(scope.connectionId);
    m_runs->setScope(scope, client, title, cachedRunsFor(scope));
    m_statusBar->setClient(client, m_tree->connection(scope.connectionId).name);
    m_actions->setCurrentConnection(scope.connectionId);
    updateActionContext();
}

QList<Models::RunRecord> MainWindow::cachedRunsFor(const Models::RunScope &scope) const
{
    QList<Models::RunRecord> out;
    for (const auto &r : m_cachedRuns.value(scope.connectionId)) {
        if (runInScope(scope, r)) {
            out.append(r);
        }
    }
    return out;
}

void MainWindow::openRunRecord(const Models::RunRecord &run)
{
    const QString connectionId = m_runs->scope().connectionId;
    m_detail->showRun(m_tree->client(connectionId), run.id, run.href, m_navigator->breadcrumb());
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
    if (m_centre->currentWidget() != m_runs) {
        m_centre->setCurrentWidget(m_runs);
        m_runs->view()->setFocus();
        updateActionContext();
    }
}

void MainWindow::saveCache(const QString &connectionId)
{
    if (connectionId.isEmpty() || !m_tree->hasConnection(connectionId)) {
        return;
    }
    // Runs on screen are the freshest; keep older cached ones of other scopes behind them.
    QList<Models::RunRecord> runs = m_cachedRuns.value(connectionId);
    if (m_runs->scope().connectionId == connectionId) {
        const auto &live = m_runs->model()->runs();
        QHash<qint64, int> index;
        for (int i = 0; i < runs.size(); ++i) {
            index.insert(runs.at(i).id, i);
        }
        for (int i = 0; i < live.size() && i < Models::OfflineCache::MaxRuns; ++i) {
            const auto it = index.constFind(live.at(i).id);
            if (it != index.constEnd()) {
                runs[*it] = live.at(i);
            } else {
                runs.append(live.at(i));
            }
        }
        std::sort(runs.begin(), runs.end(),
                  [](const Models::RunRecord &a, const Models::RunRecord &b) { return a.id > b.id; });
        if (runs.size() > Models::OfflineCache::MaxRuns) {
            runs.resize(Models::OfflineCache::MaxRuns);
        }
        m_cachedRuns.insert(connectionId, runs);
    }
    Models::CachedConnection data;
    data.savedAt = QDateTime::currentDateTimeUtc();
    data.tree = m_tree->snapshot(connectionId);
    data.runs = runs;
    m_cache->save(connectionId, data);
    m_lastCacheSave = data.savedAt;
}

void MainWindow::saveAllCaches()
{
    for (const QString &id : m_tree->connectionIds()) {
        saveCache(id);
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
        m_splitter->setSizes({nav, m_splitter->width() - nav});
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setPollingActive()
{
    // Hidden in the tray with "keep polling" on, the poller feeds the notifications.
    m_runs->setPollingActive((isVisible() && !isMinimized()) || m_inTray);
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
    saveAllCaches();
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
