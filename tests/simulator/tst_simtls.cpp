// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS: a generated self-signed certificate is refused by default and accepted once the test
// adds the simulator's certificate as a CA (never by ignoring SSL errors).
#include "simclient.h"

#include <QSslSocket>
#include <QTest>

using namespace Dbtc::Sim;
using SimTest::Client;

class TestSimTls final : public QObject
{
    Q_OBJECT

private slots:

    void https_untrustedFailsThenTrustedCaWorks()
    {
        if (!QSslSocket::supportsSsl()) {
            QSKIP("no TLS backend");
        }
        ServerOptions o = SimTest::quietOptions(50);
        o.tls = true;
        Server server(o);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        QVERIFY(!server.certificate().isNull());
        {
            Client c(server);
            const auto r = c.get(QStringLiteral("/api/v2/accounts/1/runs/?limit=1"));
            QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
            QCOMPARE(server.requestCount(), 0);
        }
        Client trusted(server);
        trusted.setCaCertificate(server.certificate());
        const auto ok = trusted.get(QStringLiteral("/api/v2/accounts/1/runs/?limit=1"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.data().toArray().size(), 1);
    }

    void https_withGivenCertificateFiles()
    {
        ServerOptions o = SimTest::quietOptions(10);
        o.tls = true;
        o.tlsCertFile = QStringLiteral("/nonexistent/cert.pem");
        o.tlsKeyFile = QStringLiteral("/nonexistent/key.pem");
        Server server(o);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(QLatin1String("cert.pem")));
    }
};

QTEST_MAIN(TestSimTls)
#include "tst_simtls.moc"
