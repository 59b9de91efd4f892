// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notifications/notificationcenter.h"

#include "models/notifications/notificationgrouper.h"
#include "models/notifications/notificationmodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "ui/notifications/notificationlist.h"
#include "ui/notifications/trayicon.h"

#include <QAction>

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
        m_grouper,
        &Models::NotificationGrouper::add);
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

void NotificationCenter::observeRuns(const QString &connectionId, const QList<Api::Run> &runs)
{
    m_notifier->observeRuns(connectionId, runs);
}

} // namespace Dbtc::Ui
