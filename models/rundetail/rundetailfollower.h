// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"
#include "models/common/pollschedule.h"
#include "models/common/requesttracker.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace Dbtc::Api {
class Client;
} // namespace Dbtc::Api

namespace Dbtc::Models {

//! \brief Loads one run with its steps and, while it is in progress, polls it every few
//! seconds until it completes. Stops when told to, pauses while inactive (view hidden), and
//! drops replies that belong to a run no longer followed. Any failed load is retried with
//! the schedule's backoff, also a decode error (a proxy's broken page passes): the page never
//! stays on "Loading" waiting for F5.
class RunDetailFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailFollower)

public:
    explicit RunDetailFollower(QObject *parent = nullptr);
    ~RunDetailFollower() override;

    void follow(Api::Client *client, qint64 runId);
    void stop();
    //! Inactive: no requests; becoming active again polls at once if a poll fell due.
    void setActive(bool active);
    //! Poll interval while the run is in progress (also the base of the error backoff).
    void setInterval(std::chrono::milliseconds interval);
    //! Polls now (e.g. the user pressed Refresh).
    void refresh();

    qint64 runId() const { return m_runId; }

    bool isFollowing() const { return m_runId != 0 && !m_complete; }

    bool hasRun() const { return m_hasRun; }

    const Api::Run &run() const { return m_run; }

    const PollSchedule &schedule() const { return m_schedule; }

Q_SIGNALS:
    //! A fresh state of the run (with steps); \a first is true for the first answer.
    void runUpdated(const Dbtc::Api::Run &run, bool first);
    void loadFailed(const QString &message);

private:
    void poll();

    QPointer<Api::Client> m_client;
    PollSchedule m_schedule;
    RequestTracker m_requests; //!< after m_schedule: destroyed (and aborted) first
    qint64 m_runId = 0;
    bool m_complete = false;
    bool m_hasRun = false;
    Api::Run m_run;
};

} // namespace Dbtc::Models
