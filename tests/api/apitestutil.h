// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers of the API integration tests: a simulator on loopback and a Client with short
// timeouts and backoffs, plus await() that runs the event loop until a callback arrives.

#include "api/client.h"
#include "simulator/server.h"

#include <QTest>

#include <memory>
#include <optional>

namespace Dbtc::Test {

using namespace std::chrono_literals;

inline Api::RetryPolicy fastPolicy()
{
    Api::RetryPolicy p;
    p.maxAttempts = 3;
    p.requestTimeout = 1500ms;
    p.downloadTimeout = 3000ms;
    p.baseDelay = 50ms;
    p.maxDelay = 200ms;
    p.jitter = 0.1;
    p.rateLimitFallback = 300ms;
    p.maxRateLimitPause = 3000ms;
    return p;
}

inline std::unique_ptr<Sim::Server> startServer(bool tls = false, int historyRuns = 2400)
{
    Sim::ServerOptions o;
    o.life = false;
    o.tls = tls;
    o.historyRuns = historyRuns;
    auto server = std::make_unique<Sim::Server>(o);
    QString error;
    if (!server->start(&error)) {
        qFatal("simulator did not start: %s", qPrintable(error));
    }
    return server;
}

inline Api::ClientOptions optionsFor(const Sim::Server &server, const QString &token)
{
    Api::ClientOptions o;
    o.baseUrl = server.baseUrl();
    o.accountId = server.accountIds().constFirst();
    o.token = token;
    o.retry = fastPolicy();
    return o;
}

//! Starts a call with a callback and waits for it (or \a timeoutMs).
template <typename T, typename Start>
std::optional<Api::Result<T>> await(Start &&start, int timeoutMs = 15000)
{
    std::optional<Api::Result<T>> out;
    start(Api::Callback<T>([&out](const Api::Result<T> &r) {
        out = r;
    }));
    (void)QTest::qWaitFor(
        [&out] {
            return out.has_value();
        },
        timeoutMs);
    return out;
}

inline QString describe(const Api::ApiError &e)
{
    return Api::ApiError::kindName(e.kind)
        + QStringLiteral(" %1: %2 | %3").arg(e.httpStatus).arg(e.detail, e.message);
}

} // namespace Dbtc::Test

#define DBTC_VERIFY_OK(result)                                                                     \
    do {                                                                                           \
        QVERIFY2((result).has_value(), "no callback");                                             \
        QVERIFY2((result)->ok(),                                                                   \
            qPrintable((result)->ok() ? QString() : Dbtc::Test::describe((result)->error())));     \
    } while (false)
