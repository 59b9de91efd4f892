// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/queries.h"

#include "api/request.h"
#include "api/types/trigger.h"

namespace Dbtc::Api {

QStringList RunInclude::names() const
{
    QStringList out;
    if (trigger) {
        out << QStringLiteral("trigger");
    }
    if (job) {
        out << QStringLiteral("job");
    }
    if (environment) {
        out << QStringLiteral("environment");
    }
    if (steps) {
        out << QStringLiteral("run_steps");
    }
    if (debugLogs) {
        out << QStringLiteral("debug_logs");
    }
    return out;
}

bool TriggerOverrides::isEmpty() const
{
    return gitSha.isEmpty() && gitBranch.isEmpty() && schemaOverride.isEmpty()
        && dbtVersionOverride.isEmpty() && !threadsOverride && targetNameOverride.isEmpty()
        && !generateDocsOverride && !timeoutSecondsOverride && !stepsOverride
        && !githubPullRequestId && !gitlabMergeRequestId && !azurePullRequestId
        && !nonNativePullRequestId;
}

Request Request::get(QString path, QUrlQuery query)
{
    Request r;
    r.path = std::move(path);
    r.query = std::move(query);
    return r;
}

Request Request::post(QString path, QByteArray body)
{
    Request r;
    r.method = Method::Post;
    r.path = std::move(path);
    r.body = std::move(body);
    r.idempotent = false; // trigger, cancel and retry must never be resent automatically
    return r;
}

Request Request::put(QString path, QByteArray body)
{
    Request r = post(std::move(path), std::move(body));
    r.method = Method::Put;
    return r;
}

Request Request::patch(QString path, QByteArray body)
{
    Request r = post(std::move(path), std::move(body));
    r.method = Method::Patch;
    return r;
}

Request Request::del(QString path)
{
    Request r = post(std::move(path));
    r.method = Method::Delete;
    return r;
}

QString Request::methodName() const
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    }
    return QString();
}

QString Request::describe() const
{
    const QString q = query.isEmpty() ? QString() : u'?' + query.toString(QUrl::FullyEncoded);
    return methodName() + u' ' + path + q;
}

} // namespace Dbtc::Api
