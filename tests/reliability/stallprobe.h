// SPDX-License-Identifier: GPL-3.0-or-later
// How late the GUI thread answers: a timer that should fire every period, and the worst
// lateness seen. A frozen event loop (a blocking parse, a synchronous layout) shows up here as
// a long stall, whatever the code that caused it. Shared by the fault matrix and the soak
// benchmark.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <chrono>

class StallProbe final : public QObject
{
public:
    explicit StallProbe(
        std::chrono::milliseconds period = std::chrono::milliseconds(20), QObject *parent = nullptr)
        : QObject(parent)
        , m_period(period)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(period);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 late = m_sinceLast.restart() - qint64(m_period.count());
            if (late > m_worst) {
                m_worst = late;
                m_worstAt = m_sinceStart.elapsed();
            }
            ++m_pings;
        });
    }

    void start()
    {
        m_worst = 0;
        m_worstAt = 0;
        m_pings = 0;
        m_sinceStart.start();
        m_sinceLast.start();
        m_timer.start();
    }

    void stop() { m_timer.stop(); }

    //! The longest time, beyond one period, the event loop did not run the timer (ms).
    qint64 worstStallMs() const { return m_worst; }

    //! When the longest stall ended, in ms since start().
    qint64 worstStallAtMs() const { return m_worstAt; }

    qint64 pings() const { return m_pings; }

private:
    std::chrono::milliseconds m_period;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    QElapsedTimer m_sinceStart;
    qint64 m_worst = 0;
    qint64 m_worstAt = 0;
    qint64 m_pings = 0;
};
