// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "api/types/job.h"

#include <QByteArray>

namespace Dbtc::Api {

//! \brief A job as dbt-cloud-cli's `dbt-cloud job export` writes it: the job object of
//! GET jobs/{id}/ without "id", indented two spaces. Its `job import` feeds the file to its
//! create command, which reads project_id, environment_id, name, execute_steps, dbt_version,
//! triggers, settings, state, generate_docs and schedule (date.type limited to every_day,
//! days_of_week and custom_cron, so interval_cron is written as custom_cron: the cron is what
//! runs). The other fields are written too, for this console's import.
QByteArray exportJob(const Job &job);

//! \brief Reads a file written by exportJob() or by dbt-cloud-cli (also a saved `job get`
//! answer, envelope and all). Missing optional fields take dbt-cloud-cli's defaults (1 thread,
//! target "default", cron "0 * * * *"); a missing project_id, environment_id, name or
//! execute_steps, or a file that is not a JSON object, is a Decode error naming it. The id is
//! always 0: an import creates a new job.
Result<Job> importJob(const QByteArray &file);

} // namespace Dbtc::Api
