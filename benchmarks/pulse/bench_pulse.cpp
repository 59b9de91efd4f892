// SPDX-License-Identifier: GPL-3.0-or-later
// Pulse benchmark (issue 13): requests per background watch cycle for 1, 3 and 10 accounts with
// 10, 100 and 1,000 jobs each, the whole account watched (as the demo does), one simulator
// hosting every account (ServerOptions::extraAccounts), one Api::Client and one WatchPoller per
// account as the app makes them, side by side with the naive baseline (one runs/ request per
// job per cycle). Requests are counted where they arrive: the simulator's request log, cleared
// before each cycle. Then the GUI thread's longest stall while the pulse page (PulseModel,
// PulseFilterModel, the PulsePage's QTreeView, offscreen) merges 1,000 jobs: the first fill, an
// update (the next cycle's read of the history) and the watch's counts, against an idle event
// loop measured the same way in the same run.
#include "api/client.h"
#include "benchmarks/eventwait.h"
#include "benchmarks/naivebaseline.h"
#include "benchmarks/stallmeter.h"
#include "models/common/settingsstore.h"
#include "models/history/pulsemodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "models/notifications/watchpoller.h"
#include "simulator/server.h"
#include "ui/pulse/pulsepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Dbtc;
using namespace std::chrono_literals;

namespace {

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "bench_pulse: %s\n", what);
    std::exit(1);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    return Bench::waitFor(done, timeoutMs);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

//! One account as the app holds it: its client, its watch, its jobs.
struct Account
{
    qint64 id = 0;
    QString connection;
    std::unique_ptr<Api::Client> client;
    std::unique_ptr<Models::WatchPoller> poller;
    QList<qint64> jobIds;
};

struct Row
{
    int accounts = 0;
    int jobsPerAccount = 0;
    int naive = 0;
    int first = 0;
    double busy = 0; //!< runs in flight: the job list plus the count
    double busyJobs = 0; //!< of which jobs/ requests
    int atRest = 0; //!< nothing in flight: the count is skipped
    double naiveMs = 0;
    double watchMs = 0;
};

constexpr int kCycles = 3;

Row measure(int accounts, int jobsPerAccount)
{
    Sim::ServerOptions so;
    so.life = false; // the runs in flight stay in flight until advance()
    so.historyRuns = 50; // the demo account is not watched here
    so.extraAccounts = accounts;
    so.jobsPerAccount = jobsPerAccount;
    Sim::Server server(so);
    if (!server.start()) {
        die("the simulator did not start");
    }
    Models::MemorySettingsStore settings;
    Models::WatchList list(&settings);
    std::vector<std::unique_ptr<Account>> all;
    const QList<qint64> ids = server.accountIds().mid(2); // after the demo and cell accounts
    if (ids.size() != accounts) {
        die("unexpected number of accounts");
    }
    for (const qint64 id : ids) {
        auto a = std::make_unique<Account>();
        a->id = id;
        a->connection = QStringLiteral("bench-%1").arg(id);
        Api::ClientOptions co;
        co.baseUrl = server.baseUrl();
        co.accountId = id;
        co.token = server.adminToken();
        a->client = std::make_unique<Api::Client>(co);
        bool done = false;
        a->client->fetchAllJobs({}, nullptr, [&](const Api::Result<QList<Api::Job>> &r) {
            for (const Api::Job &j : r ? r.value() : QList<Api::Job> {}) {
                a->jobIds << j.id;
            }
            done = true;
        });
        if (!waitFor([&] {
                return done;
            })
            || a->jobIds.size() != jobsPerAccount) {
            die("unexpected number of jobs in a simulated account");
        }
        list.setScopeWatched(a->connection, Models::WatchScopeKind::Account, id, true);
        a->poller = std::make_unique<Models::WatchPoller>(a->client.get(), &list, a->connection);
        a->poller->setIntervals({ 1h, 1h, 1h }); // cycles are started by hand below
        all.push_back(std::move(a));
    }
    Row row;
    row.accounts = accounts;
    row.jobsPerAccount = jobsPerAccount;

    // The baseline: every cycle asks each job for its newest run, all at once (one cycle: its
    // count is the number of jobs by construction, and 10,000 requests take a while).
    {
        server.clearRequestLog();
        QElapsedTimer t;
        t.start();
        int pending = 0;
        for (const auto &a : all) {
            for (const qint64 job : std::as_const(a->jobIds)) {
                Bench::askNewestRun(a->client.get(), job, pending);
            }
        }
        if (!waitFor([&] {
                return pending == 0;
            })) {
            die("naive cycle timed out");
        }
        row.naiveMs = double(t.nsecsElapsed()) / 1e6;
        row.naive = server.requestCount();
    }

    // Every account's watch polls at once, as the app's do; a cycle ends when all answered.
    const auto cycle = [&](bool first) {
        server.clearRequestLog();
        QList<int> before;
        for (const auto &a : all) {
            before << a->poller->cyclesCompleted();
            first ? a->poller->start() : a->poller->pollNow();
        }
        QElapsedTimer t;
        t.start();
        if (!waitFor([&] {
                for (size_t i = 0; i < all.size(); ++i) {
                    if (all[i]->poller->cyclesCompleted() <= before.at(int(i))) {
                        return false;
                    }
                }
                return true;
            })) {
            die("watch cycle timed out");
        }
        return double(t.nsecsElapsed()) / 1e6;
    };
    cycle(true);
    row.first = server.requestCount();
    QList<double> ms;
    int busy = 0, busyJobs = 0;
    for (int c = 0; c < kCycles; ++c) {
        ms << cycle(false);
        busy += server.requestCount();
        busyJobs += server.requestCount(QStringLiteral("/jobs/"));
        if (server.requestCount(QStringLiteral("/runs/")) != accounts) {
            die("expected one runs/ request per account while runs are in flight");
        }
    }
    row.busy = double(busy) / kCycles;
    row.busyJobs = double(busyJobs) / kCycles;
    row.watchMs = median(ms);
    // Everything ends: one cycle counts the zeros, the next one skips the count.
    server.advance(24h);
    cycle(false);
    cycle(false);
    row.atRest = server.requestCount();
    return row;
}

