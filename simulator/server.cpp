// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/server.h"

#include "simulator/controlguard.h"
#include "simulator/envelope.h"
#include "simulator/http.h"
#include "simulator/httpfrontend.h"
#include "simulator/lifecycle.h"
#include "simulator/permissions.h"
#include "simulator/router.h"
#include "simulator/seed.h"
#include "simulator/seedadmin.h"
#include "simulator/tls.h"
#include "simulator/webhooksender.h"
#include "simulator/world.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace Dbtc::Sim {

namespace {

// Cloudflare-style page a proxy serves during an incident (dbt-core issue #2836).
constexpr char kHtmlPage[] = "<!DOCTYPE html>\n<html><head><title>dbt Cloud | 503: Service "
                             "temporarily unavailable</title></head>\n"
                             "<body><h1>We'll be right back</h1><p>dbt Cloud is temporarily "
                             "unavailable. Please try again in a few "
                             "minutes.</p><p>Ray ID: 7d1f2a3b4c5d6e7f</p></body></html>\n";

Response faultResponse(const FaultRule &rule)
{
    Response r;
    switch (rule.kind) {
    case FaultKind::RateLimit:
        r = Response::error(429, QStringLiteral("Too many requests. Please slow down."));
        if (rule.retryAfterSeconds > 0) {
            r.headers.append({ "Retry-After", QByteArray::number(rule.retryAfterSeconds) });
        }
        break;
    case FaultKind::ServerError:
        r = Response::error(
            rule.status ? rule.status : 500, QStringLiteral("Internal server error."));
        break;
    case FaultKind::HtmlPage:
        r.status = rule.status ? rule.status : 503;
        r.contentType = "text/html; charset=utf-8";
        r.body = kHtmlPage;
        break;
    default:
        break;
    }
    return r;
}

} // namespace

Server::Server(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_world(std::make_unique<World>())
    , m_clock(std::make_unique<SimClock>(
          QDateTime::currentDateTimeUtc(), m_options.speed, m_options.life))
    , m_life(std::make_unique<Lifecycle>(*m_world, *m_clock))
    , m_router(std::make_unique<Router>())
    , m_webhooks(std::make_unique<WebhookSender>(*m_world))
    , m_adminToken(simTokenSecret(m_options.seed, QStringLiteral("admin")))
    , m_readOnlyToken(simTokenSecret(m_options.seed, QStringLiteral("readonly")))
{
    m_world->seed = m_options.seed;
    seedWorld(*m_world, *m_life, m_clock->now(), m_options.historyRuns, m_options.extraJobs);
    seedExtraAccounts(
        *m_world, *m_life, m_clock->now(), m_options.extraAccounts, m_options.jobsPerAccount);
    seedAdmin(*m_world, m_clock->now());
    registerAccountRoutes(*m_router);
    registerJobRoutes(*m_router);
    registerRunRoutes(*m_router);
    registerArtifactRoutes(*m_router);
    registerProjectRoutes(*m_router);
    registerEnvironmentRoutes(*m_router);
    registerConnectionRoutes(*m_router);
    registerRepositoryRoutes(*m_router);
    registerCredentialRoutes(*m_router);
    registerUserRoutes(*m_router);
    registerServiceTokenRoutes(*m_router);
    registerWebhookRoutes(*m_router);
    registerAuditLogRoutes(*m_router);
}

Server::~Server() = default;

bool Server::start(QString *error)
{
    QString err;
    if (!m_options.scenarioFile.isEmpty()) {
        QFile f(m_options.scenarioFile);
        QJsonParseError pe;
        const QJsonDocument doc = f.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(f.readAll(), &pe)
            : QJsonDocument();
        if (doc.isNull()
            || !m_faults.addFromJson(
                doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &err)) {
            if (error) {
                *error = QStringLiteral("scenario %1: %2")
                             .arg(m_options.scenarioFile,
                                 err.isEmpty() ? QStringLiteral("not valid JSON") : err);
            }
            return false;
        }
    }
    m_http = std::make_unique<HttpFrontend>([this](const Request &r, QTcpSocket *s) {
        onRequest(r, s);
    });
    if (m_options.tls) {
        QSslKey key;
        const bool ok = m_options.tlsCertFile.isEmpty()
            ? generateSelfSigned(&m_certificate, &key, &err)
            : loadCertificate(
                m_options.tlsCertFile, m_options.tlsKeyFile, &m_certificate, &key, &err);
        if (!ok) {
            if (error) {
                *error = err;
            }
            return false;
        }
        m_http->sslSetup(m_certificate, key);
    }
    m_port = m_http->listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        if (error) {
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        }
        return false;
    }
    if (m_options.life) {
        m_ticker = new QTimer(this);
        connect(m_ticker, &QTimer::timeout, this, &Server::tick);
        m_ticker->start(100);
    }
    return true;
}

