// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace Dbtc::Api {

//! \brief The one error type of the API layer. `message` is written for the user: it says what
//! went wrong in plain words and what to do about it; `detail` keeps the technical cause.
struct ApiError
{
    enum class Kind {
        Network, //!< no answer: refused, reset, DNS, dropped connection
        Timeout, //!< no answer within the request's timeout
        Tls, //!< certificate not trusted or handshake failed; never ignored
        Unauthorized, //!< 401: bad token, or token used against the wrong host/region
        Forbidden, //!< 403: the token's permission set lacks the permission
        NotFound, //!< 404: missing, or not visible to this token
        RateLimited, //!< 429: the connection is paused until `retryAfter`
        Server, //!< 5xx
        BadRequest, //!< other 4xx, or a request the client refused to send (bad base URL)
        Decode, //!< body is not the JSON we expect (HTML page, truncated, missing field)
        Cancelled, //!< aborted by the caller
        ReadOnly, //!< a write on a read-only connection; refused before sending
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; //!< 0 when no HTTP answer was received
    QString serverMessage; //!< dbt Cloud's status.user_message, when the body had one
    QString detail; //!< technical cause (Qt error string, missing field name, ...)
    QString message; //!< plain words for the user, with what to do
    QDateTime retryAfter; //!< RateLimited: when the pause ends (UTC); invalid otherwise
    //! A POST (trigger, cancel, retry) whose outcome is unknown: it may have been applied.
    //! The user must check before trying again; the client never resends it on its own.
    bool outcomeUnknown = false;
    int networkError = 0; //!< QNetworkReply::NetworkError when one occurred
    //! A 400's per-field messages, keyed by dbt Cloud's dotted path ("settings.threads",
    //! "job_completion_trigger_condition.condition.job_id"); empty for other errors.
    QMap<QString, QString> fieldErrors;

    //! \brief The text to show; same as `message`, kept as a function for the UI helpers.
    QString userMessage() const { return message; }

    //! \brief Recomputes `message` from the fields (after retryAfter or serverMessage changed).
    void updateMessage(const QString &host = {});
    //! \brief Whether trying again later can help (network, timeout, 429, 5xx).
    bool isTransient() const;

    //! \brief An error of \a kind with the standard plain-words message for it filled in.
    //! \a host names the server in the message ("check that cloud.getdbt.com matches ...").
    static ApiError make(Kind kind,
        QString detail = {},
        int httpStatus = 0,
        QString serverMessage = {},
        const QString &host = {});
    //! \brief Maps an HTTP status (>= 400) to a kind.
    static Kind kindForHttpStatus(int status);
    static QString kindName(Kind kind);
};

} // namespace Dbtc::Api
