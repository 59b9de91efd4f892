// SPDX-License-Identifier: GPL-3.0-or-later
// RunComparison against the in-process simulator: a failed run against its job's last
// success names the node that broke (read independently from the downloaded run_results),
// the older run is always "before", runs without artifacts or of other projects say so, and
// two local target folders compare without a connection.
#include "artifacts/diff/rundiff.h"
#include "models/common/runartifacts.h"
#include "models/compare/runcomparison.h"
#include "simfixture.h"
#include "tst_artifactcorpus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Dbtc;
using Models::RunComparison;
using Models::RunComparisonResult;

namespace {

QString corpus(const char *folder)
{
    return ArtifactCorpus::root() + QLatin1Char('/') + QLatin1String(folder);
}

QString sv(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

class TestRunComparison final : public QObject
{
    Q_OBJECT

    SimFixture m_sim;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<Models::RunArtifacts> m_artifacts;
    std::unique_ptr<RunComparison> m_comparison;

    QList<Api::Run> runsOf(const Api::RunQuery &query)
    {
        QList<Api::Run> out;
        bool done = false;
        m_sim.client->fetchAllRuns(query, this, [&](const Api::Result<QList<Api::Run>> &r) {
            if (r) {
                out = r.value();
            }
            done = true;
        });
        [&] {
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return done;
                },
                10000));
        }();
        return out;
    }

    //! Waits for the comparison to end; the result, or the failure text in \a failure.
    std::optional<RunComparisonResult> wait(QString *failure = nullptr)
    {
        QSignalSpy finished(m_comparison.get(), &RunComparison::finished);
        QSignalSpy failed(m_comparison.get(), &RunComparison::failed);
        if (!QTest::qWaitFor(
                [&] {
                    return !finished.isEmpty() || !failed.isEmpty();
                },
                20000)) {
            qWarning("the comparison did not end");
            return std::nullopt;
        }
        if (!failed.isEmpty()) {
            if (failure) {
                *failure = failed.first().at(0).toString();
            }
            return std::nullopt;
        }
        return finished.first().at(0).value<RunComparisonResult>();
    }

    //! The nodes the run_results file says failed, read with Qt's JSON (the oracle).
    static QSet<QString> failingNodes(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        QSet<QString> out;
        const QJsonArray results = QJsonDocument::fromJson(f.readAll())[u"results"].toArray();
        for (const QJsonValue &r : results) {
            const QString status = r[u"status"].toString();
            if (status == u"error" || status == u"fail") {
                out.insert(r[u"unique_id"].toString());
            }
        }
        return out;
    }

