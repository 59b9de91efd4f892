// SPDX-License-Identifier: GPL-3.0-or-later
// Steps override validation (models/dbtcommand) and the trigger dialog's "what will run".
#include "models/common/dbtcommand.h"
#include "ui/actions/triggersummary.h"

#include <QTest>

using namespace Dbtc;
using Severity = Models::DbtCommandCheck::Severity;

class TestTriggerSteps final : public QObject
{
    Q_OBJECT

private slots:

    void check_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("messagePart");
        const int ok = int(Severity::Ok), warn = int(Severity::Warning), err = int(Severity::Error);
        QTest::newRow("build") << "dbt build" << ok << "";
        QTest::newRow("select") << "dbt build --select +orders --exclude tag:slow" << ok << "";
        QTest::newRow("freshness") << "dbt source freshness" << ok << "";
        QTest::newRow("docs") << "dbt docs generate" << ok << "";
        QTest::newRow("quoted vars") << "dbt run --vars '{\"day\": \"2024-01-01\"}'" << ok << "";
        QTest::newRow("run-operation")
            << "dbt run-operation grant_select --args '{role: x}'" << ok << "";
        QTest::newRow("retry") << "dbt retry" << ok << "";
        QTest::newRow("clone") << "dbt clone --state prod" << ok << "";
        QTest::newRow("no dbt") << "build" << err << "must start with \"dbt \"";
        QTest::newRow("empty") << "   " << err << "empty";
        QTest::newRow("typo") << "dbt biuld" << err << "did you mean \"dbt build\"";
        QTest::newRow("unknown") << "dbt frobnicate" << err << "not a dbt command";
        QTest::newRow("source only") << "dbt source" << err << "dbt source freshness";
        QTest::newRow("docs serve") << "dbt docs serve" << err << "web server";
        QTest::newRow("debug") << "dbt debug" << err << "cannot run as a dbt Cloud job step";
        QTest::newRow("chain") << "dbt seed && dbt run" << err << "separate steps";
        QTest::newRow("open quote") << "dbt run --vars '{a: 1}" << err << "quote";
        QTest::newRow("select no value") << "dbt run --select" << err << "--select needs a value";
        QTest::newRow("flag then flag") << "dbt run -s --full-refresh" << err << "-s needs a value";
        QTest::newRow("profiles") << "dbt run --profiles-dir ." << err << "set by dbt Cloud";
        QTest::newRow("macro missing") << "dbt run-operation" << err << "macro name";
        QTest::newRow("models") << "dbt run -m orders" << warn << "deprecated";
        QTest::newRow("deps") << "dbt deps" << warn << "already runs";
    }

    void check()
    {
        QFETCH(QString, command);
        QFETCH(int, severity);
        QFETCH(QString, messagePart);
        const Models::DbtCommandCheck c = Models::checkDbtCommand(command);
        QCOMPARE(int(c.severity), severity);
        QVERIFY2(c.message.contains(messagePart), qPrintable(c.message));
    }

    void stepsList_needsOneStepAndNoErrors()
    {
        QVERIFY(!Models::dbtStepsAcceptable({}));
        QVERIFY(Models::dbtStepsAcceptable(
            { QStringLiteral("dbt deps"), QStringLiteral("dbt build") }));
        QVERIFY(!Models::dbtStepsAcceptable(
            { QStringLiteral("dbt build"), QStringLiteral("dbt buidl") }));
    }

    void summary_showsEffectiveStepsAndOnlyRealOverrides()
    {
        Api::Job job;
        job.id = 5;
        job.name = QStringLiteral("nightly");
        job.executeSteps = { QStringLiteral("dbt seed"), QStringLiteral("dbt build") };
        job.generateDocs = true;
        job.runGenerateSources = true;
        job.settings.threads = 4;
        Api::TriggerRequest r;
        QCOMPARE(Ui::effectiveTriggerSteps(job, r),
            (QStringList { QStringLiteral("dbt source freshness"),
                QStringLiteral("dbt seed"),
                QStringLiteral("dbt build"),
                QStringLiteral("dbt docs generate") }));
        QVERIFY(Ui::triggerOverrideLines(job, r.overrides).isEmpty());
        QVERIFY(Ui::triggerSummaryHtml(job, r).contains(QStringLiteral("job runs as configured")));

        r.overrides.generateDocsOverride = false;
        r.overrides.threadsOverride = 8;
        r.overrides.stepsOverride = QStringList { QStringLiteral("dbt test -s orders") };
        QCOMPARE(Ui::effectiveTriggerSteps(job, r),
            (QStringList {
                QStringLiteral("dbt source freshness"), QStringLiteral("dbt test -s orders") }));
        const QStringList lines = Ui::triggerOverrideLines(job, r.overrides);
        QVERIFY(lines.contains(QStringLiteral("Threads: 8 (job: 4)")));
        QVERIFY(lines.contains(QStringLiteral("Docs: not generated")));
        QVERIFY(lines.contains(QStringLiteral("Steps: replaced for this run (1 step)")));
        QVERIFY(Ui::triggerSummaryHtml(job, r).contains(
            QStringLiteral("<code>dbt test -s orders</code>")));
    }
};

QTEST_GUILESS_MAIN(TestTriggerSteps)
#include "tst_triggersteps.moc"
