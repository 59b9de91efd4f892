// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! \file Internal: what the account administration calls share. Included by clientadmin.cpp
//! and clientwebhooks.cpp only.

#include "api/client.h"
#include "api/request.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dbtc::Api {

inline QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! A write whose answer was lost may have been applied: say so, never resend it.
template <typename T> Callback<T> writeCallback(Callback<T> done, const QString &host)
{
    return [done = std::move(done), host](const Result<T> &result) {
        if (result.ok() || !Client::mayHaveBeenApplied(result.error())) {
            return done(result);
        }
        ApiError e = result.error();
        e.outcomeUnknown = true;
        e.updateMessage(host);
        e.message += QStringLiteral(" The change may have been made; check it in dbt Cloud before "
                                    "trying again.");
        done(e);
    };
}

//! Pages of 100 (the maximum) until total_count; the webhook list defaults to 10 otherwise.
inline std::function<Request(qint64)> allPages(const QString &path)
{
    return [path](qint64 offset) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(MaxPageSize));
        q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        return Request::get(path, q);
    };
}

} // namespace Dbtc::Api
