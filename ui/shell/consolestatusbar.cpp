// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/consolestatusbar.h"

#include "models/common/timetext.h"
#include "models/workspace/connectionsession.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/theme.h"

#include <QLabel>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Dbtc::Ui {

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_connection(new QLabel(this))
    , m_refresh(new QLabel(this))
    , m_inFlight(new QLabel(this))
    , m_rateLimit(new QLabel(this))
    , m_notifications(new QToolButton(this))
    , m_inbox(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    Theme::follow(m_rateLimit, [label = m_rateLimit] {
        label->setStyleSheet(textStyle(ColorRole::Warning) + QStringLiteral(" font-weight: bold;"));
    });
    // Server text (an error message) must not widen the window: the label takes the width
    // the status bar gives it and elides the rest; the whole text is in the tooltip.
    m_connection->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_connection->setMinimumWidth(120);
    addWidget(m_connection, 1);
    addWidget(m_rateLimit);
    addPermanentWidget(m_inFlight);
    addPermanentWidget(m_refresh);
    addPermanentWidget(m_inbox);
    addPermanentWidget(m_notifications);
    m_inbox->setObjectName(QStringLiteral("inboxButton"));
    m_inbox->setAutoRaise(true);
    m_inbox->setAccessibleName(tr("Failure inbox"));
    m_inbox->hide(); // until the window has an inbox
    connect(m_inbox, &QToolButton::clicked, this, &ConsoleStatusBar::inboxRequested);
    m_notifications->setAutoRaise(true);
    m_notifications->setAccessibleName(tr("Notifications"));
    connect(
        m_notifications, &QToolButton::clicked, this, &ConsoleStatusBar::notificationsRequested);
    // the red follows the theme: re-applied with the current count after a switch
    Theme::follow(this, [this] {
        setUnseenFailures(m_unseen);
        if (m_openGroups >= 0) {
            setOpenInboxGroups(m_openGroups);
        }
    });
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ConsoleStatusBar::update);
    m_timer->start();
    update();
}

void ConsoleStatusBar::setUnseenFailures(int count)
{
    // The bell stays put so the list is always one click away; red only when something failed.
    // Words, not an emoji bell: the fonts on a plain Linux desktop may lack one.
    m_notifications->setText(
        count > 0 ? tr("Notifications · %1 failed").arg(count) : tr("Notifications"));
    m_unseen = count;
    m_notifications->setStyleSheet(count > 0
            ? textStyle(ColorRole::Error) + QStringLiteral(" font-weight: bold;")
            : QString());
    m_notifications->setToolTip(count == 0 ? tr("Notifications: no unseen failures of watched jobs")
            : count == 1                   ? tr("1 unseen failure of a watched job")
                                           : tr("%1 unseen failures of watched jobs").arg(count));
}

void ConsoleStatusBar::setOpenInboxGroups(int count)
{
    m_openGroups = count;
    m_inbox->setVisible(count >= 0);
    m_inbox->setText(count > 0 ? tr("Inbox · %1 open").arg(count) : tr("Inbox"));
    m_inbox->setStyleSheet(count > 0
            ? textStyle(ColorRole::Error) + QStringLiteral(" font-weight: bold;")
            : QString());
    m_inbox->setToolTip(count <= 0 ? tr("Failure inbox: no open failures in the watched scope")
            : count == 1           ? tr("Failure inbox: 1 open failure group")
                                   : tr("Failure inbox: %1 open failure groups").arg(count));
}

void ConsoleStatusBar::setSession(Models::ConnectionSession *session, const QString &connectionName)
{
    if (m_session == session && m_name == connectionName) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_name = connectionName;
    m_pausedUntil = {};
    m_online = true;
    m_unauthorized = false;
    m_lastRefresh = {};
    if (session) {
        using Models::ConnectionSession;
        connect(
            session, &ConnectionSession::requestsInFlightChanged, this, &ConsoleStatusBar::update);
        connect(session, &ConnectionSession::rateLimited, this, [this](const QDateTime &until) {
            m_pausedUntil = until;
            update();
        });
        connect(session, &ConnectionSession::rateLimitEnded, this, [this] {
            m_pausedUntil = {};
            update();
        });
        connect(session, &ConnectionSession::connectivityChanged, this, [this](bool online) {
            m_online = online;
            update();
        });
        connect(session, &ConnectionSession::unauthorized, this, [this] {
            m_unauthorized = true;
            update();
        });
        if (session->isRateLimited()) {
            m_pausedUntil = session->rateLimitedUntil();
        }
    }
    update();
}

void ConsoleStatusBar::setLastRefresh(const QDateTime &when)
{
    m_lastRefresh = when;
    m_error.clear();
    m_unauthorized = false;
    update();
}

void ConsoleStatusBar::setError(const QString &message)
{
    m_error = message;
    update();
}

QString ConsoleStatusBar::connectionText() const
{
    if (!m_session) {
        return tr("No connection");
    }
    if (m_unauthorized) {
        return tr("● %1: token rejected").arg(m_name);
    }
    if (!m_online) {
        return tr("○ %1: offline").arg(m_name);
    }
    if (!m_error.isEmpty()) {
        return tr("● %1: %2").arg(m_name, m_error);
    }
    return tr("● %1: connected").arg(m_name);
}

QString ConsoleStatusBar::refreshText() const
{
    if (!m_lastRefresh.isValid()) {
        return tr("Not refreshed yet");
    }
    const qint64 secs = m_lastRefresh.secsTo(QDateTime::currentDateTimeUtc());
    return secs < 60
        ? tr("Updated %1 s ago").arg(std::max<qint64>(0, secs))
        : tr("Updated %1")
              .arg(Models::relativeTimeText(m_lastRefresh, QDateTime::currentDateTimeUtc()));
}

QString ConsoleStatusBar::inFlightText() const
{
    const int n = m_session ? m_session->requestsInFlight() : 0;
    return n == 0 ? tr("Idle")
        : n == 1  ? tr("1 request in flight")
                  : tr("%1 requests in flight").arg(n);
}

QString ConsoleStatusBar::rateLimitText() const
{
    if (!m_pausedUntil.isValid() || m_pausedUntil <= QDateTime::currentDateTimeUtc()) {
        return {};
    }
    return tr("‖ Rate limited by dbt Cloud: paused until %1")
        .arg(m_pausedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
}

void ConsoleStatusBar::update()
{
    const QString connection = connectionText();
    m_connection->setText(m_connection->fontMetrics().elidedText(
        connection, Qt::ElideRight, std::max(m_connection->width(), 120)));
    m_connection->setToolTip(connection);
    m_refresh->setText(refreshText());
    m_refresh->setToolTip(Models::exactTimeText(m_lastRefresh));
    m_inFlight->setText(inFlightText());
    const QString pause = rateLimitText();
    m_rateLimit->setText(pause);
    m_rateLimit->setVisible(!pause.isEmpty());
}

} // namespace Dbtc::Ui
