// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' GUI-stall meter (bench_history, bench_pulse): a 1 ms timer runs while the
// work does, and the largest gap between its ticks is the longest time the event loop could
// not answer. Measure an idle event loop the same way in the same run as the machine's floor.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace Dbtc::Bench {

//! The largest gap between ticks of a 1 ms timer while work runs in the event loop.
struct StallMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;

    StallMeter()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            tick();
        });
    }

    void start()
    {
        worst = 0;
        clock.start();
        last = 0;
        timer.start();
    }

    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    }

    //! The longest stall since start(), in ms.
    double stop()
    {
        tick();
        timer.stop();
        return double(worst) / 1e6;
    }
};

} // namespace Dbtc::Bench
