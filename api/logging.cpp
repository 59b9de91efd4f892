// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/logging.h"

namespace Dbtc::Api {

Q_LOGGING_CATEGORY(lcApi, "dbtc.api")
Q_LOGGING_CATEGORY(lcApiHttp, "dbtc.api.http")
Q_LOGGING_CATEGORY(lcApiRetry, "dbtc.api.retry")

QByteArray redactHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower.contains("token")) {
        const int space = value.indexOf(' ');
        return (space > 0 ? value.left(space + 1) : QByteArray()) + "<redacted>";
    }
    return value;
}

} // namespace Dbtc::Api
