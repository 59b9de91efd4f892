// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook subscriptions (v3): their own envelope (status {"code"} only), string ids ("wsu_",
// "wev_"), no trailing slashes, PUT to update, a hard delete.
#include "api/client.h"
#include "api/clientadmincall.h"
#include "api/clientcall.h"

namespace Dbtc::Api {

namespace {

//! An answer whose data is {"<key>": "<string id>"} (delete, test).
std::function<Result<QString>(const ApiJob &)> idDecoder(const char *key)
{
    return [key](const ApiJob &job) -> Result<QString> {
        const Result<QJsonValue> data = Json::envelopeData(job.json());
        if (!data) {
            return data.error();
        }
        const QString id = data->toObject().value(QLatin1String(key)).toString();
        if (id.isEmpty()) {
            return Json::decodeError(QStringLiteral("data.%1: missing").arg(QLatin1String(key)));
        }
        return id;
    };
}

} // namespace

ApiJob *Client::listWebhooks(QObject *context, Callback<QList<WebhookSubscription>> done)
{
    return fetchAll<WebhookSubscription>(allPages(v3(QStringLiteral("webhooks/subscriptions"))),
        &Json::webhookFromJson,
        context,
        std::move(done));
}

ApiJob *Client::getWebhook(
    const QString &subscriptionId, QObject *context, Callback<WebhookSubscription> done)
{
    return call<WebhookSubscription>(
        Request::get(v3(QStringLiteral("webhooks/subscription/") + subscriptionId)),
        context,
        std::move(done),
        objectDecoder(&Json::webhookFromJson));
}

ApiJob *Client::createWebhook(
    const WebhookDraft &draft, QObject *context, Callback<WebhookSubscription> done)
{
    return call<WebhookSubscription>(Request::post(v3(QStringLiteral("webhooks/subscriptions")),
                                         jsonBody(Json::webhookToJson(draft))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::webhookFromJson));
}

ApiJob *Client::updateWebhook(const QString &subscriptionId,
    const WebhookDraft &draft,
    QObject *context,
    Callback<WebhookSubscription> done)
{
    return call<WebhookSubscription>(
        Request::put(v3(QStringLiteral("webhooks/subscription/") + subscriptionId),
            jsonBody(Json::webhookToJson(draft))),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        objectDecoder(&Json::webhookFromJson));
}

ApiJob *Client::deleteWebhook(
    const QString &subscriptionId, QObject *context, Callback<QString> done)
{
    return call<QString>(
        Request::del(v3(QStringLiteral("webhooks/subscription/") + subscriptionId)),
        context,
        writeCallback(std::move(done), options().baseUrl.host()),
        idDecoder("id"));
}

ApiJob *Client::testWebhook(const QString &subscriptionId, QObject *context, Callback<QString> done)
{
    // A GET on the wire, but it sends a request to the subscriber: a write for read-only
    // connections, and never resent on its own.
    Request r =
        Request::get(v3(QStringLiteral("webhooks/subscription/%1/test").arg(subscriptionId)));
    r.idempotent = false;
    if (isReadOnly()) {
        const ApiError error = ApiError::make(ApiError::Kind::ReadOnly, r.describe());
        return failNow(context, [done, error] {
            done(Result<QString>(error));
        });
    }
    return call<QString>(std::move(r), context, std::move(done), idDecoder("event_id"));
}

ApiJob *Client::listWebhookEvents(
    const QString &subscriptionId, QObject *context, Callback<QList<WebhookEvent>> done)
{
    return fetchAll<WebhookEvent>(
        allPages(v3(QStringLiteral("webhooks/subscription/%1/events").arg(subscriptionId))),
        &Json::webhookEventFromJson,
        context,
        std::move(done));
}

ApiJob *Client::listWebhookReceipts(const QString &subscriptionId,
    const QString &eventId,
    QObject *context,
    Callback<QList<WebhookReceipt>> done)
{
    return call<QList<WebhookReceipt>>(
        Request::get(v3(QStringLiteral("webhooks/subscription/%1/event/%2/receipt")
                            .arg(subscriptionId, eventId))),
        context,
        std::move(done),
        [](const ApiJob &job) -> Result<QList<WebhookReceipt>> {
            const Result<QJsonValue> data = Json::envelopeData(job.json());
            if (!data) {
                return data.error();
            }
            return Json::listFromJson<WebhookReceipt>(*data, &Json::webhookReceiptFromJson);
        });
}

} // namespace Dbtc::Api
