// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notifications/notificationcenter.h"

#include "models/notifications/notificationgrouper.h"
#include "models/notifications/notificationmodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "ui/notifications/notificationlist.h"
#include "ui/notifications/trayicon.h"

#include <QAction>
#include <QTimer>

#include <utility>

namespace Dbtc::Ui {

NotificationCenter::NotificationCenter(Models::RunNotifier *notifier,
    Models::NotificationModel *model,
    Models::WatchList *watchList,
    const QIcon &appIcon,
    Models::Preferences *preferences,
    QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_model(model)
    , m_grouper(new Models::NotificationGrouper(this))
    , m_tray(new TrayIcon(appIcon, preferences, this))
    , m_watchList(watchList)
    , m_watchAction(new QAction(tr("&Watch Job"), this))
{
    m_watchAction->setObjectName(QStringLiteral("watchJobAction"));
    m_watchAction->setCheckable(true);
    m_watchAction->setToolTip(tr("Get a desktop notification when this job's runs finish"));
    connect(m_watchAction, &QAction::toggled, this, [this](bool on) {
        if (m_watchJob > 0) {
            m_watchList->setWatched(m_watchConnection, m_watchJob, on);
        }
    });
    connect(m_watchList,
        &Models::WatchList::watchChanged,
        this,
        [this](const QString &connectionId, qint64 jobId, bool on) {
            if (connectionId == m_watchConnection && jobId == m_watchJob) {
                m_watchAction->setChecked(on);
            }
        });
    setWatchContext({}, 0);
    connect(m_notifier,
        &Models::RunNotifier::runFinished,
        this,
        [this](const QString &connectionId, const Api::Run &run) {
            if (m_failuresFromInbox && run.status == Api::RunStatus::Error) {
                return; // the inbox says what is new in it; a recurring failure stays quiet
            }
            m_grouper->add(connectionId, run);
        });
    connect(
        m_notifier, &Models::RunNotifier::failingJobsChanged, m_tray, &TrayIcon::setFailingCount);
    connect(m_grouper, &Models::NotificationGrouper::notify, m_tray, &TrayIcon::showNotification);
    connect(m_tray,
        &TrayIcon::openRunRequested,
        this,
        [this](const QString &connectionId, qint64 runId) {
            m_model->markRunSeen(connectionId, runId);
            emit openRunRequested(connectionId, runId);
        });
    connect(m_tray,
        &TrayIcon::showNotificationsRequested,
        this,
        &NotificationCenter::showNotificationsRequested);
    connect(m_tray, &TrayIcon::showWindowRequested, this, &NotificationCenter::showWindowRequested);
    connect(m_tray, &TrayIcon::quitRequested, this, &NotificationCenter::quitRequested);
    if (TrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
    }
}

NotificationCenter::~NotificationCenter() = default;

NotificationList *NotificationCenter::createList(QWidget *parent)
{
    auto *list = new NotificationList(m_model, parent);
    connect(list, &NotificationList::openRunRequested, this, &NotificationCenter::openRunRequested);
    return list;
}

void NotificationCenter::setWatchContext(
    const QString &connectionId, qint64 jobId, const QString &jobName)
{
    m_watchConnection = connectionId;
    m_watchJob = jobId;
    if (jobId > 0 && !jobName.isEmpty()) {
        m_notifier->setJobName(connectionId, jobId, jobName);
    }
    const QSignalBlocker block(m_watchAction); // showing the state is not a change
    m_watchAction->setEnabled(jobId > 0);
    m_watchAction->setChecked(jobId > 0 && m_watchList->isWatched(connectionId, jobId));
}

namespace {

//! "fct_orders" from "model.jaffle_shop.fct_orders"; a test's hash suffix dropped.
QString nodeName(const QString &uniqueId)
{
    QStringList parts = uniqueId.split(QLatin1Char('.'));
    if (parts.size() >= 4 && parts.constFirst() == QLatin1String("test")) {
        return parts.at(2);
    }
    return parts.isEmpty() ? uniqueId : parts.constLast();
}

QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 160 ? line.left(159) + QChar(0x2026) : line;
}

} // namespace

Models::DesktopNotification NotificationCenter::composeFailures(
    const QList<Models::InboxGroup> &groups)
{
    Models::DesktopNotification n;
    n.anyFailed = true;
    if (groups.isEmpty()) {
        return n;
    }
    const Models::InboxGroup &newest = groups.constLast();
    bool oneRun = true;
    for (const Models::InboxGroup &g : groups) {
        oneRun =
            oneRun && g.connectionId == newest.connectionId && g.newestRunId == newest.newestRunId;
    }
    if (groups.size() == 1) {
        n.title = tr("New failure: %1").arg(nodeName(newest.uniqueId));
        n.body = firstLine(newest.message);
    } else {
        n.title = tr("%1 new failures").arg(groups.size());
        QStringList names;
        for (const Models::InboxGroup &g : groups) {
            if (names.size() == 3) {
                names.append(QChar(0x2026));
                break;
            }
            names.append(nodeName(g.uniqueId));
        }
        n.body = names.join(QStringLiteral(", "));
    }
    // Clicking opens triage at the run when there is one run to open, else the list.
    n.jobCount = oneRun ? 1 : int(groups.size());
    if (oneRun) {
        n.connectionId = newest.connectionId;
        n.runId = newest.newestRunId;
    }
    return n;
}

void NotificationCenter::announceNewFailure(const Models::InboxGroup &group)
{
    if (m_newFailures.isEmpty()) {
        // One run's results are filed in one go: its new groups make one notification.
        QTimer::singleShot(0, this, [this] {
            const QList<Models::InboxGroup> groups = std::exchange(m_newFailures, {});
            if (!groups.isEmpty()) {
                m_tray->showNotification(composeFailures(groups));
            }
        });
    }
    m_newFailures.append(group);
}

void NotificationCenter::observeRuns(const QString &connectionId, const QList<Api::Run> &runs)
{
    m_notifier->observeRuns(connectionId, runs);
}

} // namespace Dbtc::Ui
