// SPDX-License-Identifier: GPL-3.0-or-later
// A machine without any Secret Service: the token must stay in memory for the session only, the
// user must be told once, and nothing may fall back to a plaintext file. Its own process,
// because Qt caches the session-bus connection for the life of a process.
#include "app/keychainsecretstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Dbtc::App;

class TestSecretFallback final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretService_keepsTokenInMemoryAndSaysSo();

private:
    SecretResult run(const std::function<void(SecretCallback)> &op);
};

void TestSecretFallback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/dbtc-no-bus");
}

SecretResult TestSecretFallback::run(const std::function<void(SecretCallback)> &op)
{
    SecretResult out { SecretResult::Status::Failed, {}, QStringLiteral("timed out") };
    bool finished = false;
    op([&](const SecretResult &r) {
        out = r;
        finished = true;
    });
    (void)QTest::qWaitFor(
        [&] {
            return finished;
        },
        10000);
    return out;
}

void TestSecretFallback::noSecretService_keepsTokenInMemoryAndSaysSo()
{
    KeychainSecretStore store(QStringLiteral("dbt-cloud-console-test-nobus"));
    QSignalSpy told(&store, &SecretStore::secureStorageUnavailable);
    auto w = run([&](SecretCallback cb) {
        store.write(QStringLiteral("profile/x"), QStringLiteral("dbtu_session_only"), this, cb);
    });
    QCOMPARE(w.status, SecretResult::Status::Unavailable);
    QCOMPARE(told.count(), 1);
    QVERIFY(told.first().first().toString().contains(QStringLiteral("this session only")));
    QVERIFY(store.usingSessionFallback());
    auto r = run([&](SecretCallback cb) {
        store.read(QStringLiteral("profile/x"), this, cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(r.secret, QStringLiteral("dbtu_session_only"));
}

QTEST_GUILESS_MAIN(TestSecretFallback)
#include "tst_secretfallback.moc"
