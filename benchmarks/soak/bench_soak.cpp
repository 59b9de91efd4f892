// SPDX-License-Identifier: GPL-3.0-or-later
// Soak benchmark (issue 16): the real window (offscreen MainWindow over a real Workspace, as
// --demo builds it) against the simulator on its own thread at high speed, so runs start,
// progress and end all the time, for N minutes, while a user script walks the window: the
// dashboard of the account, then of a job, the run detail of a run in flight (followed live,
// its log and triage), back, a refresh of the tree. It reports what grows: resident memory,
// open file descriptors, QObjects and QTimers reachable from the window and the workspace,
// requests sent, and the longest GUI stall (a 20 ms timer's worst lateness). The baseline is
// the same process one minute in (after the caches, fonts and first pages are loaded): growth
// is measured from there to the end.
//
// Usage: bench_soak [--minutes N] [--seconds N] [--speed S] [--poll-ms P]
// (default 10 minutes, speed 60, poll clocks of 250 ms in flight / 1 s quiet)
#include "api/client.h"
#include "models/common/roles.h"
#include "models/console/accounttreemodel.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "models/console/treeitem.h"
#include "models/console/treerefresher.h"
#include "models/rundetail/rundetail.h"
#include "models/workspace/connectionsession.h"
#include "models/workspace/workspace.h"
#include "simulator/server.h"
#include "tests/reliability/stallprobe.h"
#include "ui/console/navigatorpanel.h"
#include "ui/console/runspanel.h"
#include "ui/rundetail/rundetailpage.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Dbtc;
using namespace std::chrono_literals;

namespace {

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4 : -1; // pages of 4 KiB
}

int openFds()
{
    return int(QDir(QStringLiteral("/proc/self/fd"))
                   .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                   .size());
}

struct Sample
{
    qint64 atMs = 0;
    qint64 rss = 0;
    int fds = 0;
    int objects = 0;
    int timers = 0;
    int requests = 0;
    int runsListed = 0;
};

