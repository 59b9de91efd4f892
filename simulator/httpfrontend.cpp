// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/httpfrontend.h"

#include "simulator/http.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QUrl>

namespace Dbtc::Sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    // Decode the form way ('+' is a space, as Python clients send it) before percent-decoding.
    const QByteArray raw = request.url().query(QUrl::FullyEncoded).toLatin1();
    const auto decode = [](QByteArray part) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
    };
    for (const QByteArray &pair : raw.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        r.query.append({ decode(eq < 0 ? pair : pair.left(eq)),
            eq < 0 ? QString() : decode(pair.mid(eq + 1)) });
    }
    r.headers = request.headers();
    r.body = request.body();
    r.peer = request.remoteAddress();
    m_handler(r, socket);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    writeResponse(socket, Response::notFound());
}

} // namespace Dbtc::Sim