// -- the GUI side ----------------------------------------------------------------------------

const QDateTime kNow = QDateTime::currentDateTimeUtc();

//! 1,000 jobs: 10 accounts × 2 projects × 2 environments × 25 jobs, statuses mixed, half of
//! them scheduled, as the history would read them.
QList<Models::PulseJob> makeJobs(int jobs, int salt)
{
    QList<Models::PulseJob> out;
    out.reserve(jobs);
    for (int i = 0; i < jobs; ++i) {
        Models::PulseJob j;
        j.connectionId = QStringLiteral("bench-%1").arg(i / 100);
        j.accountId = 1 + i / 100;
        j.projectId = 10 * j.accountId + (i / 50) % 2;
        j.environmentId = 10 * j.projectId + (i / 25) % 2;
        j.jobId = 100000 + i;
        j.name = QStringLiteral("Bench job %1").arg(i + 1);
        j.environmentName = (i / 25) % 2 ? QStringLiteral("Staging") : QStringLiteral("Production");
        const int roll = (i * 7 + salt) % 20;
        j.lastStatus = roll == 0 ? 20 : roll == 1 ? 30 : 10;
        j.lastRunId = 5000000 + i * 10 + salt;
        j.lastFinished = kNow.addSecs(-600 - i * 13 - salt);
        j.lastSuccess = j.lastStatus == 10 ? j.lastFinished : kNow.addDays(-2);
        if (j.lastStatus == 20) {
            j.failingSince = kNow.addDays(-1);
            j.failuresInARow = 3;
        }
        j.scheduled = i % 2 == 0;
        j.cron = QStringLiteral("%1 * * * *").arg(i % 60);
        j.nextRun = kNow.addSecs(3600 - i);
        j.lastRunCreated = kNow.addSecs(-i % 3600);
        j.seenAt = kNow;
        out << j;
    }
    return out;
}

struct Stall
{
    double ms = 0;
    double callMs = 0; //!< inside the call itself (the rest is the view's layout and paint)
};

//! The longest stall while \a work runs from the event loop and the page settles after it
//! (the view lays out and paints on its own timers).
Stall stallOf(const std::function<void()> &work, int settleMs = 300)
{
    Bench::StallMeter meter;
    Stall s;
    bool done = false;
    meter.start();
    QTimer::singleShot(5, [&] {
        QElapsedTimer t;
        t.start();
        work();
        s.callMs = double(t.nsecsElapsed()) / 1e6;
        done = true;
    });
    QElapsedTimer settle;
    settle.start();
    while (!done || settle.elapsed() < settleMs) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    s.ms = meter.stop();
    return s;
}

