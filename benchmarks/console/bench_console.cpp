// SPDX-License-Identifier: GPL-3.0-or-later
// Console benchmark: merge time per poll and the longest GUI-thread stall while polling and
// scrolling, with 10,000 and 100,000 runs in the dashboard. The real RunsPanel (model, proxy,
// delegates, timers) is shown offscreen; polls are synthetic pages shaped like the poller's
// (newest page + in-flight page + a few new runs), so the network is not what is measured.
#include "benchmarks/processclock.h"
#include "models/common/roles.h"
#include "models/console/runfilterproxymodel.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "ui/console/runspanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Dbtc;

namespace {

const QDateTime Base = QDateTime::currentDateTimeUtc().addDays(-30);

using Dbtc::Bench::threadCpuMs;

Models::RunRecord makeRun(qint64 id, QRandomGenerator &rng)
{
    static const QString jobs[] = { QStringLiteral("nightly build"),
        QStringLiteral("hourly refresh"),
        QStringLiteral("CI: pull request"),
        QStringLiteral("finance marts"),
        QStringLiteral("snapshots"),
        QStringLiteral("source freshness") };
    static const QString branches[] = {
        QStringLiteral("main"), QStringLiteral("develop"), QStringLiteral("feature/orders-v2")
    };
    Models::RunRecord r;
    r.id = id;
    r.accountId = 1;
    r.projectId = 1 + id % 3;
    r.jobId = 100 + id % 6;
    r.environmentId = 10 + id % 2;
    r.jobName = jobs[id % 6];
    r.environmentName = id % 2 ? QStringLiteral("Production") : QStringLiteral("Staging");
    const int roll = int(rng.bounded(100));
    r.status = roll < 85 ? Api::RunStatus::Success
        : roll < 95      ? Api::RunStatus::Error
                         : Api::RunStatus::Cancelled;
    r.cause = QStringLiteral("Scheduled run");
    r.causeCategory = QStringLiteral("scheduled");
    r.gitBranch = branches[id % 3];
    r.gitSha =
        QString::number(quint64(id) * 2654435761ULL, 16).rightJustified(12, QLatin1Char('0'));
    r.createdAt = Base.addSecs(id * 20);
    r.startedAt = r.createdAt.addSecs(15);
    r.queuedSeconds = 15;
    r.runSeconds = 60 + rng.bounded(600);
    r.finishedAt = r.startedAt.addSecs(r.runSeconds);
    return r;
}

struct Result
{
    int runs = 0;
    double loadMs = 0;
    double mergeMedianMs = 0;
    double mergeMaxMs = 0;
    double stallMaxMs = 0;
    double stallP99Ms = 0;
    double paintMedianMs = 0;
    double paintMaxMs = 0;
    double stallCpuMaxMs = 0;
    double stallCpuP99Ms = 0;
    int polls = 0;
    int scrolls = 0;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

class Scenario
{
public:
    explicit Scenario(int runs)
        : m_rng(42)
        , m_poller(&m_model)
        , m_panel(&m_model, &m_poller)
    {
        m_result.runs = runs;
        m_panel.resize(1280, 800);
        m_panel.show();
        QList<Models::RunRecord> all;
        all.reserve(runs);
        for (qint64 id = 1; id <= runs; ++id) {
            all.append(makeRun(id, m_rng));
        }
        // A realistic number in flight: the newest 40 runs.
        for (int i = runs - 40; i < runs; ++i) {
            all[i].status = Api::RunStatus::Running;
            all[i].finishedAt = {};
        }
        m_world = all;
        m_nextId = runs + 1;
        QElapsedTimer t;
        t.start();
        m_panel.model()->resetRuns(all);
        QApplication::processEvents();
        m_result.loadMs = double(t.nsecsElapsed()) / 1e6;
    }

    //! One poll's worth of pages: the newest 100 (a few changed), the in-flight ones (some
    //! finished, some progressed) and three new runs, merged the way the poller merges them.
    QList<Models::RunRecord> nextPoll()
    {
        QList<Models::RunRecord> page;
        const qsizetype n = m_world.size();
        for (qsizetype i = n - 1; i >= std::max<qsizetype>(0, n - 100); --i) {
            Models::RunRecord &r = m_world[i];
            if (r.status == Api::RunStatus::Running) {
                r.runSeconds += 3;
                if (m_rng.bounded(10) == 0) {
                    r.status = m_rng.bounded(5) ? Api::RunStatus::Success : Api::RunStatus::Error;
                    r.finishedAt = QDateTime::currentDateTimeUtc();
                }
            } else if (r.status == Api::RunStatus::Queued && m_rng.bounded(3) == 0) {
                r.status = Api::RunStatus::Running;
                r.startedAt = QDateTime::currentDateTimeUtc();
            }
            page.append(r);
        }
        for (int k = 0; k < 3; ++k) {
            Models::RunRecord r = makeRun(m_nextId++, m_rng);
            r.status = Api::RunStatus::Queued;
            r.finishedAt = {};
            m_world.append(r);
            page.append(r);
        }
        return page;
    }

