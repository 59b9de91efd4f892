// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root end to end: a connection created through the app is saved without its
// token, the token goes to the real keychain (scripts/with-keyring.sh), and after a "restart"
// (a new ConsoleApp over the same settings) the connection comes back with the token read from
// the keychain and talks to the simulator.
#include "api/client.h"
#include "app/consoleapp.h"
#include "app/keychainsecretstore.h"
#include "app/settings.h"
#include "models/console/accounttreemodel.h"
#include "models/notifications/watchlist.h"
#include "models/workspace/workspace.h"
#include "simulator/server.h"
#include "ui/connections/connectiondialog.h"
#include "ui/shell/mainwindow.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;

class TestConsoleApp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedConnection_survivesRestartWithTokenFromKeychain();
    void demo_connectsToInProcessSimulator();
    void connectionWithTwoAccounts_showsBothAfterRestart();
};

void TestConsoleApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConsoleApp::savedConnection_survivesRestartWithTokenFromKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs the private keyring session of scripts/with-keyring.sh");
    }
    Sim::ServerOptions simOptions;
    simOptions.life = false;
    simOptions.historyRuns = 200;
    Sim::Server sim(simOptions);
    QVERIFY(sim.start());

    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(QStringLiteral("console.ini"));
    const QString id = App::ProfileStore::newId();
    {
        App::Settings settings(settingsPath);
        App::KeychainSecretStore secrets(QStringLiteral("dbt-cloud-console-test-app"));
        App::ConsoleApp app({}, &secrets, &settings);
        app.start();
        app.saveConnection(id,
            { QStringLiteral("Simulated US"),
                sim.baseUrl(),
                sim.accountIds().first(),
                true,
                sim.adminToken(),
                {} });
        QTRY_VERIFY(app.client(id) != nullptr);
        QVERIFY(!secrets.usingSessionFallback());
    }
    QFile file(settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(onDisk.contains("Simulated US"));
    QVERIFY2(!onDisk.contains(sim.adminToken().toUtf8()), "the token must not be in settings");

    App::Settings settings(settingsPath);
    App::KeychainSecretStore secrets(QStringLiteral("dbt-cloud-console-test-app"));
    App::ConsoleApp restarted({}, &secrets, &settings);
    restarted.start();
    QCOMPARE(restarted.profiles().size(), 1);
    QCOMPARE(restarted.profiles().first().name, QStringLiteral("Simulated US"));
    QVERIFY(restarted.profiles().first().readOnly);
    QTRY_VERIFY(restarted.client(id) != nullptr);
    QCOMPARE(restarted.client(id)->options().token, sim.adminToken());
    // The connection really works with the token from the keychain: the account appears.
    auto *tree = restarted.window()->treeModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        tree->rowCount() == 1 && tree->rowCount(tree->index(0, 0)) >= 1, 10000);
}

void TestConsoleApp::demo_connectsToInProcessSimulator()
{
    QTemporaryDir dir;
    App::Settings settings(dir.filePath(QStringLiteral("console.ini")));
    App::MemorySecretStore secrets;
    App::CommandLine commandLine;
    commandLine.demo = true;
    App::ConsoleApp app(commandLine, &secrets, &settings);
    app.start();
    QVERIFY(app.client(QStringLiteral("demo")) != nullptr);
    QVERIFY(app.profiles().isEmpty()); // the demo is never saved as a profile
    // Its token reaches the simulator's two accounts: one connection showing both, each
    // with its own client and watched as a whole.
    const QStringList sessions = app.sessionsOf(QStringLiteral("demo"));
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.first(), QStringLiteral("demo"));
    QVERIFY(app.client(sessions.at(1)) != nullptr);
    QVERIFY(app.client(sessions.at(1))->options().accountId
        != app.client(sessions.at(0))->options().accountId);
    for (const QString &session : sessions) {
        QCOMPARE(app.workspace()->watchList()->watchedScopes(session).accounts,
            QSet<qint64> { app.client(session)->options().accountId });
    }
    auto *tree = app.window()->treeModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        tree->rowCount() == 1 && tree->rowCount(tree->index(0, 0)) == 2, 10000);
    QSettings reread(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    QVERIFY(!reread.allKeys().join(u' ').contains(QStringLiteral("token"), Qt::CaseInsensitive));
}

void TestConsoleApp::connectionWithTwoAccounts_showsBothAfterRestart()
{
    Sim::ServerOptions simOptions;
    simOptions.life = false;
    simOptions.historyRuns = 100;
    Sim::Server sim(simOptions);
    QVERIFY(sim.start());
    const qint64 home = sim.accountIds().at(0);
    const qint64 other = sim.accountIds().at(1);
    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(QStringLiteral("console.ini"));
    App::MemorySecretStore secrets; // outlives the "restart", like the keychain
    const QString id = App::ProfileStore::newId();
    {
        App::Settings settings(settingsPath);
        App::ConsoleApp app({}, &secrets, &settings);
        app.start();
        app.saveConnection(id,
            { QStringLiteral("Two accounts"),
                sim.baseUrl(),
                home,
                false,
                sim.adminToken(),
                {},
                { other } });
        QTRY_COMPARE(app.sessionsOf(id).size(), 2);
    }
    App::Settings settings(settingsPath);
    App::ConsoleApp restarted({}, &secrets, &settings);
    restarted.start();
    QCOMPARE(restarted.profiles().first().otherAccountIds, QList<qint64> { other });
    QTRY_COMPARE(restarted.sessionsOf(id).size(), 2);
    const QString second = restarted.sessionsOf(id).at(1);
    QCOMPARE(second, id + QStringLiteral("/") + QString::number(other));
    QCOMPARE(restarted.client(second)->options().accountId, other);
    auto *tree = restarted.window()->treeModel();
    QCOMPARE(tree->rowCount(), 1);
    const QModelIndex b = tree->findNode(second, Models::TreeNodeKind::Account, other);
    QVERIFY(b.isValid());
    QCOMPARE(b.parent(), tree->index(0, 0));
    // Its projects load from the second account.
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount(b) >= 2, 10000);
}

QTEST_MAIN(TestConsoleApp)
#include "tst_consoleapp.moc"
