// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/rundetailview.h"

#include "models/rundetail/rundetail.h"
#include "models/rundetail/rundetailsteps.h"
#include "models/rundetail/timingdata.h"
#include "models/rundetail/triagefetcher.h"
#include "ui/rundetail/logview.h"
#include "ui/rundetail/logviewer.h"
#include "ui/rundetail/rundetailheader.h"
#include "ui/rundetail/rundetailsteps.h"
#include "ui/rundetail/timingchart.h"
#include "ui/rundetail/triageview.h"

#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

RunDetailView::RunDetailView(QWidget *parent)
    : QWidget(parent)
    , m_stepModel(new Models::RunDetailSteps(this))
    , m_header(new RunDetailHeader(this))
    , m_steps(new QListView(this))
    , m_tabs(new QTabWidget(this))
    , m_triage(new TriageView(this))
    , m_log(new LogViewer(this))
    , m_timing(new TimingChart(this))
{
    m_steps->setModel(m_stepModel);
    m_steps->setItemDelegate(new RunDetailStepDelegate(m_steps));
    m_steps->setAccessibleName(tr("Run steps"));
    m_steps->setMinimumWidth(220);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setTextElideMode(Qt::ElideMiddle);
    m_steps->setUniformItemSizes(true);
    m_tabs->addTab(m_triage, tr("Failures"));
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(m_timing, tr("Model timing"));
    m_log->setDebugSwitchVisible(true);

    auto *stepsPane = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsPane);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(new QLabel(tr("Steps"), stepsPane));
    stepsLayout->addWidget(m_steps, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(stepsPane);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 330, 1100 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    connect(m_header,
        &RunDetailHeader::openInBrowserRequested,
        this,
        &RunDetailView::openInBrowserRequested);
    connect(m_steps->selectionModel(),
        &QItemSelectionModel::currentChanged,
        this,
        &RunDetailView::onStepSelected);
    connect(m_log, &LogViewer::debugLogRequested, this, [this](bool debug) {
        m_logIsDebug = debug;
        m_logStepId = 0; // force a reload of the chosen log
        showStepLog(false);
    });
    connect(
        m_triage, &TriageView::openArtifactRequested, this, [this](int step, const QString &path) {
            Q_EMIT openArtifactRequested(m_runId, step, path);
        });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == TimingTab) {
            loadTiming();
        }
    });
}

RunDetailView::~RunDetailView() = default;

void RunDetailView::bind(Models::RunDetail *detail)
{
    if (detail == m_detail) {
        return;
    }
    if (m_detail) {
        m_detail->stop(); // the page shows one run at a time, whatever the connection
        disconnect(m_detail, nullptr, this, nullptr);
        disconnect(m_detail->triage(), nullptr, this, nullptr);
        disconnect(m_detail, nullptr, m_header, nullptr);
    }
    m_detail = detail;
    m_triage->bind(detail ? detail->triage() : nullptr, detail ? detail->history() : nullptr);
    if (!detail) {
        return;
    }
    if (m_pollInterval) {
        detail->setPollInterval(*m_pollInterval);
    }
    detail->setActive(m_active);
    connect(detail, &Models::RunDetail::runUpdated, this, &RunDetailView::onRunUpdated);
    connect(detail, &Models::RunDetail::loadFailed, m_header, &RunDetailHeader::setError);
    connect(detail,
        &Models::RunDetail::debugLogLoaded,
        this,
        [this](qint64 stepId, const QString &text, const QString &notice) {
            if (!m_logIsDebug || stepId != m_logStepId) {
                return;
            }
            m_log->setNotice(notice);
            m_log->setText(text);
        });
    connect(detail,
        &Models::RunDetail::debugLogFailed,
        this,
        [this](qint64 stepId, const QString &message) {
            if (m_logIsDebug && stepId == m_logStepId) {
                m_log->setNotice(tr("Could not fetch the debug log: %1").arg(message));
            }
        });
    connect(detail,
        &Models::RunDetail::timingLoaded,
        this,
        [this](int step, const Models::TimingData &data) {
            if (step == m_timingStep) {
                m_timing->setData(data);
            }
        });
    connect(
        detail, &Models::RunDetail::timingFailed, this, [this](int step, const QString &message) {
            if (step != m_timingStep) {
                return;
            }
            m_timing->setMessage(message);
            m_timingStep = -1;
        });
    connect(detail->triage(), &Models::TriageFetcher::stepChanged, this, [this] {
        int nodes = 0;
        if (m_detail) {
            for (const Models::StepTriage &s : m_detail->triage()->steps()) {
                nodes += int(s.nodes.size());
            }
        }
        m_tabs->setTabText(FailuresTab, nodes ? tr("Failures (%1)").arg(nodes) : tr("Failures"));
    });
}

Models::RunDetail *RunDetailView::runDetail() const
{
    return m_detail;
}

Models::TriageFetcher *RunDetailView::triageFetcher() const
{
    return m_detail ? m_detail->triage() : nullptr;
}

QWidget *RunDetailView::actionsArea() const
{
    return m_header->actionsArea();
}

const Api::Run *RunDetailView::run() const
{
    return m_detail ? m_detail->run() : nullptr;
}

void RunDetailView::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollInterval = interval;
    if (m_detail) {
        m_detail->setPollInterval(interval);
    }
}

