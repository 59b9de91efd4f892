// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/requestlane.h"

#include "api/request.h"

#include <algorithm>

namespace Dbtc::Api {

RequestLane laneOf(const Request &request)
{
    if (request.isWrite()) {
        return RequestLane::Write;
    }
    const QString &path = request.path;
    if (path.contains(QLatin1String("/artifacts/"))) {
        return RequestLane::Artifacts;
    }
    if (path.endsWith(QLatin1String("/runs/"))) {
        return RequestLane::Runs;
    }
    // runs/{id}/, runs/{id}/retry/, steps/{id}/
    if (path.contains(QLatin1String("/runs/")) || path.contains(QLatin1String("/steps/"))) {
        return RequestLane::RunDetail;
    }
    return RequestLane::Metadata;
}

int readLaneCap(int maxConcurrent)
{
    return std::max(1, (maxConcurrent + 1) / 2);
}

} // namespace Dbtc::Api