quint16 Server::port() const
{
    return m_port;
}

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString Server::adminToken() const
{
    return m_adminToken;
}

QString Server::readOnlyToken() const
{
    return m_readOnlyToken;
}

QString Server::serviceToken(const QString &permissionSet) const
{
    return isPermissionSet(permissionSet) && permissionSet != QLatin1String("owner")
        ? simTokenSecret(m_options.seed, QStringLiteral("set:") + permissionSet)
        : QString();
}

QList<qint64> Server::accountIds() const
{
    QList<qint64> ids;
    for (const Account &a : std::as_const(m_world->accounts)) {
        ids.append(a.id);
    }
    return ids;
}

QSslCertificate Server::certificate() const
{
    return m_certificate;
}

Faults &Server::faults()
{
    return m_faults;
}

QDateTime Server::now() const
{
    return m_clock->now();
}

void Server::advance(std::chrono::seconds simulated)
{
    // Walk in steps of at most a minute so cron fires and runs finish in their real order.
    qint64 left = simulated.count();
    while (left > 0) {
        const qint64 step = qMin<qint64>(left, 60);
        m_clock->advance(step);
        m_life->step(m_clock->now(), true);
        left -= step;
    }
}

void Server::tick()
{
    m_life->step(m_clock->now(), true);
}

int Server::requestCount(const QString &pathContains) const
{
    QMutexLocker lock(&m_logMutex);
    int n = 0;
    for (const Logged &l : m_log) {
        n += l.path.contains(pathContains) ? 1 : 0;
    }
    return n;
}

QByteArray Server::lastRequestBody(const QString &pathContains) const
{
    QMutexLocker lock(&m_logMutex);
    for (auto it = m_log.crbegin(); it != m_log.crend(); ++it) {
        if (it->path.contains(pathContains)) {
            return it->body;
        }
    }
    return {};
}

QList<QByteArray> Server::requestLog() const
{
    QMutexLocker lock(&m_logMutex);
    QList<QByteArray> out;
    for (const Logged &l : m_log) {
        out.append(l.line);
    }
    return out;
}

void Server::clearRequestLog()
{
    QMutexLocker lock(&m_logMutex);
    m_log.clear();
}

qint64 Server::anyJobId(qint64 accountId) const
{
    for (const Job &j : std::as_const(m_world->jobs)) {
        if (j.accountId == accountId && j.state == 1 && j.scheduleEnabled) {
            return j.id;
        }
    }
    return 0;
}

bool Server::setJobFailureRate(qint64 jobId, int percent)
{
    const auto it = m_world->jobs.find(jobId);
    if (it == m_world->jobs.end()) {
        return false;
    }
    it->failureRate = std::clamp(percent, 0, 100);
    return true;
}

qint64 Server::failedRunId(qint64 accountId) const
{
    qint64 fallback = 0;
    for (auto it = m_world->runs.cend(); it != m_world->runs.cbegin();) {
        --it;
        if (it->accountId != accountId || it->status != RunStatus::Error
            || it->plan.failStep <= 3) {
            continue;
        }
        if (m_life->retryRefusal(*it).isEmpty()) {
            return it->id; // prefer one that can still be retried
        }
        fallback = fallback ? fallback : it->id;
    }
    return fallback;
}

void Server::onRequest(const Request &request, QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState) {
        // A request that arrived on a connection we are closing (after a truncated answer):
        // it is never answered, so it must not count or consume a fault; the client resends it.
        return;
    }
    if (request.path.startsWith(QLatin1String("/__sim/"))) {
        writeResponse(socket, control(request));
        return;
    }
    {
        QMutexLocker lock(&m_logMutex);
        m_log.append({ request.logLine(), request.path, request.body });
    }
    const std::optional<FaultRule> fault = m_faults.take(request.method, request.path);
    const FaultKind kind = fault ? fault->kind : FaultKind::Delay;
    const int delay = fault ? fault->delayMs : 0;
    QPointer<QTcpSocket> sock(socket);
    const auto later = [this, sock, delay](std::function<void()> fn) {
        if (delay > 0) {
            QTimer::singleShot(delay, this, [sock, fn] {
                if (sock) {
                    fn();
                }
            });
        } else {
            fn();
        }
    };
    // A close before the response body starts makes QNetworkAccessManager resend the request on
    // its own (even a POST, up to twice: it assumes a stale keep-alive connection). Promising a
    // body and closing before any of it makes the drop reach the client as the error it is
    // (RemoteHostClosedError), exactly once.
    const auto drop = [sock] {
        sock->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n");
        sock->flush();
        sock->disconnectFromHost(); // a FIN, not a RST: a RST would discard those bytes
    };
    if (fault && kind == FaultKind::Drop) {
        later(drop);
        return;
    }
    if (fault
        && (kind == FaultKind::RateLimit || kind == FaultKind::ServerError
            || kind == FaultKind::HtmlPage)) {
        const Response r = faultResponse(*fault);
        later([sock, r] {
            writeResponse(sock, r);
        });
        return;
    }
    Response response = dispatch(request);
    if (!fault) {
        writeResponse(socket, response);
        return;
    }
    switch (kind) {
    case FaultKind::DropAfterProcessing:
        later(drop);
        break;
    case FaultKind::Truncated:
        later([sock, response] {
            writeResponse(sock, response, response.body.size() / 2);
        });
        break;
    case FaultKind::InvalidJson:
        response.status = 200;
        response.contentType = "application/json";
        response.body =
            R"({"status": {"code": 200, "is_success": tru, "user_message": "Success!"}, "data": [{"id": 1,,}])";
        later([sock, response] {
            writeResponse(sock, response);
        });
        break;
    default: // Delay
        later([sock, response] {
            writeResponse(sock, response);
        });
        break;
    }
}

