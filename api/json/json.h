// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "api/types/account.h"
#include "api/types/admin.h"
#include "api/types/artifact.h"
#include "api/types/environment.h"
#include "api/types/job.h"
#include "api/types/page.h"
#include "api/types/project.h"
#include "api/types/run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <chrono>
#include <optional>

//! \file Free functions that turn dbt Cloud JSON into the api/types structs. Unknown fields are
//! ignored; a missing or mistyped required field is a Decode error whose detail names it.

namespace Dbtc::Api::Json {

//! \brief "2021-12-07 10:32:24.326116+00:00", "...T...Z", with or without fraction/zone
//! (no zone = UTC). Returns an invalid QDateTime when the text is not a timestamp.
QDateTime parseTimestamp(const QString &text);
//! \brief "HH:MM:SS" with hours past 24 ("24:00:36"), also "1 day, 0:00:36".
std::optional<std::chrono::seconds> parseDuration(const QString &text);

Result<Account> accountFromJson(const QJsonObject &object);
Result<Project> projectFromJson(const QJsonObject &object);
Result<Environment> environmentFromJson(const QJsonObject &object);
Result<Job> jobFromJson(const QJsonObject &object);
Result<Run> runFromJson(const QJsonObject &object);
Result<RunStep> runStepFromJson(const QJsonObject &object);
Result<Trigger> triggerFromJson(const QJsonObject &object);
Result<RetryDetails> retryDetailsFromJson(const QJsonObject &object);
Result<ArtifactList> artifactListFromJson(const QJsonValue &data, qint64 runId, int step);

//! \brief The envelope's `data` (checks status.is_success when present).
Result<QJsonValue> envelopeData(const QJsonDocument &document);
//! \brief A Decode error; \a field is the JSON path ("data[3].created_at").
ApiError decodeError(const QString &what);
//! \brief extra.pagination.total_count (and the page's offset/limit from extra.filters).
void readPagination(const QJsonObject &envelope, qint64 *total, qint64 *offset, qint64 *limit);

//! \brief One object from an envelope, decoded with \a decode.
template <typename T>
Result<T> objectFromEnvelope(
    const QJsonDocument &document, Result<T> (*decode)(const QJsonObject &))
{
    const Result<QJsonValue> data = envelopeData(document);
    if (!data) {
        return data.error();
    }
    if (!data->isObject()) {
        return decodeError(QStringLiteral("data: expected an object"));
    }
    return decode(data->toObject());
}

//! \brief A list of objects; an item that fails names its index ("data[3].id: missing").
template <typename T>
Result<QList<T>> listFromJson(const QJsonValue &value, Result<T> (*decode)(const QJsonObject &))
{
    QList<T> items;
    if (value.isNull() || value.isUndefined()) {
        return items;
    }
    if (!value.isArray()) {
        return decodeError(QStringLiteral("data: expected a list"));
    }
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<T> item = array.at(i).isObject()
            ? decode(array.at(i).toObject())
            : Result<T>(decodeError(QStringLiteral("expected an object")));
        if (!item) {
            ApiError e = item.error();
            return decodeError(QStringLiteral("data[%1].%2").arg(i).arg(e.detail));
        }
        items.append(std::move(item.value()));
    }
    return items;
}

//! \brief A list envelope (data + extra.pagination) into a Page.
template <typename T>
Result<Page<T>> pageFromEnvelope(
    const QJsonDocument &document, Result<T> (*decode)(const QJsonObject &))
{
    const Result<QJsonValue> data = envelopeData(document);
    if (!data) {
        return data.error();
    }
    Result<QList<T>> items = listFromJson<T>(*data, decode);
    if (!items) {
        return items.error();
    }
    Page<T> page;
    page.items = std::move(items.value());
    page.totalCount = page.items.size();
    readPagination(document.object(), &page.totalCount, &page.offset, &page.limit);
    return page;
}

//! \brief The body of POST jobs/ and jobs/{id}/ (every field the editor sets). \a forExport
//! leaves out "id" and writes the schedule's date type as dbt-cloud-cli can read it back.
QJsonObject jobToJson(const Job &job, bool forExport = false);
// Account administration (adminjson.cpp)
Result<WarehouseConnection> connectionFromJson(const QJsonObject &object);
Result<Repository> repositoryFromJson(const QJsonObject &object);
Result<Credential> credentialFromJson(const QJsonObject &object);
Result<User> userFromJson(const QJsonObject &object);
Result<Group> groupFromJson(const QJsonObject &object);
Result<ServiceToken> serviceTokenFromJson(const QJsonObject &object);
//! \brief Fails when token_string is missing: a create answer without its secret is useless.
Result<CreatedServiceToken> createdServiceTokenFromJson(const QJsonObject &object);
Result<WebhookSubscription> webhookFromJson(const QJsonObject &object);
Result<WebhookEvent> webhookEventFromJson(const QJsonObject &object);
Result<WebhookReceipt> webhookReceiptFromJson(const QJsonObject &object);
QJsonArray grantsToJson(const QList<PermissionGrant> &grants, qint64 accountId);
QJsonObject webhookToJson(const WebhookDraft &draft);
QJsonObject environmentToJson(const EnvironmentDraft &draft, qint64 accountId, qint64 projectId);

//! \brief The POST jobs/{id}/run/ body; only set overrides are sent.
QJsonObject triggerRequestToJson(const TriggerRequest &request, const QString &cause);

} // namespace Dbtc::Api::Json
