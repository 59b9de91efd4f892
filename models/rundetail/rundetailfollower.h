// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Dbtc::Api {
class ApiJob;
class Client;
} // namespace Dbtc::Api

namespace Dbtc::Models {

//! \brief Loads one run with its steps and, while it is in progress, polls it every few
//! seconds until it completes. Stops when told to, pauses while inactive (view hidden), and
//! drops replies that belong to a run no longer followed.
class RunDetailFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailFollower)

public:
    explicit RunDetailFollower(QObject *parent = nullptr);
    ~RunDetailFollower() override;

    void follow(Api::Client *client, qint64 runId);
    void stop();
    //! Inactive: no requests; becoming active again polls at once if the run is not complete.
    void setActive(bool active);
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    //! Polls now (e.g. the user pressed Refresh).
    void refresh();

    qint64 runId() const { return m_runId; }
    bool isFollowing() const { return m_runId != 0 && !m_complete; }
    bool hasRun() const { return m_hasRun; }
    const Api::Run &run() const { return m_run; }

Q_SIGNALS:
    //! A fresh state of the run (with steps); \a first is true for the first answer.
    void runUpdated(const Dbtc::Api::Run &run, bool first);
    void loadFailed(const QString &message);

private:
    void poll();

    QPointer<Api::Client> m_client;
    QPointer<Api::ApiJob> m_job;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{3000};
    qint64 m_runId = 0;
    quint64 m_generation = 0;
    bool m_active = true;
    bool m_complete = false;
    bool m_hasRun = false;
    int m_errors = 0;
    Api::Run m_run;
};

} // namespace Dbtc::Models
