// SPDX-License-Identifier: GPL-3.0-or-later
// Background watch benchmark: HTTP requests per poll cycle of WatchPoller against the naive
// baseline (one GET runs/?job_definition_id=J&order_by=-id&limit=1 per watched job), for 1, 10
// and 100 watched jobs, side by side in one run. Requests are counted where they arrive: the
// in-process simulator's request log (every request it answered, whatever its path), cleared
// before each cycle. Bytes are the answer bodies the client received, as its dbtc.api.http log
// reports them (a message handler sums them and prints nothing). Wall times are for orientation
// only (loopback, shared machine).
#include "api/client.h"
#include "benchmarks/eventwait.h"
#include "benchmarks/naivebaseline.h"
#include "models/common/settingsstore.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "models/notifications/watchpoller.h"
#include "simulator/server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Dbtc;
using namespace std::chrono_literals;

namespace {

const QString kConn = QStringLiteral("bench");

qint64 g_bytes = 0; //!< answer bodies received since the last reset

//! Sums the body sizes of "GET ... -> 200 ... 12345 bytes" lines; every other line is dropped.
void countBytes(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    static const QRegularExpression answer(QStringLiteral(" -> .* (\\d+) bytes$"));
    if (qstrcmp(context.category, "dbtc.api.http") != 0) {
        return;
    }
    const QRegularExpressionMatch m = answer.match(message);
    if (m.hasMatch()) {
        g_bytes += m.captured(1).toLongLong();
    }
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    return Bench::waitFor(done, timeoutMs);
}

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "bench_watch: %s\n", what);
    std::exit(1);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

//! A simulator with \a extraJobs more jobs than the seeded 27, every job with a run in flight
//! (so each answer carries the nested runs a busy account has), and a client for it.
struct World
{
    std::unique_ptr<Sim::Server> server;
    std::unique_ptr<Api::Client> client;
    QList<qint64> jobIds; //!< ordered by id: the first N are the N watched
    QHash<qint64, qint64> projectOf;

    explicit World(int extraJobs)
    {
        Sim::ServerOptions so;
        so.life = false;
        so.historyRuns = 600;
        so.extraJobs = extraJobs;
        server = std::make_unique<Sim::Server>(so);
        if (!server->start()) {
            die("the simulator did not start");
        }
        Api::ClientOptions co;
        co.baseUrl = server->baseUrl();
        co.accountId = server->accountIds().constFirst();
        co.token = server->adminToken();
        client = std::make_unique<Api::Client>(co);
        bool done = false;
        client->fetchAllJobs({}, nullptr, [&](const Api::Result<QList<Api::Job>> &r) {
            if (r) {
                for (const Api::Job &j : r.value()) {
                    jobIds << j.id;
                    projectOf.insert(j.id, j.projectId);
                }
            }
            done = true;
        });
        if (!waitFor([&] {
                return done;
            })
            || jobIds.size() != 27 + extraJobs) {
            die("unexpected number of jobs in the simulated account");
        }
        std::sort(jobIds.begin(), jobIds.end());
        int pending = int(jobIds.size());
        for (const qint64 id : std::as_const(jobIds)) {
            Api::TriggerRequest req;
            req.cause = QStringLiteral("bench_watch");
            client->triggerJob(id, req, nullptr, [&](const Api::Result<Api::Run> &) {
                --pending;
            });
        }
        if (!waitFor([&] {
                return pending == 0;
            })) {
            die("triggering runs timed out");
        }
    }
};

struct Row
{
    int watched = 0;
    int existing = 0;
    int projects = 0;
    double naiveRequests = 0;
    int watchFirst = 0;
    double watchSteady = 0;
    double naiveMs = 0;
    double watchMs = 0;
    double naiveKb = 0;
    double watchKb = 0;
};

constexpr int kCycles = 5;

