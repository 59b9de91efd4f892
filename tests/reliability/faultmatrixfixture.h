// SPDX-License-Identifier: GPL-3.0-or-later
// What every cell of the fault matrix shares: a fresh in-process simulator (nothing moves
// unless the test says so, so a run in flight stays in flight), a client with short timeouts
// and no retries of its own (a fault reaches the window at once), a real Workspace and
// MainWindow with poll clocks of a few hundred milliseconds, the fault kinds with the
// parameters the matrix uses, and the texts a user reads where errors are shown.
#pragma once

#include "../ui/mainwindowfixture.h"
#include "models/common/artifactcache.h"
#include "models/common/runartifacts.h"
#include "models/console/treerefresher.h"
#include "models/rundetail/rundetail.h"
#include "models/rundetail/triagefetcher.h"
#include "models/workspace/connectionsession.h"
#include "simulator/faults.h"
#include "stallprobe.h"
#include "tests/api/apitestutil.h"
#include "ui/rundetail/rundetailheader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>

#include <memory>

namespace FaultMatrix {

using namespace std::chrono_literals;
using Dbtc::Sim::FaultKind;

//! The client's answer timeout: a Delay fault answers later than this.
constexpr auto kRequestTimeout = 1000ms;
constexpr auto kDownloadTimeout = 1500ms;
//! Every poller's clock in the matrix: fast, slow and the backoff cap. One poll cycle is at
//! most the cap plus its 25 % jitter.
constexpr auto kPollFast = 200ms;
constexpr auto kPollSlow = 400ms;
constexpr auto kPollCycle = 500ms;
//! "Recovers by itself within two poll cycles": two cycles, plus the request itself and the
//! scheduling slack of a busy 2-core machine.
constexpr auto kRecoveryDeadline = 2 * kPollCycle + 1000ms;
//! The Retry-After a RateLimit fault sends; recovery may wait that long on top.
constexpr int kRetryAfterSeconds = 1;

inline const QList<FaultKind> &allKinds()
{
    static const QList<FaultKind> kinds { FaultKind::RateLimit,
        FaultKind::ServerError,
        FaultKind::HtmlPage,
        FaultKind::Delay,
        FaultKind::Drop,
        FaultKind::DropAfterProcessing,
        FaultKind::Truncated,
        FaultKind::InvalidJson };
    return kinds;
}

inline QStringList kindNames()
{
    QStringList names;
    for (FaultKind k : allKinds()) {
        names << Dbtc::Sim::faultKindName(k);
    }
    return names;
}

//! The fault as the matrix scripts it on \a path (a regex) for \a method, until cleared.
inline Dbtc::Sim::FaultRule ruleFor(
    FaultKind kind, const QString &path, const QString &method, bool download = false)
{
    Dbtc::Sim::FaultRule r { path, method, kind };
    switch (kind) {
    case FaultKind::RateLimit:
        r.retryAfterSeconds = kRetryAfterSeconds;
        break;
    case FaultKind::ServerError:
        r.status = 500;
        break;
    case FaultKind::HtmlPage:
        r.status = 503;
        break;
    case FaultKind::Delay:
        r.delayMs = int((download ? kDownloadTimeout : kRequestTimeout).count()) + 500;
        break;
    default:
        break;
    }
    return r;
}

//! Does the client write the request, so the server acts on it before failing the answer?
inline bool serverActs(FaultKind kind)
{
    return kind == FaultKind::Delay || kind == FaultKind::DropAfterProcessing
        || kind == FaultKind::Truncated || kind == FaultKind::InvalidJson;
}

class Fixture : protected MainWindowFixture
{
protected:
    std::unique_ptr<Dbtc::Models::Workspace> m_workspace;
    std::unique_ptr<Dbtc::Ui::MainWindow> m_window;
    StallProbe m_stall;

    //! A fresh simulator and client; the window comes with openWindow().
    bool startSimulator()
    {
        m_window.reset();
        m_workspace.reset();
        if (!QDir(m_cacheDir.path()).removeRecursively() || !QDir().mkpath(m_cacheDir.path())) {
            return false;
        }
        if (!m_sim.start(200)) {
            return false;
        }
        Dbtc::Api::ClientOptions o;
        o.baseUrl = m_sim.server->baseUrl();
        o.accountId = m_sim.accountId;
        o.token = m_sim.server->adminToken();
        o.retry.maxAttempts = 1;
        o.retry.requestTimeout = kRequestTimeout;
        o.retry.downloadTimeout = kDownloadTimeout;
        o.retry.baseDelay = 20ms;
        o.retry.maxDelay = 100ms;
        o.retry.rateLimitFallback = 300ms;
        o.retry.maxRateLimitPause = 3000ms;
        m_sim.client = std::make_unique<Dbtc::Api::Client>(o);
        return true;
    }

