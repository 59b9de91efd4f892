// SPDX-License-Identifier: GPL-3.0-or-later
// Job create / update / delete against the simulator over loopback HTTP, the 400 field errors,
// and the dbt-cloud-cli export format.

#include "api/jobexport.h"
#include "apitestutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Dbtc;
using namespace Dbtc::Api;
using namespace Dbtc::Test;

class TestJobWrites : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sim::Server> m_server;
    std::unique_ptr<Client> m_client;
    qint64 m_project = 0;
    qint64 m_environment = 0;
    qint64 m_otherJob = 0; //!< a job of the same project, for completion and deferral

    // Every field set to something other than its default.
    Job everyField() const
    {
        Job j;
        j.projectId = m_project;
        j.environmentId = m_environment;
        j.name = QStringLiteral("Nightly marts ✓");
        j.description = QStringLiteral("Builds the marts after the loaders");
        j.dbtVersion = QStringLiteral("1.7.0-latest");
        j.executeSteps = { QStringLiteral("dbt seed"), QStringLiteral("dbt build -s tag:marts") };
        j.typeText = QStringLiteral("scheduled");
        j.deactivated = true;
        j.schedule.cron = QStringLiteral("15 6 * * 1,2,3,4,5");
        j.triggers.schedule = true;
        j.triggers.gitProviderWebhook = true;
        j.triggers.githubWebhook = true;
        j.triggers.onMerge = true;
        j.triggersOnDraftPr = true;
        j.completionTrigger = JobCompletionTrigger { m_otherJob, m_project, { 10, 20 } };
        j.settings.threads = 12;
        j.settings.targetName = QStringLiteral("prod");
        j.generateDocs = true;
        j.runGenerateSources = true;
        j.deferringEnvironmentId = m_environment;
        j.deferringJobDefinitionId = m_otherJob;
        j.runCompareChanges = true;
        j.compareChangesFlags = QStringLiteral("--select state:modified+");
        j.runLint = true;
        j.errorsOnLintFailure = true;
        j.timeoutSeconds = 5400;
        return j;
    }

    static void compareEditable(const Job &got, const Job &want)
    {
        QCOMPARE(got.projectId, want.projectId);
        QCOMPARE(got.environmentId, want.environmentId);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.description, want.description);
        QCOMPARE(got.dbtVersion, want.dbtVersion);
        QCOMPARE(got.executeSteps, want.executeSteps);
        QCOMPARE(got.typeText, want.typeText);
        QCOMPARE(got.deactivated, want.deactivated);
        QCOMPARE(got.schedule.cron, want.schedule.cron);
        QCOMPARE(got.triggers.schedule, want.triggers.schedule);
        QCOMPARE(got.triggers.gitProviderWebhook, want.triggers.gitProviderWebhook);
        QCOMPARE(got.triggers.githubWebhook, want.triggers.githubWebhook);
        QCOMPARE(got.triggers.onMerge, want.triggers.onMerge);
        QCOMPARE(got.triggersOnDraftPr, want.triggersOnDraftPr);
        QCOMPARE(got.completionTrigger.has_value(), want.completionTrigger.has_value());
        if (want.completionTrigger) {
            QCOMPARE(got.completionTrigger->jobId, want.completionTrigger->jobId);
            QCOMPARE(got.completionTrigger->statuses, want.completionTrigger->statuses);
        }
        QCOMPARE(got.settings.threads, want.settings.threads);
        QCOMPARE(got.settings.targetName, want.settings.targetName);
        QCOMPARE(got.generateDocs, want.generateDocs);
        QCOMPARE(got.runGenerateSources, want.runGenerateSources);
        QCOMPARE(got.deferringEnvironmentId.value_or(0), want.deferringEnvironmentId.value_or(0));
        QCOMPARE(
            got.deferringJobDefinitionId.value_or(0), want.deferringJobDefinitionId.value_or(0));
        QCOMPARE(got.runCompareChanges, want.runCompareChanges);
        QCOMPARE(got.compareChangesFlags, want.compareChangesFlags);
        QCOMPARE(got.runLint, want.runLint);
        QCOMPARE(got.errorsOnLintFailure, want.errorsOnLintFailure);
        QCOMPARE(got.timeoutSeconds, want.timeoutSeconds);
    }

    Job create(const Job &job)
    {
        const auto r = await<Job>([&](auto cb) {
            m_client->createJob(job, this, cb);
        });
        if (!r || !r->ok()) {
            qWarning("create failed: %s", r ? qPrintable(describe(r->error())) : "no answer");
            return {};
        }
        return r->value();
    }

