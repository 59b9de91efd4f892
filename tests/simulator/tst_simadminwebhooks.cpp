// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook subscriptions over HTTP: their own envelope and string ids, no trailing slash, PUT to
// update, hard delete, field errors, permissions, and the test endpoint delivering a signed
// request to a listening endpoint with the receipt recorded.
#include "simadmin.h"

#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;
using SimTest::clientAs;
using SimTest::fieldErrors;

namespace {

const QString kHooks = QStringLiteral("/api/v3/accounts/1/webhooks");

//! A one-route HTTP endpoint that records each request and answers with `status`.
class Receiver : public QTcpServer
{
public:
    int status = 200;
    QList<QByteArray> requests;

    Receiver()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                m_buffer[s] += s->readAll();
                const QByteArray &b = m_buffer[s];
                const qsizetype end = b.indexOf("\r\n\r\n");
                const qsizetype len =
                    b.mid(b.toLower().indexOf("content-length:") + 15, 12).trimmed().toLongLong();
                if (end < 0 || b.size() < end + 4 + len) {
                    return;
                }
                requests << b;
                const QByteArray reply = status == 200 ? QByteArray("ok") : QByteArray("gone");
                s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: "
                    + QByteArray::number(reply.size()) + "\r\nConnection: close\r\n\r\n" + reply);
                s->disconnectFromHost();
            });
        });
        listen(QHostAddress::LocalHost);
    }

    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hooks/dbt").arg(serverPort());
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

QJsonObject subscription(const QString &url)
{
    return { { QStringLiteral("name"), QStringLiteral("Ops alerts") },
        { QStringLiteral("description"), QStringLiteral("Errors to the ops channel") },
        { QStringLiteral("client_url"), url },
        { QStringLiteral("event_types"), QJsonArray { QStringLiteral("job.run.errored") } },
        { QStringLiteral("job_ids"), QJsonArray() },
        { QStringLiteral("active"), true } };
}

} // namespace

class TestSimAdminWebhooks final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Server> m_server;

