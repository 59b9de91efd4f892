// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace Dbtc::Sim {

//! The dbt Cloud status/data envelope, exactly as the real service writes it.
QJsonObject successEnvelope(const QJsonValue &data, int code = 200);
QJsonObject errorEnvelope(int code, const QString &userMessage);

} // namespace Dbtc::Sim