//! The simulator on its own thread, as --demo runs it, but with its request log readable.
class SimThread
{
public:
    bool start(double speed)
    {
        Sim::ServerOptions o;
        o.speed = speed;
        m_thread.setObjectName(QStringLiteral("dbt-cloud-sim"));
        m_thread.start();
        m_server = new Sim::Server(o);
        m_server->moveToThread(&m_thread);
        bool ok = false;
        QMetaObject::invokeMethod(
            m_server,
            [&] {
                ok = m_server->start();
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    ~SimThread()
    {
        if (m_server) {
            QMetaObject::invokeMethod(
                m_server,
                [s = m_server] {
                    delete s;
                },
                Qt::BlockingQueuedConnection);
        }
        m_thread.quit();
        m_thread.wait();
    }

    Sim::Server *server() const { return m_server; }

private:
    QThread m_thread;
    Sim::Server *m_server = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, double fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toDouble() : fallback;
    };
    const double seconds = args.contains(QStringLiteral("--seconds"))
        ? option("--seconds", 600)
        : option("--minutes", 10) * 60;
    const double speed = option("--speed", 60);
    // Poll clocks compressed like the simulator's time: at the app's own rhythm (3 s while
    // runs are in flight, 30 s when quiet) ten minutes are only a few dozen polls.
    const auto pollMs = std::chrono::milliseconds(qint64(option("--poll-ms", 250)));

    SimThread sim;
    if (!sim.start(speed)) {
        std::fprintf(stderr, "bench_soak: the simulator did not start\n");
        return 1;
    }
    Api::ClientOptions co;
    co.baseUrl = sim.server()->baseUrl();
    co.accountId = sim.server()->accountIds().constFirst();
    co.token = sim.server()->adminToken();
    Api::Client client(co);
    QTemporaryDir cache;
    Models::Workspace workspace(cache.path());
    Ui::MainWindow window(&workspace);
    window.resize(1280, 800);
    window.show();
    const QString conn = QStringLiteral("demo");
    Models::PollSchedule::Intervals intervals;
    intervals.fast = pollMs;
    intervals.slow = 4 * pollMs;
    intervals.maxBackoff = 4 * pollMs;
    workspace.runPoller()->setIntervals(intervals);
    Models::ConnectionSession *session = workspace.addConnection(
        { conn, QStringLiteral("Demo"), co.accountId, false, true }, &client);
    session->runDetail()->setPollInterval(pollMs);
    for (auto *refresher : session->findChildren<Models::TreeRefresher *>()) {
        Models::PollSchedule::Intervals tree = intervals;
        tree.slow = 40 * pollMs; // the tree refreshes ten times slower than the runs
        refresher->setIntervals(tree);
    }

    StallProbe stall;
    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    auto sample = [&] {
        const QList<QObject *> objects = window.findChildren<QObject *>()
            + workspace.findChildren<QObject *>() + client.findChildren<QObject *>();
        int timers = 0;
        for (QObject *o : objects) {
            timers += qobject_cast<QTimer *>(o) ? 1 : 0;
        }
        samples.append({ clock.elapsed(),
            rssKiB(),
            openFds(),
            int(objects.size()),
            timers,
            sim.server()->requestCount(),
            workspace.runs()->rowCount() });
    };

    // The user: every 15 s one step of a walk through the window.
    int step = 0;
    QList<std::pair<qint64, int>> walk; //!< when each step of the walk began, and which
    QTimer user;
    user.setInterval(15s);
    QObject::connect(&user, &QTimer::timeout, [&] {
        Ui::RunsPanel *runs = window.runsPanel();
        walk.append({ clock.elapsed(), step % 6 });
        switch (step++ % 6) {
        case 0: // the account's dashboard
            window.navigator()->select(conn, Models::TreeNodeKind::Account, co.accountId);
            break;
        case 1: { // a job's runs
            if (runs->model()->rowCount() > 0) {
                const qint64 job = runs->model()->runAt(0).jobId;
                window.treeModel()->loadAll(conn);
                window.navigator()->select(conn, Models::TreeNodeKind::Job, job);
            }
            break;
        }
        case 2: // a run in flight, followed live
        case 4:
            for (int r = 0; r < runs->model()->rowCount(); ++r) {
                if (Api::isInProgress(runs->model()->runAt(r).status)) {
                    window.openRun(conn, runs->model()->runAt(r).id);
                    break;
                }
            }
            break;
        case 3: // the newest run, finished or not (triage of a failure)
            if (runs->model()->rowCount() > 0) {
                window.openRun(conn, runs->model()->runAt(0).id);
            }
            break;
        default: // back to the runs, and a refresh of everything (F5)
            window.runDetail()->backButton()->click();
            window.treeModel()->refreshLoaded(conn);
            runs->refresh();
            break;
        }
    });
    QTimer sampler;
    sampler.setInterval(10s);
    QObject::connect(&sampler, &QTimer::timeout, sample);
    QTimer::singleShot(0, [&] {
        stall.start();
        user.start();
        sampler.start();
    });
    QTimer::singleShot(std::chrono::milliseconds(qint64(seconds * 1000)), &app, [&] {
        sample();
        app.quit();
    });
    app.exec();
    stall.stop();

    // Baseline: the first sample at least 60 s in (or the first one of a short run).
    const auto base = std::find_if(samples.cbegin(), samples.cend(), [&](const Sample &s) {
        return s.atMs >= std::min<qint64>(60000, qint64(seconds * 500));
    });
    if (samples.isEmpty() || base == samples.cend()) {
        std::fprintf(stderr, "bench_soak: too short to sample\n");
        return 1;
    }
    const Sample &end = samples.constLast();
    qint64 maxRss = 0;
    int maxFds = 0;
    for (const Sample &s : std::as_const(samples)) {
        maxRss = std::max(maxRss, s.rss);
        maxFds = std::max(maxFds, s.fds);
    }
    const double minutes = double(end.atMs - base->atMs) / 60000.0;
    std::printf("soak: %.1f min measured after %.1f min warm-up, simulator speed %.0fx, poll "
                "clocks %lld/%lld ms, %d requests (%.0f/min)\n\n",
        minutes,
        double(base->atMs) / 60000.0,
        speed,
        qlonglong(intervals.fast.count()),
        qlonglong(intervals.slow.count()),
        end.requests,
        double(end.requests - base->requests) / std::max(minutes, 0.01));
    std::printf("| measure | baseline (%.0f s in) | end (%.0f s) | growth | max |\n",
        double(base->atMs) / 1000.0,
        double(end.atMs) / 1000.0);
    std::printf("|---|---:|---:|---:|---:|\n");
    std::printf("| resident memory (MiB) | %.1f | %.1f | %+.1f %% | %.1f |\n",
        double(base->rss) / 1024.0,
        double(end.rss) / 1024.0,
        100.0 * double(end.rss - base->rss) / double(base->rss),
        double(maxRss) / 1024.0);
    std::printf("| open file descriptors | %d | %d | %+d | %d |\n",
        base->fds,
        end.fds,
        end.fds - base->fds,
        maxFds);
    std::printf("| QObjects under window + workspace + client | %d | %d | %+d | |\n",
        base->objects,
        end.objects,
        end.objects - base->objects);
    std::printf("| of them QTimers | %d | %d | %+d | |\n",
        base->timers,
        end.timers,
        end.timers - base->timers);
    std::printf("| runs listed on the dashboard | %d | %d | %+d | |\n",
        base->runsListed,
        end.runsListed,
        end.runsListed - base->runsListed);
    static const char *const kSteps[] = { "account dashboard",
        "job dashboard",
        "run in flight opened",
        "newest run opened",
        "run in flight opened",
        "back + refresh" };
    // The probe started with the walk's clock (the first event-loop turn): close enough to
    // name the step that was running.
    const char *during = "start-up";
    for (const auto &[at, which] : std::as_const(walk)) {
        if (at <= stall.worstStallAtMs()) {
            during = kSteps[which];
        }
    }
    std::printf("| longest GUI stall (20 ms ping, whole run) | | %lld ms at %.0f s (%s) | | |\n",
        stall.worstStallMs(),
        double(stall.worstStallAtMs()) / 1000.0,
        during);
    std::printf("\nresident memory by minute (MiB):");
    qint64 minute = -1;
    for (const Sample &s : std::as_const(samples)) {
        if (s.atMs / 60000 != minute) {
            minute = s.atMs / 60000;
            std::printf(" %.1f", double(s.rss) / 1024.0);
        }
    }
    std::printf("\n");
    return 0;
}
