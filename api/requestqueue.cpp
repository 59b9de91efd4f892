// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/requestqueue.h"

#include "api/apijob.h"
#include "api/logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSslError>
#include <QTimer>

#include <algorithm>

namespace Dbtc::Api {

using std::chrono::milliseconds;

struct RequestQueue::Running
{
    QPointer<ApiJob> job;
    RequestLane lane = RequestLane::Metadata; // kept: the slot stays taken after an abort
    QTimer *timer = nullptr; // per-attempt timeout, restarted whenever bytes arrive
    bool timedOut = false;
    QString sslErrors;
    std::unique_ptr<QSaveFile> file;
    QElapsedTimer clock;
};

namespace {

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray start = body.left(256).trimmed().toLower();
    return contentType.toLower().contains("text/html") || start.startsWith("<!doctype")
        || start.startsWith("<html");
}

// Qt 6.4 silently resends a request whose connection closed before the answer (up to twice),
// POSTs included; later Qt versions only do that for idempotent methods. A POST body that
// cannot be rewound makes Qt fail with ContentReSendError instead, so a trigger is never
// sent twice behind our back.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }

    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

RequestQueue::RequestQueue(ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_pauseTimer(new QTimer(this))
{
    // Extra CAs are added to the system ones; certificate errors are never ignored.
    if (!m_options.extraCaCertificates.isEmpty()) {
        m_ssl.addCaCertificates(m_options.extraCaCertificates);
    }
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
    m_options.retry.maxAttempts = std::max(1, m_options.retry.maxAttempts);
    m_pauseTimer->setSingleShot(true);
    connect(m_pauseTimer, &QTimer::timeout, this, &RequestQueue::endPause);
}

RequestQueue::~RequestQueue()
{
    const auto running = m_running;
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.value();
    }
}

ApiJob *RequestQueue::submit(Request request)
{
    auto *job = new ApiJob(std::move(request), this, this);
    (job->request().priority == Priority::Foreground ? m_foreground : m_background).push_back(job);
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    schedulePump();
    return job;
}

void RequestQueue::schedulePump()
{
    if (m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

void RequestQueue::pump()
{
    if (isPaused()) {
        return;
    }
    while (ApiJob *job = takeNext()) {
        start(job);
    }
}

LaneCounts RequestQueue::runningPerLane() const
{
    LaneCounts counts {};
    for (const Running *run : std::as_const(m_running)) {
        ++counts[std::size_t(run->lane)];
    }
    return counts;
}

ApiJob *RequestQueue::takeNext()
{
    const LaneCounts running = runningPerLane();
    const int max = m_options.maxConcurrent;
    const int writes = running[std::size_t(RequestLane::Write)];
    const int reads = int(m_running.size()) - writes;
    const int laneCap = readLaneCap(max);
    // Background reads leave the last slot free for what the user asks for next.
    const int backgroundCap = max > 1 ? max - 1 : max;
    const auto eligible = [&](const ApiJob &job, bool foreground) {
        const RequestLane lane = laneOf(job.request());
        if (lane == RequestLane::Write) {
            // A click never waits behind reads: writes have slots of their own.
            return writes < max;
        }
        return reads < (foreground ? max : backgroundCap) && running[std::size_t(lane)] < laneCap;
    };
    for (auto *queue : { &m_foreground, &m_background }) {
        const bool foreground = queue == &m_foreground;
        for (auto it = queue->begin(); it != queue->end();) {
            ApiJob *job = *it;
            if (!job || job->isFinished()) {
                it = queue->erase(it);
                continue;
            }
            if (eligible(*job, foreground)) {
                queue->erase(it);
                return job;
            }
            ++it;
        }
    }
    return nullptr;
}

QUrl RequestQueue::urlFor(const Request &request) const
{
    QUrl url = m_options.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    url.setPath(base + request.path);
    url.setQuery(request.query);
    return url;
}

void RequestQueue::start(ApiJob *job)
{
    const Request &r = job->request();
    ++job->m_attempts;
    job->m_state = ApiJob::State::Running;
    job->m_body.clear();
    job->m_bytesReceived = 0;

    QNetworkRequest req(urlFor(r));
    req.setRawHeader("Authorization", "Token " + m_options.token.toUtf8());
    req.setRawHeader("Accept", r.expectJson ? "application/json" : "*/*");
    req.setRawHeader("User-Agent", m_options.userAgent.toUtf8());
    if (!r.body.isEmpty()) {
        req.setRawHeader("Content-Type", "application/json");
    }
    req.setSslConfiguration(m_ssl);
    // The token must never follow a redirect to another origin.
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);

    qCDebug(lcApiHttp).noquote() << r.describe() << "attempt" << job->m_attempts;
    const auto headerNames = req.rawHeaderList();
    for (const QByteArray &name : headerNames) {
        qCDebug(lcApiHttp).noquote() << "  >" << QString::fromLatin1(name) << ':'
                                     << QString::fromUtf8(redactHeader(name, req.rawHeader(name)));
    }

    QNetworkReply *reply = nullptr;
    switch (r.method) {
    case Request::Method::Get:
        reply = m_nam->get(req);
        break;
    case Request::Method::Post:
    case Request::Method::Put:
    case Request::Method::Patch: {
        req.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(r.body, nullptr);
        reply = m_nam->sendCustomRequest(req, r.methodName().toLatin1(), body);
        body->setParent(reply);
        break;
    }
    case Request::Method::Delete:
        reply = m_nam->deleteResource(req);
        break;
    }

    auto *run = new Running;
    run->job = job;
    run->lane = laneOf(r);
    run->clock.start();
    run->timer = new QTimer(reply);
    run->timer->setSingleShot(true);
    const milliseconds timeout = r.timeout.count() > 0 ? r.timeout
        : r.saveToFile.isEmpty()                       ? m_options.retry.requestTimeout
                                                       : m_options.retry.downloadTimeout;
    run->timer->setInterval(timeout);
    connect(run->timer, &QTimer::timeout, reply, [run, reply] {
        run->timedOut = true;
        reply->abort();
    });
    run->timer->start();
    // Read only: the errors are kept for the message; they are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [run](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors) {
            texts << e.errorString();
        }
        run->sslErrors = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, run, reply] {
        run->timer->start();
        ApiJob *job = run->job;
        if (!job) {
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray chunk = reply->readAll();
        job->m_bytesReceived += chunk.size();
        if (job->request().saveToFile.isEmpty() || status < 200 || status >= 300) {
            job->m_body += chunk;
            return;
        }
        if (!run->file) {
            run->file = std::make_unique<QSaveFile>(job->request().saveToFile);
            if (!run->file->open(QIODevice::WriteOnly)) {
                qCWarning(lcApi) << "cannot open" << job->request().saveToFile
                                 << run->file->errorString();
            }
        }
        if (run->file->isOpen() && run->file->write(chunk) != chunk.size()) {
            run->file->cancelWriting();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [run](qint64 received, qint64 total) {
        if (run->job) {
            Q_EMIT run->job->progress(received, total);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        onReplyFinished(reply);
    });
    m_running.insert(reply, run);
}

void RequestQueue::onReplyFinished(QNetworkReply *reply)
{
    Running *run = m_running.take(reply);
    reply->deleteLater();
    if (!run) {
        return;
    }
    run->timer->stop();
    std::unique_ptr<Running> guard(run);
    ApiJob *job = run->job;
    if (!job || job->isFinished()) {
        schedulePump();
        return;
    }
    job->m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    job->m_headers = reply->rawHeaderPairs();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    job->m_bytesReceived += rest.size();
    if (run->file && run->file->isOpen()) {
        run->file->write(rest);
    } else {
        job->m_body += rest;
    }

    qCDebug(lcApiHttp).noquote() << job->request().describe() << "->" << job->m_httpStatus
                                 << reply->error() << run->clock.elapsed() << "ms"
                                 << job->m_bytesReceived << "bytes";

    if (job->m_aborted && !run->timedOut) {
        const ApiError cancelled = ApiError::make(ApiError::Kind::Cancelled);
        complete(job, &cancelled);
        schedulePump();
        return;
    }

    std::optional<ApiError> error = classify(reply, job, *run);
    if (!error && run->file) {
        if (!run->file->commit()) {
            ApiError e = ApiError::make(ApiError::Kind::BadRequest, run->file->errorString());
            e.message = QStringLiteral("The download could not be saved to %1: %2")
                            .arg(job->request().saveToFile, run->file->errorString());
            error = e;
        }
    } else if (!error && !job->request().saveToFile.isEmpty() && !run->file) {
        // An empty body still has to produce the file the caller asked for.
        QSaveFile empty(job->request().saveToFile);
        if (!empty.open(QIODevice::WriteOnly) || !empty.commit()) {
            error = ApiError::make(ApiError::Kind::BadRequest, empty.errorString());
        }
    }
    if (error && run->file) {
        run->file->cancelWriting();
    }

    if (error) {
        error->networkError = static_cast<int>(reply->error());
    }
    if (!error) {
        setOnline(true);
        m_consecutive429 = 0;
        complete(job, nullptr);
        schedulePump();
        return;
    }
    handleFailure(job, std::move(*error));
    schedulePump();
}

std::optional<ApiError> RequestQueue::classify(
    QNetworkReply *reply, ApiJob *job, const Running &run) const
{
    const QString host = m_options.baseUrl.host();
    const int status = job->m_httpStatus;
    const QNetworkReply::NetworkError netError = reply->error();
    if (run.timedOut) {
        return ApiError::make(ApiError::Kind::Timeout,
            QStringLiteral("no answer within %1 ms").arg(run.timer->interval()),
            status,
            {},
            host);
    }
    if (netError == QNetworkReply::SslHandshakeFailedError) {
        return ApiError::make(ApiError::Kind::Tls,
            run.sslErrors.isEmpty() ? reply->errorString() : run.sslErrors,
            0,
            {},
            host);
    }
    // Errors 1..99 are transport errors (refused, closed, reset...): with or without a status
    // line the body is incomplete, so it is a network error, never a half-read success.
    if ((netError > QNetworkReply::NoError && netError < 100) || status == 0) {
        // With a status line the server was reached and its answer cut off: the message says
        // so (not "could not reach", not "offline"); it is retried like any network error.
        return ApiError::make(ApiError::Kind::Network, reply->errorString(), status, {}, host);
    }
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status >= 400) {
        const bool html = looksLikeHtml(job->m_body, contentType);
        ApiError e = ApiError::make(ApiError::kindForHttpStatus(status),
            html ? QStringLiteral("HTTP %1 with an HTML page").arg(status)
                 : QStringLiteral("HTTP %1").arg(status),
            status,
            {},
            host);
        if (!html) {
            readErrorBody(job->m_body, &e, host);
        }
        return e;
    }
    if (!job->request().expectJson || !job->request().saveToFile.isEmpty()) {
        return std::nullopt;
    }
    if (looksLikeHtml(job->m_body, contentType)) {
        return ApiError::make(ApiError::Kind::Decode,
            QStringLiteral("an HTML page instead of JSON (HTTP %1)").arg(status),
            status,
            {},
            host);
    }
    QJsonParseError parseError;
    *job->m_json = QJsonDocument::fromJson(job->m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiError::make(ApiError::Kind::Decode,
            QStringLiteral("invalid JSON at byte %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()),
            status,
            {},
            host);
    }
    return std::nullopt;
}

void RequestQueue::handleFailure(ApiJob *job, ApiError error)
{
    const ApiError::Kind kind = error.kind;
    if ((kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout)
        && job->m_httpStatus == 0) {
        setOnline(false);
    } else if (job->m_httpStatus > 0) {
        setOnline(true);
    }
    if (kind == ApiError::Kind::Unauthorized) {
        Q_EMIT unauthorized();
    }
    if (kind == ApiError::Kind::RateLimited) {
        // Every 429 pauses the whole connection, POSTs included; only GETs are retried.
        pauseForRateLimit(job->rawHeader("Retry-After"));
        error.retryAfter = m_pausedUntil;
        error.updateMessage(m_options.baseUrl.host());
    }
    const bool retry = job->request().idempotent && error.isTransient()
        && job->m_attempts < m_options.retry.maxAttempts;
    if (!retry) {
        qCDebug(lcApiRetry).noquote()
            << job->request().describe() << "failed:" << ApiError::kindName(kind) << error.detail;
        complete(job, &error);
        return;
    }
    job->m_state = ApiJob::State::WaitingToRetry;
    if (kind == ApiError::Kind::RateLimited) {
        const milliseconds wait(
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_pausedUntil)));
        qCDebug(lcApiRetry).noquote()
            << job->request().describe() << "429: waiting" << wait.count() << "ms";
        Q_EMIT job->retryScheduled(job->m_attempts, wait);
        enqueueFront(job);
        return;
    }
    const milliseconds delay = m_options.retry.delayFor(job->m_attempts);
    qCDebug(lcApiRetry).noquote() << job->request().describe() << ApiError::kindName(kind)
                                  << "- retry" << job->m_attempts + 1 << "in" << delay.count()
                                  << "ms";
    Q_EMIT job->retryScheduled(job->m_attempts, delay);
    QTimer::singleShot(delay, job, [this, job] {
        if (job->isFinished()) {
            return;
        }
        enqueueFront(job);
        schedulePump();
    });
}

void RequestQueue::enqueueFront(ApiJob *job)
{
    (job->request().priority == Priority::Foreground ? m_foreground : m_background).push_front(job);
}

void RequestQueue::complete(ApiJob *job, const ApiError *error)
{
    job->finishWith(error);
    m_inFlight = std::max(0, m_inFlight - 1);
    Q_EMIT inFlightChanged(m_inFlight);
}

void RequestQueue::abort(ApiJob *job)
{
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it.value()->job == job) {
            it.key()->abort(); // onReplyFinished() completes it as Cancelled
            return;
        }
    }
    for (auto *queue : { &m_foreground, &m_background }) {
        queue->erase(
            std::remove(queue->begin(), queue->end(), QPointer<ApiJob>(job)), queue->end());
    }
    const ApiError cancelled = ApiError::make(ApiError::Kind::Cancelled);
    complete(job, &cancelled);
}

