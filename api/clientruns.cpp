// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client.h"
#include "api/clientcall.h"
#include "api/logging.h"

#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

namespace Dbtc::Api {

namespace {

QUrlQuery runQuery(const RunQuery &query, qint64 offset)
{
    QUrlQuery q;
    const auto add = [&q](const char *key, const QString &value) {
        q.addQueryItem(QLatin1String(key), value);
    };
    if (query.jobDefinitionId) {
        add("job_definition_id", QString::number(*query.jobDefinitionId));
    }
    if (query.projectId) {
        add("project_id", QString::number(*query.projectId));
    }
    if (!query.projectIdIn.isEmpty()) {
        QStringList ids;
        for (const qint64 id : query.projectIdIn) {
            ids << QString::number(id);
        }
        add("project_id__in", u'[' + ids.join(u',') + u']');
    }
    if (query.environmentId) {
        add("environment_id", QString::number(*query.environmentId));
    }
    if (query.status) {
        add("status", QString::number(static_cast<int>(*query.status)));
    }
    if (!query.statusIn.isEmpty()) {
        QStringList values;
        for (RunStatus s : query.statusIn) {
            values << QString::number(static_cast<int>(s));
        }
        add("status__in", u'[' + values.join(u',') + u']');
    }
    if (query.idGreaterThan) {
        add("id__gt", QString::number(*query.idGreaterThan));
    }
    if (!query.orderBy.isEmpty()) {
        add("order_by", query.orderBy);
    }
    if (!query.includeRelated.isEmpty()) {
        add("include_related", jsonList(query.includeRelated));
    }
    add("limit", QString::number(std::clamp(query.limit, 1, MaxPageSize)));
    add("offset", QString::number(offset));
    return q;
}

QString randomToken()
{
    return QString::number(QRandomGenerator::global()->generate() & 0xffffffu, 16)
        .rightJustified(6, u'0');
}

} // namespace

ApiJob *Client::listRuns(
    const RunQuery &query, QObject *context, Callback<Page<Run>> done, Priority priority)
{
    Request r = Request::get(v2(QStringLiteral("runs/")), runQuery(query, query.offset));
    r.priority = priority;
    return call<Page<Run>>(std::move(r),
        context,
        std::move(done),
        pageDecoder(&Json::runFromJson, query.offset, std::clamp(query.limit, 1, MaxPageSize)));
}

ApiJob *Client::fetchAllRuns(
    const RunQuery &query, QObject *context, Callback<QList<Run>> done, Priority priority)
{
    return fetchAll<Run>(
        [this, query, priority](qint64 offset) {
            Request r = Request::get(v2(QStringLiteral("runs/")), runQuery(query, offset));
            r.priority = priority;
            return r;
        },
        &Json::runFromJson,
        context,
        std::move(done));
}

ApiJob *Client::getRun(qint64 runId,
    const RunInclude &include,
    QObject *context,
    Callback<Run> done,
    Priority priority)
{
    QUrlQuery q;
    const QStringList names = include.names();
    if (!names.isEmpty()) {
        q.addQueryItem(QStringLiteral("include_related"), jsonList(names));
    }
    Request r = Request::get(v2(QStringLiteral("runs/%1/").arg(runId)), q);
    r.priority = priority;
    return call<Run>(std::move(r), context, std::move(done), objectDecoder(&Json::runFromJson));
}

ApiJob *Client::getRetryDetails(qint64 runId, QObject *context, Callback<RetryDetails> done)
{
    return call<RetryDetails>(
        Request::get(v2(QStringLiteral("runs/%1/retry/").arg(runId))),
        context,
        [done](const Result<RetryDetails> &r) {
            done(explainRetryRefusal(r));
        },
        objectDecoder(&Json::retryDetailsFromJson));
}

ApiJob *Client::getStep(qint64 stepId, bool debugLogs, QObject *context, Callback<RunStep> done)
{
    QUrlQuery q;
    if (debugLogs) {
        q.addQueryItem(
            QStringLiteral("include_related"), jsonList({ QStringLiteral("debug_logs") }));
    }
    return call<RunStep>(Request::get(v2(QStringLiteral("steps/%1/").arg(stepId)), q),
        context,
        std::move(done),
        objectDecoder(&Json::runStepFromJson));
}

ApiJob *Client::listArtifacts(qint64 runId, int step, QObject *context, Callback<ArtifactList> done)
{
    QUrlQuery q;
    if (step > 0) {
        q.addQueryItem(QStringLiteral("step"), QString::number(step));
    }
    return call<ArtifactList>(Request::get(v2(QStringLiteral("runs/%1/artifacts/").arg(runId)), q),
        context,
        std::move(done),
        [runId, step](const ApiJob &job) {
            const Result<QJsonValue> data = Json::envelopeData(job.json());
            if (!data) {
                return Result<ArtifactList>(data.error());
            }
            return Json::artifactListFromJson(*data, runId, step);
        });
}

ApiJob *Client::downloadArtifact(qint64 runId,
    const QString &path,
    int step,
    const QString &destinationFile,
    QObject *context,
    Callback<DownloadResult> done)
{
    QUrlQuery q;
    if (step > 0) {
        q.addQueryItem(QStringLiteral("step"), QString::number(step));
    }
    QString rest = path;
    while (rest.startsWith(u'/')) {
        rest.remove(0, 1);
    }
    Request r = Request::get(v2(QStringLiteral("runs/%1/artifacts/").arg(runId) + rest), q);
    r.expectJson = false; // artifacts come raw, not enveloped
    r.saveToFile = destinationFile;
    return call<DownloadResult>(
        std::move(r), context, std::move(done), [destinationFile](const ApiJob &job) {
            DownloadResult d;
            d.filePath = destinationFile;
            d.bytes = QFileInfo(destinationFile).size();
            d.contentType = QString::fromLatin1(job.rawHeader("Content-Type"));
            return Result<DownloadResult>(d);
        });
}

ApiJob *Client::triggerJob(
    qint64 jobId, const TriggerRequest &request, QObject *context, Callback<Run> done)
{
    QString cause = request.cause.trimmed();
    if (cause.isEmpty()) {
        cause = QStringLiteral("Triggered from dbt Cloud Console");
    }
    cause = request.uniqueCause ? makeUniqueCause(cause, randomToken())
                                : cause.left(TriggerRequest::MaxCauseLength);
    const QByteArray body =
        QJsonDocument(Json::triggerRequestToJson(request, cause)).toJson(QJsonDocument::Compact);
    Request httpRequest = Request::post(v2(QStringLiteral("jobs/%1/run/").arg(jobId)), body);
    // Refused (bad options, read-only): post() delivers the refusal without sending anything.
    if (ApiError refusal; refuses(httpRequest, &refusal)) {
        return post(std::move(httpRequest), context, std::move(done));
    }

    auto *operation = new ApiJob(this);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [operation, guard, hasContext, done](const Result<Run> &result) {
        if (!hasContext || guard) {
            done(result);
        }
        operation->finishOperation(result.ok() ? nullptr : &result.error());
    };
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    ApiJob *job = m_queue->submit(std::move(httpRequest));
    connect(job, &ApiJob::finished, operation, [=, this] {
        ApiError error;
        if (job->ok()) {
            Result<Run> run = Json::objectFromEnvelope<Run>(job->json(), &Json::runFromJson);
            if (run.ok() || operation->isAborted()) {
                return deliver(run);
            }
            // Accepted (2xx) but the run in the answer does not decode: the run exists.
            error = run.error();
            error.httpStatus = job->httpStatus();
        } else {
            error = job->error();
        }
        if (operation->isAborted() || !mayHaveBeenApplied(error)) {
            return deliver(error);
        }
        qCInfo(lcApi) << "trigger of job" << jobId << "lost its answer; looking for the run";
        verifyTrigger(operation, jobId, cause, sentAt, error, deliver);
    });
    operation->setCurrent(job);
    return operation;
}

void Client::verifyTrigger(ApiJob *operation,
    qint64 jobId,
    const QString &cause,
    const QDateTime &sentAt,
    const ApiError &sendError,
    std::function<void(const Result<Run> &)> deliver)
{
    RunQuery query;
    query.jobDefinitionId = jobId;
    query.orderBy = QStringLiteral("-id");
    query.includeRelated = { QStringLiteral("trigger") };
    query.limit = 25;
    Request r = Request::get(v2(QStringLiteral("runs/")), runQuery(query, 0));
    ApiJob *job = m_queue->submit(std::move(r));
    connect(job, &ApiJob::finished, operation, [=] {
        ApiError unknown = sendError;
        unknown.outcomeUnknown = true;
        if (job->ok()) {
            const auto page = Json::pageFromEnvelope<Run>(job->json(), &Json::runFromJson);
            if (page) {
                // The cause carries our unique ref; without it, created_at narrows the match.
                // Allow for clock skew between this machine and the server.
                const QDateTime earliest = sentAt.addSecs(-120);
                for (const Run &run : page->items) {
                    if (run.trigger && run.trigger->cause == cause && run.createdAt >= earliest) {
                        qCInfo(lcApi) << "found triggered run" << run.id << "of job" << jobId;
                        return deliver(run);
                    }
                }
            }
            unknown.message = QStringLiteral(
                "The trigger was sent but its answer was lost (%1), and no run with its cause "
                "is among the job's newest runs yet. Check the job's runs before triggering "
                "again.")
                                  .arg(sendError.detail);
        } else {
            unknown.message = QStringLiteral(
                "The trigger was sent but its answer was lost (%1), and the job's runs could "
                "not be checked. Check them in dbt Cloud before triggering again.")
                                  .arg(sendError.detail);
        }
        deliver(unknown);
    });
    operation->setCurrent(job);
}

} // namespace Dbtc::Api
