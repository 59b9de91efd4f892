// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QVariant>

//! \file How the history keeps times: UTC milliseconds since the epoch, NULL when unknown.
//! The store writes them and every query reads them back with these two.

namespace Dbtc::Models::HistoryTime {

inline QVariant millis(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime fromMillis(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace Dbtc::Models::HistoryTime