    void measureMerges(int polls)
    {
        QList<double> times;
        for (int i = 0; i < polls; ++i) {
            const auto page = nextPoll();
            QElapsedTimer t;
            t.start();
            m_panel.model()->merge(page);
            times.append(double(t.nsecsElapsed()) / 1e6);
            QApplication::processEvents(); // paint like the real event loop would
        }
        m_result.mergeMedianMs = percentile(times, 0.5);
        m_result.mergeMaxMs = percentile(times, 1.0);
    }

    //! Polls every 100 ms (30x faster than the real fast interval) while the view scrolls
    //! every 16 ms; a 1 ms heartbeat timer measures how long the GUI thread was unavailable.
    void measureStalls(int durationMs)
    {
        QTableView *view = m_panel.view();
        QScrollBar *bar = view->verticalScrollBar();
        QTimer poll;
        poll.setTimerType(Qt::PreciseTimer);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            m_panel.model()->merge(nextPoll());
            ++m_result.polls;
        });
        QTimer scroll;
        scroll.setTimerType(Qt::PreciseTimer);
        int direction = 1;
        QList<double> paints;
        QObject::connect(&scroll, &QTimer::timeout, [&] {
            QElapsedTimer paintTimer;
            paintTimer.start();
            // Jumps as well as steps: dragging the thumb across 100,000 rows is the worst case.
            const int step =
                (m_result.scrolls % 50 == 0) ? bar->maximum() / 7 : bar->pageStep() / 2;
            int v = bar->value() + direction * step;
            if (v >= bar->maximum() || v <= 0) {
                direction = -direction;
                v = std::clamp(v, 0, bar->maximum());
            }
            bar->setValue(v);
            view->viewport()->repaint(); // force the paint now so it counts in the stall
            paints.append(double(paintTimer.nsecsElapsed()) / 1e6);
            ++m_result.scrolls;
        });
        QList<double> gaps;
        QList<double> cpuGaps;
        QElapsedTimer clock;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        qint64 last = 0;
        double lastCpu = 0;
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            if (last != 0) {
                gaps.append(double(now - last) / 1e6);
                cpuGaps.append(cpu - lastCpu);
            }
            last = now;
            lastCpu = cpu;
        });
        QEventLoop loop;
        QTimer::singleShot(durationMs, &loop, &QEventLoop::quit);
        clock.start();
        heartbeat.start(1);
        poll.start(100);
        scroll.start(16);
        loop.exec();
        m_result.stallMaxMs = percentile(gaps, 1.0);
        m_result.stallP99Ms = percentile(gaps, 0.99);
        m_result.stallCpuMaxMs = percentile(cpuGaps, 1.0);
        m_result.stallCpuP99Ms = percentile(cpuGaps, 0.99);
        m_result.paintMedianMs = percentile(paints, 0.5);
        m_result.paintMaxMs = percentile(paints, 1.0);
    }

    Result result() const { return m_result; }

    Ui::RunsPanel &panel() { return m_panel; }

private:
    QRandomGenerator m_rng;
    Models::RunListModel m_model; // the Workspace's dashboard, without a connection
    Models::RunPoller m_poller; // never given a scope: polls are synthetic
    Ui::RunsPanel m_panel;
    QList<Models::RunRecord> m_world;
    qint64 m_nextId = 0;
    Result m_result;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 5;

    struct Config
    {
        int runs;
        int sortColumn;
        const char *sortName;
        bool filtered;
    };

    const Config configs[] = {
        { 10000, Models::RunIdColumn, "run id", false },
        { 10000, Models::RunDurationColumn, "run time", true },
        { 100000, Models::RunIdColumn, "run id", false },
        { 100000, Models::RunDurationColumn, "run time", true },
    };
    out << "| runs in model | sort | filter | initial load (ms) | merge/poll median (ms) | "
           "merge/poll max (ms) | scroll+paint median (ms) | scroll+paint max (ms) | "
           "longest stall, GUI-thread CPU (ms) | p99 stall CPU (ms) | longest stall, wall (ms) | "
           "p99 stall wall (ms) | polls | scroll steps |\n"
        << "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();
    for (const Config &c : configs) {
        Scenario s(c.runs);
        s.panel().view()->sortByColumn(c.sortColumn, Qt::DescendingOrder);
        if (c.filtered) {
            s.panel().proxy()->setStatusFilter(
                { Api::RunStatus::Running, Api::RunStatus::Success, Api::RunStatus::Queued });
            s.panel().proxy()->setTextFilter(QStringLiteral("prod"));
        }
        QApplication::processEvents();
        s.measureMerges(100);
        s.measureStalls(seconds * 1000);
        const Result r = s.result();
        out << "| " << r.runs << " | " << c.sortName << " | "
            << (c.filtered ? "status + text" : "none") << " | " << QString::number(r.loadMs, 'f', 1)
            << " | " << QString::number(r.mergeMedianMs, 'f', 2) << " | "
            << QString::number(r.mergeMaxMs, 'f', 2) << " | "
            << QString::number(r.paintMedianMs, 'f', 1) << " | "
            << QString::number(r.paintMaxMs, 'f', 1) << " | "
            << QString::number(r.stallCpuMaxMs, 'f', 1) << " | "
            << QString::number(r.stallCpuP99Ms, 'f', 1) << " | "
            << QString::number(r.stallMaxMs, 'f', 1) << " | "
            << QString::number(r.stallP99Ms, 'f', 1) << " | " << r.polls << " | " << r.scrolls
            << " |\n";
        out.flush();
    }
    return 0;
}
