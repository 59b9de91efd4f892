// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QStatusBar>

class QLabel;
class QTimer;
class QToolButton;

namespace Dbtc::Models {
class ConnectionSession;
}

namespace Dbtc::Ui {

//! \brief Connection state, age of the last refresh, requests in flight, and the rate-limit
//! pause while there is one. Follows the session of the scope on screen.
class ConsoleStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStatusBar)

public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    void setSession(Models::ConnectionSession *session, const QString &connectionName);
    void setLastRefresh(const QDateTime &when);
    void setError(const QString &message); //!< empty = healthy

    QString connectionText() const;
    QString refreshText() const;
    QString inFlightText() const;
    QString rateLimitText() const;

    //! The notifications button: failures of watched jobs not yet seen; a click opens the list.
    void setUnseenFailures(int count);

    QToolButton *notificationButton() const { return m_notifications; }

    //! The failure inbox button: open failure groups; hidden while there is no inbox.
    void setOpenInboxGroups(int count);

    QToolButton *inboxButton() const { return m_inbox; }

Q_SIGNALS:
    void notificationsRequested();
    void inboxRequested();

private:
    void update();

    QPointer<Models::ConnectionSession> m_session;
    QString m_name;
    QDateTime m_lastRefresh;
    QDateTime m_pausedUntil;
    QString m_error;
    bool m_online = true;
    bool m_unauthorized = false;
    QLabel *m_connection;
    QLabel *m_refresh;
    QLabel *m_inFlight;
    QLabel *m_rateLimit;
    QToolButton *m_notifications;
    QToolButton *m_inbox;
    QTimer *m_timer;
    int m_unseen = 0;
    int m_openGroups = -1; //!< -1: no inbox
};

} // namespace Dbtc::Ui
