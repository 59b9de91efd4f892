// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/singleinstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace Dbtc::App {

namespace {

// The message: a header line, then one path per line (paths never contain a newline that
// matters here: the desktop hands over files, and a stray one only fails to open).
const QByteArray kHello = QByteArrayLiteral("dbt-cloud-console/1\n");
constexpr qint64 kMaxMessage = 1 << 20; // a launch with a million bytes of paths is not ours

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_serverName(QStringLiteral("dbtc-")
          + QString::fromLatin1(
              QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(24)))
{ }

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forwardToRunning(const QStringList &paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    QByteArray message = kHello;
    for (const QString &p : paths) {
        message += p.toUtf8() + '\n';
    }
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    // The running instance answers once it has the message: only then is this launch done.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    // Only this user may connect (a socket file with 0700-like access on Unix).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // A crashed instance leaves its socket file: nobody answered forwardToRunning(), so
        // it is stale. Remove it and try once more.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            if (error) {
                *error = m_server->errorString();
            }
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] {
            delete buffer;
        });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (buffer->size() > kMaxMessage || !kHello.startsWith(buffer->left(kHello.size()))) {
                socket->abort(); // not one of ours
                return;
            }
            if (!buffer->startsWith(kHello) || !buffer->endsWith('\n')) {
                return; // more to come
            }
            // The whole message is in once the sender waits for the answer; it writes in one go.
            QStringList paths;
            for (const QByteArray &line : buffer->mid(kHello.size()).split('\n')) {
                if (!line.isEmpty()) {
                    paths.append(QString::fromUtf8(line));
                }
            }
            buffer->clear();
            socket->write("ok\n");
            socket->flush();
            Q_EMIT activated(paths);
        });
    }
}

} // namespace Dbtc::App