void measureGui(QTextStream &out)
{
    constexpr int kJobs = 1000;
    constexpr int kRepeats = 5;
    QList<double> fill, fillCall, update, updateCall, counts, countsCall, sortedCounts,
        sortedCountsCall, sortedUpdate, sortedUpdateCall, idle;
    for (int r = 0; r < kRepeats; ++r) {
        Models::PulseModel model;
        Ui::PulsePage page(&model);
        page.resize(1280, 800);
        page.show();
        QCoreApplication::processEvents();
        idle << stallOf([] {}).ms;
        const QList<Models::PulseJob> first = makeJobs(kJobs, 0);
        const QList<Models::PulseJob> next = makeJobs(kJobs, 1 + r);
        Stall s = stallOf([&] {
            model.setJobs(first, kNow);
        });
        fill << s.ms;
        fillCall << s.callMs;
        if (page.view()->model()->rowCount() != 10) {
            die("the pulse page did not fill");
        }
        s = stallOf([&] {
            model.setJobs(next, kNow.addSecs(60));
        });
        update << s.ms;
        updateCall << s.callMs;
        const auto countAll = [&model](int salt) {
            for (int a = 0; a < 10; ++a) {
                Models::ActiveRunsByJob byJob;
                for (int i = a * 100; i < (a + 1) * 100; ++i) {
                    byJob.insert(100000 + i, { (i + salt) % 7 == 0 ? 1 : 0, i % 11 == 0 ? 1 : 0 });
                }
                model.setActiveRuns(QStringLiteral("bench-%1").arg(a), byJob);
            }
        };
        s = stallOf([&] {
            countAll(r);
        });
        counts << s.ms;
        countsCall << s.callMs;
        // Sorted by "now", each changed count moves rows.
        page.view()->sortByColumn(Models::PulseModel::NowColumn, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        s = stallOf([&] {
            countAll(r + 3);
        });
        sortedCounts << s.ms;
        sortedCountsCall << s.callMs;
        s = stallOf([&] {
            model.setJobs(first, kNow.addSecs(120));
        });
        sortedUpdate << s.ms;
        sortedUpdateCall << s.callMs;
    }
    out << "\n| pulse page, 1,000 jobs (10 accounts), median of " << kRepeats
        << " | longest GUI stall | of which in the call |\n|---|---:|---:|\n";
    const auto line = [&](const char *what, const QList<double> &stall, const QList<double> &call) {
        out << "| " << what << " | " << QString::number(median(stall), 'f', 1) << " ms | "
            << (call.isEmpty() ? QStringLiteral("")
                               : QString::number(median(call), 'f', 1) + QStringLiteral(" ms"))
            << " |\n";
    };
    line("first fill (setJobs)", fill, fillCall);
    line("update: the next cycle's read (setJobs)", update, updateCall);
    line("the watch's counts, 10 accounts (setActiveRuns)", counts, countsCall);
    line("same, sorted by Now", sortedCounts, sortedCountsCall);
    line("update (setJobs), sorted by Now", sortedUpdate, sortedUpdateCall);
    line("idle event loop, same meter (the machine's floor)", idle, {});
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dbtc.*=false"));
    QTextStream out(stdout);
    const bool guiOnly = argc > 1 && QByteArray(argv[1]) == "--gui";
    if (!guiOnly) {
        out << "| accounts | jobs each | naive: requests/cycle | watch: first cycle | watch: "
               "requests/cycle, runs in flight | of which jobs/ pages | watch: requests/cycle, "
               "at rest | naive: ms/cycle | watch: ms/cycle |\n"
            << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
        out.flush();
        for (const int accounts : { 1, 3, 10 }) {
            for (const int jobs : { 10, 100, 1000 }) {
                const Row r = measure(accounts, jobs);
                out << "| " << r.accounts << " | " << r.jobsPerAccount << " | " << r.naive << " | "
                    << r.first << " | " << r.busy << " | " << r.busyJobs << " | " << r.atRest
                    << " | " << QString::number(r.naiveMs, 'f', 0) << " | "
                    << QString::number(r.watchMs, 'f', 0) << " |\n";
                out.flush();
            }
        }
    }
    measureGui(out);
    return 0;
}
