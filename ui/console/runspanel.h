// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/runrecord.h"
#include "models/console/runscope.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace Dbtc::Api { }

namespace Dbtc::Models {
class RunFilterProxyModel;
class RunListModel;
class RunPoller;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class JobStepsPanel;
class RunFilterBar;
class StatePage;
class StatusDelegate;

//! \brief The centre: the live runs dashboard of one scope, with its filters and its designed
//! loading, empty and error states. Owns the run model, its proxy and its poller.
class RunsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPanel)

public:
    //! Presents \a model kept live by \a poller (the Workspace's dashboard; not owned).
    RunsPanel(Models::RunListModel *model, Models::RunPoller *poller, QWidget *parent = nullptr);
    ~RunsPanel() override;

    //! Presents the scope the dashboard now polls (the Workspace switched it): title,
    //! filters for its level, loading state.
    void setScope(const Models::RunScope &scope, const QString &title);
    void clearScope();
    Models::RunScope scope() const;
    void refresh();

    Models::RunListModel *model() const { return m_model; }

    Models::RunFilterProxyModel *proxy() const { return m_proxy; }

    Models::RunPoller *poller() const { return m_poller; }

    QTableView *view() const { return m_view; }

    RunFilterBar *filterBar() const { return m_filters; }

    //! A job's steps and what each selects; hidden unless the scope is one job.
    JobStepsPanel *jobSteps() const { return m_jobSteps; }

    StatePage *statePage() const { return m_state; }

    //! The run under the cursor, or nullptr.
    const Models::RunRecord *currentRun() const;
    //! The selected runs (several for "cancel these"), in view order.
    QList<Models::RunRecord> selectedRuns() const;
    //! Makes \a runId the current, only selected row; false when it is not (yet) listed.
    bool selectRun(qint64 runId);

    //! The header's tool bar, left of "Open in dbt Cloud": the write actions go here.
    QToolBar *toolBar() const { return m_toolBar; }

Q_SIGNALS:
    //! Enter or double-click on a run.
    void runActivated(const Dbtc::Models::RunRecord &run);
    //! The selection changed (the actions follow it).
    void selectionChanged();
    //! Right click (or the menu key) on the runs table, at \a globalPos.
    void contextMenuRequested(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setTitle(const QString &title);
    void updateState();
    void onTick();
    void openCurrentInBrowser();

    Models::RunListModel *m_model;
    Models::RunFilterProxyModel *m_proxy;
    Models::RunPoller *m_poller;
    QLabel *m_title;
    QLabel *m_staleTag;
    QToolButton *m_openButton;
    QToolBar *m_toolBar;
    RunFilterBar *m_filters;
    JobStepsPanel *m_jobSteps;
    QStackedWidget *m_stack;
    QTableView *m_view;
    StatePage *m_state;
    StatusDelegate *m_statusDelegate;
    QString m_lastError;
    QString m_titleText;
    bool m_firstLoadFailed = false;
    int m_tick = 0;
};

} // namespace Dbtc::Ui
