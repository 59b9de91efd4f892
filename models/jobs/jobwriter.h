// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "api/types/environment.h"
#include "api/types/job.h"
#include "models/common/writeaccess.h"
#include "models/jobs/jobdraft.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

//! \brief What the editor offers to choose from: the project's environments and the account's
//! jobs (for "run after", deferral, and the completion cycle check).
struct JobChoices
{
    QList<Api::Environment> environments;
    QList<Api::Job> jobs;
    bool failed = false; //!< either list could not be read: \a error says why
    Api::ApiError error;

    bool ok() const { return !failed; }
};

//! \brief What a job save came to: the job as dbt Cloud saved it, or why not, with a 400's
//! field errors already placed on the editor's fields.
struct JobSaveOutcome
{
    std::optional<Api::Job> saved;
    Api::ApiError error;
    QMap<JobField, QString> fieldErrors;

    bool ok() const { return saved.has_value(); }
};

//! \brief The job writes of one connection (create, edit, duplicate, activate/deactivate,
//! delete) for the job editor and the job actions. One per connection, owned by its
//! ConnectionSession; widgets call this and never a client.
//!
//! A draft that does not validate is not sent (its field errors come back at once); a
//! connection the session's WriteAccess says no to (read-only, or a 403 already seen) sends
//! nothing and says why; every failed write is reported to it, so a 403 disables the job
//! actions with the permission set it names; one write per job at a time; a lost answer is
//! reported (outcomeUnknown), never resent.
class JobWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobWriter)

public:
    using SaveDone = std::function<void(const JobSaveOutcome &)>;

    //! \a access (the session's, may be null in tests: then only "not connected" refuses)
    //! decides whether writes go out and hears of every failed one.
    explicit JobWriter(
        Api::Client *client, WriteAccess *access = nullptr, QObject *parent = nullptr);
    ~JobWriter() override;

    //! \brief Empty when writes can be sent; otherwise the reason, for a disabled action's
    //! tooltip: WriteAccess::whyNot(WriteArea::Jobs), or "Not connected.".
    QString whyNotWritable() const;

    WriteAccess *writeAccess() const { return m_access; }

    bool isBusy(qint64 jobId) const { return m_busy.contains(jobId); }

    //! \brief The job fresh from dbt Cloud, for the editor (reads work on read-only too).
    void load(
        qint64 jobId, QObject *context, std::function<void(const Api::Result<Api::Job> &)> done);
    //! \brief The environments of \a projectId and every job of the account, for the editor.
    void loadChoices(
        qint64 projectId, QObject *context, std::function<void(const JobChoices &)> done);
    //! \brief Creates (id 0) or updates the draft's job. \a done runs exactly once unless
    //! \a context is destroyed first.
    void save(const JobDraft &draft, QObject *context, SaveDone done);
    //! \brief Activate (true) or deactivate: the job's other fields are sent unchanged.
    void setActive(const Api::Job &job, bool active, QObject *context, SaveDone done);
    //! \brief Soft delete (state 2). Callers confirm first (the job's name typed).
    void remove(qint64 jobId, QObject *context, SaveDone done);

Q_SIGNALS:
    //! A job was created, changed or deleted: the navigator and job pages reload it.
    void jobChanged(const Api::Job &job);

private:
    void refuse(QObject *context, const SaveDone &done, const JobSaveOutcome &why);
    std::function<void(const Api::Result<Api::Job> &)> finish(qint64 jobId, SaveDone done);

    QPointer<Api::Client> m_client;
    QPointer<WriteAccess> m_access;
    QSet<qint64> m_busy; //!< job ids with a write in flight; 0 = a create
};

} // namespace Dbtc::Models
