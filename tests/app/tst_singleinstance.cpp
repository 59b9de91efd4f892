// SPDX-License-Identifier: GPL-3.0-or-later
// One window per user: a second launch hands its paths to the first and is told to leave;
// with nobody running it becomes the first; a socket left by a crashed instance is replaced.
#include "app/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using Dbtc::App::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    static QString uniqueName() { return QUuid::createUuid().toString(); }

    //! A second launch runs in its own process in real life; here in a thread, so the first
    //! keeps its event loop while the second waits for the answer.
    static QFuture<bool> secondLaunch(const QString &name, const QStringList &paths)
    {
        return QtConcurrent::run([name, paths] {
            SingleInstance second(name);
            return second.forwardToRunning(paths, 3000);
        });
    }

private Q_SLOTS:

    void secondLaunchHandsItsPathsToTheFirst()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activated);
        const QStringList paths { QStringLiteral("/tmp/target/manifest.json"),
            QStringLiteral("/home/ana/Ümlaut project/target") };
        QFuture<bool> handed = secondLaunch(name, paths);
        QTRY_VERIFY_WITH_TIMEOUT(handed.isFinished(), 5000);
        QVERIFY(handed.result()); // the second launch may exit
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toStringList(), paths);

        // A bare second launch (no file) only raises the window.
        QFuture<bool> bare = secondLaunch(name, {});
        QTRY_VERIFY_WITH_TIMEOUT(bare.isFinished(), 5000);
        QVERIFY(bare.result());
        QCOMPARE(activated.size(), 2);
        QVERIFY(activated.last().first().toStringList().isEmpty());
    }

    void withNobodyRunningTheLaunchBecomesTheFirst()
    {
        SingleInstance lonely(uniqueName());
        QVERIFY(!lonely.forwardToRunning({ QStringLiteral("/x") }, 500));
        QVERIFY(lonely.listen());
    }

    void otherProfilesDoNotMeet()
    {
        SingleInstance a(uniqueName());
        QVERIFY(a.listen());
        QSignalSpy activated(&a, &SingleInstance::activated);
        QFuture<bool> other = secondLaunch(uniqueName(), {});
        QTRY_VERIFY_WITH_TIMEOUT(other.isFinished(), 5000);
        QVERIFY(!other.result());
        QCOMPARE(activated.size(), 0);
    }

    void aSocketLeftByACrashIsReplaced()
    {
#ifdef Q_OS_UNIX
        const QString name = uniqueName();
        SingleInstance probe(name);
        // What a killed instance leaves: the socket's file, with nobody behind it.
        const QString path = QDir::tempPath() + QLatin1Char('/') + probe.serverName();
        {
            QFile stale(path);
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        QVERIFY(!probe.forwardToRunning({}, 500));
        QVERIFY(probe.listen());
        QFuture<bool> handed = secondLaunch(name, { QStringLiteral("/a") });
        QTRY_VERIFY_WITH_TIMEOUT(handed.isFinished(), 5000);
        QVERIFY(handed.result());
#else
        QSKIP("named pipes leave nothing behind on this system");
#endif
    }

    void aForeignClientIsDropped()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activated);
        QLocalSocket socket;
        socket.connectToServer(first.serverName());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET / HTTP/1.1\r\n\r\n");
        socket.flush();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(activated.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
