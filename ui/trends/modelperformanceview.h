// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/history/modelperformance.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Dbtc::Ui {

//! \brief An environment's model performance from the local history: the slowest, most run,
//! most failing and fastest-growing nodes over 7 / 30 / 90 days, each with a sparkline of its
//! execution time. Double-clicking a node asks for its node page; the run column opens the
//! newest run that ran it. The shell reads the rankings and hands them in.
class ModelPerformanceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPerformanceView)

public:
    enum Ranking { Slowest, MostRun, MostFailing, FastestGrowing, RankingCount };

    explicit ModelPerformanceView(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setPerformance(const Models::ModelPerformance &performance);
    void setLoading();

    int days() const;
    void setDays(int days);

    QTableWidget *table(Ranking ranking) const { return m_tables[ranking]; }

    QLabel *summary() const { return m_summary; }

    QComboBox *windowBox() const { return m_window; }

Q_SIGNALS:
    void daysChanged(int days);
    void nodePageRequested(const QString &uniqueId, qint64 newestRunId, int step);
    void openRunRequested(qint64 runId);

private:
    void fill(Ranking ranking, const QList<Models::NodePerformance> &nodes);

    QLabel *m_title;
    QLabel *m_summary;
    QComboBox *m_window;
    QTableWidget *m_tables[RankingCount];
};

} // namespace Dbtc::Ui
