// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "api/types/admin.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

class AdminDirectory;
class WriteAccess;

//! \brief The admin room's writes: service token create and webhook create / edit / delete /
//! send test. One per connection, owned by its ConnectionSession. Every failed write is
//! reported to WriteAccess (a 403 then disables the area's actions with the permission set it
//! needs); every write that worked reloads its area in the AdminDirectory.
//!
//! A new token's secret is in the create answer only: createServiceToken hands it to \a done
//! and nothing here keeps, logs or caches it; the list that follows never has it.
class AdminWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminWriter)

public:
    template <typename T> using Done = std::function<void(const Api::Result<T> &)>;

    AdminWriter(Api::Client *client,
        WriteAccess *access,
        AdminDirectory *directory,
        QObject *parent = nullptr);

    WriteAccess *access() const { return m_access; }

    //! The permission sets a new token may be given (wire keys), in the dialog's order.
    static QStringList tokenPermissionSets();

    //! \a name and account-wide grants of \a permissionSets.
    void createServiceToken(const QString &name,
        const QStringList &permissionSets,
        QObject *context,
        Done<Api::CreatedServiceToken> done);
    //! Creates (\a subscriptionId empty) or replaces the subscription.
    void saveWebhook(const QString &subscriptionId,
        const Api::WebhookDraft &draft,
        QObject *context,
        Done<Api::WebhookSubscription> done);
    void deleteWebhook(const QString &subscriptionId, QObject *context, Done<QString> done);
    //! Sends a sample event; \a done gets its id, then the directory follows its delivery.
    void sendTest(const QString &subscriptionId, QObject *context, Done<QString> done);

private:
    template <typename T> Done<T> report(int area, Done<T> done, std::function<void()> onOk);

    QPointer<Api::Client> m_client;
    WriteAccess *m_access;
    AdminDirectory *m_directory;
};

} // namespace Dbtc::Models
