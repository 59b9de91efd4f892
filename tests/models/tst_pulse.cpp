// SPDX-License-Identifier: GPL-3.0-or-later
// The pulse page's model: "overdue" from a cron and the job's newest run against a clock;
// failing since / last success from a seeded history; grouping account → project →
// environment with the worst status and counts; search and "problems only"; and end to end
// against the simulator, the watch's job list recorded and read back, overdue once a
// simulated clock passes the schedules with no run.
#include "historywait.h"
#include "models/common/cronschedule.h"
#include "models/history/historyrecorder.h"
#include "models/history/historystore.h"
#include "models/history/localhistory.h"
#include "models/history/pulse.h"
#include "models/history/pulsemodel.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Dbtc;
using namespace Dbtc::Models;

namespace {

constexpr int kSuccess = 10, kError = 20, kCancelled = 30, kRunning = 3;
const QString kConnection = QStringLiteral("c1");

QDateTime utc(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::UTC);
}

HistoryRun run(qint64 id, qint64 job, int status, const QDateTime &created)
{
    HistoryRun r;
    r.connectionId = kConnection;
    r.runId = id;
    r.accountId = 1;
    r.projectId = 2;
    r.environmentId = 3;
    r.jobId = job;
    r.jobName = job == 7 ? QStringLiteral("Nightly") : QStringLiteral("Job %1").arg(job);
    r.status = status;
    r.createdAt = created;
    r.startedAt = created.addSecs(30);
    r.finishedAt = created.addSecs(600);
    r.durationSeconds = 570;
    return r;
}

PulseJob job(qint64 id, qint64 account, qint64 project, qint64 environment, int lastStatus)
{
    PulseJob j;
    j.connectionId = kConnection;
    j.jobId = id;
    j.accountId = account;
    j.projectId = project;
    j.environmentId = environment;
    j.name = QStringLiteral("Job %1").arg(id);
    j.lastStatus = lastStatus;
    j.lastRunId = id * 100;
    return j;
}

} // namespace

