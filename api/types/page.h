// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Dbtc::Api {

//! \brief One page of a list endpoint (limit/offset paging, limit <= 100). `totalCount` is
//! extra.pagination.total_count: all matching items, not just this page.
template <typename T> struct Page
{
    QList<T> items;
    qint64 offset = 0;
    qint64 limit = 0;
    qint64 totalCount = 0;

    //! \brief Offset of the next page, for a fetchMore-style call.
    qint64 nextOffset() const { return offset + items.size(); }

    //! \brief True while items after this page exist on the server.
    bool hasMore() const { return !items.isEmpty() && nextOffset() < totalCount; }
};

} // namespace Dbtc::Api
