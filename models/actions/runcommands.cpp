// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actions/runcommands.h"

#include "api/client.h"
#include "models/actions/stepselectionpreview.h"
#include "models/common/writeaccess.h"

#include <QTimer>

#include <algorithm>
#include <memory>

namespace Dbtc::Models {

namespace {

//! The client's callbacks always go to RunCommands (so the in-flight sets are cleared even
//! when the caller's dialog is gone); the caller's callback runs only while its context lives.
template <typename T> RunCommands::Done<T> guarded(QObject *context, RunCommands::Done<T> done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return [guard, hasContext, done = std::move(done)](const Api::Result<T> &r) {
        if (done && (!hasContext || guard)) {
            done(r);
        }
    };
}

} // namespace

RunCommands::RunCommands(Api::Client *client, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_clientObject(client)
    , m_client(client)
    , m_readOnly(readOnly)
{ }

RunCommands::~RunCommands() = default;

Api::Client *RunCommands::client() const
{
    return m_clientObject ? m_client : nullptr;
}

bool RunCommands::isConnected() const
{
    return client() != nullptr;
}

bool RunCommands::isReadOnly() const
{
    const Api::Client *c = client();
    return m_readOnly || (c && c->isReadOnly());
}

void RunCommands::setReadOnly(bool readOnly)
{
    const bool before = isReadOnly();
    m_readOnly = readOnly;
    if (isReadOnly() != before) {
        Q_EMIT readOnlyChanged(isReadOnly());
    }
}

void RunCommands::setWriteAccess(WriteAccess *access)
{
    if (m_access) {
        disconnect(m_access, nullptr, this, nullptr);
    }
    m_access = access;
    if (access) {
        connect(access, &WriteAccess::changed, this, &RunCommands::writeAccessChanged);
    }
    Q_EMIT writeAccessChanged();
}

QString RunCommands::whyNotWritable() const
{
    const auto *access = qobject_cast<const WriteAccess *>(m_access.data());
    return access ? access->whyNot(WriteArea::Runs) : QString();
}

CommandRefusal RunCommands::refusal() const
{
    if (!isConnected()) {
        return CommandRefusal::NotConnected;
    }
    if (isReadOnly()) {
        return CommandRefusal::ReadOnly;
    }
    return whyNotWritable().isEmpty() ? CommandRefusal::None : CommandRefusal::Forbidden;
}

QList<Api::Run> RunCommands::cancellable(const QList<Api::Run> &runs) const
{
    QList<Api::Run> out;
    for (const Api::Run &r : runs) {
        if (Api::isInProgress(r.status) && !m_cancelling.contains(r.id)) {
            out << r;
        }
    }
    return out;
}

bool RunCommands::canRetry(const Api::Run &run) const
{
    return run.id > 0 && run.status == Api::RunStatus::Error && !m_retrying.contains(run.id);
}

bool RunCommands::canRerunFromStart(const Api::Run &run) const
{
    return run.id > 0 && !Api::isInProgress(run.status)
        && !m_triggering.contains(run.jobDefinitionId);
}

void RunCommands::reportFailure(const Api::ApiError &error)
{
    if (auto *access = qobject_cast<WriteAccess *>(m_access.data())) {
        access->noteError(WriteArea::Runs, error); // a 403 disables the run actions from now on
    }
    if (error.outcomeUnknown) {
        Q_EMIT outcomeUnknown(error);
    }
}

CommandRefusal RunCommands::trigger(qint64 jobId,
    const QString &jobName,
    const Api::TriggerRequest &request,
    QObject *context,
    Done<Api::Run> done)
{
    if (const CommandRefusal r = refusal(); r != CommandRefusal::None) {
        return r;
    }
    if (jobId <= 0) {
        return CommandRefusal::NothingToDo;
    }
    // One click, one run: whatever asks (dialog, shortcut, a rerun of the same job).
    if (m_triggering.contains(jobId)) {
        return CommandRefusal::InFlight;
    }
    m_triggering.insert(jobId);
    Q_EMIT inFlightChanged();
    sendTrigger(jobId, jobName, request, context, std::move(done));
    return CommandRefusal::None;
}

void RunCommands::sendTrigger(qint64 jobId,
    const QString &jobName,
    const Api::TriggerRequest &request,
    QObject *context,
    Done<Api::Run> done)
{
    auto deliver = guarded(context, std::move(done));
    client()->triggerJob(
        jobId, request, this, [this, jobId, jobName, deliver](const Api::Result<Api::Run> &r) {
            m_triggering.remove(jobId);
            Q_EMIT inFlightChanged();
            if (!r.ok()) {
                reportFailure(r.error());
                return deliver(r);
            }
            Api::Run run = *r;
            if (run.jobName.isEmpty()) {
                run.jobName = jobName;
            }
            deliver(run);
            Q_EMIT runStarted(run);
        });
}

CommandRefusal RunCommands::retryFromFailure(
    const Api::Run &run, QObject *context, Done<Api::Run> done)
{
    if (const CommandRefusal r = refusal(); r != CommandRefusal::None) {
        return r;
    }
    if (run.id <= 0) {
        return CommandRefusal::NothingToDo;
    }
    if (m_retrying.contains(run.id)) {
        return CommandRefusal::InFlight;
    }
    m_retrying.insert(run.id);
    Q_EMIT inFlightChanged();
    auto deliver = guarded(context, std::move(done));
    client()->retryRun(run.id, this, [this, run, deliver](const Api::Result<Api::Run> &r) {
        m_retrying.remove(run.id);
        Q_EMIT inFlightChanged();
        if (!r.ok()) {
            reportFailure(r.error());
            return deliver(r);
        }
        Api::Run started = *r;
        if (started.jobName.isEmpty()) {
            started.jobName = run.jobName;
        }
        deliver(started);
        Q_EMIT runStarted(started);
    });
    return CommandRefusal::None;
}

QString RunCommands::rerunCause(qint64 runId)
{
    return tr("Rerun of run #%1 from start").arg(runId);
}

Api::TriggerRequest RunCommands::rerunRequest(const Api::Run &run)
{
    Api::TriggerRequest request;
    request.cause = rerunCause(run.id);
    if (run.trigger) {
        request.overrides = run.trigger->overrides;
        // A retry's steps are "dbt retry" + leftovers: from start means the job's own steps.
        const auto &steps = request.overrides.stepsOverride;
        if (steps && steps->contains(QStringLiteral("dbt retry"))) {
            request.overrides.stepsOverride.reset();
        }
    }
    return request;
}

CommandRefusal RunCommands::rerunFromStart(
    const Api::Run &run, QObject *context, Done<Api::Run> done)
{
    if (const CommandRefusal r = refusal(); r != CommandRefusal::None) {
        return r;
    }
    const qint64 jobId = run.jobDefinitionId;
    if (run.id <= 0 || jobId <= 0) {
        return CommandRefusal::NothingToDo;
    }
    if (m_triggering.contains(jobId)) {
        return CommandRefusal::InFlight;
    }
    m_triggering.insert(jobId);
    Q_EMIT inFlightChanged();
    if (run.trigger) {
        sendTrigger(jobId, run.jobName, rerunRequest(run), context, std::move(done));
        return CommandRefusal::None;
    }
    // The run's overrides live in its trigger; fetch them rather than silently dropping them.
    Api::RunInclude include;
    include.trigger = true;
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    client()->getRun(run.id,
        include,
        this,
        [this, run, jobId, guard, hasContext, done](const Api::Result<Api::Run> &r) {
            if (!r.ok() || !client()) {
                m_triggering.remove(jobId);
                Q_EMIT inFlightChanged();
                if (done && (!hasContext || guard)) {
                    done(r);
                }
                return;
            }
            Api::Run full = *r;
            if (full.jobName.isEmpty()) {
                full.jobName = run.jobName;
            }
            // A context gone meanwhile still gets its rerun: the user asked for it.
            sendTrigger(jobId,
                full.jobName,
                rerunRequest(full),
                hasContext ? guard.data() : nullptr,
                hasContext && !guard ? Done<Api::Run>() : done);
        });
    return CommandRefusal::None;
}

CommandRefusal RunCommands::cancel(const QList<Api::Run> &runs, QObject *context, CancelDone done)
{
    if (const CommandRefusal r = refusal(); r != CommandRefusal::None) {
        return r;
    }
    const QList<Api::Run> targets = cancellable(runs);
    if (targets.isEmpty()) {
        const bool anyInFlight = std::any_of(runs.cbegin(), runs.cend(), [this](const Api::Run &r) {
            return m_cancelling.contains(r.id);
        });
        return anyInFlight ? CommandRefusal::InFlight : CommandRefusal::NothingToDo;
    }
    auto outcome = std::make_shared<CancelOutcome>();
    outcome->asked = int(targets.size());
    auto pending = std::make_shared<int>(outcome->asked);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    for (const Api::Run &target : targets) {
        m_cancelling.insert(target.id);
    }
    Q_EMIT inFlightChanged();
    for (const Api::Run &target : targets) {
        client()->cancelRun(target.id, this, [=, this](const Api::Result<Api::Run> &r) {
            m_cancelling.remove(target.id);
            if (r.ok()) {
                Api::Run run = *r;
                if (run.jobName.isEmpty()) {
                    run.jobName = target.jobName;
                }
                outcome->changed << run;
                Q_EMIT runChanged(run);
            } else {
                outcome->failedRuns << target;
                outcome->failedErrors << r.error();
                reportFailure(r.error());
            }
            if (--*pending > 0) {
                return;
            }
            Q_EMIT inFlightChanged();
            if (done && (!hasContext || guard)) {
                done(*outcome);
            }
        });
    }
    return CommandRefusal::None;
}

void RunCommands::fetchRetryDetails(qint64 runId, QObject *context, Done<Api::RetryDetails> done)
{
    if (Api::Client *c = client()) {
        c->getRetryDetails(runId, context, std::move(done));
    }
}

void RunCommands::fetchJob(qint64 jobId, QObject *context, Done<Api::Job> done)
{
    if (Api::Client *c = client()) {
        c->getJob(jobId, context, std::move(done), { QStringLiteral("environment") });
        return;
    }
    // No client (the connection has no token yet): answer, so a job page never waits forever.
    Api::ApiError error = Api::ApiError::make(
        Api::ApiError::Kind::Network, QStringLiteral("no client for this connection"));
    error.message = tr("Not connected: this connection has no token. Edit the connection to add "
                       "one.");
    QTimer::singleShot(0, context ? context : this, [done = std::move(done), error] {
        done(error);
    });
}

void RunCommands::fetchActiveRuns(qint64 jobId, QObject *context, Done<QList<Api::Run>> done)
{
    Api::Client *c = client();
    if (!c) {
        return;
    }
    Api::RunQuery query;
    query.jobDefinitionId = jobId;
    query.statusIn = { Api::RunStatus::Queued, Api::RunStatus::Starting, Api::RunStatus::Running };
    query.orderBy = QStringLiteral("id");
    query.includeRelated = { QStringLiteral("job") };
    query.limit = 10;
    using PageResult = Api::Result<Api::Page<Api::Run>>;
    c->listRuns(query, context, [done = std::move(done)](const PageResult &r) {
        if (r.ok()) {
            done(r->items);
        } else {
            done(r.error());
        }
    });
}

void RunCommands::setStepPreviewer(StepSelectionPreviewer *previewer)
{
    m_previewer = previewer;
}

void RunCommands::previewSteps(qint64 environmentId,
    const QStringList &steps,
    QObject *context,
    std::function<void(const StepSelectionPreview &)> done)
{
    if (!m_previewer) {
        StepSelectionPreview p;
        p.error = tr("Not connected.");
        done(p);
        return;
    }
    m_previewer->preview(environmentId, steps, context, std::move(done));
}

void RunCommands::previewRetryNodes(const Api::Run &run,
    const QString &failedStepName,
    QObject *context,
    std::function<void(const RetryNodes &)> done)
{
    if (!m_previewer) {
        RetryNodes r;
        r.error = tr("Not connected.");
        done(r);
        return;
    }
    m_previewer->retryNodes(run, failedStepName, context, std::move(done));
}

} // namespace Dbtc::Models
