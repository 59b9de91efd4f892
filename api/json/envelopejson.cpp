// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/json.h"

#include <QJsonArray>

namespace Dbtc::Api::Json {

ApiError decodeError(const QString &what)
{
    return ApiError::make(ApiError::Kind::Decode, what);
}

Result<QJsonValue> envelopeData(const QJsonDocument &document)
{
    if (!document.isObject()) {
        return decodeError(QStringLiteral("expected a JSON object with status and data"));
    }
    const QJsonObject root = document.object();
    const QJsonObject status = root.value(u"status").toObject();
    if (status.contains(u"is_success") && !status.value(u"is_success").toBool()) {
        const int code = status.value(u"code").toInt();
        const QString message = status.value(u"user_message").toString();
        return ApiError::make(
            code >= 400 ? ApiError::kindForHttpStatus(code) : ApiError::Kind::BadRequest,
            QStringLiteral("status.is_success is false"),
            code,
            message);
    }
    if (!root.contains(u"data")) {
        return decodeError(QStringLiteral("data: missing"));
    }
    return root.value(u"data");
}

void readPagination(const QJsonObject &envelope, qint64 *total, qint64 *offset, qint64 *limit)
{
    const QJsonObject extra = envelope.value(u"extra").toObject();
    const QJsonObject pagination = extra.value(u"pagination").toObject();
    const QJsonObject filters = extra.value(u"filters").toObject();
    if (pagination.contains(u"total_count")) {
        *total = pagination.value(u"total_count").toInteger(*total);
    }
    *offset = filters.value(u"offset").toInteger(*offset);
    *limit = filters.value(u"limit").toInteger(*limit);
}

QJsonObject triggerRequestToJson(const TriggerRequest &request, const QString &cause)
{
    QJsonObject o { { QStringLiteral("cause"), cause } };
    const TriggerOverrides &ov = request.overrides;
    const auto putString = [&o](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            o.insert(QLatin1String(key), value);
        }
    };
    putString("git_sha", ov.gitSha);
    putString("git_branch", ov.gitBranch);
    putString("schema_override", ov.schemaOverride);
    putString("dbt_version_override", ov.dbtVersionOverride);
    putString("target_name_override", ov.targetNameOverride);
    if (ov.threadsOverride) {
        o.insert(QStringLiteral("threads_override"), *ov.threadsOverride);
    }
    if (ov.generateDocsOverride) {
        o.insert(QStringLiteral("generate_docs_override"), *ov.generateDocsOverride);
    }
    if (ov.timeoutSecondsOverride) {
        o.insert(QStringLiteral("timeout_seconds_override"), *ov.timeoutSecondsOverride);
    }
    if (ov.stepsOverride) {
        o.insert(QStringLiteral("steps_override"), QJsonArray::fromStringList(*ov.stepsOverride));
    }
    const auto putId = [&o](const char *key, const std::optional<qint64> &id) {
        if (id) {
            o.insert(QLatin1String(key), *id);
        }
    };
    putId("github_pull_request_id", ov.githubPullRequestId);
    putId("gitlab_merge_request_id", ov.gitlabMergeRequestId);
    putId("azure_pull_request_id", ov.azurePullRequestId);
    putId("non_native_pull_request_id", ov.nonNativePullRequestId);
    return o;
}

} // namespace Dbtc::Api::Json
