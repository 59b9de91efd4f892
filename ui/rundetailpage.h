// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/runrecord.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace Dbtc::Api {
class ApiJob;
class Client;
struct Run;
} // namespace Dbtc::Api

namespace Dbtc::Ui {

//! \brief Placeholder for the run detail (its own issue): the run's header fields and its
//! steps, fetched once with include_related=run_steps. Esc or Back returns to the dashboard.
class RunDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailPage)

public:
    explicit RunDetailPage(QWidget *parent = nullptr);

    void showRun(const Models::RunRecord &run, Api::Client *client);
    qint64 runId() const { return m_run.id; }
    QTreeWidget *stepsView() const { return m_steps; }
    QString stepsStateText() const;

Q_SIGNALS:
    void backRequested();

private:
    void fillHeader(const Models::RunRecord &run);
    void fillSteps(const Api::Run &run);

    Models::RunRecord m_run;
    QPointer<Api::ApiJob> m_job;
    QLabel *m_title;
    QLabel *m_status;
    QFormLayout *m_form;
    QTreeWidget *m_steps;
    QLabel *m_stepsState;
};

} // namespace Dbtc::Ui
