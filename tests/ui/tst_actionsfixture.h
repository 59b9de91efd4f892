// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the RunActions tests: a fresh simulator per test (its world changes: runs get
// triggered, cancelled, retried), a Client with short timeouts, the connection's RunCommands,
// a RunActions over them whose questions are answered by the test, and helpers to read what
// reached the server.

#include "api/client.h"
#include "models/actions/runcommands.h"
#include "models/actions/stepselectionpreview.h"
#include "models/common/runartifacts.h"
#include "simulator/server.h"
#include "tests/api/apitestutil.h"
#include "ui/actions/runactions.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <memory>

namespace Dbtc::Test {

struct ActionsFixture
{
    std::unique_ptr<Sim::Server> server;
    std::unique_ptr<Api::Client> client;
    std::unique_ptr<Models::RunArtifacts> artifacts;
    std::unique_ptr<Models::StepSelectionPreviewer> previewer;
    std::unique_ptr<Models::RunCommands> commands;
    std::unique_ptr<QWidget> window;
    std::unique_ptr<Ui::RunActions> actions;
    QList<Ui::ActionPrompt> prompts;
    bool answer = true;

    void start(bool readOnlyMode = false, bool readOnlyToken = false)
    {
        server = startServer(false, 300);
        Api::ClientOptions o =
            optionsFor(*server, readOnlyToken ? server->readOnlyToken() : server->adminToken());
        o.retry.maxAttempts = 1;
        client = std::make_unique<Api::Client>(o);
        artifacts = std::make_unique<Models::RunArtifacts>(client.get(), QString());
        previewer = std::make_unique<Models::StepSelectionPreviewer>(client.get(), artifacts.get());
        commands = std::make_unique<Models::RunCommands>(client.get(), readOnlyMode);
        commands->setStepPreviewer(previewer.get()); // as the connection session does
        window = std::make_unique<QWidget>();
        window->resize(900, 700);
        actions = std::make_unique<Ui::RunActions>(commands.get(), window.get());
        actions->setConfirmer([this](const Ui::ActionPrompt &p) {
            prompts << p;
            return answer;
        });
    }

    void stop()
    {
        actions.reset();
        window.reset();
        commands.reset();
        previewer.reset();
        artifacts.reset();
        client.reset();
        server.reset();
        prompts.clear();
        answer = true;
    }

    qint64 account() const { return server->accountIds().constFirst(); }

    Api::Job job(qint64 id)
    {
        const auto r = await<Api::Job>([&](auto cb) {
            client->getJob(id, nullptr, cb);
        });
        return r && r->ok() ? r->value() : Api::Job {};
    }

    Api::Run run(qint64 id)
    {
        Api::RunInclude include;
        const auto r = await<Api::Run>([&](auto cb) {
            client->getRun(id, include, nullptr, cb);
        });
        return r && r->ok() ? r->value() : Api::Run {};
    }

    QList<Api::Run> runsOfJob(qint64 jobId)
    {
        Api::RunQuery q;
        q.jobDefinitionId = jobId;
        q.includeRelated = { QStringLiteral("trigger") };
        const auto r = await<QList<Api::Run>>([&](auto cb) {
            client->fetchAllRuns(q, nullptr, cb);
        });
        return r && r->ok() ? r->value() : QList<Api::Run> {};
    }

    QJsonObject lastBody(const QString &pathContains) const
    {
        return QJsonDocument::fromJson(server->lastRequestBody(pathContains)).object();
    }

    int postCount() const
    {
        int n = 0;
        const QList<QByteArray> log = server->requestLog();
        for (const QByteArray &line : log) {
            n += line.startsWith("POST ") ? 1 : 0;
        }
        return n;
    }

    void addFault(Sim::FaultKind kind, const QString &path, const QString &method = {})
    {
        server->faults().add(Sim::FaultRule { path, method, kind, 1, 0, 0, 0 });
    }
};

} // namespace Dbtc::Test
