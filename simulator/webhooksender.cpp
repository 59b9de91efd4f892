// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/webhooksender.h"

#include "simulator/world.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Dbtc::Sim {

WebhookSender::WebhookSender(World &world, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_nam(new QNetworkAccessManager(this))
{ }

WebhookSender::~WebhookSender() = default;

void WebhookSender::send(const QString &subscriptionId, const QString &eventId)
{
    const WebhookSubscription *sub = nullptr;
    for (const WebhookSubscription &s : std::as_const(m_world.webhooks)) {
        sub = s.id == subscriptionId ? &s : sub;
    }
    const WebhookEvent *event = nullptr;
    for (const WebhookEvent &e : std::as_const(m_world.webhookEvents)) {
        event = e.id == eventId ? &e : event;
    }
    if (!sub || !event) {
        return;
    }
    const QByteArray body = event->payload.toUtf8();
    const QByteArray signature =
        QMessageAuthenticationCode::hash(body, sub->hmacSecret.toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    QNetworkRequest req(QUrl(sub->clientUrl));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", signature);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("dbt-cloud-webhooks"));
    req.setTransferTimeout(10000);
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->post(req, body);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    connect(reply,
        &QNetworkReply::finished,
        this,
        [this, reply, subscriptionId, eventId, body, signature, sentAt] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            WebhookReceipt r;
            r.id = m_world.allocWebhookId("wre_");
            r.eventId = eventId;
            r.subscriptionId = subscriptionId;
            r.dispatchedAt = sentAt;
            r.httpStatusCode = QString::number(status);
            r.errorInfo = reply->error() == QNetworkReply::NoError || status >= 400
                ? (status >= 400 ? QStringLiteral("The endpoint answered %1.").arg(status)
                                 : QString())
                : reply->errorString();
            r.requestBody = QString::fromUtf8(body);
            // The signature is the only header worth keeping; the secret itself is never recorded.
            r.requestHeaders = QStringLiteral("{\"Content-Type\": \"application/json\", "
                                              "\"Authorization\": \"%1\"}")
                                   .arg(QString::fromLatin1(signature));
            r.responseBody = QString::fromUtf8(reply->readAll().left(4096));
            m_world.webhookReceipts.append(r);
            for (WebhookEvent &e : m_world.webhookEvents) {
                if (e.id == eventId) {
                    e.httpStatusCode = r.httpStatusCode;
                }
            }
            for (WebhookSubscription &s : m_world.webhooks) {
                if (s.id == subscriptionId) {
                    s.httpStatusCode = r.httpStatusCode;
                    s.dispatchedAt = sentAt;
                }
            }
        });
}

} // namespace Dbtc::Sim
