// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the job editor tests: a simulator, a Client with short timeouts, the session's
// WriteAccess and JobWriter as ConnectionSession makes them, and JobActions over them whose
// file dialogs and save confirmations the test answers.

#include "api/client.h"
#include "models/common/writeaccess.h"
#include "models/jobs/jobwriter.h"
#include "simulator/server.h"
#include "tests/api/apitestutil.h"
#include "ui/jobs/jobactions.h"
#include "ui/jobs/jobeditordialog.h"

#include <QComboBox>
#include <QTest>
#include <QWidget>

#include <memory>

namespace Dbtc::Test {

struct JobEditorFixture
{
    std::unique_ptr<Sim::Server> server;
    std::unique_ptr<Api::Client> client;
    std::unique_ptr<Models::WriteAccess> access;
    std::unique_ptr<Models::JobWriter> writer;
    std::unique_ptr<QWidget> window;
    std::unique_ptr<Ui::JobActions> actions;
    QString chosenFile; //!< what the file dialog answers
    bool answer = true; //!< what the save confirmation answers
    QStringList shownChanges; //!< what the last save confirmation listed
    int confirmations = 0;
    Api::Job seed; //!< an active, non-CI job
    Api::Job other; //!< another active job of the same project

    void start(bool jobViewerToken = false)
    {
        server = startServer(false, 60);
        Api::ClientOptions o =
            optionsFor(*server, jobViewerToken ? server->readOnlyToken() : server->adminToken());
        o.retry.maxAttempts = 1;
        client = std::make_unique<Api::Client>(o);
        access = std::make_unique<Models::WriteAccess>(false);
        writer = std::make_unique<Models::JobWriter>(client.get(), access.get());
        window = std::make_unique<QWidget>();
        window->resize(1280, 800);
        actions = std::make_unique<Ui::JobActions>(writer.get(), window.get());
        actions->setFileChooser([this](bool, const QString &) {
            return chosenFile;
        });
        actions->setConfirmer([this](const QString &, const QString &, const QStringList &c) {
            shownChanges = c;
            ++confirmations;
            return answer;
        });
        for (const Api::Job &j : jobs()) {
            if (j.state != Api::ObjectState::Active || j.completionTrigger) {
                continue;
            }
            if (!seed.id && j.type != Api::JobType::Ci) {
                seed = j;
            } else if (seed.id && !other.id && j.projectId == seed.projectId) {
                other = j;
            }
        }
    }

    void stop()
    {
        actions.reset();
        window.reset();
        writer.reset();
        access.reset();
        client.reset();
        server.reset();
        shownChanges.clear();
        confirmations = 0;
        answer = true;
        seed = {};
        other = {};
    }

    QList<Api::Job> jobs()
    {
        const auto r = await<QList<Api::Job>>([&](auto cb) {
            client->fetchAllJobs({}, nullptr, cb);
        });
        return r && r->ok() ? r->value() : QList<Api::Job> {};
    }

    std::optional<Api::Job> job(qint64 id)
    {
        const auto r = await<Api::Job>([&](auto cb) {
            client->getJob(id, nullptr, cb);
        });
        if (r && r->ok()) {
            return r->value();
        }
        return std::nullopt;
    }

    Ui::JobTarget target(const Api::Job &j) const
    {
        return Ui::JobTarget { j.id, j.name, j.projectId, j.environmentId };
    }

    //! The editor once open with its choices loaded (the completion list filled).
    Ui::JobEditorDialog *editor()
    {
        if (!QTest::qWaitFor(
                [this] {
                    Ui::JobEditorDialog *e = actions->editor();
                    auto *jobsCombo =
                        e ? e->findChild<QComboBox *>(QStringLiteral("jobCompletionJob")) : nullptr;
                    return jobsCombo && jobsCombo->count() > 1;
                },
                15000)) {
            return nullptr;
        }
        return actions->editor();
    }

    int writeCount() const
    {
        int n = 0;
        const QList<QByteArray> log = server->requestLog();
        for (const QByteArray &line : log) {
            n += line.startsWith("POST ") || line.startsWith("PUT ") || line.startsWith("DELETE ")
                ? 1
                : 0;
        }
        return n;
    }
};

} // namespace Dbtc::Test
