// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/clientoptions.h"
#include "api/request.h"
#include "api/requestlane.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <deque>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;
class QTimer;

namespace Dbtc::Api {

class ApiJob;

//! \brief The one place that sends requests: a concurrency cap shared fairly between the
//! kinds of reads (RequestLane: no kind holds more than half the slots), writes on slots of
//! their own so a click never waits behind reads, foreground before background (background
//! never takes the last slot), per-attempt timeouts, retries (idempotent requests only; network
//! errors, timeouts, 5xx, 429) and one pause of the whole connection on 429. Jobs never retry by
//! themselves, so the UI hears about a rate limit once, not once per request.
class RequestQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestQueue)

public:
    explicit RequestQueue(ClientOptions options, QObject *parent = nullptr);
    ~RequestQueue() override;

    //! \brief Queue \a request; the job starts from the event loop, never inside this call.
    ApiJob *submit(Request request);
    void abort(ApiJob *job);
    void abortAll();

    const ClientOptions &options() const { return m_options; }

    void setToken(const QString &token) { m_options.token = token; }

    int inFlight() const { return m_inFlight; }

    bool isPaused() const { return m_pausedUntil.isValid(); }

    QDateTime pausedUntil() const { return m_pausedUntil; }

Q_SIGNALS:
    void rateLimited(const QDateTime &until);
    void rateLimitEnded();
    void inFlightChanged(int count);
    void connectivityChanged(bool online);
    void unauthorized();

private:
    struct Running;

    void schedulePump();
    void pump();
    //! The next queued job that may start now (foreground first, then background), or null.
    ApiJob *takeNext();
    LaneCounts runningPerLane() const;
    void start(ApiJob *job);
    void onReplyFinished(QNetworkReply *reply);
    void complete(ApiJob *job, const ApiError *error);
    void enqueueFront(ApiJob *job);
    void pauseForRateLimit(const QByteArray &retryAfterHeader);
    void endPause();
    void setOnline(bool online);
    QUrl urlFor(const Request &request) const;
    std::optional<ApiError> classify(QNetworkReply *reply, ApiJob *job, const Running &run) const;
    void handleFailure(ApiJob *job, ApiError error);

    ClientOptions m_options;
    QNetworkAccessManager *m_nam = nullptr;
    QSslConfiguration m_ssl;
    std::deque<QPointer<ApiJob>> m_foreground;
    std::deque<QPointer<ApiJob>> m_background;
    QHash<QNetworkReply *, Running *> m_running;
    QDateTime m_pausedUntil;
    QTimer *m_pauseTimer = nullptr;
    int m_consecutive429 = 0;
    int m_inFlight = 0;
    bool m_online = true;
    bool m_pumpScheduled = false;
};

} // namespace Dbtc::Api
