// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/runpoller.h"

#include "api/client.h"
#include "models/console/runlistmodel.h"
#include "models/console/runrecord.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPoller, "dbtc.models.poller", QtInfoMsg)

namespace Dbtc::Models {

using namespace std::chrono_literals;

RunPoller::RunPoller(RunListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunPoller::startCycle);
    connect(m_model, &RunListModel::fetchMoreRequested, this, &RunPoller::fetchOlder);
}

RunPoller::~RunPoller()
{
    stop();
}

void RunPoller::setScope(const RunScope &scope, Api::Client *client)
{
    stop();
    ++m_generation; // every answer still on its way belongs to the old scope now
    if (m_client != client) {
        if (m_client) {
            disconnect(m_client, nullptr, this, nullptr);
        }
        m_client = client;
        m_jobNames.clear(); // ids of another connection may mean other jobs
        m_environmentNames.clear();
        if (client) {
            connect(client, &Api::Client::rateLimited, this, [this](const QDateTime &until) {
                qCInfo(lcPoller) << "rate limited until" << until;
                m_timer.start(std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(until)));
            });
            connect(client, &Api::Client::rateLimitEnded, this, [this] {
                if (m_active && m_pending == 0) {
                    m_timer.start(0);
                }
            });
        }
    }
    m_scope = scope;
    m_needNames = true; // the first page of a scope brings the names with it
    m_errors = 0;
    m_loadedOnce = false;
    m_model->setHasMore(false);
    m_model->setLoading(false);
    pollNow();
}

void RunPoller::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    if (!active) {
        m_timer.stop();
    } else if (m_pending == 0) {
        // Coming back after a while: refresh at once rather than wait a whole slow interval.
        const bool stale = !m_lastRefresh.isValid()
            || m_lastRefresh.msecsTo(QDateTime::currentDateTimeUtc()) > m_intervals.active.count();
        m_timer.start(stale ? 0 : int(m_intervals.active.count()));
    }
}

void RunPoller::pollNow()
{
    m_timer.stop();
    startCycle();
}

void RunPoller::stop()
{
    m_timer.stop();
    const auto jobs = std::exchange(m_jobs, {});
    ++m_generation;
    for (const auto &job : jobs) {
        if (job) {
            job->abort();
        }
    }
    m_pending = 0;
    m_model->setLoading(false);
}

Api::RunQuery RunPoller::baseQuery(bool withNames) const
{
    Api::RunQuery q;
    if (m_scope.jobId) {
        q.jobDefinitionId = m_scope.jobId;
    }
    if (m_scope.environmentId) {
        q.environmentId = m_scope.environmentId;
    }
    if (m_scope.projectId) {
        q.projectId = m_scope.projectId;
    }
    q.orderBy = QStringLiteral("-id");
    q.includeRelated = {QStringLiteral("trigger")};
    if (withNames) {
        q.includeRelated << QStringLiteral("job") << QStringLiteral("environment");
    }
    q.limit = m_pageSize;
    return q;
}

void RunPoller::startCycle()
{
    if (!m_client || !m_scope.isValid() || !m_active || m_pending > 0) {
        return;
    }
    if (m_client->isRateLimited()) {
        m_timer.start(std::max<qint64>(
            1000, QDateTime::currentDateTimeUtc().msecsTo(m_client->rateLimitedUntil())));
        return;
    }
    m_seenThisCycle.clear();
    m_namesMissing = false;
    m_inFlightBefore = m_model->inProgressIds();
    m_newestBefore = m_model->newestId();
    m_cycleFailed = false;
    m_followUpSent = false;
    m_gapSeen = false;
    m_cycleError.clear();

    send(baseQuery(m_needNames), Head);
    Api::RunQuery inFlight = baseQuery(m_needNames);
    inFlight.statusIn = {Api::RunStatus::Queued, Api::RunStatus::Starting,
                         Api::RunStatus::Running};
    send(inFlight, InFlight);
}

void RunPoller::send(const Api::RunQuery &query, Step step)
{
    const int generation = m_generation;
    if (step != Older) {
        ++m_pending;
    }
    // Polls are background work: what the user clicked (a run, a page) goes first.
    const auto priority = (step == Older || !m_loadedOnce) ? Api::Priority::Foreground
                                                          : Api::Priority::Background;
    Api::ApiJob *job = m_client->listRuns(
        query, this,
        [this, generation, step, names = query.includeRelated.contains(QStringLiteral("job"))](
            const Api::Result<Api::Page<Api::Run>> &result) {
            if (generation != m_generation) {
                return; // the scope changed while this was on the way
            }
            onPage(step, result, names);
        },
        priority);
    m_jobs.removeIf([](const QPointer<Api::ApiJob> &j) { return j.isNull(); });
    m_jobs.append(job);
}

