// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/notifications/notificationgrouper.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Dbtc::Models {
class Preferences;
}

namespace Dbtc::Ui {

class DesktopNotifier;

//! \brief The tray icon: a red badge with the number of watched jobs currently failing (and
//! the same in the tooltip), desktop notifications whose click opens the run, and the
//! "keep polling when the window is closed" setting (off by default).
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    //! \a preferences (keep polling when closed) is not owned; nullptr = kept in memory only.
    explicit TrayIcon(const QIcon &appIcon,
        Models::Preferences *preferences = nullptr,
        QObject *parent = nullptr);
    ~TrayIcon() override;

    //! False on desktops without a tray (and offscreen): messages then only reach the list.
    static bool isSystemTrayAvailable();
    void show();
    void hide();

    void setFailingCount(int count);

    int failingCount() const { return m_failing; }

    QString toolTip() const;

    QIcon icon() const { return m_icon; }

    //! \a base with a red badge holding \a count in its corner (no badge at 0; "99+" above 99).
    static QIcon badgeIcon(const QIcon &base, int count);

    void showNotification(const Models::DesktopNotification &notification);

    Models::DesktopNotification lastNotification() const { return m_last; }

    int notificationsShown() const { return m_shown; }

    //! What clicking the last message does: open its run, or the list for a summary.
    void activateLastNotification();

    bool keepPollingWhenClosed() const;
    void setKeepPollingWhenClosed(bool keep);

    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void openRunRequested(const QString &connectionId, qint64 runId);
    void showNotificationsRequested();
    void showWindowRequested();
    void quitRequested();
    void keepPollingWhenClosedChanged(bool keep);

private:
    void refresh();

    QIcon m_appIcon;
    QIcon m_icon;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_keepPolling = nullptr;
    Models::Preferences *m_prefs = nullptr;
    DesktopNotifier *m_desktop = nullptr;
    Models::DesktopNotification m_last;
    int m_failing = 0;
    int m_shown = 0;
};

} // namespace Dbtc::Ui
