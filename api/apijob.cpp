// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apijob.h"

#include "api/requestqueue.h"

#include <QJsonDocument>

namespace Dbtc::Api {

ApiJob::ApiJob(Request request, RequestQueue *queue, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_queue(queue)
    , m_json(std::make_unique<QJsonDocument>())
{ }

ApiJob::ApiJob(QObject *parent)
    : QObject(parent)
    , m_json(std::make_unique<QJsonDocument>())
{ }

ApiJob::~ApiJob() = default;

QByteArray ApiJob::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void ApiJob::abort()
{
    if (isFinished() || m_aborted) {
        return;
    }
    m_aborted = true;
    if (m_queue) {
        m_queue->abort(this);
    } else if (m_current) {
        m_current->abort(); // the operation finishes when the client sees the child cancelled
    }
}

void ApiJob::setCurrent(ApiJob *child)
{
    m_current = child;
    m_state = State::Running;
    if (m_aborted && child) {
        child->abort();
    }
}

void ApiJob::finishOperation(const ApiError *error)
{
    finishWith(error);
}

void ApiJob::finishWith(const ApiError *error)
{
    if (isFinished()) {
        return;
    }
    m_state = State::Finished;
    if (error) {
        m_failed = true;
        m_error = *error;
    }
    Q_EMIT finished();
    deleteLater();
}

} // namespace Dbtc::Api
