// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Models {

//! \brief Which runs the dashboard shows: a whole account, or one project, environment or job.
//! Zero ids mean "not restricted".
struct RunScope
{
    QString connectionId;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 jobId = 0;

    bool isValid() const { return !connectionId.isEmpty() && accountId != 0; }

    friend bool operator==(const RunScope &, const RunScope &) = default;
};

} // namespace Dbtc::Models
