// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/validation.h"
#include "simulator/world.h"

namespace Dbtc::Sim {

//! Applies a v2 job create/update body to `job`, checking each field the way dbt Cloud does;
//! every problem goes into `errors` under its field name. Create needs project_id,
//! environment_id, name and execute_steps (what dbt-cloud-cli and the Terraform provider always
//! send); everything else keeps its default or current value. Null counts as absent.
void applyJobBody(const World &world,
    qint64 accountId,
    Job &job,
    const QJsonObject &body,
    bool create,
    FieldErrors *errors);

} // namespace Dbtc::Sim
