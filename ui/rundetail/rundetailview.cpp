// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/rundetailview.h"

#include "api/client.h"
#include "models/rundetail/rundetailartifacts.h"
#include "models/rundetail/rundetailfollower.h"
#include "models/rundetail/rundetailsteps.h"
#include "models/rundetail/timingdata.h"
#include "models/rundetail/triagefetcher.h"
#include "models/rundetail/triagehistory.h"
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
    , m_artifacts(new Models::RunArtifacts(this))
    , m_follower(new Models::RunDetailFollower(this))
    , m_stepModel(new Models::RunDetailSteps(this))
    , m_fetcher(new Models::TriageFetcher(m_artifacts, this))
    , m_history(new Models::TriageHistory(m_artifacts, this))
    , m_header(new RunDetailHeader(this))
    , m_steps(new QListView(this))
    , m_tabs(new QTabWidget(this))
    , m_triage(new TriageView(m_fetcher, m_history, this))
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
    split->setSizes({330, 1100});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);

    connect(m_follower, &Models::RunDetailFollower::runUpdated, this, &RunDetailView::onRunUpdated);
    connect(m_follower, &Models::RunDetailFollower::loadFailed, m_header, &RunDetailHeader::setError);
    connect(m_header, &RunDetailHeader::openInBrowserRequested, this, &RunDetailView::openInBrowserRequested);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this, &RunDetailView::onStepSelected);
    connect(m_log, &LogViewer::debugLogRequested, this, [this](bool debug) {
        m_logIsDebug = debug;
        m_logStepId = 0; // force a reload of the chosen log
        showStepLog(false);
    });
    connect(m_triage, &TriageView::openArtifactRequested, this, [this](int step, const QString &path) {
        Q_EMIT openArtifactRequested(m_runId, step, path);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == TimingTab)
            loadTiming();
    });
    connect(m_fetcher, &Models::TriageFetcher::stepChanged, this, [this] {
        int nodes = 0;
        for (const Models::StepTriage &s : m_fetcher->steps())
            nodes += int(s.nodes.size());
        m_tabs->setTabText(FailuresTab, nodes ? tr("Failures (%1)").arg(nodes) : tr("Failures"));
    });
}

RunDetailView::~RunDetailView() = default;

QWidget *RunDetailView::actionsArea() const
{
    return m_header->actionsArea();
}

const Api::Run *RunDetailView::run() const
{
    return m_follower->hasRun() ? &m_follower->run() : nullptr;
}

void RunDetailView::setPollInterval(std::chrono::milliseconds interval)
{
    m_follower->setInterval(interval);
}

void RunDetailView::clear()
{
    ++m_generation;
    m_follower->stop();
    m_artifacts->abortAll();
    m_history->clear();
    m_fetcher->clear();
    if (m_debugJob)
        m_debugJob->abort();
    m_stepModel->clear();
    m_log->document()->clear();
    m_timing->setData({});
    m_runId = 0;
    m_logStepId = 0;
    m_timingStep = -1;
    m_userPickedStep = false;
}

void RunDetailView::showRun(Api::Client *client, qint64 runId, const QUrl &webHref)
{
    clear();
    m_client = client;
    m_runId = runId;
    m_webHref = webHref;
    m_artifacts->setClient(client);
    m_history->setClient(client);
    m_header->setLoading(runId);
    m_triage->setRun({});
    m_tabs->setTabText(FailuresTab, tr("Failures"));
    m_follower->follow(client, runId);
}

void RunDetailView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_follower->setActive(true);
}

void RunDetailView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_follower->setActive(false);
}

int RunDetailView::currentStepIndex() const
{
    const QModelIndex i = m_steps->currentIndex();
    return i.isValid() ? i.data(Models::RunDetailSteps::StepIndexRole).toInt() : 0;
}