Response Server::dispatch(const Request &request)
{
    const QByteArray auth = request.header("Authorization").trimmed();
    const qsizetype space = auth.indexOf(' ');
    const QByteArray scheme = auth.left(space).toLower();
    const QString token = QString::fromLatin1(auth.mid(space + 1).trimmed());
    ServiceToken *caller = space > 0 && (scheme == "token" || scheme == "bearer")
        ? m_world->tokenBySecret(token)
        : nullptr;
    if (!caller) {
        return Response::error(401, QStringLiteral("Invalid token."));
    }
    const Router::Match match = m_router->find(request.method, request.path);
    if (!match.handler) {
        if (match.pathMatched) {
            Response r = Response::json({ { QStringLiteral("detail"),
                                            QStringLiteral("Method \"%1\" not allowed.")
                                                .arg(QString::fromLatin1(request.method)) } },
                405);
            return r;
        }
        return Response::notFound();
    }
    const QString account = match.match.captured(QStringLiteral("account"));
    const qint64 accountId = account.toLongLong();
    if (!account.isEmpty()
        && (!m_world->account(accountId)
            || (caller->accountId && caller->accountId != accountId))) {
        return Response::error(
            403, QStringLiteral("Access denied: Token is not scoped to account."));
    }
    const QStringList sets = caller->sets();
    if (!allows(sets, match.area, match.write)) {
        return Response::error(403, forbiddenMessage(sets, match.area, match.write));
    }
    const QDateTime now = m_clock->now();
    m_life->step(now, m_options.life); // answers reflect the clock even between ticks
    caller->lastUsed = now;
    Context ctx { request,
        match.match,
        *m_world,
        *m_life,
        now,
        accountId,
        caller->id,
        caller->name,
        m_webhooks.get() };
    return (*match.handler)(ctx);
}

Response Server::control(const Request &request)
{
    if (!request.peer.isLoopback()) {
        return Response::error(403, QStringLiteral("The control API is loopback-only."));
    }
    if (const QString refusal = controlRefusal(request, baseUrl()); !refusal.isEmpty()) {
        return Response::error(403, refusal);
    }
    const QString what = request.path.mid(7).remove(QLatin1Char('/'));
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (what == QLatin1String("faults")) {
        if (request.method == "DELETE") {
            m_faults.clear();
        } else if (request.method == "POST") {
            QString err;
            if (!m_faults.addFromJson(
                    body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object()), &err)) {
                return Response::error(400,
                    err.isEmpty()
                        ? QStringLiteral("Body must be a fault rule or {\"faults\": [...]}.")
                        : err);
            }
        }
        QJsonArray rules;
        const QList<FaultRule> all = m_faults.rules();
        for (const FaultRule &r : all) {
            rules.append(faultToJson(r));
        }
        return Response::json({ { QStringLiteral("faults"), rules } });
    }
    if (what == QLatin1String("requests")) {
        if (request.method == "DELETE") {
            clearRequestLog();
        }
        QJsonArray lines;
        const QList<QByteArray> log = requestLog();
        for (const QByteArray &l : log) {
            lines.append(QString::fromLatin1(l));
        }
        return Response::json(
            { { QStringLiteral("count"), lines.size() }, { QStringLiteral("requests"), lines } });
    }
    if (what == QLatin1String("advance") && request.method == "POST") {
        advance(std::chrono::seconds(body.object().value(QStringLiteral("seconds")).toInteger()));
    }
    if (what == QLatin1String("advance") || what == QLatin1String("info")) {
        QJsonArray ids;
        for (qint64 id : accountIds()) {
            ids.append(id);
        }
        return Response::json({ { QStringLiteral("base_url"), baseUrl().toString() },
            { QStringLiteral("account_ids"), ids },
            { QStringLiteral("now"), m_clock->now().toString(Qt::ISODateWithMs) } });
    }
    return Response::json(
        { { QStringLiteral("detail"), QStringLiteral("Unknown control endpoint.") } }, 404);
}

} // namespace Dbtc::Sim
