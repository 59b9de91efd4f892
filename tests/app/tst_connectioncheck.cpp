// SPDX-License-Identifier: GPL-3.0-or-later
// `dbt-cloud-console --check-connection URL` (no display, no token): a host that answers is
// "reachable and trusted"; a certificate the system store does not trust and a closed port
// fail with the window's words. Runs the real binaries: the console and dbt-cloud-sim.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestConnectionCheck final : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Outcome check(const QString &url)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DBTC_CONSOLE_BINARY), { QStringLiteral("--check-connection"), url });
        Outcome o;
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit) {
            p.kill();
            p.waitForFinished();
            return o;
        }
        o.exitCode = p.exitCode();
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }

    //! Starts dbt-cloud-sim and returns its base URL (empty on failure).
    static QString startSimulator(QProcess &sim, const QStringList &extra)
    {
        sim.start(QStringLiteral(DBTC_SIM_BINARY),
            QStringList {
                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-life") }
                + extra);
        if (!sim.waitForReadyRead(20000)) {
            return {};
        }
        const QByteArray line = sim.readLine();
        return QJsonDocument::fromJson(line).object().value(u"base_url").toString();
    }

private Q_SLOTS:

    void aHostThatAnswersIsReachable()
    {
        QProcess sim;
        const QString url = startSimulator(sim, {});
        QVERIFY(!url.isEmpty());
        const Outcome o = check(url);
        QCOMPARE(o.exitCode, 0);
        // Without a token dbt Cloud (and the simulator) answer 401: the host is there.
        QVERIFY2(o.out.contains(QStringLiteral("reachable and trusted (HTTP 401)")),
            qPrintable(o.out + o.err));
        sim.kill();
        sim.waitForFinished();
    }

    void aCertificateTheSystemDoesNotTrustIsRefused()
    {
        QProcess sim;
        const QString url = startSimulator(sim, { QStringLiteral("--tls") });
        if (url.isEmpty()) {
            QSKIP("dbt-cloud-sim --tls needs the openssl tool");
        }
        QVERIFY(url.startsWith(QStringLiteral("https://")));
        const Outcome o = check(url);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("not trusted")), qPrintable(o.out + o.err));
        sim.kill();
        sim.waitForFinished();
    }

    void aClosedPortSaysItCannotReach()
    {
        const Outcome o = check(QStringLiteral("https://127.0.0.1:1"));
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("Could not reach")), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
