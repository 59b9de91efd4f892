// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/history/jobtrend.h"

#include <QWidget>

class QLabel;
class QSpinBox;

class QChart;
class QChartView;

namespace Dbtc::Ui {

//! \brief A job's run durations over its last N runs (Qt Charts): a point per run, the p50-p90
//! band behind them, runs above p90 and failed runs marked; success rate and queue time above.
//! Clicking a point asks to open that run. The shell reads the trend and hands it in.
class JobTrendView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTrendView)

public:
    static constexpr int DefaultRunCount = 50;

    explicit JobTrendView(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setTrend(const Models::JobTrend &trend);
    void setMessage(const QString &message);

    const Models::JobTrend &trend() const { return m_trend; }

    int runCount() const;

    QChartView *chartView() const { return m_view; }

    QLabel *summary() const { return m_summary; }

    //! Where the point of run \a runId is drawn, in chartView() coordinates (tests).
    QPoint pointOf(qint64 runId) const;

Q_SIGNALS:
    void openRunRequested(qint64 runId);
    void runCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Models::JobTrend m_trend;
    QLabel *m_title;
    QLabel *m_summary;
    QSpinBox *m_count;
    QChart *m_chart;
    QChartView *m_view;
};

} // namespace Dbtc::Ui
