// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include "api/clientoptions.h"

namespace Dbtc::Api {

namespace {

QString hostOr(const QString &host)
{
    return host.isEmpty() ? QStringLiteral("the server") : host;
}

//! The regions dbt Labs runs for everyone (their incidents are on status.getdbt.com); an
//! unknown host is a single-tenant instance or a proxy.
bool isMultiTenantHost(const QString &host)
{
    return host.isEmpty()
        || regionForBaseUrl(QUrl(QStringLiteral("https://") + host)) != Region::Custom;
}

QString plainMessage(ApiError::Kind kind, const ApiError &e, const QString &host)
{
    using K = ApiError::Kind;
    const QString server =
        e.serverMessage.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(e.serverMessage);
    switch (kind) {
    case K::Network:
        if (e.httpStatus > 0) {
            // The server answered, then the connection closed mid-body (a proxy, a restart).
            return (e.outcomeUnknown
                    ? QStringLiteral("The answer from %1 was cut off before it was complete (%2).")
                    : QStringLiteral("The answer from %1 was cut off before it was complete (%2). "
                                     "Reads are retried automatically."))
                .arg(hostOr(host),
                    e.detail.isEmpty() ? QStringLiteral("connection closed") : e.detail);
        }
        return (e.outcomeUnknown
                ? QStringLiteral("Could not reach %1: %2. Check your network connection.")
                : QStringLiteral("Could not reach %1: %2. Check your network connection; "
                                 "reads are retried automatically."))
            .arg(hostOr(host), e.detail.isEmpty() ? QStringLiteral("connection failed") : e.detail);
    case K::Timeout:
        return QStringLiteral("%1 did not answer in time. Check your network connection or try "
                              "again later.")
            .arg(hostOr(host));
    case K::Tls:
        return QStringLiteral(
            "The certificate of %1 is not trusted (%2). The connection was "
            "stopped to protect your token. If your organisation uses its own "
            "certificate authority, choose its certificate (a PEM file) under Extra CA "
            "certificates when you edit the connection.")
            .arg(hostOr(host), e.detail);
    case K::Unauthorized:
        return QStringLiteral("dbt Cloud rejected the token%1. Check the token, and that the host "
                              "%2 matches your account's region or cell (see Account settings, "
                              "\"Access URLs\").")
            .arg(server, hostOr(host));
    case K::Forbidden:
        if (!e.neededPermissionSets.isEmpty()) {
            return QStringLiteral("The token's permission set does not allow this%1: it needs "
                                  "%2. Ask an account admin for a token with that permission "
                                  "set.")
                .arg(server, e.neededPermissionSets.join(QStringLiteral(" or ")));
        }
        return QStringLiteral("The token's permission set does not allow this%1. Ask an account "
                              "admin for a token with the needed permission (for example Job "
                              "Admin to trigger, cancel or retry runs).")
            .arg(server);
    case K::NotFound:
        return QStringLiteral("Not found%1. It may have been deleted, or the token cannot see it.")
            .arg(server);
    case K::RateLimited:
        return e.retryAfter.isValid()
            ? QStringLiteral("dbt Cloud is limiting requests; paused until %1.")
                  .arg(e.retryAfter.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            : QStringLiteral("dbt Cloud is limiting requests; paused for a moment.");
    case K::Server: {
        // status.getdbt.com covers the multi-tenant regions only, not a single-tenant host.
        const QString advice = isMultiTenantHost(host)
            ? QStringLiteral("check status.getdbt.com")
            : QStringLiteral("ask whoever runs %1 (your dbt Cloud administrator)").arg(host);
        // A write is never sent again, so it gets no "retried automatically" reassurance.
        return e.outcomeUnknown
            ? QStringLiteral("dbt Cloud had a server error (HTTP %1)%2. If it persists, %3.")
                  .arg(QString::number(e.httpStatus), server, advice)
            : QStringLiteral("dbt Cloud had a server error (HTTP %1)%2. Reads are retried "
                             "automatically; if it persists, %3.")
                  .arg(QString::number(e.httpStatus), server, advice);
    }
    case K::BadRequest:
        if (!e.fieldErrors.isEmpty()) {
            QStringList fields;
            for (const FieldError &f : e.fieldErrors) {
                fields << (f.field.isEmpty() ? f.message
                                             : f.field + QStringLiteral(": ") + f.message);
            }
            return QStringLiteral("dbt Cloud refused the request: %1.")
                .arg(fields.join(QStringLiteral("; ")));
        }
        return e.httpStatus > 0 ? QStringLiteral("dbt Cloud refused the request (HTTP %1)%2.")
                                      .arg(e.httpStatus)
                                      .arg(server)
                                : QStringLiteral("The request was not sent: %1").arg(e.detail);
    case K::Decode:
        return QStringLiteral("The reply from %1 could not be read (%2). A proxy or a dbt Cloud "
                              "incident may be in the way; try again later.")
            .arg(hostOr(host), e.detail);
    case K::Cancelled:
        return QStringLiteral("Cancelled.");
    case K::ReadOnly:
        return QStringLiteral("This connection is read-only, so nothing was sent. Turn read-only "
                              "off in the connection's settings to trigger, cancel or retry runs.");
    }
    return e.detail;
}

} // namespace

bool ApiError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited
        || kind == Kind::Server;
}

ApiError ApiError::make(
    Kind kind, QString detail, int httpStatus, QString serverMessage, const QString &host)
{
    ApiError e;
    e.kind = kind;
    e.detail = std::move(detail);
    e.httpStatus = httpStatus;
    e.serverMessage = std::move(serverMessage);
    e.updateMessage(host);
    return e;
}

void ApiError::updateMessage(const QString &host)
{
    message = plainMessage(kind, *this, host);
}

ApiError::Kind ApiError::kindForHttpStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    return status >= 500 ? Kind::Server : Kind::BadRequest;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case Kind::Decode:
        return QStringLiteral("Decode");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::ReadOnly:
        return QStringLiteral("ReadOnly");
    }
    return QStringLiteral("Unknown");
}

} // namespace Dbtc::Api
