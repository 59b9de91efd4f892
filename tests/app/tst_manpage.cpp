// SPDX-License-Identifier: GPL-3.0-or-later
// The man page cannot drift from --help: every option --help lists (and only those, plus the
// positional path) is in the page, with its value name, description and default, and the roff
// is clean enough that groff (as lintian runs it) has nothing to warn about.
#include "app/commandline.h"
#include "app/manpage.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Dbtc::App;

class TestManPage final : public QObject
{
    Q_OBJECT

    static QString helpText()
    {
        const OptionTable table = optionTable();
        QCommandLineParser parser;
        parser.setApplicationDescription(table.description);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(table.options);
        parser.addPositionalArgument(
            table.positionalName, table.positionalDescription, table.positionalSyntax);
        return parser.helpText();
    }

private Q_SLOTS:

    void everyOptionOfHelpIsInThePage()
    {
        const QString page = manPage(optionTable(), QStringLiteral("1.2.3"));
        const QString help = helpText();
        static const QRegularExpression longOption(QStringLiteral("--([a-z][a-z-]*)"));
        int seen = 0;
        for (auto it = longOption.globalMatch(help); it.hasNext(); ++seen) {
            const QString name = it.next().captured(1);
            QVERIFY2(page.contains(QStringLiteral("\\fB\\-\\-") + roffEscape(name)),
                qPrintable(QStringLiteral("--%1 is in --help but not in the man page").arg(name)));
        }
        QVERIFY2(seen >= 8, qPrintable(help)); // demo seed speed open summarize theme help version
        QVERIFY(page.contains(QStringLiteral("dbt\\-cloud\\-console 1.2.3")));
    }

    void everyTableEntryHasItsValueDescriptionAndDefault()
    {
        const OptionTable table = optionTable();
        const QString page = manPage(table, QStringLiteral("0"));
        for (const QCommandLineOption &option : table.options) {
            QVERIFY2(
                page.contains(roffEscape(option.description())), qPrintable(option.names()[0]));
            if (!option.valueName().isEmpty()) {
                QVERIFY(page.contains(QStringLiteral("\\fI%1\\fR").arg(option.valueName())));
            }
            for (const QString &value : option.defaultValues()) {
                QVERIFY(page.contains(QStringLiteral("Default: %1.").arg(value)));
            }
        }
        QVERIFY(page.contains(roffEscape(table.positionalDescription)));
        QVERIFY2(!page.contains(QStringLiteral("help\\-man")), "the build's option is hidden");
    }

    void roffEscape_keepsTextFromBeingReadAsRequests()
    {
        QCOMPARE(roffEscape(QStringLiteral("--open a\\b")), QStringLiteral("\\-\\-open a\\eb"));
        QCOMPARE(roffEscape(QStringLiteral(".hidden")), QStringLiteral("\\&.hidden"));
        QCOMPARE(roffEscape(QStringLiteral("'quoted")), QStringLiteral("\\&'quoted"));
    }

    void groffHasNoWarnings()
    {
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        if (groff.isEmpty()) {
            QSKIP("groff is not installed");
        }
        QProcess p;
        p.start(groff,
            { QStringLiteral("-man"),
                QStringLiteral("-Tutf8"),
                QStringLiteral("-ww"),
                QStringLiteral("-z") });
        QVERIFY(p.waitForStarted());
        p.write(manPage(optionTable(), QStringLiteral("0.1.0")).toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
