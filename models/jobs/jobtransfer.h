// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "api/types/job.h"
#include "models/jobs/jobdraft.h"

#include <QByteArray>
#include <QStringList>

namespace Dbtc::Models {

//! \brief A job file read for "Import into this project": the draft to create and what was
//! changed on the way (in plain words, for the editor to show).
struct ImportedJob
{
    JobDraft draft;
    QStringList notes;
};

//! \brief The file `dbt-cloud job export` would write for \a job (see Api::exportJob).
QByteArray exportJobFile(const Api::Job &job);

//! \brief Reads a job file (this console's or dbt-cloud-cli's) as a new job of \a projectId
//! in \a environmentId (0: its own environment when the project is the same, else to be
//! chosen). Moving it to another project drops its completion trigger and
//! deferral (their ids belong to the old project) and says so in the notes.
Api::Result<ImportedJob> importJobFile(
    const QByteArray &file, qint64 projectId, qint64 environmentId);

} // namespace Dbtc::Models
