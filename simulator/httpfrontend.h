// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace Dbtc::Sim {

struct Request;

//! Qt HTTP Server's parser and connection handling, with every request handed over together
//! with its socket: faults need the socket to drop, truncate or delay an answer.
class HttpFrontend final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const Request &, QTcpSocket *)>;
    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Dbtc::Sim