void RunPoller::onPage(Step step, const Api::Result<Api::Page<Api::Run>> &result,
                       bool includedNames)
{
    if (step != Older) {
        --m_pending;
    }
    if (!result) {
        qCInfo(lcPoller) << "runs request failed:" << result.error().detail;
        if (step == Older) {
            m_model->setLoading(false);
            Q_EMIT failed(result.error().userMessage(), false);
            return;
        }
        m_cycleFailed = true;
        m_cycleError = result.error().userMessage();
    } else {
        const auto &page = result.value();
        QList<RunRecord> records;
        records.reserve(page.items.size());
        for (const Api::Run &run : page.items) {
            records.append(RunRecord::fromApi(run));
            m_seenThisCycle.insert(run.id);
        }
        if (!fillNames(records, includedNames)) {
            m_needNames = true; // a job or environment we have not seen: ask next cycle
        }
        m_model->merge(records);
        if (!records.isEmpty()) {
            Q_EMIT runsMerged(records);
        }
        if (step == Head) {
            m_model->setHasMore(page.totalCount > m_model->rowCount());
            const bool allNewer = std::all_of(page.items.cbegin(), page.items.cend(),
                                              [this](const Api::Run &r) {
                                                  return r.id > m_newestBefore;
                                              });
            m_gapSeen = m_newestBefore > 0 && allNewer && page.hasMore();
        } else if (step == Older) {
            m_model->setHasMore(page.hasMore());
            m_model->setLoading(false);
            return;
        }
    }
    if (m_pending > 0) {
        return;
    }
    if (!m_cycleFailed && !m_followUpSent) {
        sendFollowUps();
        if (m_pending > 0) {
            return;
        }
    }
    finishCycle();
}

void RunPoller::sendFollowUps()
{
    m_followUpSent = true;
    qint64 oldestVanished = 0;
    for (const qint64 id : std::as_const(m_inFlightBefore)) {
        if (m_seenThisCycle.contains(id)) {
            continue;
        }
        const int row = m_model->rowForId(id);
        if (row >= 0 && m_model->runAt(row).inProgress()) {
            oldestVanished = oldestVanished == 0 ? id : std::min(oldestVanished, id);
        }
    }
    if (oldestVanished != 0) {
        // It left the in-flight list, so it finished: one request from it upwards tells how,
        // and covers every other run that finished after it within the page.
        Api::RunQuery q = baseQuery(false);
        q.idGreaterThan = oldestVanished - 1;
        q.orderBy = QStringLiteral("id");
        send(q, Finished);
    }
    if (m_gapSeen) {
        Api::RunQuery q = baseQuery(true);
        q.idGreaterThan = m_newestBefore;
        q.orderBy = QStringLiteral("id");
        send(q, Gap);
    }
}

void RunPoller::finishCycle()
{
    if (m_cycleFailed) {
        ++m_errors;
        Q_EMIT failed(m_cycleError, !m_loadedOnce);
    } else {
        m_errors = 0;
        m_lastRefresh = QDateTime::currentDateTimeUtc();
        m_needNames = m_namesMissing;
        ++m_cycles;
        m_model->setStale(false);
        if (!m_loadedOnce) {
            m_loadedOnce = true;
            Q_EMIT firstPageLoaded();
        }
        Q_EMIT refreshed(m_lastRefresh);
    }
    m_anyInFlight = !m_model->inProgressIds().isEmpty();
    scheduleNext();
}

std::chrono::milliseconds RunPoller::currentInterval() const
{
    if (m_errors > 0) {
        const int shift = std::min(m_errors, 10);
        const auto backoff = std::min(m_intervals.maxBackoff, m_intervals.active * (1 << shift));
        return backoff;
    }
    return m_anyInFlight ? m_intervals.active : m_intervals.idle;
}

void RunPoller::scheduleNext()
{
    if (!m_active) {
        return;
    }
    qint64 ms = currentInterval().count();
    if (m_errors > 0) {
        // Jitter so that many windows (or many connections) do not retry in lockstep.
        ms = qint64(double(ms) * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
    }
    if (m_client && m_client->isRateLimited()) {
        ms = std::max(ms, QDateTime::currentDateTimeUtc().msecsTo(m_client->rateLimitedUntil()));
    }
    m_timer.start(int(std::max<qint64>(ms, 0)));
}

bool RunPoller::fillNames(QList<RunRecord> &records, bool included)
{
    bool complete = true;
    for (RunRecord &r : records) {
        if (included) {
            // Remember even an empty name (a deleted environment): asking again won't help.
            m_jobNames.insert(r.jobId, r.jobName);
            m_environmentNames.insert(r.environmentId, r.environmentName);
            continue;
        }
        const auto job = m_jobNames.constFind(r.jobId);
        const auto env = m_environmentNames.constFind(r.environmentId);
        complete = complete && job != m_jobNames.constEnd() && env != m_environmentNames.constEnd();
        r.jobName = job != m_jobNames.constEnd() ? *job : QString();
        r.environmentName = env != m_environmentNames.constEnd() ? *env : QString();
    }
    m_namesMissing = m_namesMissing || !complete;
    return complete;
}

void RunPoller::fetchOlder()
{
    if (!m_client || !m_scope.isValid() || m_model->isLoading()) {
        return;
    }
    m_model->setLoading(true);
    Api::RunQuery q = baseQuery(true);
    q.offset = m_model->rowCount();
    send(q, Older);
}

} // namespace Dbtc::Models
