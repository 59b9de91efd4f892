// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS error advises adding the organisation's CA to the connection (issue 16, item 13):
// the connection dialog has a field for that PEM file, the path is stored with the profile
// (never a token), and a client built from it trusts a server signed by that CA while a
// client without it still refuses. Against the simulator over real HTTPS with its own
// self-signed certificate.
#include "api/apierror.h"
#include "api/cacertificates.h"
#include "app/connectionprofile.h"
#include "models/common/settingsstore.h"
#include "models/workspace/connectionprobe.h"
#include "simulator/server.h"
#include "ui/connections/connectiondialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;

class TestCaCertificates final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Server> m_server;
    QTemporaryDir m_dir;
    QString m_pem;

    std::optional<Api::Result<Api::Account>> test(const QString &caPath)
    {
        Models::ConnectionProbe probe;
        std::optional<Api::Result<Api::Account>> out;
        probe.testAccount({ m_server->baseUrl(),
                              m_server->accountIds().constFirst(),
                              m_server->adminToken(),
                              caPath },
            this,
            [&out](const Api::Result<Api::Account> &r) {
                out = r;
            });
        (void)QTest::qWaitFor(
            [&out] {
                return out.has_value();
            },
            15000);
        return out;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

private Q_SLOTS:

    void initTestCase()
    {
        Sim::ServerOptions o;
        o.life = false;
        o.tls = true;
        o.historyRuns = 20;
        m_server = std::make_unique<Sim::Server>(o);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_pem = write(QStringLiteral("org-ca.pem"), m_server->certificate().toPem());
        QVERIFY(!m_pem.isEmpty());
    }

    void withoutTheCaTheHostIsRefusedAndTheMessageSaysWhereToAddIt()
    {
        const auto r = test({});
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Api::ApiError::Kind::Tls);
        QVERIFY2(r->error().message.contains(QStringLiteral("Extra CA certificates")),
            qPrintable(r->error().message));
    }

    void withTheCaFileTheConnectionWorks()
    {
        const auto r = test(m_pem);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
    }

    void unusableFilesAreExplained()
    {
        QVERIFY(Api::loadCaCertificates(m_pem).ok());
        QCOMPARE(Api::loadCaCertificates(m_pem).certificates.size(), 1);
        const Api::CaCertificates missing =
            Api::loadCaCertificates(m_dir.filePath(QStringLiteral("nope.pem")));
        QVERIFY(missing.error.contains(QStringLiteral("does not exist")));
        const QString text = write(QStringLiteral("notes.pem"), "not a certificate\n");
        QVERIFY(Api::loadCaCertificates(text).error.contains(QStringLiteral("no PEM certificate")));
        QVERIFY(Api::loadCaCertificates(m_dir.path()).error.contains(QStringLiteral("not a file")));
    }

    void profileKeepsThePathAndNoToken()
    {
        Models::MemorySettingsStore settings;
        App::ConnectionProfile p;
        p.id = QStringLiteral("p1");
        p.name = QStringLiteral("Acme single tenant");
        p.baseUrl = QUrl(QStringLiteral("https://acme.getdbt.com"));
        p.accountId = 7;
        p.caCertificatesPath = m_pem;
        App::ProfileStore(settings).save({ p });
        const QList<App::ConnectionProfile> loaded = App::ProfileStore(settings).load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().caCertificatesPath, m_pem);
        for (const QString &key : settings.allKeys()) {
            QVERIFY2(
                !settings.value(key).toString().contains(m_server->adminToken()), qPrintable(key));
        }
    }

    void dialogTakesTheFileAndRefusesABadOne()
    {
        Models::ConnectionProbe probe;
        Ui::ConnectionDialog dialog(&probe);
        dialog.setDraft({ QStringLiteral("Acme"), m_server->baseUrl(), 1, false, {}, m_pem }, true);
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.draft().caCertificatesPath, m_pem);

        QLineEdit *caField = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->text() == m_pem) {
                caField = edit;
            }
        }
        QVERIFY(caField);
        caField->setText(write(QStringLiteral("bad.pem"), "garbage"));
        QVERIFY(!save->isEnabled());
        bool explained = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            explained = explained || label->text().contains(QStringLiteral("no PEM certificate"));
        }
        QVERIFY(explained);
        caField->clear(); // back to the system's CAs only
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.draft().caCertificatesPath.isEmpty());
    }
};

QTEST_MAIN(TestCaCertificates)
#include "tst_cacertificates.moc"
