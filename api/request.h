// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/queries.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <chrono>

namespace Dbtc::Api {

//! \brief One HTTP request as a value: what the queue needs to send, retry and log it.
struct Request
{
    enum class Method { Get, Post, Put, Patch, Delete };

    Method method = Method::Get;
    QString path; //!< from the base URL, e.g. "/api/v2/accounts/1/runs/"
    QUrlQuery query;
    QByteArray body; //!< JSON body for POST (empty = none)
    //! Only idempotent requests are retried. POSTs (trigger, cancel, retry) never are.
    bool idempotent = true;
    Priority priority = Priority::Foreground;
    std::chrono::milliseconds timeout { 0 }; //!< 0 = the policy's timeout
    //! Download the body into this file (QSaveFile: committed only when complete).
    QString saveToFile;
    bool expectJson = true; //!< false for raw artifact bodies

    static Request get(QString path, QUrlQuery query = {});
    static Request post(QString path, QByteArray body = {});
    //! PUT, PATCH and DELETE are writes: never resent automatically, like a POST.
    static Request put(QString path, QByteArray body);
    static Request patch(QString path, QByteArray body);
    static Request del(QString path);
    QString methodName() const;

    //! \brief Whether the request changes something on the server (everything but GET).
    bool isWrite() const { return method != Method::Get; }

    //! \brief "GET /api/v2/...?..." for logs (no headers, so no token).
    QString describe() const;
};

} // namespace Dbtc::Api