//! The baseline: every cycle asks for the newest run of each watched job, all at once.
void measureNaive(World &w, const QList<qint64> &watched, Row &row)
{
    QList<double> ms;
    int requests = 0;
    g_bytes = 0;
    for (int c = 0; c < kCycles; ++c) {
        w.server->clearRequestLog();
        QElapsedTimer t;
        t.start();
        int pending = 0;
        for (const qint64 id : watched) {
            Bench::askNewestRun(w.client.get(), id, pending);
        }
        if (!waitFor([&] {
                return pending == 0;
            })) {
            die("naive cycle timed out");
        }
        ms << double(t.nsecsElapsed()) / 1e6;
        requests += w.server->requestCount();
    }
    row.naiveRequests = double(requests) / kCycles;
    row.naiveKb = double(g_bytes) / kCycles / 1024.0;
    row.naiveMs = median(ms);
}

void measureWatch(World &w, const QList<qint64> &watched, Row &row)
{
    Models::MemorySettingsStore settings;
    Models::WatchList list(&settings);
    for (const qint64 id : watched) {
        list.setWatched(kConn, id, true);
    }
    Models::RunNotifier notifier(&list);
    Models::WatchPoller poller(w.client.get(), &list, kConn);
    poller.setNotifier(&notifier);
    poller.setIntervals({ 1h, 1h, 1h }); // cycles are started by hand below
    QList<double> ms;
    int steady = 0;
    for (int c = 0; c <= kCycles; ++c) {
        w.server->clearRequestLog();
        const int before = poller.cyclesCompleted();
        QElapsedTimer t;
        t.start();
        if (c == 0) {
            poller.start();
        } else {
            poller.pollNow();
        }
        if (!waitFor([&] {
                return poller.cyclesCompleted() > before;
            })) {
            die("watch cycle timed out");
        }
        const int requests = w.server->requestCount();
        if (c == 0) {
            row.watchFirst = requests; // projects not known yet: the unfiltered discovery
            g_bytes = 0;
        } else {
            steady += requests;
            ms << double(t.nsecsElapsed()) / 1e6;
        }
    }
    row.watchSteady = double(steady) / kCycles;
    row.watchKb = double(g_bytes) / kCycles / 1024.0;
    row.watchMs = median(ms);
}

Row measure(World &w, int watchedCount)
{
    QList<qint64> watched = w.jobIds.mid(0, watchedCount);
    Row row;
    row.watched = watchedCount;
    row.existing = int(watched.size());
    QSet<qint64> projects;
    for (const qint64 id : std::as_const(watched)) {
        projects.insert(w.projectOf.value(id));
    }
    row.projects = int(projects.size());
    for (qint64 ghost = 9000001; watched.size() < watchedCount; ++ghost) {
        watched << ghost; // ids the account does not have (deleted jobs)
    }
    measureNaive(w, watched, row);
    measureWatch(w, watched, row);
    return row;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dbtc.*=false\ndbtc.api.http.debug=true"));
    qInstallMessageHandler(countBytes);
    QTextStream out(stdout);
    out << "| watched jobs | of which exist | their projects | jobs in account | "
           "naive: requests/cycle | WatchPoller: first cycle | WatchPoller: requests/cycle | "
           "naive: KiB/cycle | WatchPoller: KiB/cycle | naive: ms/cycle | WatchPoller: ms/cycle |\n"
        << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();
    const auto print = [&](const World &w, const Row &r) {
        out << "| " << r.watched << " | " << r.existing << " | " << r.projects << " | "
            << w.jobIds.size() << " | " << r.naiveRequests << " | " << r.watchFirst << " | "
            << r.watchSteady << " | " << QString::number(r.naiveKb, 'f', 0) << " | "
            << QString::number(r.watchKb, 'f', 0) << " | " << QString::number(r.naiveMs, 'f', 1)
            << " | " << QString::number(r.watchMs, 'f', 1) << " |\n";
        out.flush();
    };
    {
        World seeded(0); // the 27 jobs of the demo account
        for (const int n : { 1, 10, 100 }) {
            print(seeded, measure(seeded, n));
        }
    }
    {
        World large(73); // 100 real jobs: every watched id exists
        print(large, measure(large, 100));
    }
    return 0;
}
