// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <chrono>
#include <optional>

class QListView;
class QTabWidget;

namespace Dbtc::Models {
class RunDetail;
class RunDetailSteps;
class TriageFetcher;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class LogViewer;
class RunDetailHeader;
class TimingChart;
class TriageView;

//! \brief One run in detail: header, steps, and tabs for the failure triage, the selected
//! step's log (console or full debug log) and the model timing. Follows the run live while it
//! is in progress (steps and the selected step's log update), stops when hidden or when
//! another run is shown. Opening a failed run selects the failed step and shows its failing
//! nodes with message and compiled SQL.
class RunDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailView)

public:
    enum Tab { FailuresTab, LogTab, TimingTab };

    explicit RunDetailView(QWidget *parent = nullptr);
    ~RunDetailView() override;

    //! Shows \a runId through \a detail (the run's connection's RunDetail), which loads it and
    //! follows it until it completes. Binding another connection's RunDetail stops the previous
    //! one. \a webHref is the run's page in dbt Cloud (the run's own href is used when empty).
    void showRun(Models::RunDetail *detail, qint64 runId, const QUrl &webHref = {});
    //! Stops following and shows nothing.
    void clear();

    //! Where the actions issue adds Cancel / Retry (object name "actions").
    QWidget *actionsArea() const;

    qint64 runId() const { return m_runId; }

    //! The latest state of the run; null until the first answer.
    const Api::Run *run() const;
    //! The selected step's 1-based index, or 0.
    int currentStepIndex() const;
    void selectStep(int stepIndex);
    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    //! For tests: applied to the bound RunDetail and to later ones.
    void setPollInterval(std::chrono::milliseconds interval);
    Models::RunDetail *runDetail() const;

    // The parts, for the main window's shortcuts and for tests.
    RunDetailHeader *header() const { return m_header; }

    TriageView *triageView() const { return m_triage; }

    LogViewer *logViewer() const { return m_log; }

    TimingChart *timingChart() const { return m_timing; }

    QListView *stepList() const { return m_steps; }

    Models::RunDetailSteps *stepModel() const { return m_stepModel; }

    Models::TriageFetcher *triageFetcher() const;

Q_SIGNALS:
    void openInBrowserRequested(const QUrl &url);
    void openArtifactRequested(qint64 runId, int step, const QString &path);
    //! Every fresh state of the shown run (the actions issue enables its buttons on it).
    void runUpdated(const Dbtc::Api::Run &run);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void bind(Models::RunDetail *detail);
    void onRunUpdated(const Api::Run &run, bool first);
    void onStepSelected();
    void showStepLog(bool scrollToProblem);
    void loadDebugLog();
    void loadTiming();

    QPointer<Models::RunDetail> m_detail; //!< owned by the connection's session
    Models::RunDetailSteps *m_stepModel;
    RunDetailHeader *m_header;
    QListView *m_steps;
    QTabWidget *m_tabs;
    TriageView *m_triage;
    LogViewer *m_log;
    TimingChart *m_timing;

    std::optional<std::chrono::milliseconds> m_pollInterval;
    bool m_active = true; // shown (or never hidden): the bound RunDetail may poll
    bool m_wasInProgress = false;
    qint64 m_runId = 0;
    QUrl m_webHref;
    bool m_userPickedStep = false;
    qint64 m_logStepId = 0; // the step whose log is shown (id, not index)
    bool m_logIsDebug = false;
    bool m_selecting = false; // a programmatic selection, not the user's pick
    int m_timingStep = -1; // the step whose timing is shown or loading
};

} // namespace Dbtc::Ui
