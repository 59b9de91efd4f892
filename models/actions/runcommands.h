// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "api/types/job.h"
#include "api/types/run.h"
#include "api/types/trigger.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

class StepSelectionPreviewer;
class WriteAccess;
struct StepSelectionPreview;
struct RetryNodes;

//! \brief Why a command was not sent. Nothing reached the server and no callback runs.
enum class CommandRefusal {
    None, //!< sent; the callback will run
    NotConnected, //!< no client (the connection is gone)
    ReadOnly, //!< the connection is read-only
    InFlight, //!< the same command for the same job/run is still waiting for its answer
    NothingToDo, //!< e.g. none of the runs is queued or running
    Forbidden, //!< the token may not run jobs (a 403 seen before): whyNotWritable() says why
};

//! \brief What a cancel of several runs came to, once every answer is in.
struct CancelOutcome
{
    int asked = 0; //!< runs a cancel was sent for
    QList<Api::Run> changed; //!< the server's new state of each cancelled run
    QList<Api::Run> failedRuns; //!< runs whose cancel failed, with failedErrors[i]
    QList<Api::ApiError> failedErrors;
};

//! \brief The write commands of one connection (trigger, cancel, retry from failure, rerun
//! from start) and the reads the action dialogs need. One per connection, owned by its
//! ConnectionSession; widgets keep their prompts and dialogs and call this.
//!
//! Rules it keeps whatever the caller: one click, one run (a job with a trigger in flight is
//! not triggered again, a run with a retry or cancel in flight likewise); a read-only
//! connection sends nothing (its client refuses writes too, this only answers earlier); a lost
//! answer is reported (outcomeUnknown), never resent.
class RunCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCommands)

public:
    template <typename T> using Done = std::function<void(const Api::Result<T> &)>;
    using CancelDone = std::function<void(const CancelOutcome &)>;

    //! \a client must outlive this object or be destroyed with it (a QObject; tracked).
    //! \a readOnly is the connection's setting; a read-only client makes it read-only too.
    explicit RunCommands(Api::Client *client, bool readOnly = false, QObject *parent = nullptr);
    ~RunCommands() override;

    bool isConnected() const;
    bool isReadOnly() const;

    //! Where previewSteps() evaluates (the session's, over its run artifacts); not owned.
    void setStepPreviewer(StepSelectionPreviewer *previewer);

    //! What \a steps would select in \a environmentId (trigger dialog, job pages). Reads only:
    //! allowed on read-only connections too.
    void previewSteps(qint64 environmentId,
        const QStringList &steps,
        QObject *context,
        std::function<void(const StepSelectionPreview &)> done);
    //! The nodes "rerun from failure" reruns in \a run's failed step (\a failedStepName, from
    //! fetchRetryDetails), read from that step's artifacts.
    void previewRetryNodes(const Api::Run &run,
        const QString &failedStepName,
        QObject *context,
        std::function<void(const RetryNodes &)> done);
    //! The connection's setting changed (e.g. edited). Commands in flight finish as they are.
    void setReadOnly(bool readOnly);
    //! The session's WriteAccess (not owned): every failed command is reported to it
    //! (WriteArea::Runs), and once it says no (a 403 named the permission set) commands are
    //! refused unsent with CommandRefusal::Forbidden.
    void setWriteAccess(WriteAccess *access);
    //! Empty while commands may be sent; otherwise WriteAccess::whyNot(WriteArea::Runs).
    QString whyNotWritable() const;

    bool isTriggerInFlight(qint64 jobId) const { return m_triggering.contains(jobId); }

    bool isRetryInFlight(qint64 runId) const { return m_retrying.contains(runId); }

    bool isCancelInFlight(qint64 runId) const { return m_cancelling.contains(runId); }

    //! The runs of \a runs a cancel would be sent for: queued or running, none in flight.
    QList<Api::Run> cancellable(const QList<Api::Run> &runs) const;
    bool canRetry(const Api::Run &run) const;
    bool canRerunFromStart(const Api::Run &run) const;

    //! POST jobs/{id}/run/. \a jobName fills in the started run's name when the answer lacks it.
    CommandRefusal trigger(qint64 jobId,
        const QString &jobName,
        const Api::TriggerRequest &request,
        QObject *context,
        Done<Api::Run> done);
    //! POST runs/{id}/retry/.
    CommandRefusal retryFromFailure(const Api::Run &run, QObject *context, Done<Api::Run> done);
    //! A new trigger of the run's job with the run's own overrides (fetched with the run's
    //! trigger when \a run lacks it), minus a retry's "dbt retry" steps. Counts as a trigger in
    //! flight of the job from the first request on.
    CommandRefusal rerunFromStart(const Api::Run &run, QObject *context, Done<Api::Run> done);
    //! POST runs/{id}/cancel/ for each of cancellable(\a runs); \a done runs once, when every
    //! answer is in. runChanged is emitted for each cancelled run as its answer arrives.
    CommandRefusal cancel(const QList<Api::Run> &runs, QObject *context, CancelDone done);

    // Reads for the dialogs; the callback never runs when not connected.
    void fetchRetryDetails(qint64 runId, QObject *context, Done<Api::RetryDetails> done);
    //! The job with its environment (the navigator's copy may lack steps).
    void fetchJob(qint64 jobId, QObject *context, Done<Api::Job> done);
    //! The job's queued, starting and running runs, oldest first (at most 10).
    void fetchActiveRuns(qint64 jobId, QObject *context, Done<QList<Api::Run>> done);

    //! The cause a rerun from start sends: says which run it repeats.
    static QString rerunCause(qint64 runId);
    //! The request a rerun from start of \a run sends (\a run with its trigger).
    static Api::TriggerRequest rerunRequest(const Api::Run &run);

Q_SIGNALS:
    //! A run a command of this connection started (trigger, retry, rerun).
    void runStarted(const Dbtc::Api::Run &run);
    //! The server's new state of a run after a cancel.
    void runChanged(const Dbtc::Api::Run &run);
    //! A write whose answer was lost: it may have been applied; the user must check.
    void outcomeUnknown(const Dbtc::Api::ApiError &error);
    //! isTriggerInFlight / isRetryInFlight / isCancelInFlight may have changed.
    void inFlightChanged();
    void readOnlyChanged(bool readOnly);
    //! whyNotWritable() may have changed.
    void writeAccessChanged();

private:
    CommandRefusal refusal() const;
    Api::Client *client() const;
    void sendTrigger(qint64 jobId,
        const QString &jobName,
        const Api::TriggerRequest &request,
        QObject *context,
        Done<Api::Run> done);
    void reportFailure(const Api::ApiError &error);

    QPointer<QObject> m_clientObject; //!< QObject: keeps api/client.h out of this header
    Api::Client *m_client = nullptr;
    bool m_readOnly = false;
    QPointer<StepSelectionPreviewer> m_previewer;
    QPointer<QObject> m_access; //!< the WriteAccess; QObject keeps its header out of this one
    QSet<qint64> m_triggering; //!< job ids with a trigger (or a rerun's fetch) in flight
    QSet<qint64> m_retrying; //!< run ids with a retry in flight
    QSet<qint64> m_cancelling; //!< run ids with a cancel in flight
};

} // namespace Dbtc::Models
