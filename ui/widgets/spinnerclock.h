// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Dbtc::Ui {

//! \brief The one animation clock of in-progress glyphs: every spinner in every view reads the
//! same phase, so two running badges on screen turn together and at the same speed.
//! The timer runs only while something listens to tick().
class SpinnerClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpinnerClock)

public:
    static constexpr int kIntervalMs = 100; //!< ~10 fps is smooth enough for a badge arc
    static constexpr int kRevolutionMs = 1600; //!< one turn

    static SpinnerClock *instance();

    //! Position of every spinner, in [0, 1).
    qreal phase() const;

Q_SIGNALS:
    //! Every kIntervalMs while connected; views repaint what spins (and may count ticks).
    void tick();

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    explicit SpinnerClock(QObject *parent);

    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace Dbtc::Ui
