// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! \file Internal: the templates behind Client's typed calls. Included by client*.cpp only.

#include "api/client.h"
#include "api/json/json.h"
#include "api/requestqueue.h"

#include <QPointer>

#include <memory>

namespace Dbtc::Api {

//! include_related and status__in as a JSON list: the form the reference calls the safest.
inline QString jsonList(const QStringList &names)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

//! A refused retry names its RETRY_* reason; say it in plain words.
template <typename T> Result<T> explainRetryRefusal(const Result<T> &result)
{
    if (result.ok()) {
        return result;
    }
    const RetryNotSupportedReason reason = retryRefusalReason(result.error());
    if (reason == RetryNotSupportedReason::None) {
        return result;
    }
    ApiError e = result.error();
    e.message =
        QStringLiteral("dbt Cloud will not retry this run: ") + retryNotSupportedText(reason);
    return e;
}

template <typename T>
ApiJob *Client::call(Request request,
    QObject *context,
    Callback<T> done,
    std::function<Result<T>(const ApiJob &)> decode)
{
    if (ApiError error; refuses(request, &error)) {
        return failNow(context, [done, error] {
            done(Result<T>(error));
        });
    }
    ApiJob *job = m_queue->submit(std::move(request));
    // The context is the receiver: if it is destroyed first, the callback never runs.
    connect(job,
        &ApiJob::finished,
        context ? context : this,
        [job, done = std::move(done), decode = std::move(decode)] {
            if (!job->ok()) {
                done(Result<T>(job->error()));
                return;
            }
            Result<T> result = decode(*job);
            if (!result.ok() && result.error().httpStatus == 0) {
                // A body that does not decode still came with its status: a 2xx on a write
                // means the write happened (Client::mayHaveBeenApplied).
                ApiError e = result.error();
                e.httpStatus = job->httpStatus();
                result = Result<T>(e);
            }
            done(result);
        });
    return job;
}

template <typename T>
std::function<Result<T>(const ApiJob &)> objectDecoder(Result<T> (*decode)(const QJsonObject &))
{
    return [decode](const ApiJob &job) {
        return Json::objectFromEnvelope<T>(job.json(), decode);
    };
}

template <typename T>
std::function<Result<Page<T>>(const ApiJob &)> pageDecoder(
    Result<T> (*decode)(const QJsonObject &), qint64 offset, int limit)
{
    return [decode, offset, limit](const ApiJob &job) {
        Result<Page<T>> page = Json::pageFromEnvelope<T>(job.json(), decode);
        if (page) {
            page.value().offset = offset; // what we asked for is authoritative
            page.value().limit = limit;
        }
        return page;
    };
}

template <typename T>
ApiJob *Client::fetchAll(std::function<Request(qint64 offset)> pageRequest,
    Result<T> (*decode)(const QJsonObject &),
    QObject *context,
    Callback<QList<T>> done)
{
    if (!m_configError.isEmpty()) {
        const ApiError error = ApiError::make(ApiError::Kind::BadRequest, m_configError);
        return failNow(context, [done, error] {
            done(Result<QList<T>>(error));
        });
    }
    auto *operation = new ApiJob(this);
    auto items = std::make_shared<QList<T>>();
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [operation, guard, hasContext, done](const Result<QList<T>> &result) {
        if (!hasContext || guard) {
            done(result);
        }
        operation->finishOperation(result.ok() ? nullptr : &result.error());
    };
    auto step = std::make_shared<std::function<void(qint64)>>();
    std::weak_ptr<std::function<void(qint64)>> weakStep = step;
    *step = [this, operation, items, pageRequest, decode, deliver, weakStep](qint64 offset) {
        ApiJob *job = m_queue->submit(pageRequest(offset));
        connect(job,
            &ApiJob::finished,
            operation,
            [job, offset, items, decode, deliver, self = weakStep.lock()] {
                if (!job->ok()) {
                    return deliver(job->error());
                }
                Result<Page<T>> page = Json::pageFromEnvelope<T>(job->json(), decode);
                if (!page) {
                    return deliver(page.error());
                }
                items->append(page->items);
                const qint64 next = offset + page->items.size();
                if (page->items.isEmpty() || next >= page->totalCount) {
                    return deliver(*items);
                }
                (*self)(next);
            });
        operation->setCurrent(job);
    };
    (*step)(0);
    return operation;
}

} // namespace Dbtc::Api
