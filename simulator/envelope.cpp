// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/envelope.h"

namespace Dbtc::Sim {

QJsonObject successEnvelope(const QJsonValue &data, int code)
{
    return QJsonObject { { QStringLiteral("status"),
                             QJsonObject { { QStringLiteral("code"), code },
                                 { QStringLiteral("is_success"), true },
                                 { QStringLiteral("user_message"), QStringLiteral("Success!") },
                                 { QStringLiteral("developer_message"), QString() } } },
        { QStringLiteral("data"), data } };
}

QJsonObject errorEnvelope(int code, const QString &userMessage)
{
    return QJsonObject { { QStringLiteral("status"),
                             QJsonObject { { QStringLiteral("code"), code },
                                 { QStringLiteral("is_success"), false },
                                 { QStringLiteral("user_message"), userMessage },
                                 { QStringLiteral("developer_message"), QJsonValue::Null } } },
        { QStringLiteral("data"), QJsonValue::Null } };
}

} // namespace Dbtc::Sim