private slots:

    void initTestCase()
    {
        m_server = std::make_unique<Server>(SimTest::quietOptions(100));
        QVERIFY(m_server->start());
    }

    void list_hasItsOwnEnvelopeAndStringIds()
    {
        Client c(*m_server);
        const auto r = c.get(kHooks + QStringLiteral("/subscriptions"));
        QCOMPARE(r.status, 200);
        QVERIFY(SimTest::shapeProblems(
            QStringLiteral("docs_webhooks_subscriptions_list_v3.json"), r.json())
                    .isEmpty());
        QCOMPARE(r.json()[QStringLiteral("status")].toObject().keys(),
            QStringList { QStringLiteral("code") });
        QVERIFY(!r.json()[QStringLiteral("extra")].toObject().contains(QStringLiteral("order_by")));
        QCOMPARE(
            r.json()[QStringLiteral("extra")][QStringLiteral("filters")][QStringLiteral("limit")]
                .toInt(),
            10);
        const QJsonArray subs = r.data().toArray();
        QCOMPARE(subs.size(), 3);
        QVERIFY(subs[0][QStringLiteral("id")].toString().startsWith(QLatin1String("wsu_")));
        QVERIFY(subs[1][QStringLiteral("job_ids")][0].isString());
        QVERIFY(!r.body.contains("hmac_secret"));
        // No trailing slash on this API.
        QCOMPARE(c.get(kHooks + QStringLiteral("/subscriptions/")).status, 404);
    }

    void createGetUpdateDelete()
    {
        Client c(*m_server);
        const auto made = c.post(kHooks + QStringLiteral("/subscriptions"),
            subscription(QStringLiteral("https://alerts.example.com/dbt")));
        QCOMPARE(made.status, 201);
        const QString id = made.data()[QStringLiteral("id")].toString();
        QVERIFY(id.startsWith(QLatin1String("wsu_")));
        QVERIFY(!made.data()[QStringLiteral("hmac_secret")].toString().isEmpty());
        QCOMPARE(made.data()[QStringLiteral("http_status_code")].toString(), QStringLiteral("0"));
        const QString one = kHooks + QStringLiteral("/subscription/") + id;
        QCOMPARE(
            c.get(one).data()[QStringLiteral("name")].toString(), QStringLiteral("Ops alerts"));
        QVERIFY(!c.get(one).data().toObject().contains(QStringLiteral("hmac_secret")));
        // The Terraform provider updates with PUT and integer job ids.
        const qint64 job = m_server->anyJobId(1);
        QJsonObject body = subscription(QStringLiteral("https://alerts.example.com/dbt2"));
        body[QStringLiteral("job_ids")] = QJsonArray { job };
        body[QStringLiteral("active")] = false;
        const auto put = c.send("PUT", one, QJsonDocument(body).toJson());
        QCOMPARE(put.status, 200);
        QCOMPARE(
            put.data()[QStringLiteral("job_ids")], QJsonValue(QJsonArray { QString::number(job) }));
        QCOMPARE(put.data()[QStringLiteral("active")].toBool(), false);
        QCOMPARE(c.send("POST", one, "{}").status, 405);
        const auto deleted = c.send("DELETE", one);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.data()[QStringLiteral("id")].toString(), id);
        QCOMPARE(
            deleted.json()[QStringLiteral("status")][QStringLiteral("is_success")].toBool(), true);
        QCOMPARE(c.get(one).status, 404); // a hard delete
        QCOMPARE(c.send("DELETE", one).status, 404);
    }

    void badBodies_nameTheirFields()
    {
        Client c(*m_server);
        const QString subs = kHooks + QStringLiteral("/subscriptions");
        QJsonObject errors = fieldErrors(c.post(subs, {}));
        for (const char *f : { "name", "client_url", "event_types" }) {
            QVERIFY2(errors.contains(QLatin1String(f)), f);
        }
        QJsonObject body = subscription(QStringLiteral("http://alerts.example.com/plain-http"));
        body[QStringLiteral("event_types")] = QJsonArray { QStringLiteral("job.run.exploded") };
        body[QStringLiteral("job_ids")] = QJsonArray { 424242 };
        errors = fieldErrors(c.post(subs, body));
        for (const char *f : { "client_url", "event_types", "job_ids" }) {
            QVERIFY2(errors.contains(QLatin1String(f)), f);
        }
        QCOMPARE(c.get(kHooks + QStringLiteral("/subscription/wsu_doesnotexist")).status, 404);
    }

    void permissions()
    {
        const QString subs = kHooks + QStringLiteral("/subscriptions");
        const QJsonObject body = subscription(QStringLiteral("https://alerts.example.com/x"));
        QCOMPARE(clientAs(*m_server, "webhooks_only")->post(subs, body).status, 201);
        QCOMPARE(clientAs(*m_server, "webhooks_only")
                     ->get(QStringLiteral("/api/v2/accounts/1/runs/"))
                     .status,
            403);
        QCOMPARE(clientAs(*m_server, "account_viewer")->get(subs).status, 200);
        QCOMPARE(clientAs(*m_server, "account_viewer")->post(subs, body).status, 403);
        QCOMPARE(clientAs(*m_server, "job_admin")->get(subs).status, 403);
    }

    void test_deliversASignedRequestAndRecordsTheReceipt()
    {
        Receiver receiver;
        QVERIFY(receiver.isListening());
        Client c(*m_server);
        const auto made =
            c.post(kHooks + QStringLiteral("/subscriptions"), subscription(receiver.url()));
        QCOMPARE(made.status, 201);
        const QString id = made.data()[QStringLiteral("id")].toString();
        const QByteArray secret = made.data()[QStringLiteral("hmac_secret")].toString().toUtf8();
        const auto test = c.get(kHooks + QStringLiteral("/subscription/%1/test").arg(id));
        QCOMPARE(test.status, 200);
        const QString event = test.data()[QStringLiteral("event_id")].toString();
        QVERIFY(event.startsWith(QLatin1String("wev_")));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 5000);
        const QByteArray request = receiver.requests.first();
        QVERIFY(request.startsWith("POST /hooks/dbt "));
        const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
        const QJsonObject payload = QJsonDocument::fromJson(body).object();
        QCOMPARE(payload[QStringLiteral("webhooksID")].toString(), id);
        QCOMPARE(payload[QStringLiteral("eventId")].toString(), event);
        QVERIFY(payload[QStringLiteral("data")][QStringLiteral("jobId")].isString());
        const QByteArray expected =
            QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
        QVERIFY2(request.contains(QByteArray("Authorization: " + expected)), request.constData());
        // The receipt and the subscription's last status follow the answer.
        const QString receipts =
            kHooks + QStringLiteral("/subscription/%1/event/%2/receipt").arg(id, event);
        QTRY_COMPARE_WITH_TIMEOUT(c.get(receipts).data().toArray().size(), 1, 5000);
        const QJsonObject receipt = c.get(receipts).data()[0].toObject();
        QCOMPARE(receipt[QStringLiteral("http_status_code")].toString(), QStringLiteral("200"));
        QCOMPARE(receipt[QStringLiteral("response_body")].toString(), QStringLiteral("ok"));
        QVERIFY(!receipt[QStringLiteral("request_headers")].toString().contains(
            QString::fromUtf8(secret)));
        QCOMPARE(c.get(kHooks + QStringLiteral("/subscription/") + id)
                     .data()[QStringLiteral("http_status_code")]
                     .toString(),
            QStringLiteral("200"));
        const QJsonArray events =
            c.get(kHooks + QStringLiteral("/subscription/%1/events").arg(id)).data().toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][QStringLiteral("id")].toString(), event);
        // The deprecated event routes and the receipt by id answer too.
        QCOMPARE(c.get(kHooks + QStringLiteral("/event/") + event)
                     .data()[QStringLiteral("subscription_id")]
                     .toString(),
            id);
        const QString receiptId = receipt[QStringLiteral("id")].toString();
        QCOMPARE(
            c.get(kHooks + QStringLiteral("/event/%1/receipts").arg(event)).data().toArray().size(),
            1);
        QCOMPARE(c.get(kHooks + QStringLiteral("/receipt/") + receiptId)
                     .data()[QStringLiteral("event_id")]
                     .toString(),
            event);
        // An endpoint that answers 410 is recorded as such.
        receiver.status = 410;
        const QString second = c.get(kHooks + QStringLiteral("/subscription/%1/test").arg(id))
                                   .data()[QStringLiteral("event_id")]
                                   .toString();
        const QString secondReceipts =
            kHooks + QStringLiteral("/subscription/%1/event/%2/receipt").arg(id, second);
        QTRY_COMPARE_WITH_TIMEOUT(c.get(secondReceipts).data().toArray().size(), 1, 5000);
        QCOMPARE(c.get(secondReceipts).data()[0][QStringLiteral("http_status_code")].toString(),
            QStringLiteral("410"));
    }

    void test_unreachableEndpoint_isAReceiptWithTheError()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            closedPort = probe.serverPort();
        }
        Client c(*m_server);
        const auto made = c.post(kHooks + QStringLiteral("/subscriptions"),
            subscription(QStringLiteral("http://127.0.0.1:%1/nobody").arg(closedPort)));
        const QString id = made.data()[QStringLiteral("id")].toString();
        const QString event = c.get(kHooks + QStringLiteral("/subscription/%1/test").arg(id))
                                  .data()[QStringLiteral("event_id")]
                                  .toString();
        const QString receipts =
            kHooks + QStringLiteral("/subscription/%1/event/%2/receipt").arg(id, event);
        QTRY_COMPARE_WITH_TIMEOUT(c.get(receipts).data().toArray().size(), 1, 5000);
        const QJsonObject receipt = c.get(receipts).data()[0].toObject();
        QCOMPARE(receipt[QStringLiteral("http_status_code")].toString(), QStringLiteral("0"));
        QVERIFY(!receipt[QStringLiteral("error_info")].toString().isEmpty());
    }
};

QTEST_MAIN(TestSimAdminWebhooks)
#include "tst_simadminwebhooks.moc"
