// SPDX-License-Identifier: GPL-3.0-or-later
// Runs inside scripts/with-keyring.sh: a private D-Bus session with a real, unlocked
// gnome-keyring, so this is the real Secret Service round trip, not a double.
#include "app/connectionprofile.h"
#include "app/keychainsecretstore.h"
#include "app/settings.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc::App;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychain_roundTrip();
    void keychain_missingEntryIsNotFound();
    void profiles_persistWithoutToken();

private:
    SecretResult run(const std::function<void(SecretCallback)> &op);
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

SecretResult TestSecretStore::run(const std::function<void(SecretCallback)> &op)
{
    SecretResult out;
    bool finished = false;
    op([&](const SecretResult &r) {
        out = r;
        finished = true;
    });
    if (!QTest::qWaitFor(
            [&] {
                return finished;
            },
            10000)) {
        out.status = SecretResult::Status::Failed;
        out.message = QStringLiteral("timed out");
    }
    return out;
}

void TestSecretStore::keychain_roundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs the private keyring session of scripts/with-keyring.sh");
    }
    KeychainSecretStore store(QStringLiteral("dbt-cloud-console-test"));
    const QString key = QStringLiteral("profile/roundtrip");
    const QString token = QStringLiteral("dbtu_roundtrip_secret_1234");

    auto w = run([&](SecretCallback cb) {
        store.write(key, token, this, cb);
    });
    QVERIFY2(w.ok(), qPrintable(w.message));
    QVERIFY(!store.usingSessionFallback());

    // A second store object = what the app sees after a restart.
    KeychainSecretStore restarted(QStringLiteral("dbt-cloud-console-test"));
    auto r = run([&](SecretCallback cb) {
        restarted.read(key, this, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, token);

    auto d = run([&](SecretCallback cb) {
        restarted.remove(key, this, cb);
    });
    QVERIFY(d.ok());
    auto gone = run([&](SecretCallback cb) {
        restarted.read(key, this, cb);
    });
    QCOMPARE(gone.status, SecretResult::Status::NotFound);
}

void TestSecretStore::keychain_missingEntryIsNotFound()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("needs the private keyring session of scripts/with-keyring.sh");
    }
    KeychainSecretStore store(QStringLiteral("dbt-cloud-console-test"));
    auto r = run([&](SecretCallback cb) {
        store.read(QStringLiteral("profile/none"), this, cb);
    });
    QCOMPARE(r.status, SecretResult::Status::NotFound);
    QVERIFY(!r.message.isEmpty());
}

void TestSecretStore::profiles_persistWithoutToken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QString token = QStringLiteral("dbtu_must_never_be_on_disk_987");
    ConnectionProfile p;
    p.id = ProfileStore::newId();
    p.name = QStringLiteral("Acme EMEA");
    p.baseUrl = QUrl(QStringLiteral("https://emea.dbt.com"));
    p.accountId = 70403103922125;
    p.readOnly = true;
    {
        Settings settings(path);
        ProfileStore(settings).save({ p });
        MemorySecretStore secrets;
        run([&](SecretCallback cb) {
            secrets.write(p.secretKey(), token, this, cb);
        });
    }
    Settings reread(path);
    const auto loaded = ProfileStore(reread).load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first(), p);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("emea.dbt.com"));
    QVERIFY(!bytes.contains("dbtu_"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
