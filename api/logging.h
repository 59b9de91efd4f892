// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLoggingCategory>

namespace Dbtc::Api {

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcApiHttp)
Q_DECLARE_LOGGING_CATEGORY(lcApiRetry)

//! \brief The one place that makes a header value safe to log: Authorization and anything that
//! looks like a token is replaced, so no log line can ever carry a secret.
QByteArray redactHeader(const QByteArray &name, const QByteArray &value);

} // namespace Dbtc::Api
