// SPDX-License-Identifier: GPL-3.0-or-later
// The /__sim/ control API of a running --demo must not be scriptable from a web page (issue
// 16, item 13): a cross-origin simple POST, a request whose Host is a foreign name (DNS
// rebinding) and a browser's cross-site fetch get 403 and change nothing; tools that send no
// Origin, and the simulator's own origin, still work. Raw HTTP over a socket, because
// QNetworkAccessManager writes the Host header itself.
#include "simulator/faults.h"
#include "simulator/server.h"

#include <QTcpSocket>
#include <QTest>

using namespace Dbtc;

namespace {

struct RawReply
{
    int status = 0;
    QByteArray text;
};

//! A whole response: headers and Content-Length bytes of body.
bool isComplete(const QByteArray &text)
{
    const qsizetype end = text.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QByteArray head = text.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    if (at < 0) {
        return true;
    }
    const qsizetype eol = head.indexOf("\r\n", at);
    const qint64 length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
    return text.size() - (end + 4) >= length;
}

//! Sends \a request and reads until the server closes, running the event loop meanwhile
//! (the simulator serves on this thread).
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!QTest::qWaitFor(
            [&socket] {
                return socket.state() == QAbstractSocket::ConnectedState;
            },
            5000)) {
        return {};
    }
    socket.write(request);
    QByteArray text;
    (void)QTest::qWaitFor(
        [&] {
            text += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState || isComplete(text);
        },
        5000);
    return text + socket.readAll();
}

} // namespace

class TestSimControlGuard final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Server> m_server;

    //! POSTs a fault rule to /__sim/faults with \a extraHeaders ("Name: value\r\n"...).
    RawReply postFault(const QByteArray &host, const QByteArray &extraHeaders)
    {
        const QByteArray body = R"({"kind": "server_error", "path": "/runs/", "count": 1})";
        QByteArray request = "POST /__sim/faults HTTP/1.1\r\n";
        if (!host.isEmpty()) {
            request += "Host: " + host + "\r\n";
        }
        request += "Content-Type: text/plain\r\n"; // a "simple" request: no CORS preflight
        request += extraHeaders;
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        request += "Connection: close\r\n\r\n" + body;
        RawReply reply;
        reply.text = exchange(m_server->port(), request);
        const QList<QByteArray> statusLine = reply.text.left(reply.text.indexOf('\r')).split(' ');
        reply.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
        return reply;
    }

    QByteArray ownHost() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }

    QByteArray ownOrigin() const { return "http://" + ownHost(); }

private Q_SLOTS:

    void initTestCase()
    {
        Sim::ServerOptions o;
        o.life = false;
        o.historyRuns = 20;
        m_server = std::make_unique<Sim::Server>(o);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void init() { m_server->faults().clear(); }

    void crossOriginSimplePostIsRefused()
    {
        const RawReply r = postFault(ownHost(), "Origin: https://evil.example\r\n");
        QCOMPARE(r.status, 403);
        QVERIFY2(r.text.contains("other origins"), r.text.constData());
        QVERIFY(m_server->faults().rules().isEmpty());
    }

    void anotherLocalOriginIsRefused()
    {
        // A page served by some other local web server is another origin too.
        const RawReply r = postFault(ownHost(), "Origin: http://localhost:3000\r\n");
        QCOMPARE(r.status, 403);
        QVERIFY(m_server->faults().rules().isEmpty());
    }

    void foreignHostIsRefused()
    {
        const RawReply r =
            postFault("rebind.evil.example:" + QByteArray::number(m_server->port()), {});
        QCOMPARE(r.status, 403);
        QVERIFY2(r.text.contains("loopback host"), r.text.constData());
        QVERIFY(m_server->faults().rules().isEmpty());
    }

    void crossSiteFetchIsRefused()
    {
        const RawReply r = postFault(ownHost(), "Sec-Fetch-Site: cross-site\r\n");
        QCOMPARE(r.status, 403);
        QVERIFY(m_server->faults().rules().isEmpty());
    }

    void toolsAndOwnOriginStillWork()
    {
        QCOMPARE(postFault(ownHost(), {}).status, 200);
        QCOMPARE(postFault("localhost:" + QByteArray::number(m_server->port()), {}).status, 200);
        QCOMPARE(postFault(ownHost(), "Origin: " + ownOrigin() + "\r\n").status, 200);
        QCOMPARE(m_server->faults().rules().size(), 3);
    }

    void apiEndpointsAreNotAffected()
    {
        // Only the control API is guarded: the fake dbt Cloud API keeps its token check.
        const QByteArray text = exchange(m_server->port(),
            "GET /api/v2/accounts/ HTTP/1.1\r\nHost: anything.example\r\nAuthorization: Token "
                + m_server->adminToken().toLatin1() + "\r\nConnection: close\r\n\r\n");
        QVERIFY2(text.startsWith("HTTP/1.1 200"), text.left(200).constData());
    }
};

QTEST_GUILESS_MAIN(TestSimControlGuard)
#include "tst_simcontrolguard.moc"
