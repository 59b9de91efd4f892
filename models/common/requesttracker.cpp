// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/requesttracker.h"

#include "api/apijob.h"

namespace Dbtc::Models {

RequestTracker::RequestTracker()
    : m_token(std::make_shared<Token>())
{ }

RequestTracker::~RequestTracker()
{
    reset();
}

Api::ApiJob *RequestTracker::track(Api::ApiJob *job)
{
    // Finished jobs delete themselves; forget them so the list stays as short as what is live.
    m_jobs.removeIf([](const QPointer<Api::ApiJob> &j) {
        return j.isNull() || j->isFinished();
    });
    if (job && !job->isFinished()) {
        m_jobs.append(job);
    }
    return job;
}

void RequestTracker::reset()
{
    // The generation moves first: abort() answers synchronously with Cancelled, and that
    // answer must already count as stale.
    ++m_token->generation;
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<Api::ApiJob> &job : jobs) {
        if (job) {
            job->abort();
        }
    }
}

int RequestTracker::inFlight() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const QPointer<Api::ApiJob> &j) {
        return !j.isNull() && !j->isFinished();
    }));
}

} // namespace Dbtc::Models