void RunDetailView::selectStep(int stepIndex)
{
    const int row = m_stepModel->rowOfIndex(stepIndex);
    if (row >= 0)
        m_steps->setCurrentIndex(m_stepModel->index(row));
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
    const bool wasRunning = !first && m_stepModel->rowCount() > 0 && m_follower->isFollowing();
    m_header->setRun(run, m_webHref);
    m_triage->setRun(run);
    m_stepModel->setSteps(run.id, run.steps, QDateTime::currentDateTimeUtc());
    m_fetcher->setRun(run);
    Q_EMIT runUpdated(run);

    // Which step to show: the failed one for a red run, the running one while it runs, unless
    // the user picked one.
    const int failedRow = m_stepModel->firstFailedRow();
    int row = -1;
    if (!m_userPickedStep || first) {
        if (failedRow >= 0)
            row = failedRow;
        else if (m_stepModel->rowCount() > 0)
            row = m_stepModel->rowCount() - 1;
    }
    if (row >= 0 && row != m_steps->currentIndex().row()) {
        m_selecting = true;
        m_steps->setCurrentIndex(m_stepModel->index(row));
        m_selecting = false;
    } else {
        showStepLog(false); // the same step: its log may have grown
    }
    if (first || (wasRunning && !Api::isInProgress(run.status))) {
        if (run.status == Api::RunStatus::Error)
            setCurrentTab(FailuresTab);
        else if (first)
            setCurrentTab(LogTab);
    }
    if (!m_userPickedStep) // the user's own choice of step keeps the user's follow setting
        m_log->setFollowTail(Api::isInProgress(run.status));
}

void RunDetailView::onStepSelected()
{
    if (!m_selecting)
        m_userPickedStep = true;
    showStepLog(true);
    if (currentTab() == TimingTab)
        loadTiming();
}

void RunDetailView::showStepLog(bool scrollToProblem)
{
    const int row = m_steps->currentIndex().row();
    if (row < 0 || row >= m_stepModel->steps().size())
        return;
    const Api::RunStep &step = m_stepModel->steps().at(row);
    m_log->setSuggestedFileName(QStringLiteral("run-%1-step-%2%3.log").arg(m_runId).arg(step.index)
                                    .arg(m_logIsDebug ? QStringLiteral("-debug") : QString()));
    if (m_logIsDebug) {
        if (m_logStepId != step.id || Api::isInProgress(step.status))
            loadDebugLog();
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
    if (changedStep && scrollToProblem && step.status == Api::RunStatus::Error)
        m_log->jumpToProblem(true, false);
}

void RunDetailView::loadDebugLog()
{
    const int row = m_steps->currentIndex().row();
    if (!m_client || row < 0)
        return;
    const Api::RunStep step = m_stepModel->steps().at(row);
    if (m_debugJob)
        m_debugJob->abort();
    m_log->setNotice(tr("Fetching the full debug log of step %1…").arg(step.index));
    const quint64 generation = m_generation;
    m_debugJob = m_client->getStep(step.id, true, this, [this, step, generation](const Api::Result<Api::RunStep> &r) {
        if (generation != m_generation || !m_logIsDebug)
            return;
        if (!r.ok()) {
            if (r.error().kind != Api::ApiError::Kind::Cancelled)
                m_log->setNotice(tr("Could not fetch the debug log: %1").arg(r.error().userMessage()));
            return;
        }
        const QString text = r->debugLogs.isEmpty() ? r->truncatedDebugLogs : r->debugLogs;
        m_log->setNotice(r->debugLogs.isEmpty() && !text.isEmpty()
                             ? tr("dbt Cloud sent only the last 1,000 lines of the debug log of step %1.").arg(step.index)
                             : QString());
        m_log->setText(text);
    });
}

void RunDetailView::loadTiming()
{
    const int step = currentStepIndex();
    const Api::Run *r = run();
    if (!r || step <= 0 || step == m_timingStep)
        return;
    if (Api::isInProgress(r->status)) {
        m_timing->setData({});
        m_timing->setMessage(tr("Model timing appears when the run has finished (artifacts are saved at the end)."));
        return;
    }
    m_timingStep = step;
    m_timing->setData({});
    m_timing->setMessage(tr("Reading run_results.json of step %1…").arg(step));
    const qint64 runId = m_runId;
    m_artifacts->fetch(runId, step, QStringLiteral("run_results.json"),
                       [this, step, runId](const QString &file, const QString &error, bool notFound) {
        if (runId != m_runId || step != m_timingStep)
            return;
        if (file.isEmpty()) {
            m_timing->setMessage(notFound ? tr("Step %1 saved no run_results.json: only dbt commands have model timing.").arg(step)
                                          : tr("Could not read run_results.json of step %1: %2").arg(step).arg(error));
            m_timingStep = -1;
            return;
        }
        m_artifacts->parse<Models::TimingData>(file, [](const Models::RunArtifacts::Index &index, const QString &) {
            return index ? Models::timingFrom(*index) : Models::TimingData{};
        }, [this, step, runId](Models::TimingData data) {
            if (runId == m_runId && step == m_timingStep)
                m_timing->setData(data);
        });
    });
}

} // namespace Dbtc::Ui
