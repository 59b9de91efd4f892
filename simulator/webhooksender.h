// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QNetworkAccessManager;

namespace Dbtc::Sim {

class World;

//! Delivers webhook events over real HTTP like dbt Cloud: a POST of the JSON payload with
//! `Authorization` = hex HMAC-SHA256 of the body keyed with the subscription's secret, a 10 s
//! timeout, and a receipt (status, response body, error) recorded when it finishes.
class WebhookSender final : public QObject
{
    Q_OBJECT

public:
    explicit WebhookSender(World &world, QObject *parent = nullptr);
    ~WebhookSender() override;

    //! Sends the stored event `eventId` of subscription `subscriptionId` (same thread).
    void send(const QString &subscriptionId, const QString &eventId);

private:
    World &m_world;
    QNetworkAccessManager *m_nam;
};

} // namespace Dbtc::Sim
