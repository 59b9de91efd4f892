// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/pollschedule.h"

#include "api/apierror.h"
#include "api/client.h"
#include "api/retrypolicy.h"

#include <algorithm>

namespace Dbtc::Models {

using std::chrono::milliseconds;

PollSchedule::PollSchedule(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollSchedule::fire);
}

PollSchedule::~PollSchedule() = default;

void PollSchedule::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
}

void PollSchedule::setClient(Api::Client *client)
{
    if (m_client == client) {
        return;
    }
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
    }
    m_client = client;
    m_pausedUntil = client && client->isRateLimited() ? client->rateLimitedUntil() : QDateTime();
    if (!client) {
        return;
    }
    connect(client, &Api::Client::rateLimited, this, [this](const QDateTime &until) {
        m_pausedUntil = until;
        arm();
    });
    connect(client, &Api::Client::rateLimitEnded, this, [this] {
        m_pausedUntil = QDateTime();
        arm();
    });
}

void PollSchedule::start(Start when)
{
    m_started = true;
    m_timer.stop();
    if (when == Start::AfterInterval) {
        planNext(currentInterval());
        return;
    }
    m_dueAt = now();
    if (m_active && !isRateLimited()) {
        fire();
    } else {
        arm();
    }
}

void PollSchedule::stop()
{
    m_started = false;
    m_polling = false;
    m_timer.stop();
}

void PollSchedule::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    if (active) {
        arm(); // at once when a poll fell due while inactive
    } else {
        m_timer.stop();
    }
}

void PollSchedule::setBusy(bool busy)
{
    if (m_busy == busy) {
        return;
    }
    m_busy = busy;
    // Something started (a trigger): do not sit out the rest of a slow interval.
    if (busy && m_errors == 0 && m_lastResultAt >= 0 && !m_polling) {
        m_dueAt = std::min(m_dueAt, m_lastResultAt + qint64(m_intervals.fast.count()));
        arm();
    }
}

void PollSchedule::succeeded()
{
    m_errors = 0;
    planNext(currentInterval());
}

void PollSchedule::failed(const Api::ApiError &error)
{
    if (error.kind == Api::ApiError::Kind::RateLimited) {
        // The client pauses the whole connection: poll again when the pause ends, with no
        // backoff on top (the pause already is the server's own backoff).
        if (error.retryAfter.isValid() && error.retryAfter > QDateTime::currentDateTimeUtc()
            && (!m_pausedUntil.isValid() || error.retryAfter > m_pausedUntil)) {
            m_pausedUntil = error.retryAfter;
        }
        planNext(milliseconds(0));
        return;
    }
    ++m_errors;
    planNext(Api::RetryPolicy::backoff(
        m_errors + 1, m_intervals.fast, m_intervals.maxBackoff, m_intervals.jitter));
}

milliseconds PollSchedule::currentInterval() const
{
    if (m_errors > 0) {
        return Api::RetryPolicy::backoff(
            m_errors + 1, m_intervals.fast, m_intervals.maxBackoff, 0.0);
    }
    return m_busy ? m_intervals.fast : m_intervals.slow;
}

milliseconds PollSchedule::remaining() const
{
    return m_timer.isActive() ? milliseconds(m_timer.remainingTime()) : milliseconds(-1);
}

bool PollSchedule::isRateLimited() const
{
    return m_pausedUntil.isValid() && m_pausedUntil > QDateTime::currentDateTimeUtc();
}

void PollSchedule::planNext(milliseconds wait)
{
    m_polling = false;
    m_lastResultAt = now();
    m_dueAt = m_lastResultAt + wait.count();
    arm();
}

void PollSchedule::arm()
{
    if (!m_started || !m_active || m_polling) {
        m_timer.stop();
        return;
    }
    qint64 wait = std::max<qint64>(0, m_dueAt - now());
    if (isRateLimited()) {
        wait = std::max(wait, QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil));
    }
    m_timer.start(milliseconds(wait));
}

void PollSchedule::fire()
{
    if (!m_started || !m_active) {
        return;
    }
    if (isRateLimited()) {
        arm();
        return;
    }
    m_polling = true;
    m_timer.stop();
    Q_EMIT due();
}

} // namespace Dbtc::Models