private Q_SLOTS:

    void init()
    {
        QVERIFY(m_sim.start(300));
        m_cache = std::make_unique<QTemporaryDir>();
        m_artifacts = std::make_unique<Models::RunArtifacts>(m_sim.client.get(), m_cache->path());
        m_comparison = std::make_unique<RunComparison>(m_sim.client.get(), m_artifacts.get());
    }

    void cleanup()
    {
        m_comparison.reset();
        m_artifacts.reset();
        m_sim.client.reset();
        m_sim.server.reset();
    }

    //! A failed run whose job succeeded before it, and that success (the newest such).
    std::pair<qint64, qint64> failedAfterSuccess()
    {
        const QList<Api::Run> all = runsOf({});
        for (const Api::Run &failed : all) {
            if (failed.status != Api::RunStatus::Error) {
                continue;
            }
            qint64 success = 0;
            for (const Api::Run &r : all) {
                if (r.jobDefinitionId == failed.jobDefinitionId
                    && r.status == Api::RunStatus::Success && r.id < failed.id) {
                    success = std::max(success, r.id);
                }
            }
            if (success) {
                return { failed.id, success };
            }
        }
        return { 0, 0 };
    }

    void failedRunAgainstLastSuccessNamesWhatBroke()
    {
        const auto [failed, expectedBefore] = failedAfterSuccess();
        QVERIFY2(failed, "the simulator's history has a job that failed after a success");
        m_comparison->compareWithLastSuccess(failed);
        QVERIFY(m_comparison->isBusy());
        QString why;
        const auto result = wait(&why);
        QVERIFY2(result, qPrintable(why));
        QCOMPARE(result->after.id, failed);
        QCOMPARE(result->before.id, expectedBefore);
        QCOMPARE(result->before.status, Api::RunStatus::Success);
        QCOMPARE(result->before.jobDefinitionId, result->after.jobDefinitionId);
        QVERIFY2(result->diff, qPrintable(result->artifactsMessage));
        QVERIFY(!m_comparison->isBusy());

        // The oracle: the failed run's own run_results, as downloaded into the cache.
        const QString file =
            m_artifacts->cache().filePath(failed, 0, QStringLiteral("run_results.json"));
        const QSet<QString> broke = failingNodes(file);
        QVERIFY(!broke.isEmpty());
        QSet<QString> changedToFailure;
        for (const auto &c : result->diff->statusChanged) {
            if (c.newStatus == "error" || c.newStatus == "fail") {
                changedToFailure.insert(sv(c.uniqueId));
            }
        }
        QCOMPARE(changedToFailure, broke);
        // Same job, same manifest: the simulator's SQL does not change between runs.
        QVERIFY(result->diff->sqlCompared);
        QVERIFY(result->diff->sqlChanged.empty());
        QCOMPARE(result->beforeLabel, QStringLiteral("Run #%1").arg(result->before.id));
    }

    void theOlderRunIsBeforeWhateverTheOrder()
    {
        // Two green runs of one job (runs of two projects are refused, see below).
        Api::RunQuery q;
        q.status = Api::RunStatus::Success;
        const QList<Api::Run> green = runsOf(q);
        qint64 newer = 0, older = 0;
        for (const Api::Run &a : green) {
            for (const Api::Run &b : green) {
                if (a.id > b.id && a.jobDefinitionId == b.jobDefinitionId && !newer) {
                    newer = a.id;
                    older = b.id;
                }
            }
        }
        QVERIFY2(newer && older, "two successful runs of one job");
        m_comparison->compareRuns(newer, older);
        const auto result = wait();
        QVERIFY(result);
        QCOMPARE(result->before.id, older);
        QCOMPARE(result->after.id, newer);
        QVERIFY(result->diff);
        QVERIFY(result->diff->statusChanged.empty()); // two green runs
    }

    void aJobThatNeverSucceededSaysSo()
    {
        // The demo's seeded failure belongs to a job with no success before it.
        const qint64 failed = m_sim.server->failedRunId(m_sim.accountId);
        m_comparison->compareWithLastSuccess(failed);
        QString why;
        const auto result = wait(&why);
        if (result) {
            QCOMPARE(result->after.id, failed); // the seed changed: a success exists after all
            return;
        }
        QVERIFY2(why.contains(QStringLiteral("no successful run before run #%1").arg(failed)),
            qPrintable(why));
    }

    void theSameRunTwiceIsRefused()
    {
        const qint64 failed = m_sim.server->failedRunId(m_sim.accountId);
        m_comparison->compareRuns(failed, failed);
        QString why;
        QVERIFY(!wait(&why));
        QVERIFY(why.contains(QLatin1String("two different runs")));
    }

    void aRunWithoutArtifactsSaysSoAndKeepsTheSettings()
    {
        // A run cancelled before dbt ran saved nothing (one that timed out keeps what its
        // finished steps wrote): try the history's cancelled runs until one has none.
        Api::RunQuery q;
        q.status = Api::RunStatus::Cancelled;
        const QList<Api::Run> cancelled = runsOf(q);
        QVERIFY2(!cancelled.isEmpty(), "the simulator's history has cancelled runs");
        int withoutArtifacts = 0;
        for (const Api::Run &run : cancelled.mid(0, 8)) {
            Api::RunQuery sameJob;
            sameJob.jobDefinitionId = run.jobDefinitionId;
            const QList<Api::Run> others = runsOf(sameJob);
            const auto other = std::find_if(others.cbegin(), others.cend(), [&](const Api::Run &r) {
                return r.id != run.id && r.status == Api::RunStatus::Success;
            });
            if (other == others.cend()) {
                continue;
            }
            m_comparison->compareRuns(run.id, other->id);
            QString why;
            const auto result = wait(&why);
            QVERIFY2(result, qPrintable(why));
            QCOMPARE(result->before.jobDefinitionId, result->after.jobDefinitionId);
            if (result->diff) {
                QVERIFY(result->artifactsMessage.isEmpty());
                continue; // a timed-out run: its artifacts compare
            }
            ++withoutArtifacts;
            QVERIFY2(result->artifactsMessage.contains(QString::number(run.id)),
                qPrintable(result->artifactsMessage));
            QVERIFY(result->artifactsMessage.contains(QLatin1String("run_results.json")));
        }
        QVERIFY2(withoutArtifacts > 0, "one of the cancelled runs saved no artifacts");
    }

    void runsOfDifferentProjectsAreRefused()
    {
        const QList<Api::Run> all = runsOf({});
        qint64 a = 0, b = 0;
        for (const Api::Run &r : all) {
            for (const Api::Run &s : all) {
                if (r.projectId != s.projectId) {
                    a = r.id;
                    b = s.id;
                    break;
                }
            }
            if (a) {
                break;
            }
        }
        if (!a) {
            QFAIL("the simulator's account should have runs of two projects");
        }
        m_comparison->compareRuns(a, b);
        QString why;
        QVERIFY(!wait(&why));
        QVERIFY2(why.contains(QLatin1String("different projects")), qPrintable(why));
    }

    void twoFoldersCompareWithoutAConnection()
    {
        m_comparison = std::make_unique<RunComparison>(nullptr, nullptr);
        const QString before = corpus("jaffle_shop-dbt0.21.0-bigquery");
        const QString after = corpus("jaffle_shop-dbt1.0.0-bigquery");
        m_comparison->compareFolders(before, after);
        const auto result = wait();
        QVERIFY(result);
        QVERIFY(result->diff);
        QVERIFY(result->diff->sqlCompared);
        QVERIFY(!result->diff->timing.empty());
        QCOMPARE(result->beforeLabel,
            QDir::toNativeSeparators(QStringLiteral("artifacts/jaffle_shop-dbt0.21.0-bigquery")));

        m_comparison->compareFolders(before, QStringLiteral("/nonexistent/target"));
        QString why;
        QVERIFY(!wait(&why));
        QVERIFY2(why.contains(QLatin1String("/nonexistent/target")), qPrintable(why));
    }
};

QTEST_MAIN(TestRunComparison)
#include "tst_runcomparison.moc"
