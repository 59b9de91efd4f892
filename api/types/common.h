// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Api {

//! \brief dbt Cloud's soft-delete state on accounts, projects, environments and jobs.
enum class ObjectState {
    Unknown = 0,
    Active = 1,
    Deleted = 2,
};

//! \brief Which API version serves a call (accounts exist in both).
enum class ApiVersion {
    V2,
    V3,
};

} // namespace Dbtc::Api
