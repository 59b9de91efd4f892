// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/runpoller.h"

#include "api/client.h"
#include "models/console/runlistmodel.h"
#include "models/console/runrecord.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPoller, "dbtc.models.poller", QtInfoMsg)

namespace Dbtc::Models {

using namespace std::chrono_literals;

RunPoller::RunPoller(RunListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(&m_schedule, &PollSchedule::due, this, &RunPoller::startCycle);
    connect(m_model, &RunListModel::fetchMoreRequested, this, &RunPoller::fetchOlder);
}

// Not stop(): the model may already be gone (it is often a sibling created first). The
// tracker aborts what is in flight and drops the answers.
RunPoller::~RunPoller() = default;

void RunPoller::setScope(const RunScope &scope, Api::Client *client)
{
    stop(); // every answer still on its way belongs to the old scope now
    if (m_client != client) {
        m_client = client;
        m_jobNames.clear(); // ids of another connection may mean other jobs
        m_environmentNames.clear();
        m_schedule.setClient(client);
    }
    m_scope = scope;
    m_needNames = true; // the first page of a scope brings the names with it
    m_loadedOnce = false;
    m_model->setHasMore(false);
    m_model->setLoading(false);
    // A new scope starts with a clean slate: no backoff inherited from the old one.
    m_schedule.clearErrors();
    pollNow();
}

void RunPoller::setActive(bool active)
{
    m_schedule.setActive(active);
}

void RunPoller::pollNow()
{
    m_schedule.pollNow();
}

void RunPoller::stop()
{
    m_schedule.stop();
    m_requests.reset();
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
    q.includeRelated = { QStringLiteral("trigger") };
    if (withNames) {
        q.includeRelated << QStringLiteral("job") << QStringLiteral("environment");
    }
    q.limit = m_pageSize;
    return q;
}

void RunPoller::startCycle()
{
    // Nothing to poll until setScope(); a cycle on its way reports to the schedule itself.
    if (!m_client || !m_scope.isValid() || m_pending > 0) {
        return;
    }
    m_seenThisCycle.clear();
    m_namesMissing = false;
    m_inFlightBefore = m_model->inProgressIds();
    m_newestBefore = m_model->newestId();
    m_cycleFailed = false;
    m_followUpSent = false;
    m_gapSeen = false;
    m_cycleError = {};

    send(baseQuery(m_needNames), Head);
    Api::RunQuery inFlight = baseQuery(m_needNames);
    inFlight.statusIn = {
        Api::RunStatus::Queued, Api::RunStatus::Starting, Api::RunStatus::Running
    };
    send(inFlight, InFlight);
}

void RunPoller::send(const Api::RunQuery &query, Step step)
{
    if (step != Older) {
        ++m_pending;
    }
    // Polls are background work: what the user clicked (a run, a page) goes first.
    const auto priority =
        (step == Older || !m_loadedOnce) ? Api::Priority::Foreground : Api::Priority::Background;
    m_requests.track(m_client->listRuns(query,
        this,
        m_requests.guard([this, step, names = query.includeRelated.contains(QStringLiteral("job"))](
                             const Api::Result<Api::Page<Api::Run>> &result) {
            onPage(step, result, names);
        }),
        priority));
}

void RunPoller::onPage(
    Step step, const Api::Result<Api::Page<Api::Run>> &result, bool includedNames)
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
        m_cycleError = result.error();
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
            const bool allNewer =
                std::all_of(page.items.cbegin(), page.items.cend(), [this](const Api::Run &r) {
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
    m_schedule.setBusy(!m_model->inProgressIds().isEmpty());
    if (m_cycleFailed) {
        m_schedule.failed(m_cycleError);
        Q_EMIT failed(m_cycleError.userMessage(), !m_loadedOnce);
        return;
    }
    m_schedule.succeeded();
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
