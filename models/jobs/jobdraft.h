// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/types/job.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Dbtc::Models {

//! \brief The editor's fields, one per group of job settings a user edits together: what
//! validation, the save diff and a 400's field errors are keyed by.
enum class JobField {
    Name,
    Description,
    Environment,
    DbtVersion,
    Steps,
    JobType,
    Schedule,
    Triggers,
    CompletionTrigger,
    TargetName,
    Threads,
    GenerateDocs,
    GenerateSources,
    Deferral,
    CompareChanges,
    Lint,
    Timeout,
    State,
    Other, //!< a field error the editor has no field for (shown above the form)
};

//! \brief A job being created or edited: every field the API takes, nothing read-only.
struct JobDraft
{
    qint64 id = 0; //!< 0 = a new job
    qint64 projectId = 0;
    qint64 environmentId = 0;
    QString name;
    QString description;
    QString dbtVersion; //!< "" = the environment's
    QStringList steps;
    QString jobType; //!< scheduled, ci, merge, other ...; "" = let dbt Cloud choose
    bool active = true; //!< !deactivated
    Api::JobSchedule schedule;
    Api::JobTriggers triggers;
    bool triggersOnDraftPr = false;
    std::optional<Api::JobCompletionTrigger> completion;
    QString targetName = QStringLiteral("default");
    int threads = 4;
    bool generateDocs = false;
    bool generateSources = false;
    std::optional<qint64> deferringEnvironmentId;
    std::optional<qint64> deferringJobId;
    bool compareChanges = false;
    QString compareChangesFlags;
    bool runLint = false;
    bool errorsOnLintFailure = false;
    qint64 timeoutSeconds = 0; //!< 0 = no limit

    static JobDraft fromJob(const Api::Job &job);
    //! \brief The job to send (create when id is 0, update otherwise).
    Api::Job toJob() const;
    //! \brief A copy to create as a new job: no id, "(copy)" after the name, deactivated so it
    //! does not start running on the original's schedule before the user looks at it.
    JobDraft duplicate() const;

    //! Every field equal (the schedule's server-made words aside).
    friend bool operator==(const JobDraft &a, const JobDraft &b);
};

//! \brief What is wrong with \a draft before anything is sent, by field, in plain words.
//! Steps are checked as the trigger dialog checks them (models/common/dbtcommand).
QMap<JobField, QString> validateDraft(const JobDraft &draft);

//! \brief Names for ids in the diff ("environment: Staging → Production"); any may be empty.
struct JobNames
{
    std::function<QString(qint64)> environment;
    std::function<QString(qint64)> job;
};

//! \brief One line per changed field, old → new: "threads: 4 → 8", "schedule: Every day at
//! 06:00 UTC → Every day at 07:00 UTC". Empty when nothing changed.
QStringList describeChanges(const JobDraft &before, const JobDraft &after, const JobNames &names);

//! \brief The editor field a dbt Cloud 400 field path belongs to ("settings.threads" →
//! Threads, "job_completion_trigger_condition.condition.job_id" → CompletionTrigger).
JobField fieldForApiPath(const QString &path);
//! \brief A 400's ApiError::fieldErrors grouped onto editor fields (messages of one field
//! joined by line breaks).
QMap<JobField, QString> mapFieldErrors(const QList<Api::FieldError> &apiFieldErrors);

//! \brief The chain of job ids that makes a cycle if job \a jobId were to run after
//! \a upstreamJobId: [jobId, upstreamJobId, ..., jobId]. Empty when there is none.
//! \a runsAfter maps each job of the account to the job whose completion triggers it.
QList<qint64> completionCycle(
    qint64 jobId, qint64 upstreamJobId, const QHash<qint64, qint64> &runsAfter);

} // namespace Dbtc::Models