    static Dbtc::Models::PollSchedule::Intervals fastIntervals()
    {
        Dbtc::Models::PollSchedule::Intervals i;
        i.fast = kPollFast;
        i.slow = kPollSlow;
        i.maxBackoff = kPollSlow;
        return i;
    }

    //! The window with the demo connection; every poll clock short. Call before the first
    //! answer matters (the dashboard polls at once).
    Dbtc::Models::ConnectionSession *openWindow()
    {
        m_workspace = std::make_unique<Dbtc::Models::Workspace>(m_cacheDir.path());
        m_workspace->runPoller()->setIntervals(fastIntervals());
        m_window = std::make_unique<Dbtc::Ui::MainWindow>(m_workspace.get());
        m_window->resize(1280, 800);
        m_window->show();
        Dbtc::Models::ConnectionSession *s =
            m_workspace->addConnection(demoInfo(), m_sim.client.get());
        s->runDetail()->setPollInterval(kPollFast);
        s->runDetail()->triage()->setRetryIntervals(fastIntervals());
        for (auto *r : s->findChildren<Dbtc::Models::TreeRefresher *>()) {
            r->setIntervals(fastIntervals());
        }
        m_stall.start();
        return s;
    }

    Dbtc::Ui::MainWindow &w() { return *m_window; }

    Dbtc::Sim::Server &server() { return *m_sim.server; }

    //! POSTs whose path matches \a pathRegex since the log was cleared.
    int posts(const QString &pathRegex) const
    {
        const QRegularExpression re(pathRegex);
        int n = 0;
        for (const QByteArray &line : m_sim.server->requestLog()) {
            const QString l = QString::fromUtf8(line);
            if (l.startsWith(QStringLiteral("POST "))
                && re.match(l.section(QLatin1Char('?'), 0, 0)).hasMatch()) {
                ++n;
            }
        }
        return n;
    }

    //! What the status bar says about the connection (error, offline, rate-limit pause).
    QString statusBarProblem() const
    {
        const Dbtc::Ui::ConsoleStatusBar *bar = m_window->consoleStatusBar();
        QStringList parts;
        if (!bar->connectionText().endsWith(QStringLiteral(": connected"))) {
            parts << bar->connectionText();
        }
        if (!bar->rateLimitText().isEmpty()) {
            parts << bar->rateLimitText();
        }
        return parts.join(QStringLiteral(" · "));
    }

    //! Every cached artifact parses as JSON and no half-written staging file is left:
    //! a fault must never poison the cache (issue 16 point 2).
    QString artifactCacheProblem() const
    {
        QDirIterator it(m_cacheDir.path() + QStringLiteral("/artifacts"),
            QDir::Files | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!path.endsWith(QStringLiteral(".json"))) {
                return QStringLiteral("unexpected file %1").arg(path);
            }
            if (!f.open(QIODevice::ReadOnly)) {
                return QStringLiteral("unreadable %1").arg(path);
            }
            QJsonParseError error;
            (void)QJsonDocument::fromJson(f.readAll(), &error);
            if (error.error != QJsonParseError::NoError) {
                return QStringLiteral("%1: %2").arg(path, error.errorString());
            }
        }
        return {};
    }

    int cachedArtifactFiles() const
    {
        int n = 0;
        QDirIterator it(m_cacheDir.path() + QStringLiteral("/artifacts"),
            QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

    //! Waits for \a pred; returns the milliseconds it took, or -1 after \a timeout.
    template <typename Pred> static qint64 msUntil(Pred pred, std::chrono::milliseconds timeout)
    {
        QElapsedTimer t;
        t.start();
        if (!QTest::qWaitFor(pred, int(timeout.count()))) {
            return -1;
        }
        return t.elapsed();
    }

    static std::chrono::milliseconds recoveryDeadline(FaultKind kind)
    {
        return kRecoveryDeadline
            + (kind == FaultKind::RateLimit ? std::chrono::milliseconds(kRetryAfterSeconds * 1000)
                                            : 0ms);
    }
};

} // namespace FaultMatrix
