// SPDX-License-Identifier: GPL-3.0-or-later
// The modes that only print work without a display or platform plugin: the process runs with
// no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM, as in CI, over ssh or in a script.
#include "../models/rundifforacle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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

    static QString jaffleShop()
    {
        const QString shared =
            QStringLiteral(DBTC_SHARED_DIR "/artifacts/jaffle_shop-dbt1.9.0-bigquery");
        return QFileInfo::exists(shared)
            ? shared
            : QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/jaffle_shop-dbt1.6.0-bigquery");
    }

    void exportLineage_svgWithEveryNodeAndNoDisplay()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lineage.svg"));
        const Outcome o = run({ QStringLiteral("--export-lineage"), out, jaffleShop() });
        QCOMPARE(o.status, QProcess::NormalExit);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(svg.startsWith(QStringLiteral("<?xml")));
        // Each node once, as an element with its unique_id as id and data-unique-id.
        for (const char *id : { "model.jaffle_shop.customers",
                 "model.jaffle_shop.stg_orders",
                 "seed.jaffle_shop.raw_payments" }) {
            const QString attr = QStringLiteral("id=\"%1\"").arg(QString::fromLatin1(id));
            QCOMPARE(svg.count(QStringLiteral("<g ") + attr), 1);
            QCOMPARE(
                svg.count(QStringLiteral("data-unique-id=\"%1\"").arg(QString::fromLatin1(id))), 1);
        }
        const qsizetype nodes = svg.count(QStringLiteral("data-unique-id="));
        QVERIFY2(o.out.contains(QStringLiteral("%1 nodes").arg(nodes)), qPrintable(o.out));
    }

    void exportLineage_png()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lineage.png"));
        const Outcome o = run({ QStringLiteral("--export-lineage"), out, jaffleShop() });
        QCOMPARE(o.status, QProcess::NormalExit);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        // A PNG (signature, then the IHDR chunk with width and height, big-endian).
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray png = f.readAll();
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
        auto be32 = [&](int at) {
            return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16)
                | (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
        };
        QVERIFY(be32(16) > 300 && be32(20) > 300);
    }

    void exportLineage_badInput_saysWhatAndExitsNonZero()
    {
        QTemporaryDir dir;
        Outcome o = run({ QStringLiteral("--export-lineage"),
            dir.filePath(QStringLiteral("x.pdf")),
            jaffleShop() });
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral(".svg or .png")), qPrintable(o.err));
        o = run({ QStringLiteral("--export-lineage"),
            dir.filePath(QStringLiteral("x.svg")),
            dir.filePath(QStringLiteral("none.json")) });
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("none.json")), qPrintable(o.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.svg"))));
        o = run({ QStringLiteral("--export-lineage"), dir.filePath(QStringLiteral("x.svg")) });
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(!o.err.isEmpty(), "no message for a missing path");
    }

    void exportLineage_selectAndExclude()
    {
        // dbt's syntax: customers and everything downstream of it (its tests), minus one test.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("customers.svg"));
        const Outcome o = run({ QStringLiteral("--export-lineage"),
            out,
            QStringLiteral("--select"),
            QStringLiteral("customers+"),
            QStringLiteral("--exclude"),
            QStringLiteral("unique_customers_customer_id"),
            jaffleShop() });
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(svg.contains(QStringLiteral("data-unique-id=\"model.jaffle_shop.customers\"")));
        QVERIFY(svg.contains(QStringLiteral(
            "data-unique-id=\"test.jaffle_shop.not_null_customers_customer_id.5c9bf9911d\"")));
        QVERIFY(!svg.contains(QStringLiteral("model.jaffle_shop.stg_customers\"")));
        QVERIFY(!svg.contains(QStringLiteral("test.jaffle_shop.unique_customers_customer_id")));
        QVERIFY(!svg.contains(QStringLiteral("model.jaffle_shop.orders\"")));
    }

    void exportLineage_malformedSelection_namesTheColumn()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.svg"));
        const Outcome o = run({ QStringLiteral("--export-lineage"),
            out,
            QStringLiteral("--select"),
            QStringLiteral("tag:x,,y"),
            jaffleShop() });
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(QStringLiteral("column")), qPrintable(o.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    // --diff: a passing and the failed build of the same project (tests/data copies of the
    // shared corpus), against the object computed from the raw JSON by the test's oracle.
    static QString corpusRun(const char *folder)
    {
        return QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/") + QLatin1String(folder);
    }

    void diff_printsOneSortedObjectAndExitsZero()
    {
        const QString before = corpusRun("jaffle_shop-dbt0.21.0-bigquery");
        const QString after =
            corpusRun("jaffle_shop-dbt1.0.0-bigquery") + QStringLiteral("/run_results.json");
        const Outcome o = run({ QStringLiteral("--diff"), before, after });
        QCOMPARE(o.status, QProcess::NormalExit);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(o.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject expected = RunDiffOracle::expected(before, after);
        QCOMPARE(doc.object(), expected);
        QVERIFY(!expected[QLatin1String("sql_changed")].toArray().isEmpty());
        QVERIFY(!expected[QLatin1String("added")].toArray().isEmpty());
    }

    void diff_unreadableInput_namesTheFileAndExitsOne()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("run_results.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"results\": [");
        f.close();
        const QString good = corpusRun("jaffle_shop-dbt0.21.0-bigquery");
        for (const QStringList &args : { QStringList { QStringLiteral("--diff"), good, broken },
                 QStringList {
                     QStringLiteral("--diff"), dir.filePath(QStringLiteral("gone")), good } }) {
            const Outcome o = run(args);
            QCOMPARE(o.status, QProcess::NormalExit);
            QCOMPARE(o.exitCode, 1);
            QCOMPARE(o.err.count(u'\n'), 1);
            QVERIFY2(o.err.contains(dir.path()), qPrintable(o.err));
            QVERIFY(o.out.isEmpty());
        }
        const Outcome one = run({ QStringLiteral("--diff"), good });
        QCOMPARE(one.exitCode, 2);
        QVERIFY2(one.err.contains(QStringLiteral("OLD NEW")), qPrintable(one.err));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
