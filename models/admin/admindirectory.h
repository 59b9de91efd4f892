// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/admin.h"
#include "models/admin/admincolumns.h"
#include "models/common/adminarea.h"

#include <QObject>
#include <QPointer>

#include <array>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Dbtc::Api {
class Client;
struct ApiError;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class AdminTableModel;
class RequestTracker;

//! \brief The account administration of one connection, read on demand (issue 12): one table
//! per area (environments, connections, repositories, users, groups, service tokens,
//! webhooks), each behind a sort/filter proxy for the page's search box, and the receipts of
//! one webhook. Owned by the ConnectionSession; pages bind to its models and never see the
//! client. An area loads the first time its page asks (ensureLoaded) and again on reload();
//! a reload drops whatever the previous one still had in flight. What a row names (projects,
//! connections, credentials, jobs) is looked up alongside; a lookup the token may not read
//! leaves the id shown instead of failing the area.
class AdminDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminDirectory)

public:
    explicit AdminDirectory(Api::Client *client, QObject *parent = nullptr);
    ~AdminDirectory() override;

    AdminTableModel *table(AdminArea area) const;
    //! The table sorted (RawValueRole) and filtered by the search text over every column.
    QSortFilterProxyModel *view(AdminArea area) const;
    void setSearch(AdminArea area, const QString &text);

    //! Loads \a area unless it is loaded or loading.
    void ensureLoaded(AdminArea area);
    void reload(AdminArea area);

    //! The webhook subscriptions as last loaded (for the editor); never with a signing secret.
    std::optional<Api::WebhookSubscription> webhook(const QString &id) const;
    //! The account's jobs (id, "name · project") for the webhook editor, loaded with webhooks.
    QList<QPair<qint64, QString>> jobChoices() const;

    //! The deliveries of one webhook's newest events, newest first.
    AdminTableModel *receipts() const { return m_receipts; }

    QString receiptsSubscription() const { return m_receiptsFor; }

    void loadReceipts(const QString &subscriptionId);
    //! After "send test": waits (a few seconds at most) for \a eventId's delivery, then
    //! reloads the receipts and the webhook list (its last delivery status changed).
    void followEvent(const QString &subscriptionId, const QString &eventId);

Q_SIGNALS:
    //! \a statusCode is empty when no receipt came in time.
    void eventSettled(
        const QString &subscriptionId, const QString &eventId, const QString &statusCode);

private:
    struct Load;
    template <typename T, typename F>
    auto part(const std::shared_ptr<Load> &load, bool required, F onValue);
    void start(AdminArea area);
    void finish(const Load &load);
    void pollEvent(const QString &subscriptionId, const QString &eventId, int triesLeft);

    QPointer<Api::Client> m_client;
    std::array<AdminTableModel *, AdminAreaCount> m_tables {};
    std::array<QSortFilterProxyModel *, AdminAreaCount> m_views {};
    std::array<std::unique_ptr<RequestTracker>, AdminAreaCount> m_requests;
    AdminTableModel *m_receipts;
    std::unique_ptr<RequestTracker> m_receiptRequests;
    QString m_receiptsFor;
    QList<Api::WebhookSubscription> m_webhooks;
    QList<QPair<qint64, QString>> m_jobs;
};

} // namespace Dbtc::Models
