// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/http.h"

#include "simulator/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>

namespace Dbtc::Sim {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

bool Request::has(const QString &key) const
{
    return value(key).has_value();
}

std::optional<QString> Request::value(const QString &key) const
{
    std::optional<QString> out;
    for (const auto &q : query) {
        if (q.first == key) {
            out = q.second;
        }
    }
    return out;
}

QStringList Request::list(const QString &key) const
{
    QStringList out;
    for (const auto &q : query) {
        if (q.first != key && q.first != key + QStringLiteral("[]")) {
            continue;
        }
        QString v = q.second;
        v.remove(QLatin1Char('['))
            .remove(QLatin1Char(']'))
            .remove(QLatin1Char('"'))
            .remove(QLatin1Char('\''));
        const QStringList parts = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            const QString t = p.trimmed();
            if (!t.isEmpty() && !out.contains(t)) {
                out << t;
            }
        }
    }
    return out;
}

QByteArray Request::logLine() const
{
    QByteArray line = method + ' ' + QUrl::toPercentEncoding(path, "/");
    QStringList parts;
    for (const auto &q : query) {
        parts << QString::fromLatin1(QUrl::toPercentEncoding(q.first)) + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(q.second, "[],'\""));
    }
    if (!parts.isEmpty()) {
        line += '?' + parts.join(QLatin1Char('&')).toLatin1();
    }
    return line;
}

Response Response::json(const QJsonObject &obj, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(obj).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::envelope(const QJsonValue &data)
{
    return json(successEnvelope(data));
}

Response Response::list(
    const QJsonArray &data, const QJsonObject &filters, const QJsonValue &orderBy, int totalCount)
{
    QJsonObject env = successEnvelope(data);
    env.insert(QStringLiteral("extra"),
        QJsonObject { { QStringLiteral("filters"), filters },
            { QStringLiteral("order_by"), orderBy },
            { QStringLiteral("pagination"),
                QJsonObject { { QStringLiteral("count"), data.size() },
                    { QStringLiteral("total_count"), totalCount } } } });
    return json(env);
}

Response Response::error(int status, const QString &userMessage)
{
    return json(errorEnvelope(status, userMessage), status);
}

Response Response::notFound()
{
    return error(404,
        QStringLiteral("The requested resource was not found. Please check that you "
                       "have the proper permissions."));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

void writeResponse(QTcpSocket *socket, const Response &response, qsizetype bodyBytes)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    // A truncated answer promises the whole body and closes halfway: the client knows it is
    // incomplete (and will not reuse the connection, which would make it resend requests).
    const bool truncate = bodyBytes >= 0;
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (truncate) {
        out += "Connection: close\r\n";
    }
    for (const auto &h : response.headers) {
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "\r\n";
    out += truncate ? response.body.left(bodyBytes) : response.body;
    socket->write(out);
    if (truncate) {
        socket->disconnectFromHost();
    }
}

} // namespace Dbtc::Sim
