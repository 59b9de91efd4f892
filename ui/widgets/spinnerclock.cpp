// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/spinnerclock.h"

#include <QCoreApplication>
#include <QMetaMethod>

namespace Dbtc::Ui {

SpinnerClock::SpinnerClock(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Listeners are disconnected when they die; no wake-ups once the last one is gone.
        if (!isSignalConnected(QMetaMethod::fromSignal(&SpinnerClock::tick))) {
            m_timer.stop();
            return;
        }
        Q_EMIT tick();
    });
}

SpinnerClock *SpinnerClock::instance()
{
    static SpinnerClock *clock = new SpinnerClock(QCoreApplication::instance());
    return clock;
}

qreal SpinnerClock::phase() const
{
    return qreal(m_clock.elapsed() % kRevolutionMs) / kRevolutionMs;
}

void SpinnerClock::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&SpinnerClock::tick) && !m_timer.isActive()) {
        m_timer.start();
    }
}

} // namespace Dbtc::Ui
