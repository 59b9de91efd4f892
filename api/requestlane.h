// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

namespace Dbtc::Api {

struct Request;

//! \brief The kind of work a request is, so slow requests of one kind cannot hold every slot
//! of the queue: with the tree endpoints answering in 35 s, the runs list must still be polled
//! and a trigger click must still leave at once.
enum class RequestLane {
    Write, //!< trigger, rerun, cancel, retry: a user's click, never queued behind reads
    Runs, //!< the runs list (dashboard, watch, history polling)
    RunDetail, //!< one run, its steps, logs and retry details
    Artifacts, //!< artifact lists and downloads
    Metadata, //!< accounts, projects, environments, jobs: the navigator tree
};

inline constexpr int RequestLaneCount = 5;

//! \brief The lane of \a request, from its method and path (every call of Client goes through
//! here, so no call can forget to say what it is).
RequestLane laneOf(const Request &request);

//! \brief How many slots one read lane may hold: half of the queue (at least one), so two
//! lanes at least always share the slots.
int readLaneCap(int maxConcurrent);

//! \brief Requests in flight per lane.
using LaneCounts = std::array<int, RequestLaneCount>;

} // namespace Dbtc::Api
