// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tiny synchronous HTTP helper for the simulator tests: real loopback HTTP through
// QNetworkAccessManager, waiting in a local event loop.

#include "simulator/server.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace SimTest {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }

    QJsonValue data() const { return json().value(QStringLiteral("data")); }
};

class Client
{
public:
    explicit Client(const Dbtc::Sim::Server &server)
        : m_base(server.baseUrl())
        , m_token(server.adminToken())
    { }

    void setToken(const QString &token) { m_token = token; }

    void setCaCertificate(const QSslCertificate &cert) { m_ca = cert; }

    QNetworkAccessManager &nam() { return m_nam; }

    Reply send(const QByteArray &method,
        const QString &pathAndQuery,
        const QByteArray &body = {},
        const QByteArray &authScheme = "Token",
        int timeoutMs = 10000)
    {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
        url.setPath(pathAndQuery.left(q));
        if (q >= 0) {
            url.setQuery(pathAndQuery.mid(q + 1));
        }
        QNetworkRequest req(url);
        if (!m_token.isEmpty()) {
            req.setRawHeader("Authorization", authScheme + ' ' + m_token.toLatin1());
        }
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_ca.isNull()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.addCaCertificate(m_ca);
            req.setSslConfiguration(ssl);
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        if (!reply->isFinished()) {
            reply->abort();
            r.error = QNetworkReply::TimeoutError;
        } else {
            r.error = reply->error();
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return r;
    }

    Reply get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }

    Reply post(const QString &path, const QJsonObject &body = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    QSslCertificate m_ca;
};

inline Dbtc::Sim::ServerOptions quietOptions(int historyRuns = 2400)
{
    Dbtc::Sim::ServerOptions o;
    o.life = false; // tests move the clock themselves
    o.historyRuns = historyRuns;
    return o;
}

} // namespace SimTest
