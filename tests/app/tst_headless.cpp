// SPDX-License-Identifier: GPL-3.0-or-later
// The modes that only print work without a display or platform plugin: the process runs with
// no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM, as in CI, over ssh or in a script.
#include <QDir>
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
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