class TestPulse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void overdueWhenTheScheduleFiredAndNoRunCame()
    {
        const QString daily = QStringLiteral("0 6 * * *");
        // 07:00, the last run yesterday at 06:00: today's 06:00 run never came.
        QCOMPARE(overdueSince(daily, utc(9, 6), utc(10, 7)), utc(10, 6));
        // It came (half a minute late): on time.
        QVERIFY(!overdueSince(daily, utc(10, 6, 0, 30), utc(10, 7)).isValid());
        // 06:05 is within the grace: yesterday's run is the one that counts, and it ran.
        QVERIFY(!overdueSince(daily, utc(9, 6), utc(10, 6, 5)).isValid());
        // Never ran at all.
        QCOMPARE(overdueSince(daily, {}, utc(10, 7)), utc(10, 6));
        // Every 15 minutes, last run 40 minutes ago: overdue since the latest slot before
        // the grace (06:45 at 07:00 with 10 minutes' grace).
        QCOMPARE(overdueSince(QStringLiteral("*/15 * * * *"), utc(10, 6, 20), utc(10, 7)),
            utc(10, 6, 45));
        // Weekly on Monday (9 March 2026 is a Monday); Thursday with Monday's run: on time.
        QVERIFY(!overdueSince(QStringLiteral("0 6 * * 1"), utc(9, 6), utc(12, 9)).isValid());
        QCOMPARE(overdueSince(QStringLiteral("0 6 * * 1"), utc(2, 6), utc(12, 9)), utc(9, 6));
        QVERIFY(!overdueSince(QStringLiteral("not a cron"), {}, utc(10, 7)).isValid());
    }

    void failingSinceAndLastSuccessFromTheHistory()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        HistoryJob j;
        j.connectionId = kConnection;
        j.jobId = 7;
        j.accountId = 1;
        j.projectId = 2;
        j.environmentId = 3;
        j.name = QStringLiteral("Nightly");
        j.environmentName = QStringLiteral("Production");
        j.cron = QStringLiteral("0 6 * * *");
        j.scheduled = true;
        j.nextRun = utc(11, 6);
        j.lastRunCreated = utc(10, 6);
        store.recordJob(j);
        store.recordRun(run(1, 7, kError, utc(6, 6)));
        store.recordRun(run(2, 7, kSuccess, utc(7, 6)));
        store.recordRun(run(3, 7, kError, utc(8, 6)));
        store.recordRun(run(4, 7, kCancelled, utc(9, 6)));
        store.recordRun(run(5, 7, kError, utc(10, 6)));
        store.recordRun(run(9, 8, kSuccess, utc(10, 6))); // another job, no jobs row of its own

        QList<PulseJob> pulse = waitFor<QList<PulseJob>>([&](auto done) {
            readPulse(store, done);
        });
        QCOMPARE(pulse.size(), 2); // a finished run's job is known too
        const auto nightly = std::find_if(pulse.cbegin(), pulse.cend(), [](const PulseJob &p) {
            return p.jobId == 7;
        });
        QVERIFY(nightly != pulse.cend());
        QCOMPARE(nightly->name, QStringLiteral("Nightly"));
        QCOMPARE(nightly->environmentName, QStringLiteral("Production"));
        QCOMPARE(nightly->lastStatus, kError);
        QCOMPARE(nightly->lastRunId, 5);
        QCOMPARE(nightly->failingSince, utc(8, 6)); // the failure after the last success
        QCOMPARE(nightly->failuresInARow, 2); // the cancelled run in between is not one
        QCOMPARE(nightly->lastSuccess, utc(7, 6).addSecs(600));
        QCOMPARE(nightly->cron, QStringLiteral("0 6 * * *"));
        QVERIFY(nightly->scheduled);
        QCOMPARE(nightly->nextRun, utc(11, 6));

        // It passes again: no longer failing.
        store.recordRun(run(6, 7, kSuccess, utc(11, 6)));
        pulse = waitFor<QList<PulseJob>>([&](auto done) {
            readPulse(store, done);
        });
        for (const PulseJob &p : pulse) {
            if (p.jobId == 7) {
                QCOMPARE(p.lastStatus, kSuccess);
                QVERIFY(!p.failingSince.isValid());
                QCOMPARE(p.failuresInARow, 0);
            }
        }
    }

    void groupsShowTheirWorstAndTheirCounts()
    {
        PulseModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNameLookup([](const QString &, PulseModel::Level level, qint64 id) {
            return level == PulseModel::AccountLevel ? QStringLiteral("Acme %1").arg(id)
                                                     : QString();
        });
        QList<PulseJob> jobs { job(1, 1, 10, 100, kSuccess),
            job(2, 1, 10, 100, kError),
            job(3, 1, 11, 110, kSuccess),
            job(4, 2, 20, 200, kSuccess) };
        jobs[3].scheduled = true;
        jobs[3].cron = QStringLiteral("0 6 * * *");
        jobs[3].lastRunCreated = utc(9, 6);
        jobs[2].lastSuccess = utc(10, 7, 4); // the server's clock runs 4 minutes ahead
        jobs[0].activeRunId = 555;
        jobs[0].activeStatus = kRunning;
        model.setJobs(jobs, utc(10, 7));
        QCOMPARE(model.rowCount(), 2); // two accounts
        QCOMPARE(model.failingJobs(), 1);
        QCOMPARE(model.overdueJobs(), 1);
        const QModelIndex acme1 = model.index(0, 0);
        QCOMPARE(acme1.data().toString(), QStringLiteral("Acme 1"));
        QCOMPARE(model.rowCount(acme1), 2); // projects 10 and 11
        QCOMPARE(model.index(0, PulseModel::StatusColumn).data().toString(),
            QStringLiteral("1 of 3 failing"));
        QCOMPARE(model.index(0, PulseModel::StatusColumn).data(PulseModel::PulseStatusRole).toInt(),
            kError);
        QVERIFY(acme1.data(PulseModel::ProblemRole).toBool());
        const QModelIndex project10 = model.index(0, 0, acme1);
        QCOMPARE(project10.data().toString(), QStringLiteral("Project 10")); // no name known
        const QModelIndex env100 = model.index(0, 0, project10);
        QCOMPARE(model.rowCount(env100), 2);
        const QModelIndex running = model.index(0, PulseModel::NowColumn, env100);
        QCOMPARE(running.data(PulseModel::PulseStatusRole).toInt(), kRunning);
        QCOMPARE(model.index(1, PulseModel::NameColumn, env100).data().toString(),
            QStringLiteral("Job 2"));
        QVERIFY(model.index(1, 0, env100).data(PulseModel::ProblemRole).toBool());

        const QModelIndex project11 = model.index(1, 0, acme1);
        const QModelIndex ahead =
            model.index(0, PulseModel::LastSuccessColumn, model.index(0, 0, project11));
        QCOMPARE(ahead.data().toString(), QStringLiteral("just now")); // never "in 4m"

        const QModelIndex acme2 = model.index(1, 0);
        const QModelIndex overdue =
            model.index(0, PulseModel::OverdueColumn, model.index(0, 0, model.index(0, 0, acme2)));
        QVERIFY(overdue.data(PulseModel::OverdueRole).toBool());
        QCOMPARE(overdue.data().toString(), QStringLiteral("1h ago")); // 06:00, seen at 07:00
        QCOMPARE(model.index(1, PulseModel::OverdueColumn).data().toString(),
            QStringLiteral("1 overdue"));

        // Problems only: the failing job and the overdue one, with their groups.
        PulseFilterModel filter;
        filter.setSourceModel(&model);
        filter.setProblemsOnly(true);
        QCOMPARE(filter.rowCount(), 2);
        const QModelIndex fEnv = filter.index(0, 0, filter.index(0, 0, filter.index(0, 0)));
        QCOMPARE(filter.rowCount(fEnv), 1);
        QCOMPARE(filter.index(0, 0, fEnv).data().toString(), QStringLiteral("Job 2"));
        // Search matches a job's name or any of its groups'.
        filter.setProblemsOnly(false);
        filter.setText(QStringLiteral("acme 2"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("job 3"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1); // project 11 only
    }

    void theWatchedAccountEndToEnd()
    {
        SimFixture sim;
        QVERIFY(sim.start(200));
        QTemporaryDir dir;
        LocalHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        QSignalSpy reset(history.pulse(), &QAbstractItemModel::modelReset);
        QVERIFY(reset.wait(10000)); // the read at start (empty)
        QVERIFY(history.pulse()->isStale());

        Api::JobQuery query;
        query.includeRelated = { QStringLiteral("most_recent_run"),
            QStringLiteral("most_recent_completed_run"),
            QStringLiteral("environment") };
        const QList<Api::Job> jobs = waitFor<QList<Api::Job>>([&](auto done) {
            sim.client->fetchAllJobs(query, nullptr, [done](const Api::Result<QList<Api::Job>> &r) {
                done(r.ok() ? r.value() : QList<Api::Job> {});
            });
        });
        QVERIFY(!jobs.isEmpty());
        history.recorder()->recordJobs(QStringLiteral("sim"), jobs);
        QList<Api::Run> finished;
        int scheduledAtRest = 0;
        for (const Api::Job &j : jobs) {
            if (j.mostRecentCompletedRun) {
                finished << *j.mostRecentCompletedRun;
            }
            const bool active = j.mostRecentRun && Api::isInProgress(j.mostRecentRun->status);
            scheduledAtRest += j.triggers.schedule && !j.deactivated && !active
                    && CronSchedule::parse(j.schedule.cron).has_value()
                ? 1
                : 0;
        }
        history.recorder()->recordRuns(QStringLiteral("sim"), finished);
        QVERIFY(scheduledAtRest > 0);

        // Two days on, nobody ran anything: every scheduled job at rest is overdue.
        history.setClock([] {
            return QDateTime::currentDateTimeUtc().addDays(2);
        });
        history.refreshPulse(true);
        QVERIFY(reset.wait(10000));
        PulseModel *pulse = history.pulse();
        QCOMPARE(pulse->jobs().size(), jobs.size());
        QVERIFY(!pulse->isStale());
        QCOMPARE(pulse->overdueJobs(), scheduledAtRest);
        int failing = 0;
        for (const Api::Job &j : jobs) {
            failing += j.mostRecentCompletedRun
                    && j.mostRecentCompletedRun->status == Api::RunStatus::Error
                ? 1
                : 0;
        }
        QCOMPARE(pulse->failingJobs(), failing);
        // Environments are named from the job list (the navigator need not have loaded them).
        for (const PulseJob &j : pulse->jobs()) {
            QVERIFY2(!j.environmentName.isEmpty(), qPrintable(j.name));
        }
    }
};

QTEST_MAIN(TestPulse)
#include "tst_pulse.moc"
