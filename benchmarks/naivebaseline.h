// SPDX-License-Identifier: GPL-3.0-or-later
// The naive baseline of the watch benchmarks (bench_watch, bench_pulse): what a client without
// the job list's most_recent_run would do, one runs/ request per job for its newest run (the
// runs list has no job_definition_id__in).
#pragma once

#include "api/client.h"

namespace Dbtc::Bench {

//! Asks \a client for the newest run of \a jobId; \a pending is counted down when it answers.
inline void askNewestRun(Api::Client *client, qint64 jobId, int &pending)
{
    Api::RunQuery q;
    q.jobDefinitionId = jobId;
    q.orderBy = QStringLiteral("-id");
    q.limit = 1;
    ++pending;
    client->listRuns(
        q,
        nullptr,
        [&pending](const Api::Result<Api::Page<Api::Run>> &) {
            --pending;
        },
        Api::Priority::Background);
}

} // namespace Dbtc::Bench
