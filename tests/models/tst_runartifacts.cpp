// SPDX-License-Identifier: GPL-3.0-or-later
// RunArtifacts and ArtifactFetch against the in-process simulator: a 2xx whose body does not
// parse is never cached (and the next fetch works), a poisoned cache entry is replaced, two
// hosts with the same run id never share a file, the cached copy is served offline and said
// so, downloads report progress, share one request and can be cancelled.
#include "models/common/artifactfetch.h"
#include "models/common/runartifacts.h"
#include "simfixture.h"
#include "simulator/faults.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Dbtc;
using Models::RunArtifacts;
using Sim::FaultKind;
using Sim::FaultRule;

namespace {

struct Fetched
{
    bool done = false;
    QString file, error;
    bool notFound = false;
};

//! Fetches one file and waits for the answer.
Fetched fetchNow(RunArtifacts &artifacts, qint64 runId, int step, const QString &path)
{
    Fetched out;
    artifacts.fetch(
        runId, step, path, [&out](const QString &file, const QString &error, bool notFound) {
            out = { true, file, error, notFound };
        });
    if (!QTest::qWaitFor(
            [&] {
                return out.done;
            },
            10000)) {
        qWarning("fetch of %s timed out", qPrintable(path));
    }
    return out;
}

bool parses(const QString &file)
{
    QString error;
    return Models::ArtifactIndex::load(file, &error) != nullptr;
}

} // namespace

class TestRunArtifacts final : public QObject
{
    Q_OBJECT

    SimFixture m_sim;
    std::unique_ptr<QTemporaryDir> m_root;
    qint64 m_runId = 0;
    int m_step = 0;

    //! The failed step of the simulator's failed run (it has run_results, manifest, ...).
    int failedStep(Api::Client *client, qint64 runId)
    {
        int step = 0;
        bool done = false;
        Api::RunInclude inc;
        inc.steps = true;
        client->getRun(runId, inc, this, [&](const Api::Result<Api::Run> &r) {
            if (r) {
                for (const Api::RunStep &s : r->steps) {
                    if (s.status == Api::RunStatus::Error) {
                        step = s.index;
                    }
                }
            }
            done = true;
        });
        if (!QTest::qWaitFor(
                [&] {
                    return done;
                },
                5000)) {
            qWarning("getRun timed out");
        }
        return step;
    }

private Q_SLOTS:

    void init()
    {
        QVERIFY(m_sim.start(300));
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_runId = m_sim.server->failedRunId(m_sim.accountId);
        m_step = failedStep(m_sim.client.get(), m_runId);
        QVERIFY(m_runId > 0 && m_step > 0);
    }

    void cleanup()
    {
        m_sim.client.reset();
        m_sim.server.reset();
        m_root.reset();
    }

