// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compare/runcomparison.h"

#include "api/client.h"
#include "models/common/runartifacts.h"
#include "models/compare/rundiffjob.h"

#include <QDir>

namespace Dbtc::Models {

namespace {

const QString RunResults = QStringLiteral("run_results.json");
const QString Manifest = QStringLiteral("manifest.json");

//! Both runs are fetched with the job's steps and the trigger's overrides (the settings diff).
Api::RunInclude comparisonInclude()
{
    Api::RunInclude include;
    include.trigger = true;
    include.job = true;
    include.environment = true;
    return include;
}

} // namespace

RunComparison::RunComparison(Api::Client *client, RunArtifacts *artifacts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_artifacts(artifacts)
    , m_diffJob(new RunDiffJob(this))
{
    qRegisterMetaType<RunComparisonResult>();
    connect(m_diffJob, &RunDiffJob::finished, this, [this](std::shared_ptr<const RunDiff> diff) {
        m_result.diff = std::move(diff);
        m_busy = false;
        Q_EMIT finished(m_result);
    });
    connect(m_diffJob, &RunDiffJob::failed, this, [this](const QString &error) {
        if (m_before.runId == 0) { // two folders: without the files there is nothing to show
            fail(error);
            return;
        }
        m_result.artifactsMessage = error;
        m_busy = false;
        Q_EMIT finished(m_result);
    });
}

RunComparison::~RunComparison()
{
    if (m_artifacts) {
        m_artifacts->cancel(this);
    }
}

void RunComparison::cancel()
{
    ++m_generation;
    m_requests.reset();
    m_diffJob->cancel();
    if (m_artifacts) {
        m_artifacts->cancel(this);
    }
    m_busy = false;
}

void RunComparison::start()
{
    cancel();
    m_busy = true;
    m_result = {};
    m_before = {};
    m_after = {};
}

void RunComparison::fail(const QString &message)
{
    m_busy = false;
    // Always after the call that asked, like an answer: callers connect once, before or after.
    QMetaObject::invokeMethod(
        this,
        [this, message, generation = m_generation] {
            if (generation == m_generation) {
                Q_EMIT failed(message);
            }
        },
        Qt::QueuedConnection);
}

void RunComparison::compareFolders(const QString &before, const QString &after)
{
    start();
    // "jaffle_shop/target": enough to tell two folders apart without the whole path.
    const auto label = [](const QString &path) {
        const QString clean = QDir::cleanPath(QDir(path).absolutePath());
        return QDir::toNativeSeparators(clean.section(u'/', -2));
    };
    m_result.beforeLabel = label(before);
    m_result.afterLabel = label(after);
    Q_EMIT progress(tr("Reading both runs' artifacts…"));
    m_diffJob->compare(before, after);
}

void RunComparison::compareRuns(qint64 firstRunId, qint64 secondRunId)
{
    start();
    if (!m_client) {
        fail(tr("Not connected."));
        return;
    }
    if (firstRunId == secondRunId) {
        fail(tr("Pick two different runs to compare."));
        return;
    }
    fetchRuns(std::min(firstRunId, secondRunId), std::max(firstRunId, secondRunId));
}

void RunComparison::compareWithLastSuccess(qint64 runId)
{
    start();
    if (!m_client) {
        fail(tr("Not connected."));
        return;
    }
    Q_EMIT progress(tr("Looking for the last successful run…"));
    m_requests.track(m_client->getRun(runId,
        comparisonInclude(),
        this,
        m_requests.guard([this, runId](const Api::Result<Api::Run> &run) {
            if (!run.ok()) {
                fail(tr("Run #%1 could not be loaded: %2")
                         .arg(runId)
                         .arg(run.error().userMessage()));
                return;
            }
            Api::RunQuery query;
            query.jobDefinitionId = run->jobDefinitionId;
            query.status = Api::RunStatus::Success;
            query.orderBy = QStringLiteral("-id");
            // Newest first: the first one older than the run is the one (a page is plenty,
            // since a job rarely succeeds 100 times after the run a user is looking at).
            query.includeRelated.clear();
            m_requests.track(m_client->listRuns(query,
                this,
                m_requests.guard([this, runId](const Api::Result<Api::Page<Api::Run>> &page) {
                    if (!page.ok()) {
                        fail(tr("The job's runs could not be listed: %1")
                                 .arg(page.error().userMessage()));
                        return;
                    }
                    for (const Api::Run &candidate : page->items) {
                        if (candidate.id < runId) {
                            fetchRuns(candidate.id, runId);
                            return;
                        }
                    }
                    fail(tr("This job has no successful run before run #%1 to compare with.")
                             .arg(runId));
                })));
        })));
}

void RunComparison::fetchRuns(qint64 beforeId, qint64 afterId)
{
    m_before.runId = beforeId;
    m_after.runId = afterId;
    m_result.beforeLabel = tr("Run #%1").arg(beforeId);
    m_result.afterLabel = tr("Run #%1").arg(afterId);
    m_runsPending = 2;
    Q_EMIT progress(tr("Loading runs #%1 and #%2…").arg(beforeId).arg(afterId));
    for (Side *side : { &m_before, &m_after }) {
        const bool isBefore = side == &m_before;
        m_requests.track(m_client->getRun(side->runId,
            comparisonInclude(),
            this,
            m_requests.guard([this, isBefore, id = side->runId](const Api::Result<Api::Run> &run) {
                if (!run.ok()) {
                    fail(tr("Run #%1 could not be loaded: %2")
                             .arg(id)
                             .arg(run.error().userMessage()));
                    m_requests.reset(); // the other answer would only finish a failed compare
                    return;
                }
                (isBefore ? m_result.before : m_result.after) = run.value();
                if (--m_runsPending > 0) {
                    return;
                }
                if (m_result.before.projectId != m_result.after.projectId) {
                    fail(tr("Runs #%1 and #%2 belong to different projects; only runs of one "
                            "project can be compared.")
                             .arg(m_result.before.id)
                             .arg(m_result.after.id));
                    return;
                }
                m_result.settings = compareRunSettings(m_result.before, m_result.after);
                m_result.shaRange = gitShaRange(m_result.before, m_result.after);
                fetchArtifacts(m_before);
                fetchArtifacts(m_after);
            })));
    }
}

void RunComparison::fetchArtifacts(Side &side)
{
    const Api::Run &run = &side == &m_before ? m_result.before : m_result.after;
    if (!run.isComplete && Api::isInProgress(run.status)) {
        side.missing =
            tr("Run #%1 has not finished yet, so it has no results to compare.").arg(run.id);
        sideReady();
        return;
    }
    if (!m_artifacts) {
        side.missing = tr("Not connected.");
        sideReady();
        return;
    }
    Q_EMIT progress(tr("Downloading the artifacts of run #%1…").arg(run.id));
    side.pendingFiles = 2;
    const quint64 generation = m_generation;
    const bool isBefore = &side == &m_before;
    const qint64 runId = run.id;
    // The manifest lands beside run_results.json in the cache (one folder per run and step),
    // where the diff looks for it; a run without one still compares statuses and timings.
    for (const QString &path : { RunResults, Manifest }) {
        m_artifacts->fetch(
            runId,
            0,
            path,
            [this, generation, isBefore, runId, path](
                const QString &file, const QString &error, bool notFound) {
                if (generation != m_generation) {
                    return;
                }
                Side &s = isBefore ? m_before : m_after;
                if (path == RunResults) {
                    if (!error.isEmpty()) {
                        s.missing = notFound
                            ? tr("Run #%1 saved no run_results.json (it may have stopped "
                                 "before dbt ran).")
                                  .arg(runId)
                            : tr("The run_results.json of run #%1 could not be downloaded: %2")
                                  .arg(runId)
                                  .arg(error);
                    } else {
                        s.runResults = file;
                    }
                }
                --s.pendingFiles;
                sideReady();
            },
            this);
    }
}

void RunComparison::sideReady()
{
    if (m_before.pendingFiles > 0 || m_after.pendingFiles > 0) {
        return;
    }
    if (m_before.runResults.isEmpty() && m_before.missing.isEmpty()) {
        return; // the other side has not been asked yet
    }
    if (m_after.runResults.isEmpty() && m_after.missing.isEmpty()) {
        return;
    }
    if (!m_before.missing.isEmpty() || !m_after.missing.isEmpty()) {
        QStringList why;
        for (const QString &m : { m_before.missing, m_after.missing }) {
            if (!m.isEmpty()) {
                why << m;
            }
        }
        m_result.artifactsMessage = why.join(u' ');
        m_busy = false;
        Q_EMIT finished(m_result);
        return;
    }
    Q_EMIT progress(tr("Comparing the runs' results…"));
    m_diffJob->compare(m_before.runResults, m_after.runResults);
}

} // namespace Dbtc::Models
