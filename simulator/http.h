// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QTcpSocket;

namespace Dbtc::Sim {

//! A request, copied out of QHttpServerRequest so it can outlive the parser (delays).
struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded path, e.g. /api/v2/accounts/1/runs/
    QList<QPair<QString, QString>> query; // in order, repeated keys kept
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const;
    bool has(const QString &key) const;
    //! Last value of a query key (nullopt when absent).
    std::optional<QString> value(const QString &key) const;
    //! Every form clients send lists in, merged: repeated keys, "a,b", ["a","b"], ['a', 'b'].
    QStringList list(const QString &key) const;

    //! The parsed include_related set (lower-case names).
    QStringList includeRelated() const { return list(QStringLiteral("include_related")); }

    //! "METHOD path?query" as logged by the introspection API.
    QByteArray logLine() const;
};

struct Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool dropWithoutAnswer = false; // close the connection instead of answering

    static Response json(const QJsonObject &obj, int status = 200);
    static Response envelope(const QJsonValue &data);
    static Response list(const QJsonArray &data,
        const QJsonObject &filters,
        const QJsonValue &orderBy,
        int totalCount);
    static Response error(int status, const QString &userMessage);
    static Response notFound();
};

//! Writes a complete HTTP/1.1 response. `bodyBytes` < 0 sends it all; otherwise only that many
//! bytes of the promised Content-Length go out and the connection closes (a truncated body).
void writeResponse(QTcpSocket *socket, const Response &response, qsizetype bodyBytes = -1);
QByteArray reasonPhrase(int status);

} // namespace Dbtc::Sim
