// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client.h"
#include "api/clientcall.h"
#include "api/logging.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace Dbtc::Api {

namespace {

QUrlQuery jobQuery(const JobQuery &query, qint64 offset)
{
    QUrlQuery q;
    if (query.projectId) {
        q.addQueryItem(QStringLiteral("project_id"), QString::number(*query.projectId));
    }
    if (!query.projectIdIn.isEmpty()) {
        QStringList ids;
        for (const qint64 id : query.projectIdIn) {
            ids << QString::number(id);
        }
        q.addQueryItem(QStringLiteral("project_id__in"), u'[' + ids.join(u',') + u']');
    }
    if (query.environmentId) {
        q.addQueryItem(QStringLiteral("environment_id"), QString::number(*query.environmentId));
    }
    if (!query.nameContains.isEmpty()) {
        q.addQueryItem(QStringLiteral("name__icontains"), query.nameContains);
    }
    if (query.state) {
        q.addQueryItem(QStringLiteral("state"), QString::number(static_cast<int>(*query.state)));
    }
    if (!query.orderBy.isEmpty()) {
        q.addQueryItem(QStringLiteral("order_by"), query.orderBy);
    }
    if (!query.includeRelated.isEmpty()) {
        q.addQueryItem(QStringLiteral("include_related"), jsonList(query.includeRelated));
    }
    q.addQueryItem(
        QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, MaxPageSize)));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return q;
}

} // namespace

ApiJob *Client::listJobs(
    const JobQuery &query, QObject *context, Callback<Page<Job>> done, Priority priority)
{
    Request r = Request::get(v2(QStringLiteral("jobs/")), jobQuery(query, query.offset));
    r.priority = priority;
    return call<Page<Job>>(std::move(r),
        context,
        std::move(done),
        pageDecoder(&Json::jobFromJson, query.offset, std::clamp(query.limit, 1, MaxPageSize)));
}

ApiJob *Client::fetchAllJobs(
    const JobQuery &query, QObject *context, Callback<QList<Job>> done, Priority priority)
{
    return fetchAll<Job>(
        [this, query, priority](qint64 offset) {
            Request r = Request::get(v2(QStringLiteral("jobs/")), jobQuery(query, offset));
            r.priority = priority;
            return r;
        },
        &Json::jobFromJson,
        context,
        std::move(done));
}

ApiJob *Client::getJob(
    qint64 jobId, QObject *context, Callback<Job> done, const QStringList &includeRelated)
{
    QUrlQuery q;
    if (!includeRelated.isEmpty()) {
        q.addQueryItem(QStringLiteral("include_related"), jsonList(includeRelated));
    }
    return call<Job>(Request::get(v2(QStringLiteral("jobs/%1/").arg(jobId)), q),
        context,
        std::move(done),
        objectDecoder(&Json::jobFromJson));
}

ApiJob *Client::post(Request request, QObject *context, Callback<Run> done, Recover recover)
{
    // A POST whose answer was lost may have been applied: say so instead of guessing. One
    // that got a 2xx with an unreadable body was applied: \a recover reads the run again.
    return call<Run>(
        std::move(request),
        context,
        [done, recover, host = options().baseUrl.host()](const Result<Run> &result) {
            if (result.ok() || !mayHaveBeenApplied(result.error())) {
                return done(result);
            }
            if (recover && acceptedButUnreadable(result.error())) {
                return recover(done, result.error());
            }
            ApiError e = result.error();
            e.outcomeUnknown = true;
            e.updateMessage(host); // now without "reads are retried automatically"
            e.message += QStringLiteral(" The request may have been carried out; "
                                        "check the run in dbt Cloud before trying "
                                        "again.");
            done(e);
        },
        objectDecoder(&Json::runFromJson));
}

ApiJob *Client::rerunJob(qint64 jobId, QObject *context, Callback<Run> done)
{
    return post(
        Request::post(v2(QStringLiteral("jobs/%1/rerun/").arg(jobId))), context, std::move(done));
}

ApiJob *Client::cancelRun(qint64 runId, QObject *context, Callback<Run> done)
{
    // Accepted but unreadable: the cancel happened; the run as it is now is the answer.
    auto reread = [this, runId, context](Callback<Run> deliver, const ApiError &accepted) {
        getRun(runId, {}, context, [deliver, accepted](const Result<Run> &run) {
            deliver(run.ok() ? run : Result<Run>(acceptedButUnread(accepted)));
        });
    };
    return post(Request::post(v2(QStringLiteral("runs/%1/cancel/").arg(runId))),
        context,
        std::move(done),
        reread);
}

ApiJob *Client::retryRun(qint64 runId, QObject *context, Callback<Run> done)
{
    // Accepted but unreadable: the retry run exists; it is the job's newest run after
    // \a runId (a retry is a new run of the same job).
    auto findRetry = [this, runId, context](Callback<Run> deliver, const ApiError &accepted) {
        getRun(
            runId, {}, context, [this, runId, context, deliver, accepted](const Result<Run> &old) {
                if (!old.ok()) {
                    return deliver(acceptedButUnread(accepted));
                }
                RunQuery query;
                query.jobDefinitionId = old->jobDefinitionId;
                query.idGreaterThan = runId;
                query.orderBy = QStringLiteral("-id");
                query.limit = 1;
                listRuns(query, context, [deliver, accepted](const Result<Page<Run>> &page) {
                    if (page.ok() && !page->items.isEmpty()) {
                        return deliver(page->items.constFirst());
                    }
                    deliver(acceptedButUnread(accepted));
                });
            });
    };
    return post(
        Request::post(v2(QStringLiteral("runs/%1/retry/").arg(runId))),
        context,
        [done](const Result<Run> &result) {
            done(explainRetryRefusal(result));
        },
        findRetry);
}

bool Client::acceptedButUnreadable(const ApiError &error)
{
    // The whole answer arrived with a 2xx but does not decode (invalid JSON, an odd envelope):
    // the server said yes, so the write happened. A connection dropped mid-body is not this
    // (its status line may say 200 before the server even processed the request).
    return error.kind == ApiError::Kind::Decode && error.httpStatus >= 200
        && error.httpStatus < 300;
}

ApiError Client::acceptedButUnread(const ApiError &accepted)
{
    ApiError e = accepted;
    e.outcomeUnknown = true;
    e.message = QStringLiteral("dbt Cloud accepted the request (HTTP %1) but its answer could not "
                               "be read; the run list shows the result at the next refresh. "
                               "Do not send it again.")
                    .arg(accepted.httpStatus);
    return e;
}

bool Client::mayHaveBeenApplied(const ApiError &error)
{
    if (acceptedButUnreadable(error)) {
        return true;
    }
    // Refused connections, unknown hosts and failed handshakes never reached the server.
    constexpr int connectionRefused = 1, hostNotFound = 3;
    if (error.kind == ApiError::Kind::Network) {
        return error.networkError != connectionRefused && error.networkError != hostNotFound;
    }
    return error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Server;
}

} // namespace Dbtc::Api
