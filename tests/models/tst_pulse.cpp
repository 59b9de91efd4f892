// SPDX-License-Identifier: GPL-3.0-or-later
// The pulse page's model: "overdue" from a cron and the job's newest run against a clock;
// failing since / last success from a seeded history; grouping account → project →
// environment with the worst status and counts; search and "problems only"; and end to end
// against the simulator, the watch's job list recorded and read back, overdue once a
// simulated clock passes the schedules with no run; and the exact running/queued counts the
// watch brings each cycle (one runs/ request while something is in flight, none at rest,
// however many jobs), shown as "1 running · 1 queued", never read back from the database.
#include "historywait.h"
#include "models/common/cronschedule.h"
#include "models/common/settingsstore.h"
#include "models/history/historyrecorder.h"
#include "models/history/historystore.h"
#include "models/history/localhistory.h"
#include "models/history/pulse.h"
#include "models/history/pulsemodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "models/notifications/watchpoller.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

using namespace Dbtc;
using namespace Dbtc::Models;
using namespace std::chrono_literals;

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

//! The job's row in \a model at \a column; invalid when it is not there.
QModelIndex jobCell(const QAbstractItemModel &model, qint64 jobId, int column)
{
    const std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data(PulseModel::LevelRole).toInt() == PulseModel::JobLevel) {
                if (i.data(PulseModel::PulseJobIdRole).toLongLong() == jobId) {
                    return model.index(r, column, parent);
                }
            } else if (const QModelIndex found = find(i); found.isValid()) {
                return found;
            }
        }
        return QModelIndex();
    };
    return find({});
}

//! The oracle: every run of the account, counted per job here (not the watch's filtered
//! request): what is in flight right now.
ActiveRunsByJob inFlightByListingEverything(Api::Client &client)
{
    const QList<Api::Run> runs = waitFor<QList<Api::Run>>([&](auto done) {
        client.fetchAllRuns({}, nullptr, [done](const Api::Result<QList<Api::Run>> &r) {
            done(r.ok() ? r.value() : QList<Api::Run> {});
        });
    });
    ActiveRunsByJob out;
    for (const Api::Run &run : runs) {
        if (run.status == Api::RunStatus::Queued) {
            ++out[run.jobDefinitionId].queued;
        } else if (Api::isInProgress(run.status)) {
            ++out[run.jobDefinitionId].running;
        }
    }
    return out;
}

//! The background watch of the whole account wired to a history as the Workspace wires it.
struct WatchedAccount
{
    MemorySettingsStore settings;
    WatchList list { &settings };
    WatchPoller poller;
    LocalHistory &history;

    WatchedAccount(Api::Client *client,
        qint64 id,
        LocalHistory &h,
        WatchScopeKind kind = WatchScopeKind::Account)
        : poller(client, &list, QStringLiteral("sim"))
        , history(h)
    {
        QSignalSpy initial(history.pulse(), &QAbstractItemModel::modelReset);
        initial.wait(10000); // the read at start, before anything is recorded
        list.setScopeWatched(QStringLiteral("sim"), kind, id, true);
        poller.setIntervals({ 1h, 1h, 1h }); // cycles by hand
        QObject::connect(
            &poller, &WatchPoller::activeRunsCounted, history.pulse(), &PulseModel::setActiveRuns);
        QObject::connect(
            &poller, &WatchPoller::jobsObserved, history.recorder(), &HistoryRecorder::recordJobs);
        QObject::connect(
            &poller, &WatchPoller::runsObserved, history.recorder(), &HistoryRecorder::recordRuns);
        QObject::connect(&poller, &WatchPoller::refreshed, &history, [this] {
            history.refreshPulse(true);
        });
    }

