// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/job.h"
#include "api/types/trigger.h"

#include <QStringList>

namespace Dbtc::Ui {

//! \brief The commands a run triggered with \a request will execute, in order: the steps
//! override or the job's steps, with the freshness and docs steps the job's (or the
//! override's) settings add around them.
QStringList effectiveTriggerSteps(const Api::Job &job, const Api::TriggerRequest &request);

//! \brief "Threads: 8 (job: 4)" lines, one per override that differs from the job; empty when
//! the run uses the job's settings as they are.
QStringList triggerOverrideLines(const Api::Job &job, const Api::TriggerOverrides &overrides);

//! \brief The "what will run" panel of the trigger dialog as rich text.
QString triggerSummaryHtml(const Api::Job &job, const Api::TriggerRequest &request);

} // namespace Dbtc::Ui
