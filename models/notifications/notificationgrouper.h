// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Dbtc::Models {

//! \brief One desktop notification, already worded.
struct DesktopNotification
{
    QString title;
    QString body;
    bool anyFailed = false;
    int jobCount = 0; //!< jobs it covers (1 = a single run; more = a summary)
    QString connectionId; //!< set when jobCount == 1
    qint64 runId = 0; //!< set when jobCount == 1: clicking opens this run
};

//! \brief Groups and rate-limits "run finished" events into desktop notifications.
//!
//! Events wait for a short window so that a burst (a poll that brings five finished runs)
//! becomes one summary ("5 watched jobs finished: 3 failed"); within a window a job counts
//! once (its newest run). After a notification, the next one waits at least minInterval; what
//! arrives meanwhile is grouped into it. Nothing is dropped, only merged.
class NotificationGrouper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationGrouper)

public:
    explicit NotificationGrouper(QObject *parent = nullptr);
    ~NotificationGrouper() override;

    void setWindow(std::chrono::milliseconds window) { m_window = window; }

    void setMinInterval(std::chrono::milliseconds interval) { m_minInterval = interval; }

    void add(const QString &connectionId, const Api::Run &run);
    //! Emits what is pending now (e.g. before quitting); no-op when nothing is.
    void flush();

    int pendingCount() const { return int(m_pending.size()); }

    //! The wording of one notification for \a runs (newest per job), exposed for tests.
    static DesktopNotification compose(const QList<QPair<QString, Api::Run>> &runs);

Q_SIGNALS:
    void notify(const Dbtc::Models::DesktopNotification &notification);

private:
    QList<QPair<QString, Api::Run>> m_pending;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    std::chrono::milliseconds m_window { 1500 };
    std::chrono::milliseconds m_minInterval { 10000 };
};

//! \brief "failed", "succeeded", "was cancelled".
QString finishedVerb(Api::RunStatus status);

} // namespace Dbtc::Models
