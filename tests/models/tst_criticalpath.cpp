// SPDX-License-Identifier: GPL-3.0-or-later
// The critical path of a run on hand-made DAGs whose answer is worked out by hand in the
// comments, with depends_on (from a real manifest + run_results parse) and inferred from time;
// peak concurrency; the Gantt's grouping lanes.
#include "artifacts/artifactindex.h"
#include "models/rundetail/criticalpath.h"
#include "models/rundetail/timingdata.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Dbtc::Models;

namespace {

//! A list of Latin-1 literals (QT_NO_CAST_FROM_ASCII: no implicit const char * -> QString).
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items) {
        out << QLatin1String(item);
    }
    return out;
}

struct Spec
{
    const char *name;
    const char *thread;
    qint64 start, end; // milliseconds from the run's start
    QStringList parents;
    const char *folder = "models";
};

QString id(const char *name)
{
    return QStringLiteral("model.shop.%1").arg(QLatin1String(name));
}

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + ms, Qt::UTC)
        .toString(Qt::ISODateWithMs)
        .replace(QLatin1String("Z"), QLatin1String("000Z"));
}

//! The DAG as dbt would write it: a manifest with depends_on and a run_results with timing.
std::shared_ptr<ArtifactIndex> parse(const QList<Spec> &specs, bool withManifest)
{
    QStringList nodes, results;
    for (const Spec &s : specs) {
        QStringList deps;
        for (const QString &p : s.parents) {
            deps << QStringLiteral("\"%1\"").arg(id(p.toLatin1().constData()));
        }
        nodes << QStringLiteral("\"%1\": {\"name\": \"%2\", \"resource_type\": \"model\", "
                                "\"package_name\": \"shop\", \"original_file_path\": "
                                "\"%3/%2.sql\", \"depends_on\": {\"nodes\": [%4]}}")
                     .arg(id(s.name),
                         QLatin1String(s.name),
                         QLatin1String(s.folder),
                         deps.join(QLatin1Char(',')));
        results << QStringLiteral("{\"unique_id\": \"%1\", \"status\": \"success\", "
                                  "\"execution_time\": %2, \"thread_id\": \"%3\", \"timing\": "
                                  "[{\"name\": \"execute\", \"started_at\": \"%4\", "
                                  "\"completed_at\": \"%5\"}], \"message\": null, "
                                  "\"adapter_response\": {}, \"failures\": null}")
                       .arg(id(s.name))
                       .arg(double(s.end - s.start) / 1000.0)
                       .arg(QLatin1String(s.thread), stamp(s.start), stamp(s.end));
    }
    auto index = std::make_shared<ArtifactIndex>();
    QString error;
    const QByteArray manifest = QStringLiteral(
        "{\"metadata\": {\"dbt_schema_version\": "
        "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {%1}, \"sources\": {}}")
                                    .arg(nodes.join(QLatin1Char(',')))
                                    .toUtf8();
    const QByteArray runResults = QStringLiteral(
        "{\"metadata\": {\"dbt_schema_version\": "
        "\"https://schemas.getdbt.com/dbt/run-results/v6.json\"}, \"results\": [%1]}")
                                      .arg(results.join(QLatin1Char(',')))
                                      .toUtf8();
    if ((withManifest && !index->addBuffer(manifest, QStringLiteral("manifest.json"), &error))
        || !index->addBuffer(runResults, QStringLiteral("run_results.json"), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    index->finalize();
    return index;
}

TimingData timing(const QList<Spec> &specs, bool withManifest)
{
    const auto index = parse(specs, withManifest);
    if (!index) {
        return {};
    }
    TimingData data = timingFrom(*index);
    if (withManifest) {
        addManifest(data, *index);
    }
    return data;
}

QStringList names(const TimingData &data, const CriticalPath &path)
{
    QStringList out;
    for (int i : path.nodes) {
        out << data.nodes.at(i).name;
    }
    return out;
}

// Two threads. b is the long root; d needs b and c; g needs d and finishes last. e needs only
// c but waits for a free thread until b is done; f needs e.
//   T1: a 0-1000, c 1000-2000, d 3000-6000, g 6000-7000
//   T2: b 0-3000, e 3000-4000, f 4000-5000
// The run's length is set by b -> d -> g (7 s, no waiting).
const QList<Spec> kShop {
    { "a", "Thread-1", 0, 1000, {} },
    { "b", "Thread-2", 0, 3000, {}, "models/staging" },
    { "c", "Thread-1", 1000, 2000, { QStringLiteral("a") } },
    { "d", "Thread-1", 3000, 6000, { QStringLiteral("b"), QStringLiteral("c") }, "models/marts" },
    { "e", "Thread-2", 3000, 4000, { QStringLiteral("c") } },
    { "f", "Thread-2", 4000, 5000, { QStringLiteral("e") } },
    { "g", "Thread-1", 6000, 7000, { QStringLiteral("d") }, "models/marts" },
};

} // namespace

class TestCriticalPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void dependsOnChain()
    {
        const TimingData data = timing(kShop, true);
        QCOMPARE(data.nodes.size(), 7);
        QCOMPARE(data.spanMs, 7000);
        QCOMPARE(data.dependsOn.value(id("d")).size(), 2);
        const CriticalPath path = criticalPathOf(data, data.dependsOn);
        QCOMPARE(path.basis, CriticalPath::Basis::DependsOn);
        QCOMPARE(names(data, path), strings({ "b", "d", "g" }));
        QCOMPARE(path.busyMs, 7000);
        QCOMPARE(path.waitMs, 0);
    }

    void inferredFromTimeAgrees()
    {
        // Without a manifest: g started when d ended, d when b ended -> the same chain.
        const TimingData data = timing(kShop, false);
        QVERIFY(data.dependsOn.isEmpty());
        const CriticalPath path = criticalPathOf(data);
        QCOMPARE(path.basis, CriticalPath::Basis::Inferred);
        QCOMPARE(names(data, path), strings({ "b", "d", "g" }));
    }

    void waitingForAThread()
    {
        // One thread: x needs only a, but the thread was busy with b until 3 s. depends_on says
        // a -> x with 2 s of waiting; time alone says the scheduler waited for b.
        const QList<Spec> specs {
            { "a", "Thread-1", 0, 1000, {} },
            { "b", "Thread-1", 1000, 3000, {} },
            { "x", "Thread-1", 3000, 4500, { QStringLiteral("a") } },
        };
        const TimingData known = timing(specs, true);
        const CriticalPath byDeps = criticalPathOf(known, known.dependsOn);
        QCOMPARE(names(known, byDeps), strings({ "a", "x" }));
        QCOMPARE(byDeps.busyMs, 2500);
        QCOMPARE(byDeps.waitMs, 2000);
        const TimingData guessed = timing(specs, false);
        const CriticalPath byTime = criticalPathOf(guessed);
        QCOMPARE(names(guessed, byTime), strings({ "a", "b", "x" }));
        QCOMPARE(byTime.waitMs, 0);
    }

    void orderOfResultsDoesNotMatter()
    {
        QList<Spec> shuffled = kShop;
        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < 5; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), *rng);
            const TimingData data = timing(shuffled, true);
            QCOMPARE(names(data, criticalPathOf(data, data.dependsOn)), strings({ "b", "d", "g" }));
        }
    }

    void cyclicDependsOnEnds()
    {
        // A broken manifest that claims a cycle must not hang the timing tab.
        TimingData data = timing(kShop, false);
        data.dependsOn.insert(id("g"), { id("d") });
        data.dependsOn.insert(id("d"), { id("g") });
        const CriticalPath path = criticalPathOf(data, data.dependsOn);
        QCOMPARE(names(data, path), strings({ "d", "g" }));
    }

    void emptyRun()
    {
        const CriticalPath path = criticalPathOf(TimingData {});
        QCOMPARE(path.basis, CriticalPath::Basis::None);
        QVERIFY(path.nodes.isEmpty());
        QCOMPARE(peakConcurrency(TimingData {}).peak, 0);
    }

    void peakConcurrencyVsThreads()
    {
        // Back-to-back nodes on a thread do not overlap: the shop never runs more than 2.
        const TimingData shop = timing(kShop, false);
        QCOMPARE(shop.threads.size(), 2);
        QCOMPARE(peakConcurrency(shop).peak, 2);
        const QList<Spec> burst {
            { "a", "Thread-1", 0, 5000, {} },
            { "b", "Thread-2", 1000, 3000, {} },
            { "c", "Thread-3", 2000, 2500, {} },
            { "d", "Thread-4", 4000, 6000, {} },
        };
        const Concurrency peak = peakConcurrency(timing(burst, false));
        QCOMPARE(peak.peak, 3);
        QCOMPARE(peak.atMs, 2000);
    }

    void groupingLanes()
    {
        const TimingData data = timing(kShop, true);
        QCOMPARE(data.lanes(TimingGrouping::Thread), strings({ "Thread-1", "Thread-2" }));
        QCOMPARE(data.lanes(TimingGrouping::ResourceType), strings({ "model" }));
        QCOMPARE(data.lanes(TimingGrouping::Folder),
            strings({ "models", "models/marts", "models/staging" }));
        // Without a manifest, the folder falls back to the package.
        QCOMPARE(timing(kShop, false).lanes(TimingGrouping::Folder), strings({ "shop" }));
    }
};

QTEST_GUILESS_MAIN(TestCriticalPath)
#include "tst_criticalpath.moc"
