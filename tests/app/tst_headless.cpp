// SPDX-License-Identifier: GPL-3.0-or-later
// The modes that only print work without a display or platform plugin: the process runs with
// no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM, as in CI, over ssh or in a script.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestHeadless final : public QObject
{
    Q_OBJECT

    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
            env.remove(QString::fromLatin1(name));
        }
        return env;
    }

    struct Outcome
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Outcome run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(noDisplay());
        p.start(QStringLiteral(DBTC_CONSOLE_BINARY), args);
        Outcome o;
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            return o;
        }
        o.exitCode = p.exitCode();
        o.status = p.exitStatus();
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QString::fromUtf8(p.readAllStandardError());
        return o;
    }

private Q_SLOTS:

    void version_printsAndExitsZero()
    {
        const Outcome o = run({ QStringLiteral("--version") });
        QCOMPARE(o.status, QProcess::NormalExit);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(QStringLiteral("dbt-cloud-console")), qPrintable(o.out + o.err));
    }

    void help_listsTheOptionsAndExitsZero()
    {
        const Outcome o = run({ QStringLiteral("--help") });
        QCOMPARE(o.status, QProcess::NormalExit);
        QCOMPARE(o.exitCode, 0);
        for (const char *option : { "--demo", "--open", "--summarize", "--theme", "[path]" }) {
            QVERIFY2(o.out.contains(QString::fromLatin1(option)), option);
        }
    }

    void summarize_unreadablePath_saysSoAndExitsOne()
    {
        QTemporaryDir dir;
        const Outcome o =
            run({ QStringLiteral("--summarize"), dir.filePath(QStringLiteral("none.json")) });
        QCOMPARE(o.status, QProcess::NormalExit);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("none.json")), qPrintable(o.err));
    }

    // --select: dbt's selection over a real dbt 1.12 manifest, printed like dbt ls's unique_ids.
    static QString bouncerManifest()
    {
        return QStringLiteral(DBTC_TEST_DATA_DIR "/selection/dbt_bouncer-dbt1.12.2-manifest.json");
    }

    void select_printsTheSelectedIdsSortedOnePerLine()
    {
        // customers.v2: the version 2 model, its three tests and its unit test.
        const Outcome o = run({ QStringLiteral("--select"),
            QStringLiteral("customers.v2"),
            QStringLiteral("--exclude"),
            QStringLiteral("test_type:unit"),
            bouncerManifest() });
        QCOMPARE(o.status, QProcess::NormalExit);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out.split(u'\n', Qt::SkipEmptyParts),
            QStringList({ QStringLiteral("model.dbt_bouncer_test_project.customers.v2"),
                QStringLiteral(
                    "test.dbt_bouncer_test_project.not_null_customers_v2_customer_id.2a5e5f841c"),
                QStringLiteral("test.dbt_bouncer_test_project.not_null_customers_v2_is_recurring_"
                               "customer.c09f5da694"),
                QStringLiteral(
                    "test.dbt_bouncer_test_project.unique_customers_v2_customer_id.bed577df77") }));
        const Outcome models = run({ QStringLiteral("--select"),
            QStringLiteral("+orders"),
            QStringLiteral("--resource-type"),
            QStringLiteral("model"),
            QStringLiteral("--resource-type"),
            QStringLiteral("seed"),
            bouncerManifest() });
        QCOMPARE(models.out.split(u'\n', Qt::SkipEmptyParts),
            QStringList({ QStringLiteral("model.dbt_bouncer_test_project.orders"),
                QStringLiteral("model.dbt_bouncer_test_project.stg_orders"),
                QStringLiteral("model.dbt_bouncer_test_project.stg_payments"),
                QStringLiteral("seed.dbt_bouncer_test_project.raw_orders"),
                QStringLiteral("seed.dbt_bouncer_test_project.raw_payments") }));
    }

    void select_badExpression_namesTheColumnAndExitsTwo()
    {
        const Outcome o =
            run({ QStringLiteral("--select"), QStringLiteral("tag:a,,b"), bouncerManifest() });
        QCOMPARE(o.status, QProcess::NormalExit);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("column 7")), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        const Outcome mode = run({ QStringLiteral("--select"),
            QStringLiteral("x"),
            QStringLiteral("--indirect-selection"),
            QStringLiteral("sometimes"),
            bouncerManifest() });
        QCOMPARE(mode.exitCode, 2);
    }

    void select_stateModified_comparesWithThePreviousRun()
    {
        // The previous run's manifest differs in one checksum: the orders model's SQL changed.
        QTemporaryDir previous;
        QFile in(bouncerManifest());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        QVERIFY(bytes.contains("df480979f6d6e9857d4d1eca69db4b0767b278879e9ab2e33dd598753be5bac7"));
        bytes.replace("df480979f6d6e9857d4d1eca69db4b0767b278879e9ab2e33dd598753be5bac7", "0000");
        QFile out(previous.filePath(QStringLiteral("manifest.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Outcome o = run({ QStringLiteral("--select"),
            QStringLiteral("state:modified"),
            QStringLiteral("--indirect-selection"),
            QStringLiteral("empty"),
            QStringLiteral("--state"),
            previous.path(),
            bouncerManifest() });
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, QStringLiteral("model.dbt_bouncer_test_project.orders\n"));
        // Without --state, state: cannot be evaluated: exit 2 and a reason.
        const Outcome none = run(
            { QStringLiteral("--select"), QStringLiteral("state:modified"), bouncerManifest() });
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("--state")), qPrintable(none.err));
    }

    void select_unreadableFile_saysSoAndExitsOne()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("manifest.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"metadata\": ");
        f.close();
        const Outcome o = run({ QStringLiteral("--select"), QStringLiteral("x"), broken });
        QCOMPARE(o.status, QProcess::NormalExit);
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.err.count(u'\n'), 1);
        QVERIFY2(o.err.contains(QStringLiteral("manifest.json")), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
