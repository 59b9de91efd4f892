// SPDX-License-Identifier: GPL-3.0-or-later
// The D-Bus half exists on Linux and the BSDs only (ui/CMakeLists.txt links Qt DBus there);
// elsewhere the tray is the one way to notify.
#include "ui/notifications/desktopnotifier.h"

#include <QCoreApplication>
#include <QGuiApplication>

#if DBTC_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>
#endif

namespace Dbtc::Ui {

namespace {

#if DBTC_HAVE_DBUS
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
#endif

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
#if DBTC_HAVE_DBUS
    QDBusConnection::sessionBus().connect(kService,
        kPath,
        kInterface,
        QStringLiteral("ActionInvoked"),
        this,
        SLOT(onActionInvoked(uint, QString)));
#endif
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::isAvailable()
{
#if DBTC_HAVE_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(kService).value();
#else
    return false;
#endif
}

bool DesktopNotifier::show(const QString &title, const QString &body, bool urgent)
{
#if DBTC_HAVE_DBUS
    if (!isAvailable()) {
        return false;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1)));
    // Ties the notification to our launcher (icon, grouping, "open the app" on click).
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    call << QCoreApplication::applicationName() << m_lastId // replaces the previous one
         << QStringLiteral("dbt-cloud-console") << title << body
         << QStringList { QStringLiteral("default"), tr("Open") } << hints
         << int(urgent ? 15000 : 6000);
    const QDBusReply<uint> reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
    if (!reply.isValid()) {
        return false;
    }
    m_lastId = reply.value();
    ++m_shown;
    return true;
#else
    Q_UNUSED(title)
    Q_UNUSED(body)
    Q_UNUSED(urgent)
    return false;
#endif
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (id == m_lastId && action == u"default") {
        Q_EMIT activated();
    }
}

} // namespace Dbtc::Ui