    //! One cycle and the pulse read after it; false when either did not come.
    bool cycle()
    {
        QSignalSpy reset(history.pulse(), &QAbstractItemModel::modelReset);
        const int before = poller.cyclesCompleted();
        if (poller.isStarted()) {
            poller.pollNow();
        } else {
            poller.start();
        }
        return QTest::qWaitFor(
                   [&] {
                       return poller.cyclesCompleted() > before;
                   },
                   10000)
            && (reset.size() > 0 || reset.wait(10000));
    }
};

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

    void runningAndQueuedCountsFromTheWatch()
    {
        SimFixture sim;
        QVERIFY(sim.start(200)); // no life: what is in flight stays until advance()
        const QList<Api::Job> jobs = waitFor<QList<Api::Job>>([&](auto done) {
            sim.client->fetchAllJobs({}, nullptr, [done](const Api::Result<QList<Api::Job>> &r) {
                done(r.ok() ? r.value() : QList<Api::Job> {});
            });
        });
        QVERIFY(!jobs.isEmpty());
        // Two more runs of an idle job: the first one holds it, the second queues behind.
        ActiveRunsByJob expected = inFlightByListingEverything(*sim.client);
        const auto idle = std::find_if(jobs.cbegin(), jobs.cend(), [&](const Api::Job &j) {
            return expected.value(j.id).isEmpty();
        });
        QVERIFY(idle != jobs.cend());
        for (int i = 0; i < 2; ++i) {
            Api::TriggerRequest req;
            req.cause = QStringLiteral("pulse test");
            const bool ok = waitFor<bool>([&](auto done) {
                sim.client->triggerJob(idle->id, req, nullptr, [done](const auto &r) {
                    done(r.ok());
                });
            });
            QVERIFY(ok);
        }
        expected = inFlightByListingEverything(*sim.client);
        QCOMPARE(expected.value(idle->id).queued + expected.value(idle->id).running, 2);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.sqlite"));
        {
            LocalHistory history(file);
            QAbstractItemModelTester tester(
                history.pulse(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            WatchedAccount watch(sim.client.get(), sim.accountId, history);
            QVERIFY(watch.cycle());
            PulseModel *pulse = history.pulse();
            QCOMPARE(pulse->jobs().size(), jobs.size());
            // Every job's "now" is what the oracle counts, as the user reads it.
            int running = 0, queued = 0;
            for (const Api::Job &j : jobs) {
                const ActiveRuns want = expected.value(j.id);
                running += want.running;
                queued += want.queued;
                const QModelIndex now = jobCell(*pulse, j.id, PulseModel::NowColumn);
                QVERIFY(now.isValid());
                QCOMPARE(now.data().toString(), PulseModel::activeRunsText(want));
            }
            QVERIFY(running >= 2); // the seed's runs in flight, and one of the two triggered
            QVERIFY(queued >= 2);
            // The seed's long run with a manual run queued behind it, and the two triggered.
            QStringList texts;
            for (const Api::Job &j : jobs) {
                texts << jobCell(*pulse, j.id, PulseModel::NowColumn).data().toString();
            }
            QVERIFY2(texts.contains(QStringLiteral("1 running · 1 queued")),
                qPrintable(texts.join(QLatin1Char('|'))));
            QCOMPARE(jobCell(*pulse, idle->id, PulseModel::NowColumn).data().toString(),
                PulseModel::activeRunsText(expected.value(idle->id)));
            QVERIFY(jobCell(*pulse, idle->id, PulseModel::NowColumn)
                        .data(PulseModel::PulseStatusRole)
                        .toInt()
                != 0); // a badge in the status colours
            // The account row sums its jobs.
            QCOMPARE(pulse->index(0, PulseModel::NowColumn).data().toString(),
                PulseModel::activeRunsText({ queued, running }));
            // Sorted by "now", the busiest job comes first.
            PulseFilterModel sorted;
            sorted.setSourceModel(pulse);
            sorted.sort(PulseModel::NowColumn, Qt::DescendingOrder);
            QVERIFY(sorted.index(0, PulseModel::NowColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("running")));

            // The cost per cycle: one job list page (27 jobs) and one runs/ request.
            sim.server->clearRequestLog();
            QVERIFY(watch.cycle());
            QCOMPARE(sim.server->requestCount(QStringLiteral("/jobs/")), 1);
            QCOMPARE(sim.server->requestCount(QStringLiteral("/runs/")), 1);
            QVERIFY2(sim.server->requestLog().constLast().contains("status__in"),
                sim.server->requestLog().constLast().constData());
        }
        // A start from the history: no count (it was "now", not history) until a watch counts.
        LocalHistory again(file);
        QSignalSpy reset(again.pulse(), &QAbstractItemModel::modelReset);
        QVERIFY(reset.wait(10000));
        QCOMPARE(again.pulse()->jobs().size(), jobs.size());
        QVERIFY(again.pulse()->isStale());
        QVERIFY(!again.pulse()->activeRunsOf(QStringLiteral("sim"), idle->id).has_value());
        QCOMPARE(jobCell(*again.pulse(), idle->id, PulseModel::NowColumn).data().toString(),
            QStringLiteral("Queued")); // the newest run as the history saw it
    }

    void atRestTheCountCostsNothing()
    {
        // An account without schedules (the demo's crons would start runs while time moves):
        // one running run with one queued behind it, two more running.
        SimFixture sim;
        sim.extraAccounts = 1;
        QVERIFY(sim.start(50));
        const qint64 account = sim.server->accountIds().constLast();
        const std::unique_ptr<Api::Client> client = sim.clientFor(account);
        QTemporaryDir dir;
        LocalHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        WatchedAccount watch(client.get(), account, history);
        QVERIFY(watch.cycle());
        PulseModel *pulse = history.pulse();
        QVERIFY2(pulse->activeRuns() == (ActiveRuns { 1, 3 }),
            qPrintable(PulseModel::activeRunsText(pulse->activeRuns())));
        QCOMPARE(pulse->index(0, PulseModel::NowColumn).data().toString(),
            QStringLiteral("3 running · 1 queued"));
        const qint64 busy = [&] {
            for (const PulseJob &j : pulse->jobs()) {
                if (pulse->activeRunsOf(QStringLiteral("sim"), j.jobId) == ActiveRuns { 1, 1 }) {
                    return j.jobId;
                }
            }
            return qint64(0);
        }();
        QVERIFY(busy != 0);
        QCOMPARE(jobCell(*pulse, busy, PulseModel::NowColumn).data().toString(),
            QStringLiteral("1 running · 1 queued"));

        // Everything ends: the next cycle counts zeros, the one after asks nothing.
        sim.server->advance(24h);
        QVERIFY(inFlightByListingEverything(*client).isEmpty());
        sim.server->clearRequestLog();
        QVERIFY(watch.cycle());
        QCOMPARE(sim.server->requestCount(QStringLiteral("/runs/")), 1);
        QCOMPARE(jobCell(*pulse, busy, PulseModel::NowColumn).data().toString(), QString());
        QVERIFY(pulse->activeRunsOf(QStringLiteral("sim"), busy).has_value()); // 0, not unknown
        QCOMPARE(pulse->index(0, PulseModel::NowColumn).data().toString(), QString());
        sim.server->clearRequestLog();
        QVERIFY(watch.cycle());
        QCOMPARE(sim.server->requestCount(QStringLiteral("/runs/")), 0);
        QCOMPARE(sim.server->requestCount(), 1); // the job list alone

        // A new run shows at once: its job's newest run is in flight.
        const bool ok = waitFor<bool>([&](auto done) {
            Api::TriggerRequest req;
            req.cause = QStringLiteral("pulse test");
            client->triggerJob(busy, req, nullptr, [done](const auto &r) {
                done(r.ok());
            });
        });
        QVERIFY(ok);
        sim.server->clearRequestLog();
        QVERIFY(watch.cycle());
        QCOMPARE(sim.server->requestCount(QStringLiteral("/runs/")), 1);
        QCOMPARE(jobCell(*pulse, busy, PulseModel::NowColumn).data().toString(),
            QStringLiteral("1 queued"));
    }

    void aWatchedProjectCountsItsOwnRuns()
    {
        SimFixture sim;
        QVERIFY(sim.start(200));
        const ActiveRunsByJob expected = inFlightByListingEverything(*sim.client);
        const QList<Api::Job> jobs = waitFor<QList<Api::Job>>([&](auto done) {
            sim.client->fetchAllJobs({}, nullptr, [done](const Api::Result<QList<Api::Job>> &r) {
                done(r.ok() ? r.value() : QList<Api::Job> {});
            });
        });
        // The project of a job with runs in flight, and the jobs of the others.
        const auto busy = std::find_if(jobs.cbegin(), jobs.cend(), [&](const Api::Job &j) {
            return !expected.value(j.id).isEmpty();
        });
        QVERIFY(busy != jobs.cend());
        const qint64 project = busy->projectId;
        QTemporaryDir dir;
        LocalHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        WatchedAccount watch(sim.client.get(), project, history, WatchScopeKind::Project);
        ActiveRunsByJob counted;
        QObject::connect(&watch.poller,
            &WatchPoller::activeRunsCounted,
            [&counted](const QString &, const ActiveRunsByJob &runs) {
                counted = runs;
            });
        sim.server->clearRequestLog();
        QVERIFY(watch.cycle());
        const QString runsRequest = [&] {
            for (const QByteArray &line : sim.server->requestLog()) {
                if (line.contains("/runs/")) {
                    return QUrl::fromPercentEncoding(line);
                }
            }
            return QString();
        }();
        QVERIFY2(runsRequest.contains(QStringLiteral("project_id__in=[%1]").arg(project)),
            qPrintable(runsRequest));
        QVERIFY(!counted.isEmpty());
        for (const Api::Job &j : jobs) {
            QCOMPARE(counted.contains(j.id), j.projectId == project);
            if (j.projectId == project) {
                QCOMPARE(counted.value(j.id), expected.value(j.id));
            }
        }
    }

    void theCountCostsOneRequestHoweverManyJobs()
    {
        for (const int extra : { 0, 173 }) {
            SimFixture sim;
            sim.extraJobs = extra;
            QVERIFY(sim.start(100));
            QTemporaryDir dir;
            LocalHistory history(dir.filePath(QStringLiteral("history.sqlite")));
            WatchedAccount watch(sim.client.get(), sim.accountId, history);
            QVERIFY(watch.cycle());
            const int jobs = int(history.pulse()->jobs().size());
            QCOMPARE(jobs, 27 + extra);
            sim.server->clearRequestLog();
            QVERIFY(watch.cycle()); // the seed's runs are still in flight
            QCOMPARE(sim.server->requestCount(QStringLiteral("/runs/")), 1);
            QCOMPARE(sim.server->requestCount(QStringLiteral("/jobs/")), (jobs + 99) / 100);
        }
    }
};

QTEST_MAIN(TestPulse)
#include "tst_pulse.moc"
