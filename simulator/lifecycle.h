// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/world.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace Dbtc::Sim {

//! Simulated UTC time: starts at the real "now", runs `speed` times faster than the wall clock
//! when life is on, and jumps forward on advance().
class SimClock
{
public:
    SimClock(const QDateTime &start, double speed, bool life);
    QDateTime now() const;
    void advance(qint64 seconds);

private:
    QDateTime m_start;
    QElapsedTimer m_real;
    double m_speed;
    bool m_life;
    qint64 m_offsetMs = 0;
};

//! Everything that makes the world move: creating runs (with a seeded plan of what they will
//! do), the queue and the Queued → Starting → Running → done state machine, cron triggers,
//! cancel and retry.
class Lifecycle
{
public:
    Lifecycle(World &world, SimClock &clock);

    //! Creates a run of `job` at `createdAt` (Queued, blocked behind an unfinished run).
    Run &createRun(Job &job, Trigger trigger, const QDateTime &createdAt);
    //! Moves every unfinished run forward to `now` and fires due cron schedules when `cron`.
    void step(const QDateTime &now, bool cron);
    //! Cancels an unfinished run ("Cancelled by user."); finished runs are left unchanged.
    void cancel(Run &run, const QDateTime &now);
    //! Retries a failed run from the failing step: a new run whose steps skip what succeeded.
    Run &retry(Run &failed, const QDateTime &now);
    //! Why a run cannot be retried (RETRY_* enum of the real API), or empty when it can.
    QString retryRefusal(const Run &run) const;
    //! Recomputes a job's next cron instant after `from`.
    void scheduleNext(Job &job, const QDateTime &from) const;

private:
    void plan(Run &run, const Job &job) const;
    void advanceRun(Run &run, const QDateTime &now);
    void fireCron(const QDateTime &now);

    World &m_world;
    SimClock &m_clock;
};

QString shaFor(quint64 seed, qint64 runId);

} // namespace Dbtc::Sim
