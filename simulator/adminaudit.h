// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/router.h"

namespace Dbtc::Sim {

//! Records a change made through the API in the account's audit log, by the calling token, the
//! way dbt Cloud logs it ("v1.events.<event>", actor ACTOR_SERVICE_TOKEN, source SOURCE_API).
void audit(
    Context &ctx, const char *event, const QString &objectKind, qint64 id, const QString &name);

} // namespace Dbtc::Sim
