// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notifications/trayicon.h"

#include "models/common/preferences.h"
#include "ui/notifications/desktopnotifier.h"
#include "ui/widgets/palette.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Dbtc::Ui {

TrayIcon::TrayIcon(const QIcon &appIcon, Models::Preferences *preferences, QObject *parent)
    : QObject(parent)
    , m_appIcon(appIcon)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_prefs(preferences)
    , m_desktop(new DesktopNotifier(this))
{
    connect(m_desktop, &DesktopNotifier::activated, this, &TrayIcon::activateLastNotification);
    if (!m_prefs) {
        m_prefs = new Models::Preferences(nullptr, this);
    }
    // The Settings dialog edits the same preference: the tray menu follows it.
    connect(m_prefs, &Models::Preferences::changed, this, [this](const QString &key) {
        if (key == Models::Preferences::kKeepPollingKey) {
            const bool keep = m_prefs->keepPollingWhenClosed();
            m_keepPolling->setChecked(keep);
            Q_EMIT keepPollingWhenClosedChanged(keep);
        }
    });
    QAction *showWindow = m_menu->addAction(tr("Show Console"));
    QAction *showList = m_menu->addAction(tr("Unseen Failures…"));
    m_menu->addSeparator();
    m_keepPolling = m_menu->addAction(tr("Keep Watching When the Window Is Closed"));
    m_keepPolling->setCheckable(true);
    m_keepPolling->setChecked(keepPollingWhenClosed());
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(showWindow, &QAction::triggered, this, &TrayIcon::showWindowRequested);
    connect(showList, &QAction::triggered, this, &TrayIcon::showNotificationsRequested);
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_keepPolling, &QAction::toggled, this, &TrayIcon::setKeepPollingWhenClosed);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::activateLastNotification);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) {
            emit showWindowRequested();
        }
    });
    refresh();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent (QSystemTrayIcon does not own it)
}

bool TrayIcon::isSystemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::hide()
{
    m_tray->hide();
}

void TrayIcon::setFailingCount(int count)
{
    if (count == m_failing) {
        return;
    }
    m_failing = count;
    refresh();
}

QString TrayIcon::toolTip() const
{
    const QString name = tr("dbt Cloud Console");
    if (m_failing == 0) {
        return name + u'\n' + tr("No watched job is failing");
    }
    return name + u'\n'
        + (m_failing == 1 ? tr("1 watched job is failing")
                          : tr("%1 watched jobs are failing").arg(m_failing));
}

QIcon TrayIcon::badgeIcon(const QIcon &base, int count)
{
    if (count <= 0) {
        return base;
    }
    QIcon out;
    for (const int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pm = base.pixmap(size, size);
        if (pm.isNull()) {
            pm = QPixmap(size, size);
            pm.fill(Qt::transparent);
        }
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.62;
        const QRectF badge(size - d, size - d, d, d);
        // The tray sits in the desktop's panel, not in our window: always the light values,
        // which read on both light and dark panels (a ring separates badge and icon).
        const QColor on = color(ColorRole::OnStatus, false);
        p.setPen(QPen(on, qMax(1.0, size / 24.0)));
        p.setBrush(color(ColorRole::Error, false));
        p.drawEllipse(badge);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(d * (count > 9 ? 0.5 : 0.7)));
        p.setFont(f);
        p.setPen(on);
        p.drawText(
            badge, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
        p.end();
        out.addPixmap(pm);
    }
    return out;
}

void TrayIcon::refresh()
{
    m_icon = badgeIcon(m_appIcon, m_failing);
    m_tray->setIcon(m_icon);
    m_tray->setToolTip(toolTip());
}

void TrayIcon::showNotification(const Models::DesktopNotification &notification)
{
    m_last = notification;
    ++m_shown;
    if (!m_prefs->notificationsEnabled()) {
        return; // switched off in Settings; the in-app list still has everything
    }
    if (!m_tray->isVisible()) {
        // No tray (GNOME, many Wayland sessions): the desktop's notification service, if any;
        // else only the in-app list has it.
        m_desktop->show(notification.title, notification.body, notification.anyFailed);
        return;
    }
    m_tray->showMessage(notification.title,
        notification.body,
        notification.anyFailed ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information,
        notification.anyFailed ? 15000 : 6000);
}

void TrayIcon::activateLastNotification()
{
    if (m_last.jobCount == 1 && m_last.runId > 0) {
        emit openRunRequested(m_last.connectionId, m_last.runId);
    } else if (m_last.jobCount > 1) {
        emit showNotificationsRequested();
    }
}

bool TrayIcon::keepPollingWhenClosed() const
{
    return m_prefs->keepPollingWhenClosed();
}

void TrayIcon::setKeepPollingWhenClosed(bool keep)
{
    m_prefs->setKeepPollingWhenClosed(keep); // changed() updates the menu and tells others
}

} // namespace Dbtc::Ui
