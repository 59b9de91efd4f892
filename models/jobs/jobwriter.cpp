// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/jobwriter.h"

#include "api/client.h"
#include "models/common/writeaccess.h"

#include <QTimer>

#include <memory>

namespace Dbtc::Models {

namespace {

JobSaveOutcome failure(Api::ApiError::Kind kind, const QString &message)
{
    JobSaveOutcome o;
    o.error = Api::ApiError::make(kind);
    o.error.message = message;
    return o;
}

} // namespace

JobWriter::JobWriter(Api::Client *client, WriteAccess *access, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_access(access)
{ }

JobWriter::~JobWriter() = default;

QString JobWriter::whyNotWritable() const
{
    if (!m_client) {
        return tr("Not connected.");
    }
    if (m_access) {
        return m_access->whyNot(WriteArea::Jobs);
    }
    // Without a session's WriteAccess (tests) the client still refuses writes when read-only.
    return m_client->isReadOnly() ? WriteAccess(true).whyNot(WriteArea::Jobs) : QString();
}

void JobWriter::refuse(QObject *context, const SaveDone &done, const JobSaveOutcome &why)
{
    // Asynchronously, like an answer: callers handle one path only.
    QTimer::singleShot(0, context ? context : this, [done, why] {
        done(why);
    });
}

std::function<void(const Api::Result<Api::Job> &)> JobWriter::finish(qint64 jobId, SaveDone done)
{
    m_busy.insert(jobId);
    // The answer's receiver is the caller's context; this writer may be gone by then.
    return [self = QPointer<JobWriter>(this), jobId, done = std::move(done)](
               const Api::Result<Api::Job> &result) {
        if (self) {
            self->m_busy.remove(jobId);
        }
        JobSaveOutcome o;
        if (result.ok()) {
            o.saved = result.value();
            if (self) {
                Q_EMIT self->jobChanged(result.value());
            }
        } else {
            o.error = result.error();
            o.fieldErrors = mapFieldErrors(o.error.fieldErrors);
            if (self && self->m_access) {
                // A 403 disables the job actions with the permission set it names.
                self->m_access->noteError(WriteArea::Jobs, o.error);
            }
        }
        done(o);
    };
}

void JobWriter::load(
    qint64 jobId, QObject *context, std::function<void(const Api::Result<Api::Job> &)> done)
{
    if (!m_client) {
        QTimer::singleShot(0, context ? context : this, [done] {
            done(Api::ApiError::make(Api::ApiError::Kind::Network, tr("Not connected.")));
        });
        return;
    }
    m_client->getJob(jobId, context, std::move(done));
}

void JobWriter::loadChoices(
    qint64 projectId, QObject *context, std::function<void(const JobChoices &)> done)
{
    if (!m_client) {
        QTimer::singleShot(0, context ? context : this, [done] {
            JobChoices c;
            c.failed = true;
            c.error = Api::ApiError::make(Api::ApiError::Kind::Network, tr("Not connected."));
            done(c);
        });
        return;
    }

    // Two reads, one answer: whichever comes last hands both lists over.
    struct Pending
    {
        JobChoices choices;
        int waiting = 2;
    };

    auto pending = std::make_shared<Pending>();
    const auto settle = [pending, done] {
        if (--pending->waiting == 0) {
            done(pending->choices);
        }
    };
    m_client->fetchAllEnvironments(
        projectId,
        context,
        [pending, settle](const Api::Result<QList<Api::Environment>> &r) {
            if (r.ok()) {
                pending->choices.environments = r.value();
            } else {
                pending->choices.failed = true;
                pending->choices.error = r.error();
            }
            settle();
        },
        Api::Priority::Foreground);
    m_client->fetchAllJobs(
        {},
        context,
        [pending, settle](const Api::Result<QList<Api::Job>> &r) {
            if (r.ok()) {
                pending->choices.jobs = r.value();
            } else {
                pending->choices.failed = true;
                pending->choices.error = r.error();
            }
            settle();
        },
        Api::Priority::Foreground);
}

void JobWriter::save(const JobDraft &draft, QObject *context, SaveDone done)
{
    if (const QString why = whyNotWritable(); !why.isEmpty()) {
        refuse(context, done, failure(Api::ApiError::Kind::ReadOnly, why));
        return;
    }
    if (const QMap<JobField, QString> invalid = validateDraft(draft); !invalid.isEmpty()) {
        JobSaveOutcome o = failure(
            Api::ApiError::Kind::BadRequest, tr("Some fields need a change before saving."));
        o.fieldErrors = invalid;
        refuse(context, done, o);
        return;
    }
    if (isBusy(draft.id)) {
        refuse(context,
            done,
            failure(Api::ApiError::Kind::BadRequest,
                tr("The last change to this job is still being saved.")));
        return;
    }
    const Api::Job job = draft.toJob();
    if (draft.id == 0) {
        m_client->createJob(job, context, finish(0, std::move(done)));
    } else {
        m_client->updateJob(job, context, finish(draft.id, std::move(done)));
    }
}

void JobWriter::setActive(const Api::Job &job, bool active, QObject *context, SaveDone done)
{
    JobDraft draft = JobDraft::fromJob(job);
    draft.active = active;
    if (const QString why = whyNotWritable(); !why.isEmpty()) {
        refuse(context, done, failure(Api::ApiError::Kind::ReadOnly, why));
        return;
    }
    if (isBusy(job.id)) {
        refuse(context,
            done,
            failure(Api::ApiError::Kind::BadRequest,
                tr("The last change to this job is still being saved.")));
        return;
    }
    // Not validated: an old job whose steps today's checks dislike can still be paused.
    m_client->updateJob(draft.toJob(), context, finish(job.id, std::move(done)));
}

void JobWriter::remove(qint64 jobId, QObject *context, SaveDone done)
{
    if (const QString why = whyNotWritable(); !why.isEmpty()) {
        refuse(context, done, failure(Api::ApiError::Kind::ReadOnly, why));
        return;
    }
    if (isBusy(jobId)) {
        refuse(context,
            done,
            failure(Api::ApiError::Kind::BadRequest,
                tr("The last change to this job is still being saved.")));
        return;
    }
    m_client->deleteJob(jobId, context, finish(jobId, std::move(done)));
}

} // namespace Dbtc::Models
