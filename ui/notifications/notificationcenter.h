// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"
#include "models/history/historyrecords.h"

#include <QIcon>
#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace Dbtc::Models {
struct DesktopNotification;
class NotificationGrouper;
class NotificationModel;
class RunNotifier;
class Preferences;
class WatchList;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class NotificationList;
class TrayIcon;

//! \brief Notifications wired in one place: run lists go in (observeRuns, from the pollers);
//! a watched job's finished run becomes one grouped, rate-limited desktop notification, a
//! failure stays in the list until seen, and the tray shows how many watched jobs fail.
class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    //! \a notifier, \a model and \a watchList are the Workspace's (not owned); \a preferences
    //! keeps the tray preferences (nullptr = memory only).
    NotificationCenter(Models::RunNotifier *notifier,
        Models::NotificationModel *model,
        Models::WatchList *watchList,
        const QIcon &appIcon,
        Models::Preferences *preferences = nullptr,
        QObject *parent = nullptr);
    ~NotificationCenter() override;

    Models::RunNotifier *notifier() const { return m_notifier; }

    Models::NotificationModel *model() const { return m_model; }

    Models::NotificationGrouper *grouper() const { return m_grouper; }

    TrayIcon *tray() const { return m_tray; }

    //! A list widget over model(); emits openRunRequested through this object too.
    NotificationList *createList(QWidget *parent);

    //! "Watch Job" (checkable star) for the job selected in \a connectionId; jobId 0 = none.
    QAction *watchAction() const { return m_watchAction; }

    void setWatchContext(const QString &connectionId, qint64 jobId, const QString &jobName = {});

    //! With a failure inbox, failures are said by the inbox (announceNewFailure: once per new
    //! failure group), not once per failed run; finished runs that did not fail still are.
    void setFailuresFromInbox(bool on) { m_failuresFromInbox = on; }

    bool failuresFromInbox() const { return m_failuresFromInbox; }

    //! One desktop notification for a new (or reopened) failure group; groups that appear in
    //! the same turn of the event loop (one run's results) become one summary.
    void announceNewFailure(const Dbtc::Models::InboxGroup &group);

    //! The wording of the notification for \a groups (exposed for tests).
    static Models::DesktopNotification composeFailures(const QList<Models::InboxGroup> &groups);

public Q_SLOTS:
    void observeRuns(const QString &connectionId, const QList<Dbtc::Api::Run> &runs);

Q_SIGNALS:
    //! From a notification click or the list: show this run's detail (it is marked seen).
    void openRunRequested(const QString &connectionId, qint64 runId);
    void showNotificationsRequested();
    void showWindowRequested();
    void quitRequested();

private:
    Models::RunNotifier *m_notifier = nullptr;
    Models::NotificationModel *m_model = nullptr;
    Models::NotificationGrouper *m_grouper = nullptr;
    TrayIcon *m_tray = nullptr;
    Models::WatchList *m_watchList = nullptr;
    QAction *m_watchAction = nullptr;
    QString m_watchConnection;
    qint64 m_watchJob = 0;
    bool m_failuresFromInbox = false;
    QList<Models::InboxGroup> m_newFailures; //!< waiting for the end of this event-loop turn
};

} // namespace Dbtc::Ui
