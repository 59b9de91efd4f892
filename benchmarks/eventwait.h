// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' wait (bench_watch, bench_pulse): runs the event loop until a condition
// holds, the way a test's QTRY would, without QtTest in a benchmark binary.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace Dbtc::Bench {

//! Processes events until \a done() is true (true) or \a timeoutMs passed (false).
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

} // namespace Dbtc::Bench
