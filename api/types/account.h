// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/common.h"

#include <QDateTime>
#include <QString>

namespace Dbtc::Api {

//! \brief A dbt Cloud account (v2 and v3 share the shape). Unused fields are not kept.
struct Account
{
    qint64 id = 0;
    QString name;
    QString plan; //!< "developer", "team", "enterprise", ...
    ObjectState state = ObjectState::Unknown;
    int runSlots = 0;
    bool locked = false;
    QString lockReason;
    qint64 runDurationLimitSeconds = 0; //!< 86400 by default
    int queueLimit = 0;
    QString identifier; //!< short account identifier (cell prefix on cell hosts)
    QString staticSubdomain;
    QString vanitySubdomain;
    QDateTime createdAt; //!< UTC
    QDateTime updatedAt;
};

} // namespace Dbtc::Api
