// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Dbtc::Api {

//! \brief The per-field messages of a dbt Cloud 400 body, keyed by dotted path.
//!
//! dbt Cloud answers a rejected write with `data` = `{field: message}`; older endpoints send
//! `{field: [messages]}` and nested objects (`{"settings": {"threads": [...]}}`). All three
//! come out flat: `{"settings.threads": "Ensure this value is less than or equal to 64."}`;
//! list entries by index (`steps[0]`). A body without such a `data` object gives an empty map.
QMap<QString, QString> fieldErrors(const QByteArray &body);

} // namespace Dbtc::Api
