// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/request.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QJsonDocument; // kept out of the header: ui/ and models/ include this file

namespace Dbtc::Api {

class RequestQueue;

//! \brief One call in flight: a one-shot QObject handed out by Client. It emits finished()
//! exactly once (also after abort()) and deletes itself afterwards, so hold it in a QPointer.
//! A job either wraps one HTTP request (sent, and retried, by the RequestQueue) or is an
//! "operation" that chains several requests (fetch-all paging, trigger + verification); in
//! both cases abort() stops whatever is in flight and the callback gets a Cancelled error.
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    enum class State { Queued, Running, WaitingToRetry, Finished };

    const Request &request() const { return m_request; }

    State state() const { return m_state; }

    bool isFinished() const { return m_state == State::Finished; }

    int attempts() const { return m_attempts; }

    bool isAborted() const { return m_aborted; }

    //! \brief Finished with a 2xx (and, for JSON requests, a well-formed success envelope).
    bool ok() const { return isFinished() && !m_failed; }

    const ApiError &error() const { return m_error; }

    int httpStatus() const { return m_httpStatus; }

    //! \brief The parsed JSON body (JSON requests); the envelope for dbt Cloud calls.
    const QJsonDocument &json() const { return *m_json; }

    //! \brief The raw body; empty for downloads written to a file.
    const QByteArray &body() const { return m_body; }

    QByteArray rawHeader(const QByteArray &name) const;

    qint64 bytesReceived() const { return m_bytesReceived; }

public Q_SLOTS:
    //! \brief Stop this call. Safe to call at any time, also after it finished.
    void abort();

Q_SIGNALS:
    void finished();
    //! A retryable failure; the next attempt starts after \a delay (or when a 429 pause ends).
    void retryScheduled(int attempt, std::chrono::milliseconds delay);
    //! Download progress; \a total is -1 when unknown.
    void progress(qint64 received, qint64 total);

private:
    friend class RequestQueue;
    friend class Client;

    ApiJob(Request request, RequestQueue *queue, QObject *parent);
    //! An operation job: no request of its own; see setCurrent()/finishOperation().
    explicit ApiJob(QObject *parent);
    ~ApiJob() override;
    void setCurrent(ApiJob *child);
    void finishOperation(const ApiError *error);
    void finishWith(const ApiError *error);

    Request m_request;
    QPointer<RequestQueue> m_queue;
    QPointer<ApiJob> m_current;
    State m_state = State::Queued;
    int m_attempts = 0;
    bool m_aborted = false;
    bool m_failed = false;
    ApiError m_error;
    int m_httpStatus = 0;
    std::unique_ptr<QJsonDocument> m_json;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_bytesReceived = 0;
};

} // namespace Dbtc::Api
