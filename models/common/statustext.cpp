// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/statustext.h"

#include <QCoreApplication>

namespace Dbtc::Models {

QString runStatusLabel(Api::RunStatus status)
{
    using Api::RunStatus;
    switch (status) {
    case RunStatus::Queued:
        return QCoreApplication::translate("Dbtc::Models::StatusText", "Queued");
    case RunStatus::Starting:
        return QCoreApplication::translate("Dbtc::Models::StatusText", "Starting");
    case RunStatus::Running:
        return QCoreApplication::translate("Dbtc::Models::StatusText", "Running");
    case RunStatus::Success:
        return QCoreApplication::translate("Dbtc::Models::StatusText", "Success");
    case RunStatus::Error:
        return QCoreApplication::translate("Dbtc::Models::StatusText", "Error");
    case RunStatus::Cancelled:
        return QCoreApplication::translate("Dbtc::Models::StatusText", "Cancelled");
    }
    return Api::runStatusText(status);
}

} // namespace Dbtc::Models
