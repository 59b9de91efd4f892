// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client.h"
#include "api/clientcall.h"

namespace Dbtc::Api {

ApiJob *Client::writeJob(Request request, QObject *context, Callback<Job> done)
{
    return call<Job>(
        std::move(request),
        context,
        [done, host = options().baseUrl.host()](const Result<Job> &result) {
            if (result.ok() || !mayHaveBeenApplied(result.error())) {
                return done(result);
            }
            ApiError e = result.error();
            e.outcomeUnknown = true;
            e.updateMessage(host);
            e.message += QStringLiteral(" The change may have been saved; reload the job "
                                        "before trying again.");
            done(e);
        },
        objectDecoder(&Json::jobFromJson));
}

ApiJob *Client::createJob(const Job &job, QObject *context, Callback<Job> done)
{
    Job created = job;
    created.id = 0;
    created.accountId = options().accountId;
    const QByteArray body = QJsonDocument(Json::jobToJson(created)).toJson(QJsonDocument::Compact);
    return writeJob(Request::post(v2(QStringLiteral("jobs/")), body), context, std::move(done));
}

ApiJob *Client::updateJob(const Job &job, QObject *context, Callback<Job> done)
{
    Job updated = job;
    updated.accountId = options().accountId;
    const QByteArray body = QJsonDocument(Json::jobToJson(updated)).toJson(QJsonDocument::Compact);
    return writeJob(
        Request::post(v2(QStringLiteral("jobs/%1/").arg(job.id)), body), context, std::move(done));
}

ApiJob *Client::deleteJob(qint64 jobId, QObject *context, Callback<Job> done)
{
    Request r;
    r.method = Request::Method::Delete;
    r.path = v2(QStringLiteral("jobs/%1/").arg(jobId));
    r.idempotent = false; // a soft delete answers 404 the second time: never resend it
    return writeJob(std::move(r), context, std::move(done));
}

} // namespace Dbtc::Api
