// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rundetail/timingdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Dbtc::Ui {

//! \brief A Gantt of one step's nodes (custom painted): one lane per dbt thread (or folder, or
//! resource type), a bar per node from start to end, the slowest nodes drawn strong and
//! labelled, failures red, the critical path outlined and joined by a line.
class TimingGantt final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingGantt)

public:
    explicit TimingGantt(QWidget *parent = nullptr);

    void setData(const Models::TimingData &data);
    void setGrouping(Models::TimingGrouping grouping);

    const Models::TimingData &data() const { return m_data; }

    Models::TimingGrouping grouping() const { return m_grouping; }

    const QStringList &lanes() const { return m_lanes; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override; // tooltips per bar

private:
    QRectF barRect(int node) const;
    int laneTop(int lane) const;

    void layoutLanes();

    Models::TimingData m_data;
    Models::TimingGrouping m_grouping = Models::TimingGrouping::Thread;
    QStringList m_lanes;
    QList<int> m_laneOfNode;
    QList<int> m_highlight; // the slowest nodes
};

//! \brief The "Model timing" tab: the Gantt above, the slowest nodes below.
class TimingChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingChart)

public:
    static constexpr int SlowestCount = 10;

    explicit TimingChart(QWidget *parent = nullptr);

    void setData(const Models::TimingData &data);
    void setMessage(const QString &message);

    TimingGantt *gantt() const { return m_gantt; }

    QComboBox *groupingBox() const { return m_grouping; }

    QLabel *summary() const { return m_summary; }

    QTableWidget *slowestTable() const { return m_table; }

private:
    void fitGantt();

    QLabel *m_summary;
    QComboBox *m_grouping;
    QWidget *m_scroll = nullptr;
    TimingGantt *m_gantt;
    QTableWidget *m_table;
};

} // namespace Dbtc::Ui
