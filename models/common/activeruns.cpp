// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/activeruns.h"

#include "api/types/run.h"

namespace Dbtc::Models {

ActiveRunsByJob countActiveRuns(const QList<qint64> &jobIds, const QList<Api::Run> &runs)
{
    ActiveRunsByJob out;
    out.reserve(jobIds.size());
    for (const qint64 id : jobIds) {
        out.insert(id, {});
    }
    for (const Api::Run &run : runs) {
        const auto it = out.find(run.jobDefinitionId);
        if (it == out.end()) {
            continue;
        }
        if (run.status == Api::RunStatus::Queued) {
            ++it->queued;
        } else if (Api::isInProgress(run.status)) {
            ++it->running; // Starting holds a run slot like Running
        }
    }
    return out;
}

} // namespace Dbtc::Models
