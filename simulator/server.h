// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/faults.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <memory>

class QTcpSocket;
class QTimer;

namespace Dbtc::Sim {

class HttpFrontend;
class Lifecycle;
class Router;
class SimClock;
class WebhookSender;
class World;
struct Request;
struct Response;

struct ServerOptions
{
    quint16 port = 0;
    quint64 seed = 42;
    double speed = 1.0; //!< simulated seconds per real second for cron and run progress
    bool life = true; //!< false: nothing moves unless a test calls advance()
    bool tls = false;
    QString tlsCertFile, tlsKeyFile; //!< empty + tls => generate self-signed
    QString scenarioFile; //!< JSON faults/scenario file, optional
    int historyRuns = 2400; //!< historical runs in the main account (tests may lower it)
    int extraJobs = 0; //!< unscheduled jobs added to the demo projects (benchmarks)
    //! More accounts after the demo and cell ones (benchmarks of many accounts): each with one
    //! project, one environment, jobsPerAccount unscheduled jobs, no history and four runs in
    //! flight (one running with one queued behind it, two more running).
    int extraAccounts = 0;
    int jobsPerAccount = 10;
};

//! A dbt Cloud Admin API (v2/v3) on 127.0.0.1, seeded deterministically, with scripted faults.
//! Construct and start it on the thread that will serve it (demo mode uses a worker QThread).
class Server final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Server)

public:
    explicit Server(ServerOptions options, QObject *parent = nullptr);
    ~Server() override;

    bool start(QString *error = nullptr); //!< listens on 127.0.0.1
    quint16 port() const;
    QUrl baseUrl() const; //!< "http://127.0.0.1:PORT" (https when tls)
    QString adminToken() const;
    QString readOnlyToken() const; //!< the seeded Job Viewer token
    //! The seeded token of one permission set ("job_admin", "metadata_only", ... see
    //! simulator/README.md); empty for an unknown set. Valid on every seeded account.
    QString serviceToken(const QString &permissionSet) const;
    QList<qint64> accountIds() const; //!< first = the rich demo account
    QSslCertificate certificate() const; //!< the served certificate (TLS tests add it as CA)
    Faults &faults();
    //! Moves the simulated clock forward and lets runs and cron catch up (same thread only).
    void advance(std::chrono::seconds simulated);

    // Introspection for client tests (thread-safe). /__sim/ control calls are not logged.
    int requestCount(const QString &pathContains = {}) const;
    QByteArray lastRequestBody(const QString &pathContains) const;
    QList<QByteArray> requestLog() const; //!< "METHOD path?query" lines in order
    void clearRequestLog();

    // Hooks for demo/tests: ids of some runs/jobs in known states.
    qint64 anyJobId(qint64 accountId) const;
    qint64 failedRunId(qint64 accountId) const; //!< a finished failed run with failing run_results
    //! Makes the job's next runs fail (100) or pass (0) instead of the seeded odds, so a test
    //! can wait for "the failure" rather than for luck (same thread only). False: no such job.
    bool setJobFailureRate(qint64 jobId, int percent);
    //! The simulated "now" (UTC).
    QDateTime now() const;

private:
    void onRequest(const Request &request, QTcpSocket *socket);
    Response dispatch(const Request &request);
    Response control(const Request &request);
    void tick();

    struct Logged
    {
        QByteArray line;
        QString path;
        QByteArray body;
    };

    ServerOptions m_options;
    std::unique_ptr<World> m_world;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<Lifecycle> m_life;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpFrontend> m_http;
    std::unique_ptr<WebhookSender> m_webhooks;
    Faults m_faults;
    QTimer *m_ticker = nullptr;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
    QString m_adminToken;
    QString m_readOnlyToken;
    mutable QMutex m_logMutex;
    QList<Logged> m_log;
};

} // namespace Dbtc::Sim
