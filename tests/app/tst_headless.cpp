// SPDX-License-Identifier: GPL-3.0-or-later
// The modes that only print work without a display or platform plugin: the process runs with
// no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM, as in CI, over ssh or in a script.
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
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
