// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/router.h"

#include <QJsonObject>
#include <QList>

namespace Dbtc::Sim {

// Small pieces every administrative controller answers with.

//! A list envelope over `items` (already filtered, in id order): limit/offset paging (limit
//! <= 100), `order_by` id or -id, and extra.filters echoing the defaults like the real service.
Response pagedList(Context &ctx, QList<QJsonObject> items, QJsonObject filters = {});
//! The `state` filter (default active): 1/active, 2/deleted, all.
bool stateWanted(const Request &request, int state);
//! 201 Created with the object in the usual envelope (status.code 201), as create calls answer.
Response created(const QJsonObject &data);
//! An id sent as a number or as a string of digits (webhook job_ids); 0 when neither.
qint64 idValue(const QJsonValue &v);

} // namespace Dbtc::Sim