    void badBody_isNotCached_andTheNextFetchWorks_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::newRow("invalid_json") << FaultKind::InvalidJson;
        QTest::newRow("truncated") << FaultKind::Truncated;
    }

    void badBody_isNotCached_andTheNextFetchWorks()
    {
        QFETCH(FaultKind, kind);
        RunArtifacts artifacts(m_sim.client.get(), m_root->path());
        const QString name = QStringLiteral("run_results.json");
        m_sim.server->faults().add(FaultRule {
            QStringLiteral("/artifacts/run_results.json"), QString(), kind, 1, 0, 0, 0 });

        const Fetched bad = fetchNow(artifacts, m_runId, m_step, name);
        QVERIFY(bad.done);
        QVERIFY(bad.file.isEmpty());
        QVERIFY2(!bad.error.isEmpty(), "a broken body must be reported");
        QVERIFY(!bad.notFound);
        const QString cached = artifacts.cache().filePath(m_runId, m_step, name);
        QVERIFY2(!QFile::exists(cached), "a broken body must not be cached");
        QVERIFY(!QFile::exists(artifacts.cache().stagingPath(m_runId, m_step, name)));

        // The same service, no restart: the next fetch downloads again and gets a good file.
        const int before = m_sim.server->requestCount(name);
        const Fetched good = fetchNow(artifacts, m_runId, m_step, name);
        QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
        QCOMPARE(good.file, cached);
        QVERIFY(parses(cached));
        QCOMPARE(m_sim.server->requestCount(name), before + 1);

        // Now cached: no further request.
        const Fetched again = fetchNow(artifacts, m_runId, m_step, name);
        QCOMPARE(again.file, cached);
        QCOMPARE(m_sim.server->requestCount(name), before + 1);
    }

    void poisonedCacheEntry_isReplaced()
    {
        const QString name = QStringLiteral("run_results.json");
        QString cached;
        {
            RunArtifacts artifacts(m_sim.client.get(), m_root->path());
            cached = artifacts.cache().filePath(m_runId, m_step, name);
        }
        // What an older version left behind after one invalid_json answer.
        QVERIFY(QDir().mkpath(QFileInfo(cached).absolutePath()));
        QFile f(cached);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html>Service unavailable</html>");
        f.close();

        RunArtifacts artifacts(m_sim.client.get(), m_root->path()); // as after a restart
        const int before = m_sim.server->requestCount(name);
        const Fetched r = fetchNow(artifacts, m_runId, m_step, name);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.file, cached);
        QCOMPARE(m_sim.server->requestCount(name), before + 1);
        QVERIFY(parses(cached));
    }

    void twoHostsWithTheSameRunId_neverShareAFile()
    {
        SimFixture other;
        QVERIFY(other.start(300));
        // Both worlds are seeded alike: the same run id exists on both hosts.
        QCOMPARE(other.server->failedRunId(other.accountId), m_runId);
        const QString name = QStringLiteral("run_results.json");

        RunArtifacts first(m_sim.client.get(), m_root->path());
        RunArtifacts second(other.client.get(), m_root->path()); // same cache folder
        const Fetched a = fetchNow(first, m_runId, m_step, name);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        const Fetched b = fetchNow(second, m_runId, m_step, name);
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QVERIFY(a.file != b.file);
        QVERIFY(QFile::exists(a.file) && QFile::exists(b.file));
        // The second host was asked: its answer is not the first host's cached copy.
        QCOMPARE(other.server->requestCount(name), 1);
        QVERIFY(a.file.contains(QString::number(m_sim.server->baseUrl().port())));
        QVERIFY(b.file.contains(QString::number(other.server->baseUrl().port())));
    }

    void offline_servesTheCachedCopyAndSaysSo()
    {
        {
            RunArtifacts artifacts(m_sim.client.get(), m_root->path());
            Models::ArtifactFetch *fetch = artifacts.fetchStep(m_runId, m_step);
            QSignalSpy finished(fetch, &Models::ArtifactFetch::finished);
            QVERIFY(finished.wait(10000));
            QVERIFY2(finished.first().at(1).toString().isEmpty(),
                qPrintable(finished.first().at(1).toString()));
        }
        // The host is gone (connection refused), and the app was restarted.
        m_sim.server.reset();
        RunArtifacts artifacts(m_sim.client.get(), m_root->path());
        Models::ArtifactFetch *fetch = artifacts.fetchStep(m_runId, m_step);
        QSignalSpy finished(fetch, &Models::ArtifactFetch::finished);
        QSignalSpy failed(fetch, &Models::ArtifactFetch::failed);
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 0);
        const QString folder = finished.first().at(0).toString();
        const QString notice = finished.first().at(1).toString();
        QVERIFY2(notice.contains(QLatin1String("cached")), qPrintable(notice));
        QVERIFY(QFile::exists(folder + QStringLiteral("/run_results.json")));
        QVERIFY(parses(folder));
    }

    void offline_withNothingCached_fails()
    {
        m_sim.server.reset();
        RunArtifacts artifacts(m_sim.client.get(), m_root->path());
        Models::ArtifactFetch *fetch = artifacts.fetchStep(m_runId, m_step);
        QSignalSpy failed(fetch, &Models::ArtifactFetch::failed);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(0).toString().contains(QString::number(m_runId)));
    }

    void stepFetch_reportsProgressPerFile()
    {
        RunArtifacts artifacts(m_sim.client.get(), m_root->path());
        QSignalSpy bytes(&artifacts, &RunArtifacts::downloadProgress);
        Models::ArtifactFetch *fetch = artifacts.fetchStep(m_runId, m_step);
        QSignalSpy progress(fetch, &Models::ArtifactFetch::progress);
        QSignalSpy finished(fetch, &Models::ArtifactFetch::finished);
        QVERIFY(finished.wait(10000));
        QStringList files;
        int last = -1;
        for (const QList<QVariant> &p : std::as_const(progress)) {
            const QString file = p.at(0).toString();
            if (!file.isEmpty() && !files.contains(file)) {
                files << file;
            }
            QVERIFY2(p.at(3).toInt() >= last, "progress never goes back");
            last = p.at(3).toInt();
        }
        QCOMPARE(last, 100);
        QVERIFY2(files.contains(QStringLiteral("manifest.json"))
                && files.contains(QStringLiteral("run_results.json")),
            qPrintable(files.join(u',')));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.last().at(3).toLongLong() > 0);
    }

    void sameFileTwice_oneDownload_andCancelDropsTheCallback()
    {
        RunArtifacts artifacts(m_sim.client.get(), m_root->path());
        const QString name = QStringLiteral("manifest.json");
        const int before = m_sim.server->requestCount(name);
        QObject context;
        bool cancelledCalled = false;
        artifacts.fetch(
            m_runId,
            m_step,
            name,
            [&](const QString &, const QString &, bool) {
                cancelledCalled = true;
            },
            &context);
        const Fetched r =
            fetchNow(artifacts, m_runId, m_step, name); // joins the download in flight
        artifacts.cancel(&context);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(m_sim.server->requestCount(name), before + 1);
        // fetchNow() returned only after the shared download completed, so a callback that was
        // not cancelled would already have run; it was registered first.
        QVERIFY(cancelledCalled);

        // Cancelled before the answer: never called.
        const QString other = QStringLiteral("catalog.json");
        bool called = false;
        artifacts.fetch(
            m_runId,
            m_step,
            other,
            [&](const QString &, const QString &, bool) {
                called = true;
            },
            &context);
        artifacts.cancel(&context);
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestRunArtifacts)
#include "tst_runartifacts.moc"
