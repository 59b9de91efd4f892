// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dbtc::Api {

//! \brief One message of a 400's field errors: \a field is dbt Cloud's key, nested ones by
//! dotted path ("settings.threads", "permission_grants[0].permission_set").
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};

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
    //! 400: what dbt Cloud said about each field, in the order of its answer.
    QList<FieldError> fieldErrors;
    //! 403: the permission sets that would allow the call ("Account Admin", ...), when the
    //! answer names them; empty when it does not.
    QStringList neededPermissionSets;

    //! \brief The messages for \a field (joined with "; "), empty when it has none.
    QString fieldMessage(const QString &field) const;

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

//! \brief Reads an error answer's body into \a error: status.user_message (or DRF's "detail"),
//! a 400's field errors (`data` = {field: message or [messages]}, nested objects flattened
//! to dotted paths) and the permission sets a 403 names; then recomputes the message. Every
//! call's error goes through it (RequestQueue), so writes of any room get the same decoding.
void readErrorBody(const QByteArray &body, ApiError *error, const QString &host = {});

} // namespace Dbtc::Api
