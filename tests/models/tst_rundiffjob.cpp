// SPDX-License-Identifier: GPL-3.0-or-later
// RunDiffJob: the run diff off the GUI thread, superseded and destroyed mid-flight.
#include "models/compare/rundiffjob.h"
#include "rundifforacle.h"
#include "tst_artifactcorpus.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Dbtc::Models;

class TstRunDiffJob : public QObject
{
    Q_OBJECT

    static QString corpus(const char *folder)
    {
        return ArtifactCorpus::root() + QLatin1Char('/') + QLatin1String(folder);
    }

private slots:

    void compare_deliversTheDiffOnTheJobsThread()
    {
        RunDiffJob job;
        QSignalSpy done(&job, &RunDiffJob::finished);
        QSignalSpy failed(&job, &RunDiffJob::failed);
        QThread *guiThread = QThread::currentThread();
        QThread *deliveredOn = nullptr;
        connect(&job, &RunDiffJob::finished, this, [&deliveredOn] {
            deliveredOn = QThread::currentThread();
        });
        job.compare(
            corpus("jaffle_shop-dbt0.21.0-bigquery"), corpus("jaffle_shop-dbt1.0.0-bigquery"));
        QVERIFY(job.isRunning());
        QVERIFY(done.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(deliveredOn, guiThread);
        QVERIFY(!job.isRunning());
        const auto diff = done.first().first().value<std::shared_ptr<const RunDiff>>();
        QVERIFY(diff);
        QVERIFY(diff->sqlCompared);
        QCOMPARE(diff->added.size() + diff->timing.size(),
            RunDiffOracle::results(
                corpus("jaffle_shop-dbt1.0.0-bigquery") + QStringLiteral("/run_results.json"))
                .size());
    }

    void missingRun_failsNamingIt()
    {
        RunDiffJob job;
        QSignalSpy failed(&job, &RunDiffJob::failed);
        job.compare(
            corpus("jaffle_shop-dbt0.21.0-bigquery"), QStringLiteral("/nonexistent/target"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("/nonexistent/target")),
            qPrintable(failed.first().first().toString()));
    }

    // A second compare() supersedes the first: only the last pair is reported.
    void secondCompare_supersedesTheFirst()
    {
        RunDiffJob job;
        QSignalSpy done(&job, &RunDiffJob::finished);
        QSignalSpy failed(&job, &RunDiffJob::failed);
        job.compare(corpus("jaffle_shop-dbt0.21.0-bigquery"), QStringLiteral("/nonexistent/first"));
        job.compare(
            corpus("jaffle_shop-dbt1.0.0-bigquery"), corpus("jaffle_shop-dbt0.21.0-bigquery"));
        QVERIFY(done.wait(10000));
        QTest::qWait(100); // the first worker's result, had it not been dropped, would be here
        QCOMPARE(done.count(), 1);
        QCOMPARE(failed.count(), 0);
        const auto diff = done.first().first().value<std::shared_ptr<const RunDiff>>();
        // Old = 1.0.0 this time: its failed model is in "removed".
        QVERIFY(std::find(diff->removed.begin(),
                    diff->removed.end(),
                    "model.jaffle_shop.test_insert_overwrite")
            != diff->removed.end());
    }

    void cancelAndDestroyMidFlight_reportNothing()
    {
        auto *job = new RunDiffJob;
        QSignalSpy done(job, &RunDiffJob::finished);
        QSignalSpy failed(job, &RunDiffJob::failed);
        job->compare(
            corpus("jaffle_shop-dbt0.21.0-bigquery"), corpus("jaffle_shop-dbt1.0.0-bigquery"));
        job->cancel();
        QVERIFY(!job->isRunning());
        QTest::qWait(300);
        QCOMPARE(done.count() + failed.count(), 0);
        job->compare(
            corpus("jaffle_shop-dbt0.21.0-bigquery"), corpus("jaffle_shop-dbt1.0.0-bigquery"));
        delete job; // waits for the worker; its queued result must not reach a dead object
        QTest::qWait(100);
    }
};

QTEST_GUILESS_MAIN(TstRunDiffJob)
#include "tst_rundiffjob.moc"
