// SPDX-License-Identifier: GPL-3.0-or-later
// A webhook subscriber on loopback for the API and admin page tests: answers every request
// 200 "ok" and counts them (the simulator's "send test" delivers to it).
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

class LoopbackSubscriber final : public QTcpServer
{
public:
    int requests = 0;

    LoopbackSubscriber()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                m_buffer[s] += s->readAll();
                const QByteArray &b = m_buffer[s];
                const qsizetype end = b.indexOf("\r\n\r\n");
                const qsizetype at = b.toLower().indexOf("content-length:");
                const qsizetype len = at < 0 ? 0 : b.mid(at + 15, 12).trimmed().toLongLong();
                if (end < 0 || b.size() < end + 4 + len) {
                    return;
                }
                ++requests;
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                s->disconnectFromHost();
            });
        });
        listen(QHostAddress::LocalHost);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(serverPort()); }

private:
    QHash<QTcpSocket *, QByteArray> m_buffer;
};
