// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/jobtransfer.h"

#include "api/jobexport.h"

#include <QCoreApplication>

namespace Dbtc::Models {

QByteArray exportJobFile(const Api::Job &job)
{
    return Api::exportJob(job);
}

Api::Result<ImportedJob> importJobFile(
    const QByteArray &file, qint64 projectId, qint64 environmentId)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate(
            "Dbtc::Models", text); // the context lupdate records here
    };
    Api::Result<Api::Job> job = Api::importJob(file);
    if (!job) {
        Api::ApiError e = job.error();
        e.message = tr("This file is not a dbt Cloud job export: %1.").arg(e.detail);
        return e;
    }
    ImportedJob out;
    out.draft = JobDraft::fromJob(*job);
    out.draft.id = 0;
    const bool otherProject = job->projectId != projectId;
    if (otherProject && out.draft.completion) {
        out.notes << tr("The trigger on completion of job %1 was left out: that job belongs to "
                        "another project.")
                         .arg(out.draft.completion->jobId);
        out.draft.completion.reset();
    }
    if (otherProject && (out.draft.deferringJobId || out.draft.deferringEnvironmentId)) {
        out.notes << tr("Deferral was left out: it pointed into another project.");
        out.draft.deferringJobId.reset();
        out.draft.deferringEnvironmentId.reset();
    }
    if (environmentId <= 0) {
        // Imported onto a project, not an environment: the same project keeps the job's own
        // environment; another one has to be chosen in the editor.
        environmentId = otherProject ? 0 : job->environmentId;
        if (otherProject) {
            out.notes << tr("Choose the environment the job runs in.");
        }
    } else if (job->environmentId != environmentId) {
        out.notes << tr("The job runs in this project's environment %1 instead of %2.")
                         .arg(environmentId)
                         .arg(job->environmentId);
    }
    out.draft.projectId = projectId;
    out.draft.environmentId = environmentId;
    return out;
}

} // namespace Dbtc::Models
