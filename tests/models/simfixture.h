// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client.h"
#include "simulator/server.h"

#include <QTest>

#include <memory>

//! A simulator on loopback and an Api::Client for its demo account, with short timeouts so
//! fault tests stay fast. Shared by the model and UI tests of the console.
struct SimFixture
{
    std::unique_ptr<Dbtc::Sim::Server> server;
    std::unique_ptr<Dbtc::Api::Client> client;
    qint64 accountId = 0;
    int extraJobs = 0; //!< set before start(): unscheduled jobs added to the demo account
    int extraAccounts = 0; //!< set before start(): accounts without schedules (see ServerOptions)

    bool start(int historyRuns = 400, bool life = false, double speed = 1.0)
    {
        Dbtc::Sim::ServerOptions so;
        so.life = life;
        so.speed = speed;
        so.historyRuns = historyRuns;
        so.extraJobs = extraJobs;
        so.extraAccounts = extraAccounts;
        server = std::make_unique<Dbtc::Sim::Server>(so);
        QString error;
        if (!server->start(&error)) {
            qWarning("simulator did not start: %s", qPrintable(error));
            return false;
        }
        accountId = server->accountIds().first();
        client = clientFor(accountId);
        return true;
    }

    //! A client of another account the same token reaches (the simulator's second account is
    //! server->accountIds().at(1)), as the app makes one per account of a connection.
    std::unique_ptr<Dbtc::Api::Client> clientFor(qint64 account) const
    {
        Dbtc::Api::ClientOptions co;
        co.baseUrl = server->baseUrl();
        co.accountId = account;
        co.token = server->adminToken();
        co.retry.maxAttempts = 1;
        co.retry.requestTimeout = std::chrono::milliseconds(5000);
        co.retry.baseDelay = std::chrono::milliseconds(10);
        co.retry.rateLimitFallback = std::chrono::milliseconds(200);
        return std::make_unique<Dbtc::Api::Client>(co);
    }
};
