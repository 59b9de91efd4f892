// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Dbtc::Ui {

//! \brief Desktop notifications through the freedesktop notification service (D-Bus
//! org.freedesktop.Notifications), for desktops without a system tray (GNOME, most Wayland
//! sessions): the tray icon falls back to it. A click ("default" action) emits activated().
//! On other systems, or without the service, isAvailable() is false and show() does nothing.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    //! The session bus has a notification service right now.
    static bool isAvailable();

    //! Shows (or replaces the previous) notification; \a urgent asks for the critical urgency
    //! (failures). False when nothing could be shown.
    bool show(const QString &title, const QString &body, bool urgent);

    int shown() const { return m_shown; }

Q_SIGNALS:
    void activated();

private Q_SLOTS:
    // A slot by name: QDBusConnection::connect() needs SLOT() for a signal of the bus.
    void onActionInvoked(uint id, const QString &action);

private:
    uint m_lastId = 0;
    int m_shown = 0;
};

} // namespace Dbtc::Ui
