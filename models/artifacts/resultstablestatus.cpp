// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/resultstablestatus.h"

namespace Dbtc::Models {

ResultKind resultKind(std::string_view s)
{
    if (s == "error" || s == "runtime error") {
        return ResultKind::Error;
    }
    if (s == "fail") {
        return ResultKind::Fail;
    }
    if (s == "warn") {
        return ResultKind::Warn;
    }
    if (s == "skipped") {
        return ResultKind::Skipped;
    }
    if (s == "success" || s == "pass") {
        return ResultKind::Success;
    }
    return ResultKind::Unknown;
}

int resultStatusRank(std::string_view status)
{
    return int(resultKind(status));
}

} // namespace Dbtc::Models
