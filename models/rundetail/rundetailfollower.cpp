// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/rundetailfollower.h"

#include "api/client.h"

namespace Dbtc::Models {

RunDetailFollower::RunDetailFollower(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunDetailFollower::poll);
}

RunDetailFollower::~RunDetailFollower()
{
    stop();
}

void RunDetailFollower::follow(Api::Client *client, qint64 runId)
{
    stop();
    m_client = client;
    m_runId = runId;
    m_complete = false;
    m_hasRun = false;
    m_errors = 0;
    m_run = {};
    if (m_active)
        poll();
}

void RunDetailFollower::stop()
{
    ++m_generation;
    m_timer.stop();
    if (m_job)
        m_job->abort();
    m_job.clear();
}

void RunDetailFollower::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        m_timer.stop();
    } else if (m_runId && !m_complete && !m_job) {
        poll();
    }
}

void RunDetailFollower::refresh()
{
    if (m_runId && !m_job) {
        m_timer.stop();
        poll();
    }
}

void RunDetailFollower::poll()
{
    if (!m_client || !m_runId || !m_active)
        return;
    Api::RunInclude include;
    include.steps = true;
    const quint64 generation = m_generation;
    m_job = m_client->getRun(m_runId, include, this, [this, generation](const Api::Result<Api::Run> &r) {
        if (generation != m_generation)
            return;
        m_job.clear();
        if (!r.ok()) {
            if (r.error().kind == Api::ApiError::Kind::Cancelled)
                return;
            ++m_errors;
            Q_EMIT loadFailed(r.error().userMessage());
            // Keep following a live run through transient errors, backing off up to a minute.
            if (r.error().isTransient() && m_active) {
                const auto wait = std::min<std::chrono::milliseconds>(m_interval * (1 << std::min(m_errors, 5)),
                                                                      std::chrono::minutes(1));
                m_timer.start(wait);
            }
            return;
        }
        m_errors = 0;
        const bool first = !m_hasRun;
        m_hasRun = true;
        m_run = r.value();
        m_complete = m_run.isComplete || !Api::isInProgress(m_run.status);
        Q_EMIT runUpdated(m_run, first);
        if (!m_complete && m_active)
            m_timer.start(m_interval);
    });
}

} // namespace Dbtc::Models
