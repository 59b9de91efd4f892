// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Dbtc::Api {
class Client;
struct ApiError;
} // namespace Dbtc::Api

namespace Dbtc::Models {

//! \brief The one poll clock of the model layer; every poller (runs, run detail, navigator
//! tree) owns one and polls when it emits due().
//!
//!  - fast while something is in flight (setBusy(true)), slow when idle;
//!  - paused while inactive (hidden, or nothing needs it): no due() at all; becoming active
//!    again polls at once if a poll fell due meanwhile, else when it falls due;
//!  - one 429 pause: while the client's connection-wide rate-limit pause lasts nothing is due,
//!    and a poll that failed with 429 is retried when the pause ends, without backoff;
//!  - after consecutive errors, exponential backoff from twice the fast interval, with jitter
//!    (Api::RetryPolicy::backoff) and a short cap, so that the data is fresh again soon after
//!    the service is back (see Intervals::maxBackoff).
//!
//! The owner reports how each poll ended with succeeded() or failed(); until then no further
//! due() is emitted by the clock (pollNow() still emits one).
class PollSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollSchedule)

public:
    struct Intervals
    {
        std::chrono::milliseconds fast { 3000 }; //!< something is in flight
        std::chrono::milliseconds slow { 30000 }; //!< all quiet
        //! Cap of the error backoff (before jitter). 30 s, the slow interval: an error never
        //! makes a poller slower than it is when all is well, and after an outage the data is
        //! fresh within ~40 s of the service being back (cap + 25 % jitter + the client's own
        //! retries of the request). The old 300 s cap left the dashboard stale for 150 s after
        //! a 4-minute outage (issue 16). A failing poll costs a couple of GETs, so polling a
        //! down service twice a minute is cheap for it.
        std::chrono::milliseconds maxBackoff { 30000 };
        double jitter = 0.25; //!< of the backoff only: healthy polls keep their exact rhythm
    };
    enum class Start {
        Now, //!< poll at once
        AfterInterval, //!< the first poll falls due one interval from now
    };

    explicit PollSchedule(QObject *parent = nullptr);
    ~PollSchedule() override;

    void setIntervals(const Intervals &intervals);

    const Intervals &intervals() const { return m_intervals; }

    //! Follows \a client's rate-limit pause (null: none).
    void setClient(Api::Client *client);

    //! Starts the clock (again); Start::Now emits due() before returning when active.
    void start(Start when = Start::Now);
    //! No due() until start().
    void stop();

    //! Polls now (the user pressed Refresh): same as start().
    void pollNow() { start(Start::Now); }

    bool isStarted() const { return m_started; }

    //! False while nothing needs fresh data (window hidden, closed to tray with nothing to
    //! watch): no due() at all.
    void setActive(bool active);

    bool isActive() const { return m_active; }

    //! Something is in flight: the next poll comes after the fast interval.
    void setBusy(bool busy);

    bool isBusy() const { return m_busy; }

    //! Forgets earlier errors (a new scope starts without their backoff).
    void clearErrors() { m_errors = 0; }

    //! The poll that due() asked for ended well: the error count is reset.
    void succeeded();
    //! The poll ended with \a error: back off (a 429 waits out the pause instead).
    void failed(const Api::ApiError &error);

    //! A due() was emitted and its outcome is not reported yet.
    bool isPolling() const { return m_polling; }

    int consecutiveErrors() const { return m_errors; }

    //! The nominal wait after the last poll (backoff without its jitter).
    std::chrono::milliseconds currentInterval() const;
    //! Time until the next due(); -1 ms when none is scheduled (stopped, inactive, polling).
    std::chrono::milliseconds remaining() const;
    bool isRateLimited() const;

Q_SIGNALS:
    //! Time to poll. The receiver reports the outcome with succeeded() or failed().
    void due();

private:
    void fire();
    void arm();
    void planNext(std::chrono::milliseconds wait);

    qint64 now() const { return m_clock.elapsed(); }

    Intervals m_intervals;
    QPointer<Api::Client> m_client;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_dueAt = 0; //!< m_clock time of the next poll
    qint64 m_lastResultAt = -1;
    QDateTime m_pausedUntil; //!< the client's 429 pause (UTC), invalid when none
    int m_errors = 0;
    bool m_started = false;
    bool m_active = true;
    bool m_busy = false;
    bool m_polling = false;
};

} // namespace Dbtc::Models