void RunDetailView::clear()
{
    if (m_detail) {
        m_detail->stop();
    }
    m_stepModel->clear();
    m_log->document()->clear();
    m_timing->setData({});
    m_runId = 0;
    m_logStepId = 0;
    m_timingStep = -1;
    m_userPickedStep = false;
    m_wasInProgress = false;
}

void RunDetailView::showRun(Models::RunDetail *detail, qint64 runId, const QUrl &webHref)
{
    clear();
    bind(detail);
    m_runId = runId;
    m_webHref = webHref;
    m_header->setLoading(runId);
    m_tabs->setTabText(FailuresTab, tr("Failures"));
    if (m_detail) {
        m_detail->show(runId); // forgets the previous run's triage first
    } else {
        m_header->setError(tr("Not connected to dbt Cloud."));
    }
    // Nothing of the previous run stays listed while this one loads (or fails to).
    m_triage->setRun({});
}

void RunDetailView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_active = true;
    if (m_detail) {
        m_detail->setActive(true);
    }
}

void RunDetailView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_active = false;
    if (m_detail) {
        m_detail->setActive(false);
    }
}

int RunDetailView::currentStepIndex() const
{
    const QModelIndex i = m_steps->currentIndex();
    return i.isValid() ? i.data(Models::RunDetailSteps::StepIndexRole).toInt() : 0;
}

void RunDetailView::selectStep(int stepIndex)
{
    const int row = m_stepModel->rowOfIndex(stepIndex);
    if (row >= 0) {
        m_steps->setCurrentIndex(m_stepModel->index(row));
    }
}

void RunDetailView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

RunDetailView::Tab RunDetailView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void RunDetailView::onRunUpdated(const Api::Run &run, bool first)
{
    // The run detail has already passed the run to its triage, so the follower's state is
    // this one: "was it running" is read from the steps shown until now.
    const bool wasRunning = !first && m_wasInProgress;
    m_wasInProgress = Api::isInProgress(run.status);
    m_header->setRun(run, m_webHref);
    m_triage->setRun(run);
    m_stepModel->setSteps(run.id, run.steps, QDateTime::currentDateTimeUtc());
    Q_EMIT runUpdated(run);

    // Which step to show: the failed one for a red run, the running one while it runs, unless
    // the user picked one.
    const int failedRow = m_stepModel->firstFailedRow();
    int row = -1;
    if (!m_userPickedStep || first) {
        if (failedRow >= 0) {
            row = failedRow;
        } else if (m_stepModel->rowCount() > 0) {
            row = m_stepModel->rowCount() - 1;
        }
    }
    if (row >= 0 && row != m_steps->currentIndex().row()) {
        m_selecting = true;
        m_steps->setCurrentIndex(m_stepModel->index(row));
        m_selecting = false;
    } else {
        showStepLog(false); // the same step: its log may have grown
    }
    if (first || (wasRunning && !Api::isInProgress(run.status))) {
        if (run.status == Api::RunStatus::Error) {
            setCurrentTab(FailuresTab);
        } else if (first) {
            setCurrentTab(LogTab);
        }
    }
    if (!m_userPickedStep) { // the user's own choice of step keeps the user's follow setting
        m_log->setFollowTail(Api::isInProgress(run.status));
    }
}

void RunDetailView::onStepSelected()
{
    if (!m_selecting) {
        m_userPickedStep = true;
    }
    showStepLog(true);
    if (currentTab() == TimingTab) {
        loadTiming();
    }
}

void RunDetailView::showStepLog(bool scrollToProblem)
{
    const int row = m_steps->currentIndex().row();
    if (row < 0 || row >= m_stepModel->steps().size()) {
        return;
    }
    const Api::RunStep &step = m_stepModel->steps().at(row);
    m_log->setSuggestedFileName(QStringLiteral("run-%1-step-%2%3.log")
                                    .arg(m_runId)
                                    .arg(step.index)
                                    .arg(m_logIsDebug ? QStringLiteral("-debug") : QString()));
    if (m_logIsDebug) {
        if (m_logStepId != step.id || Api::isInProgress(step.status)) {
            loadDebugLog();
        }
        m_logStepId = step.id;
        return;
    }
    const bool changedStep = m_logStepId != step.id;
    m_logStepId = step.id;
    m_log->setNotice(Api::isInProgress(step.status)
            ? tr("Live: while a step runs, dbt Cloud sends the last 1,000 lines of its log; "
                 "the whole log arrives when the step ends.")
            : QString());
    m_log->setText(step.logs);
    if (changedStep && scrollToProblem && step.status == Api::RunStatus::Error) {
        m_log->jumpToProblem(true, false);
    }
}

void RunDetailView::loadDebugLog()
{
    const int row = m_steps->currentIndex().row();
    if (!m_detail || row < 0) {
        return;
    }
    const Api::RunStep step = m_stepModel->steps().at(row);
    m_log->setNotice(tr("Fetching the full debug log of step %1…").arg(step.index));
    m_detail->fetchDebugLog(step);
}

void RunDetailView::loadTiming()
{
    const int step = currentStepIndex();
    const Api::Run *r = run();
    if (!m_detail || !r || step <= 0 || step == m_timingStep) {
        return;
    }
    if (Api::isInProgress(r->status)) {
        m_timing->setData({});
        m_timing->setMessage(
            tr("Model timing appears when the run has finished (artifacts are saved at the end)."));
        return;
    }
    m_timingStep = step;
    m_timing->setData({});
    m_timing->setMessage(tr("Reading run_results.json of step %1…").arg(step));
    m_detail->fetchTiming(step);
}

} // namespace Dbtc::Ui