private Q_SLOTS:

    void initTestCase()
    {
        m_server = startServer();
        m_client = std::make_unique<Client>(
            optionsFor(*m_server, m_server->serviceToken(QStringLiteral("job_admin"))));
        const auto projects = await<QList<Project>>([&](auto cb) {
            m_client->fetchAllProjects(this, cb);
        });
        DBTC_VERIFY_OK(projects);
        for (const Project &p : projects->value()) {
            const auto envs = await<QList<Environment>>([&](auto cb) {
                m_client->fetchAllEnvironments(p.id, this, cb);
            });
            DBTC_VERIFY_OK(envs);
            for (const Environment &e : envs->value()) {
                if (e.type == EnvironmentType::Deployment && !m_environment) {
                    m_project = p.id;
                    m_environment = e.id;
                }
            }
        }
        QVERIFY(m_environment);
        JobQuery q;
        q.projectId = m_project;
        const auto jobs = await<QList<Job>>([&](auto cb) {
            m_client->fetchAllJobs(q, this, cb);
        });
        DBTC_VERIFY_OK(jobs);
        for (const Job &j : jobs->value()) {
            if (j.state == ObjectState::Active && !m_otherJob) {
                m_otherJob = j.id;
            }
        }
        QVERIFY(m_otherJob);
    }

    void createThenReloadKeepsEveryField()
    {
        const Job want = everyField();
        const Job created = create(want);
        QVERIFY(created.id > 0);
        compareEditable(created, want);
        const auto reloaded = await<Job>([&](auto cb) {
            m_client->getJob(created.id, this, cb);
        });
        DBTC_VERIFY_OK(reloaded);
        compareEditable(reloaded->value(), want);
    }

    void updateChangesOnlyWhatWasEdited()
    {
        Job job = create(everyField());
        QVERIFY(job.id > 0);
        job.settings.threads = 4;
        job.schedule.cron = QStringLiteral("0 7 * * *");
        job.completionTrigger.reset();
        job.deferringJobDefinitionId.reset();
        job.dbtVersion.clear();
        const auto updated = await<Job>([&](auto cb) {
            m_client->updateJob(job, this, cb);
        });
        DBTC_VERIFY_OK(updated);
        compareEditable(updated->value(), job);
        QVERIFY(!updated->value().completionTrigger);
        QCOMPARE(updated->value().description, everyField().description);
    }

    void badFieldsComeBackPerField()
    {
        Job job = everyField();
        job.settings.threads = 99;
        job.schedule.cron = QStringLiteral("61 * * * *");
        const auto r = await<Job>([&](auto cb) {
            m_client->createJob(job, this, cb);
        });
        QVERIFY(r && !r->ok());
        const ApiError e = r->error();
        QCOMPARE(e.httpStatus, 400);
        QVERIFY2(
            !e.fieldMessage(QStringLiteral("settings.threads")).isEmpty(), qPrintable(e.detail));
        QVERIFY(!e.fieldMessage(QStringLiteral("schedule.cron")).isEmpty());
        QVERIFY(!e.outcomeUnknown); // a 400 was not applied
        // Writes are never resent: one POST for one call, even when it fails.
        const int before = m_server->requestCount(QStringLiteral("/jobs/"));
        (void)await<Job>([&](auto cb) {
            m_client->createJob(job, this, cb);
        });
        QCOMPARE(m_server->requestCount(QStringLiteral("/jobs/")), before + 1);
    }

    void fieldErrorShapes()
    {
        // dbt Cloud's {field: message}, DRF's {field: [messages]} and nested objects.
        ApiError e;
        e.httpStatus = 400;
        readErrorBody(R"({"status": {"code": 400},
            "data": {"name": "This field is required.",
                     "settings": {"threads": ["Too many.", "Really."]},
                     "execute_steps": [{"command": "Bad."}]}})",
            &e);
        QCOMPARE(e.fieldMessage(QStringLiteral("name")), QStringLiteral("This field is required."));
        QCOMPARE(e.fieldMessage(QStringLiteral("settings.threads")),
            QStringLiteral("Too many.; Really."));
        QCOMPARE(
            e.fieldMessage(QStringLiteral("execute_steps[0].command")), QStringLiteral("Bad."));
        ApiError notJson;
        notJson.httpStatus = 400;
        readErrorBody("not json", &notJson);
        QVERIFY(notJson.fieldErrors.isEmpty());
        readErrorBody(R"({"data": null})", &notJson);
        QVERIFY(notJson.fieldErrors.isEmpty());
    }

    void deleteIsSoftAndOnce()
    {
        const Job job = create(everyField());
        QVERIFY(job.id > 0);
        const auto gone = await<Job>([&](auto cb) {
            m_client->deleteJob(job.id, this, cb);
        });
        DBTC_VERIFY_OK(gone);
        QCOMPARE(gone->value().state, ObjectState::Deleted);
        const auto again = await<Job>([&](auto cb) {
            m_client->deleteJob(job.id, this, cb);
        });
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error().kind, ApiError::Kind::NotFound);
    }

    void viewerTokenIsForbidden()
    {
        Client viewer(optionsFor(*m_server, m_server->serviceToken(QStringLiteral("job_viewer"))));
        const auto r = await<Job>([&](auto cb) {
            viewer.createJob(everyField(), this, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Forbidden);
    }

    void readOnlyConnectionSendsNothing()
    {
        ClientOptions o = optionsFor(*m_server, m_server->adminToken());
        o.readOnly = true;
        Client client(o);
        const int before = m_server->requestCount(QStringLiteral("/jobs"));
        const auto r = await<Job>([&](auto cb) {
            client.updateJob(everyField(), this, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::ReadOnly);
        QCOMPARE(m_server->requestCount(QStringLiteral("/jobs")), before);
    }

    void exportThenImportIsEqual()
    {
        Job job = everyField();
        job.id = 77;
        job.accountId = 1;
        const QByteArray file = exportJob(job);
        const QJsonObject written = QJsonDocument::fromJson(file).object();
        QVERIFY(!written.contains(QStringLiteral("id"))); // as dbt-cloud-cli's export
        // What dbt-cloud-cli's import (its job create model) reads, in the types it checks.
        for (const char *key : { "project_id",
                 "environment_id",
                 "name",
                 "execute_steps",
                 "triggers",
                 "settings",
                 "state",
                 "generate_docs",
                 "schedule" }) {
            QVERIFY2(written.contains(QLatin1String(key)), key);
        }
        const QJsonObject schedule = written.value(QStringLiteral("schedule")).toObject();
        QVERIFY(QStringList({ QStringLiteral("every_day"),
                                QStringLiteral("days_of_week"),
                                QStringLiteral("custom_cron") })
                    .contains(schedule.value(QStringLiteral("date"))
                                  .toObject()
                                  .value(QStringLiteral("type"))
                                  .toString()));
        QVERIFY(schedule.value(QStringLiteral("time"))
                    .toObject()
                    .value(QStringLiteral("interval"))
                    .isDouble());
        const Result<Job> back = importJob(file);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().detail));
        QCOMPARE(back->id, 0);
        compareEditable(*back, job);
    }

    void dbtCloudCliFileImports()
    {
        const QString path = QStringLiteral(DBTC_TEST_DATA_DIR "/dbt-cloud-cli-job-export.json");
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const Result<Job> job = importJob(f.readAll());
        QVERIFY2(job.ok(), job.ok() ? "" : qPrintable(job.error().detail));
        QCOMPARE(job->name, QStringLiteral("Daily job"));
        QCOMPARE(job->projectId, 123457);
        QCOMPARE(job->environmentId, 49819);
        QCOMPARE(job->executeSteps, QStringList { QStringLiteral("dbt run --select tag:daily") });
        QCOMPARE(job->settings.threads, 4);
        QCOMPARE(job->schedule.cron, QStringLiteral("0 5 * * *"));
        QVERIFY(job->triggers.schedule);

        // The minimal file its `job create` options make: dbt-cloud-cli's defaults fill in.
        const Result<Job> minimal = importJob(R"({"project_id": 1, "environment_id": 2,
            "name": "m", "execute_steps": ["dbt build"]})");
        QVERIFY(minimal.ok());
        QCOMPARE(minimal->settings.threads, 1);
        QCOMPARE(minimal->settings.targetName, QStringLiteral("default"));
        QCOMPARE(minimal->schedule.cron, QStringLiteral("0 * * * *"));

        const Result<Job> broken = importJob(R"({"name": "no project"})");
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().detail.contains(QStringLiteral("project_id")));
        QVERIFY(!importJob("[1, 2]").ok());
        QVERIFY(!importJob("{ not json").ok());
    }
};

QTEST_GUILESS_MAIN(TestJobWrites)
#include "tst_jobwrites.moc"
