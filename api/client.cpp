// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/client.h"

#include "api/clientcall.h"
#include "api/logging.h"

#include <QJsonArray>

#include <algorithm>

namespace Dbtc::Api {

namespace {

int clampLimit(int limit)
{
    return std::clamp(limit, 1, MaxPageSize);
}

void addListQuery(QUrlQuery *q, const ListQuery &query, qint64 offset)
{
    if (!query.nameContains.isEmpty()) {
        q->addQueryItem(QStringLiteral("name__icontains"), query.nameContains);
    }
    if (!query.orderBy.isEmpty()) {
        q->addQueryItem(QStringLiteral("order_by"), query.orderBy);
    }
    q->addQueryItem(QStringLiteral("limit"), QString::number(clampLimit(query.limit)));
    q->addQueryItem(QStringLiteral("offset"), QString::number(offset));
}

} // namespace

Client::Client(ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_configError(validateBaseUrl(options.baseUrl))
{
    m_queue = new RequestQueue(std::move(options), this);
    connect(m_queue, &RequestQueue::rateLimited, this, &Client::rateLimited);
    connect(m_queue, &RequestQueue::rateLimitEnded, this, &Client::rateLimitEnded);
    connect(m_queue, &RequestQueue::inFlightChanged, this, &Client::inFlightChanged);
    connect(m_queue, &RequestQueue::connectivityChanged, this, &Client::connectivityChanged);
    connect(m_queue, &RequestQueue::unauthorized, this, &Client::unauthorized);
}

Client::~Client() = default;

const ClientOptions &Client::options() const
{
    return m_queue->options();
}

void Client::setToken(const QString &token)
{
    m_queue->setToken(token);
}

int Client::inFlight() const
{
    return m_queue->inFlight();
}

bool Client::isRateLimited() const
{
    return m_queue->isPaused();
}

QDateTime Client::rateLimitedUntil() const
{
    return m_queue->pausedUntil();
}

void Client::abortAll()
{
    m_queue->abortAll();
}

bool Client::isReadOnly() const
{
    return options().readOnly;
}

bool Client::refuses(const Request &request, ApiError *why) const
{
    if (!m_configError.isEmpty()) {
        *why = ApiError::make(ApiError::Kind::BadRequest, m_configError);
        return true;
    }
    // Without an account only the token's account list can be asked ("Find accounts" in the
    // connection dialog, before one is picked).
    const bool accountList = request.path == QLatin1String("/api/v2/accounts/")
        || request.path == QLatin1String("/api/v3/accounts/");
    if (options().accountId <= 0 && !accountList) {
        *why = ApiError::make(ApiError::Kind::BadRequest,
            QStringLiteral("No account id is set for this connection."));
        return true;
    }
    if (request.isWrite() && isReadOnly()) {
        *why = ApiError::make(ApiError::Kind::ReadOnly, request.describe());
        qCInfo(lcApi).noquote() << "read-only connection: refused" << request.describe();
        return true;
    }
    return false;
}

QString Client::v2(const QString &rest) const
{
    return QStringLiteral("/api/v2/accounts/%1/").arg(options().accountId) + rest;
}

QString Client::v3(const QString &rest) const
{
    return QStringLiteral("/api/v3/accounts/%1/").arg(options().accountId) + rest;
}

ApiJob *Client::failNow(QObject *context, std::function<void()> deliver)
{
    auto *operation = new ApiJob(this);
    connect(operation, &ApiJob::finished, context ? context : this, std::move(deliver));
    QMetaObject::invokeMethod(
        operation,
        [operation] {
            operation->finishOperation(nullptr);
        },
        Qt::QueuedConnection);
    return operation;
}

ApiJob *Client::listAccounts(QObject *context, Callback<QList<Account>> done, ApiVersion version)
{
    // Account lists are small (the token's accounts); no paging needed.
    Request r = Request::get(version == ApiVersion::V3 ? QStringLiteral("/api/v3/accounts/")
                                                       : QStringLiteral("/api/v2/accounts/"));
    return call<QList<Account>>(std::move(r), context, std::move(done), [](const ApiJob &job) {
        const Result<QJsonValue> data = Json::envelopeData(job.json());
        if (!data) {
            return Result<QList<Account>>(data.error());
        }
        return Json::listFromJson<Account>(*data, &Json::accountFromJson);
    });
}

ApiJob *Client::getAccount(QObject *context, Callback<Account> done)
{
    return call<Account>(Request::get(v2(QString())),
        context,
        std::move(done),
        objectDecoder(&Json::accountFromJson));
}

ApiJob *Client::listProjects(
    const ListQuery &query, QObject *context, Callback<Page<Project>> done, Priority priority)
{
    QUrlQuery q;
    addListQuery(&q, query, query.offset);
    Request r = Request::get(v3(QStringLiteral("projects/")), q);
    r.priority = priority;
    return call<Page<Project>>(std::move(r),
        context,
        std::move(done),
        pageDecoder(&Json::projectFromJson, query.offset, clampLimit(query.limit)));
}

ApiJob *Client::getProject(qint64 projectId, QObject *context, Callback<Project> done)
{
    return call<Project>(Request::get(v3(QStringLiteral("projects/%1/").arg(projectId))),
        context,
        std::move(done),
        objectDecoder(&Json::projectFromJson));
}

ApiJob *Client::listEnvironments(qint64 projectId,
    const ListQuery &query,
    QObject *context,
    Callback<Page<Environment>> done,
    Priority priority)
{
    QUrlQuery q;
    addListQuery(&q, query, query.offset);
    Request r = Request::get(v3(QStringLiteral("projects/%1/environments/").arg(projectId)), q);
    r.priority = priority;
    return call<Page<Environment>>(std::move(r),
        context,
        std::move(done),
        pageDecoder(&Json::environmentFromJson, query.offset, clampLimit(query.limit)));
}

ApiJob *Client::getEnvironment(
    qint64 projectId, qint64 environmentId, QObject *context, Callback<Environment> done)
{
    const QString path =
        QStringLiteral("projects/%1/environments/%2/").arg(projectId).arg(environmentId);
    return call<Environment>(Request::get(v3(path)),
        context,
        std::move(done),
        objectDecoder(&Json::environmentFromJson));
}

ApiJob *Client::fetchAllProjects(QObject *context, Callback<QList<Project>> done, Priority priority)
{
    return fetchAll<Project>(
        [this, priority](qint64 offset) {
            QUrlQuery q;
            addListQuery(&q, ListQuery {}, offset);
            Request r = Request::get(v3(QStringLiteral("projects/")), q);
            r.priority = priority;
            return r;
        },
        &Json::projectFromJson,
        context,
        std::move(done));
}

ApiJob *Client::fetchAllEnvironments(
    qint64 projectId, QObject *context, Callback<QList<Environment>> done, Priority priority)
{
    return fetchAll<Environment>(
        [this, projectId, priority](qint64 offset) {
            QUrlQuery q;
            addListQuery(&q, ListQuery {}, offset);
            Request r =
                Request::get(v3(QStringLiteral("projects/%1/environments/").arg(projectId)), q);
            r.priority = priority;
            return r;
        },
        &Json::environmentFromJson,
        context,
        std::move(done));
}

QString Client::makeUniqueCause(const QString &cause, const QString &token)
{
    const QString suffix = QStringLiteral(" [ref %1]").arg(token);
    const qsizetype room = TriggerRequest::MaxCauseLength - suffix.size();
    return cause.left(std::max<qsizetype>(0, room)) + suffix;
}

} // namespace Dbtc::Api
