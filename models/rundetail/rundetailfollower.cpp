// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/rundetailfollower.h"

#include "api/client.h"

namespace Dbtc::Models {

RunDetailFollower::RunDetailFollower(QObject *parent)
    : QObject(parent)
{
    // One run is only ever "in flight" or complete (then the schedule stops), so the fast
    // interval is the poll interval; the cap keeps a retry after an outage within a minute.
    PollSchedule::Intervals intervals;
    intervals.fast = intervals.slow = std::chrono::milliseconds(3000);
    m_schedule.setIntervals(intervals);
    m_schedule.setBusy(true);
    connect(&m_schedule, &PollSchedule::due, this, &RunDetailFollower::poll);
}

RunDetailFollower::~RunDetailFollower() = default;

void RunDetailFollower::follow(Api::Client *client, qint64 runId)
{
    stop();
    m_client = client;
    m_schedule.setClient(client);
    m_runId = runId;
    m_complete = false;
    m_hasRun = false;
    m_run = {};
    m_schedule.clearErrors();
    if (m_client && m_runId) {
        m_schedule.start();
    }
}

void RunDetailFollower::stop()
{
    m_schedule.stop();
    m_requests.reset();
}

void RunDetailFollower::setActive(bool active)
{
    m_schedule.setActive(active);
}

void RunDetailFollower::setInterval(std::chrono::milliseconds interval)
{
    PollSchedule::Intervals intervals = m_schedule.intervals();
    intervals.fast = intervals.slow = interval;
    m_schedule.setIntervals(intervals);
}

void RunDetailFollower::refresh()
{
    // A poll on its way answers soon enough; a second one would only race it.
    if (m_client && m_runId && m_requests.isIdle()) {
        m_schedule.pollNow();
    }
}

void RunDetailFollower::poll()
{
    if (!m_client || !m_runId || !m_requests.isIdle()) {
        return;
    }
    Api::RunInclude include;
    include.steps = true;
    m_requests.track(m_client->getRun(
        m_runId, include, this, m_requests.guard([this](const Api::Result<Api::Run> &r) {
            if (!r.ok()) {
                m_schedule.failed(r.error());
                // Our own aborts never get here (the guard drops them); a cancel by someone else
                // (the connection was reset) is not the user's problem: just try again later.
                if (r.error().kind != Api::ApiError::Kind::Cancelled) {
                    Q_EMIT loadFailed(r.error().userMessage());
                }
                return;
            }
            const bool first = !m_hasRun;
            m_hasRun = true;
            m_run = r.value();
            m_complete = m_run.isComplete || !Api::isInProgress(m_run.status);
            m_schedule.succeeded();
            if (m_complete) {
                m_schedule.stop(); // a finished run does not change: nothing needs polling
            }
            Q_EMIT runUpdated(m_run, first);
        })));
}

} // namespace Dbtc::Models
