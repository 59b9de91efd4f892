// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QString>

namespace Dbtc::Api {
struct ApiError;
struct Job;
} // namespace Dbtc::Api

namespace Dbtc::Ui {

//! \brief The write actions of the console; names the verb in messages.
enum class RunAction {
    Trigger,
    Cancel,
    Retry,
    RerunFromStart,
};

//! \brief "trigger this job", "cancel runs", ...
QString actionVerb(RunAction action);

//! \brief What to tell the user when \a action failed: a 403 names the missing permission, a
//! lost answer says the outcome is unknown and what to check, a retry refusal says why in
//! plain words with the alternative.
QString actionErrorText(RunAction action, const Api::ApiError &error);

//! \brief Plain words for a retry refusal, with what to do instead.
QString retryRefusalAdvice(Api::RetryNotSupportedReason reason);

//! \brief "This connection is read-only: ..." for an attempted write.
QString readOnlyText(RunAction action);

//! \brief "1 step" / "3 steps" with \a one and \a many holding %1 (no translator is loaded,
//! so Qt's "%n step(s)" would show the parentheses).
QString countText(qsizetype n, const char *one, const char *many);

//! \brief "nightly_build" or "Job 42" when the name is unknown.
QString jobLabel(const Api::Job &job);
QString jobLabel(const Api::Run &run);

} // namespace Dbtc::Ui