void RequestQueue::abortAll()
{
    QList<QPointer<ApiJob>> all;
    for (const auto *queue : { &m_foreground, &m_background }) {
        all.append(QList<QPointer<ApiJob>>(queue->begin(), queue->end()));
    }
    for (Running *run : std::as_const(m_running)) {
        all.append(run->job);
    }
    for (const QPointer<ApiJob> &job : std::as_const(all)) {
        if (job && !job->isFinished()) {
            job->abort();
        }
    }
}

void RequestQueue::pauseForRateLimit(const QByteArray &retryAfterHeader)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool wasPaused = isPaused();
    if (!wasPaused) {
        ++m_consecutive429;
    }
    qint64 waitMs = -1;
    bool isNumber = false;
    const qint64 seconds = retryAfterHeader.trimmed().toLongLong(&isNumber);
    if (isNumber && seconds >= 0) {
        waitMs = seconds * 1000;
    } else if (!retryAfterHeader.isEmpty()) {
        const QDateTime at =
            QDateTime::fromString(QString::fromLatin1(retryAfterHeader.trimmed()), Qt::RFC2822Date);
        if (at.isValid()) {
            waitMs = now.msecsTo(at);
        }
    }
    if (waitMs < 0) {
        // No jitter: the pause is connection-wide and shown to the user as "paused until T".
        waitMs = RetryPolicy::backoff(m_consecutive429,
            m_options.retry.rateLimitFallback,
            m_options.retry.maxRateLimitPause,
            0.0)
                     .count();
    }
    waitMs = std::clamp<qint64>(waitMs, 0, m_options.retry.maxRateLimitPause.count());
    const QDateTime until = now.addMSecs(waitMs);
    // A later 429 asking for longer moves the end. Said again only when the end moves by a
    // second or more (what "paused until HH:mm:ss" shows), so the status bar and the errors
    // never show two different times, and simultaneous 429s still make one signal.
    const bool movedVisibly = wasPaused && m_pausedUntil.msecsTo(until) >= 1000;
    if (!wasPaused || until > m_pausedUntil) {
        m_pausedUntil = until;
        m_pauseTimer->start(milliseconds(waitMs));
    }
    if (!wasPaused || movedVisibly) {
        qCInfo(lcApiRetry) << "429: pausing all requests until" << m_pausedUntil;
        Q_EMIT rateLimited(m_pausedUntil);
    }
}

void RequestQueue::endPause()
{
    m_pausedUntil = QDateTime();
    qCInfo(lcApiRetry) << "rate-limit pause over";
    Q_EMIT rateLimitEnded();
    pump();
}

void RequestQueue::setOnline(bool online)
{
    if (online == m_online) {
        return;
    }
    m_online = online;
    Q_EMIT connectivityChanged(online);
}

} // namespace Dbtc::Api
