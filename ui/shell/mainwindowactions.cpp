// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindowactions.h"

#include "models/console/connectioninfo.h"
#include "models/console/runconversions.h"
#include "models/console/treeitem.h"
#include "models/notifications/watchlist.h"
#include "models/workspace/connectionsession.h"
#include "ui/actions/runactions.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QToolBar>

namespace Dbtc::Ui {

MainWindowActions::MainWindowActions(QWidget *window, Models::WatchList *watchList, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_watchList(watchList)
    , m_noConnection(new QAction(tr("No connection selected"), this))
{
    m_noConnection->setEnabled(false);
}

MainWindowActions::~MainWindowActions() = default;

void MainWindowActions::addConnection(Models::ConnectionSession *session)
{
    const QString id = session->id();
    RunActions *older = m_actions.value(id);
    if (older && older->commands() == session->commands()) {
        return;
    }
    auto *actions = new RunActions(session->commands(), m_window, this);
    connect(actions, &RunActions::runStarted, this, [this, id](const Api::Run &run) {
        Q_EMIT followRun(id, run);
    });
    connect(actions, &RunActions::followRunRequested, this, [this, id](const Api::Run &run) {
        Q_EMIT followRun(id, run);
    });
    connect(actions, &RunActions::runChanged, this, [this, id](const Api::Run &run) {
        Q_EMIT runChanged(id, run);
    });
    connect(actions, &RunActions::message, this, &MainWindowActions::message);
    m_actions.insert(id, actions);
    if (older) {
        // A new session for the same connection (edited): its commands replace the old ones.
        if (m_current == id) {
            rebuild();
        }
        delete older;
    }
}

void MainWindowActions::removeConnection(const QString &connectionId)
{
    RunActions *actions = m_actions.take(connectionId);
    if (m_current == connectionId) {
        m_current.clear();
        rebuild();
    }
    delete actions;
}

RunActions *MainWindowActions::actionsFor(const QString &connectionId) const
{
    return m_actions.value(connectionId);
}

void MainWindowActions::setCurrentConnection(const QString &connectionId)
{
    if (m_current == connectionId) {
        return;
    }
    m_current = connectionId;
    rebuild();
}

void MainWindowActions::setRunMenu(QMenu *menu)
{
    m_menu = menu;
    rebuild();
}

void MainWindowActions::setRunsToolBar(QToolBar *bar)
{
    m_runsBar = bar;
    rebuild();
}

void MainWindowActions::setDetailToolBar(QToolBar *bar)
{
    m_detailBar = bar;
    rebuild();
}

void MainWindowActions::setWatchAction(QAction *watch)
{
    m_watch = watch;
    rebuild();
}

void MainWindowActions::setJobContext(const Api::Job &job)
{
    if (RunActions *a = actionsFor(m_current)) {
        a->setContext(job);
    }
}

void MainWindowActions::setRunContext(const QList<Api::Run> &runs)
{
    if (RunActions *a = actionsFor(m_current)) {
        a->setContext(runs);
    }
}

QList<QAction *> MainWindowActions::runActionList(RunActions *a) const
{
    return { a->triggerAction(), a->cancelAction(), a->retryAction(), a->rerunFromStartAction() };
}

void MainWindowActions::rebuild()
{
    // clear() only deletes actions the widget owns; RunActions keeps its own.
    RunActions *a = actionsFor(m_current);
    if (m_menu) {
        m_menu->clear();
        if (a) {
            m_menu->addActions(runActionList(a));
        } else {
            m_menu->addAction(m_noConnection);
        }
        if (m_watch) {
            m_menu->addSeparator();
            m_menu->addAction(m_watch);
        }
    }
    if (m_runsBar) {
        m_runsBar->clear();
        if (a) {
            m_runsBar->addActions(runActionList(a));
        }
        if (m_watch) {
            m_runsBar->addAction(m_watch);
        }
    }
    if (m_detailBar) {
        m_detailBar->clear();
        if (a) {
            m_detailBar->addActions(
                { a->cancelAction(), a->retryAction(), a->rerunFromStartAction() });
        }
    }
}

void MainWindowActions::fillRunMenu(QMenu *menu, const QList<Api::Run> &runs)
{
    if (RunActions *a = actionsFor(m_current)) {
        a->setContext(runs);
        menu->addActions({ a->cancelAction(), a->retryAction(), a->rerunFromStartAction() });
        if (!a->isReadOnly()) {
            menu->addSeparator();
        }
    }
    const bool one = runs.size() == 1;
    QAction *open = menu->addAction(tr("Open in dbt Cloud"));
    open->setEnabled(one && runs.constFirst().href.isValid());
    if (one) {
        const QUrl href = runs.constFirst().href;
        connect(open, &QAction::triggered, this, [href] {
            QDesktopServices::openUrl(href);
        });
    }
    QStringList ids;
    for (const auto &run : runs) {
        ids.append(QString::number(run.id));
    }
    QAction *copy = menu->addAction(one ? tr("Copy Run ID") : tr("Copy Run IDs"));
    copy->setEnabled(!ids.isEmpty());
    connect(copy, &QAction::triggered, this, [ids] {
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    });
}

void MainWindowActions::fillJobMenu(
    QMenu *menu, const QString &connectionId, const Models::TreeItem &item)
{
    if (item.kind != Models::TreeNodeKind::Job) {
        return;
    }
    QAction *first = menu->actions().value(0);
    QList<QAction *> added;
    RunActions *a = actionsFor(connectionId);
    if (a && !a->isReadOnly()) {
        auto *run = new QAction(tr("Run Job…"), menu);
        const Api::Job job = Models::apiJobFrom(item);
        connect(run, &QAction::triggered, a, [a, job] {
            a->triggerJob(job);
        });
        added.append(run);
    }
    if (m_watchList) {
        auto *watch = new QAction(tr("Watch Job"), menu);
        watch->setCheckable(true);
        watch->setChecked(m_watchList->isWatched(connectionId, item.id));
        watch->setToolTip(tr("Notify when this job's runs finish"));
        const qint64 jobId = item.id;
        connect(watch, &QAction::toggled, this, [this, connectionId, jobId](bool on) {
            m_watchList->setWatched(connectionId, jobId, on);
        });
        added.append(watch);
    }
    menu->insertActions(first, added);
    if (first && !added.isEmpty()) {
        menu->insertSeparator(first);
    }
}

void MainWindowActions::fillScopeMenu(
    QMenu *menu, const QString &connectionId, const Models::TreeItem &item)
{
    if (!m_watchList || item.id <= 0) {
        return;
    }
    Models::WatchScopeKind kind = Models::WatchScopeKind::Account;
    QString text;
    switch (item.kind) {
    case Models::TreeNodeKind::Account:
        text = tr("Watch Everything in This Account");
        break;
    case Models::TreeNodeKind::Project:
        kind = Models::WatchScopeKind::Project;
        text = tr("Watch Everything in This Project");
        break;
    case Models::TreeNodeKind::Environment:
        kind = Models::WatchScopeKind::Environment;
        text = tr("Watch Everything in This Environment");
        break;
    default:
        return;
    }
    auto *watch = new QAction(text, menu);
    watch->setObjectName(QStringLiteral("watchScopeAction"));
    watch->setCheckable(true);
    watch->setChecked(m_watchList->isScopeWatched(connectionId, kind, item.id));
    watch->setToolTip(tr("Record every job's runs here in the history and the failure inbox, "
                         "and say each new failure"));
    const qint64 id = item.id;
    connect(watch, &QAction::toggled, this, [this, connectionId, kind, id](bool on) {
        m_watchList->setScopeWatched(connectionId, kind, id, on);
    });
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, watch);
    if (first) {
        menu->insertSeparator(first);
    }
}

} // namespace Dbtc::Ui
