// SPDX-License-Identifier: GPL-3.0-or-later
// Every Client call against the simulator over real loopback HTTP.
#include "apitestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <set>

using namespace Dbtc;
using namespace Dbtc::Api;
using Dbtc::Test::await;

class TestApiClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sim::Server> m_server;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<Client> m_readOnly;

    qint64 account() const { return m_server->accountIds().constFirst(); }

private Q_SLOTS:

    void initTestCase()
    {
        m_server = Test::startServer();
        m_client = std::make_unique<Client>(Test::optionsFor(*m_server, m_server->adminToken()));
        m_readOnly =
            std::make_unique<Client>(Test::optionsFor(*m_server, m_server->readOnlyToken()));
    }

    void accounts_v2AndV3()
    {
        for (ApiVersion v : { ApiVersion::V2, ApiVersion::V3 }) {
            const auto r = await<QList<Account>>([&](auto cb) {
                m_client->listAccounts(this, cb, v);
            });
            DBTC_VERIFY_OK(r);
            QVERIFY(!r->value().isEmpty());
            QVERIFY(std::any_of(r->value().cbegin(), r->value().cend(), [this](const Account &a) {
                return a.id == account();
            }));
        }
        const auto one = await<Account>([&](auto cb) {
            m_client->getAccount(this, cb);
        });
        DBTC_VERIFY_OK(one);
        QCOMPARE(one->value().id, account());
        QVERIFY(!one->value().name.isEmpty());
    }

    //! "Find accounts" asks before any account is chosen: the list works without one, and
    //! anything account-scoped is refused without a request.
    void accountListNeedsNoAccount()
    {
        ClientOptions options = Test::optionsFor(*m_server, m_server->adminToken());
        options.accountId = 0;
        Client client(options);
        const auto list = await<QList<Account>>([&](auto cb) {
            client.listAccounts(this, cb);
        });
        DBTC_VERIFY_OK(list);
        QCOMPARE(list->value().size(), m_server->accountIds().size());
        const auto one = await<Account>([&](auto cb) {
            client.getAccount(this, cb);
        });
        QVERIFY(!one->ok());
        QVERIFY(one->error().userMessage().contains(QStringLiteral("No account id")));
    }

    void projectsAndEnvironments()
    {
        const auto projects = await<QList<Project>>([&](auto cb) {
            m_client->fetchAllProjects(this, cb);
        });
        DBTC_VERIFY_OK(projects);
        QVERIFY(projects->value().size() >= 3);
        const Project first = projects->value().constFirst();
        const auto page = await<Page<Project>>([&](auto cb) {
            ListQuery q;
            q.limit = 2;
            m_client->listProjects(q, this, cb);
        });
        DBTC_VERIFY_OK(page);
        QCOMPARE(page->value().items.size(), 2);
        QCOMPARE(page->value().totalCount, projects->value().size());
        const auto one = await<Project>([&](auto cb) {
            m_client->getProject(first.id, this, cb);
        });
        DBTC_VERIFY_OK(one);
        QCOMPARE(one->value().name, first.name);

        std::set<EnvironmentType> types;
        for (const Project &p : projects->value()) {
            const auto envs = await<QList<Environment>>([&](auto cb) {
                m_client->fetchAllEnvironments(p.id, this, cb);
            });
            DBTC_VERIFY_OK(envs);
            QVERIFY(envs->value().size() >= 2);
            for (const Environment &e : envs->value()) {
                QCOMPARE(e.projectId, p.id);
                types.insert(e.type);
            }
        }
        QVERIFY(
            types.count(EnvironmentType::Development) && types.count(EnvironmentType::Deployment));
        const auto envPage = await<Page<Environment>>([&](auto cb) {
            m_client->listEnvironments(first.id, ListQuery {}, this, cb);
        });
        DBTC_VERIFY_OK(envPage);
        const Environment env = envPage->value().items.constFirst();
        const auto oneEnv = await<Environment>([&](auto cb) {
            m_client->getEnvironment(first.id, env.id, this, cb);
        });
        DBTC_VERIFY_OK(oneEnv);
        QCOMPARE(oneEnv->value().name, env.name);
    }

    void jobs_listFilterGet()
    {
        const auto all = await<QList<Job>>([&](auto cb) {
            m_client->fetchAllJobs(JobQuery {}, this, cb);
        });
        DBTC_VERIFY_OK(all);
        QVERIFY(all->value().size() >= 25);
        const Job sample = all->value().constFirst();
        const auto filtered = await<Page<Job>>([&](auto cb) {
            JobQuery q;
            q.projectId = sample.projectId;
            m_client->listJobs(q, this, cb, Priority::Background);
        });
        DBTC_VERIFY_OK(filtered);
        QVERIFY(!filtered->value().items.isEmpty());
        for (const Job &j : filtered->value().items) {
            QCOMPARE(j.projectId, sample.projectId);
        }
        // project_id__in: the jobs of exactly the projects asked for, in one page.
        QSet<qint64> projects;
        for (const Job &j : all->value()) {
            projects.insert(j.projectId);
        }
        QVERIFY(projects.size() >= 3);
        const QList<qint64> two = QList<qint64>(projects.cbegin(), projects.cend()).mid(0, 2);
        const auto several = await<Page<Job>>([&](auto cb) {
            JobQuery q;
            q.projectIdIn = two;
            m_client->listJobs(q, this, cb, Priority::Background);
        });
        DBTC_VERIFY_OK(several);
        qsizetype expected = 0;
        for (const Job &j : all->value()) {
            expected += two.contains(j.projectId) ? 1 : 0;
        }
        QCOMPARE(several->value().items.size(), expected);
        for (const Job &j : several->value().items) {
            QVERIFY(two.contains(j.projectId));
        }
        const auto job = await<Job>([&](auto cb) {
            m_client->getJob(sample.id, this, cb, { QStringLiteral("environment") });
        });
        DBTC_VERIFY_OK(job);
        QCOMPARE(job->value().name, sample.name);
        QVERIFY(!job->value().executeSteps.isEmpty());
        QVERIFY(!job->value().environmentName.isEmpty());
    }

    void runs_filtersAndPaging()
    {
        RunQuery q;
        q.limit = 500; // clamped to 100: dbt Cloud refuses more
        const auto first = await<Page<Run>>([&](auto cb) {
            m_client->listRuns(q, this, cb);
        });
        DBTC_VERIFY_OK(first);
        const Page<Run> &page = first->value();
        QCOMPARE(page.items.size(), 100);
        QVERIFY(page.totalCount >= 2000);
        QVERIFY(page.hasMore());
        QVERIFY(page.items.at(0).id > page.items.at(1).id); // default order -id

        q.limit = 100;
        q.offset = page.nextOffset();
        const auto second = await<Page<Run>>([&](auto cb) {
            m_client->listRuns(q, this, cb);
        });
        DBTC_VERIFY_OK(second);
        QCOMPARE(second->value().offset, 100);
        QVERIFY(second->value().items.constFirst().id < page.items.constLast().id);

        RunQuery failed;
        failed.status = RunStatus::Error;
        failed.includeRelated = {
            QStringLiteral("trigger"), QStringLiteral("job"), QStringLiteral("environment")
        };
        const auto errors = await<Page<Run>>([&](auto cb) {
            m_client->listRuns(failed, this, cb);
        });
        DBTC_VERIFY_OK(errors);
        QVERIFY(!errors->value().items.isEmpty());
        for (const Run &r : errors->value().items) {
            QCOMPARE(r.status, RunStatus::Error);
            QVERIFY(r.trigger.has_value());
            QVERIFY(!r.jobName.isEmpty());
            QVERIFY(!r.environmentName.isEmpty());
        }

        RunQuery some;
        some.statusIn = { RunStatus::Error, RunStatus::Cancelled };
        some.jobDefinitionId = page.items.constFirst().jobDefinitionId;
        some.orderBy = QStringLiteral("id");
        const auto mixed = await<Page<Run>>([&](auto cb) {
            m_client->listRuns(some, this, cb);
        });
        DBTC_VERIFY_OK(mixed);
        for (const Run &r : mixed->value().items) {
            QVERIFY(r.status == RunStatus::Error || r.status == RunStatus::Cancelled);
            QCOMPARE(r.jobDefinitionId, *some.jobDefinitionId);
        }

        RunQuery newer;
        newer.idGreaterThan = page.items.at(10).id;
        newer.environmentId = page.items.at(0).environmentId;
        const auto recent = await<Page<Run>>([&](auto cb) {
            m_client->listRuns(newer, this, cb);
        });
        DBTC_VERIFY_OK(recent);
        QVERIFY(recent->value().totalCount <= 10);
        for (const Run &r : recent->value().items) {
            QVERIFY(r.id > *newer.idGreaterThan);
            QCOMPARE(r.environmentId, *newer.environmentId);
        }
    }

    void runs_fetchAllAcrossTwentyPages()
    {
        m_server->clearRequestLog();
        RunQuery q;
        q.orderBy = QStringLiteral("id");
        const auto all = await<QList<Run>>(
            [&](auto cb) {
                m_client->fetchAllRuns(q, this, cb);
            },
            30000);
        DBTC_VERIFY_OK(all);
        const QList<Run> &runs = all->value();
        QVERIFY(runs.size() >= 2000);
        std::set<qint64> ids;
        for (const Run &r : runs) {
            ids.insert(r.id);
        }
        QCOMPARE(qsizetype(ids.size()), runs.size());
        QCOMPARE(m_server->requestCount(QStringLiteral("/runs/")), int((runs.size() + 99) / 100));
    }

    void runDetail_stepsAndStep()
    {
        const qint64 failed = m_server->failedRunId(account());
        QVERIFY(failed > 0);
        RunInclude inc;
        inc.steps = true;
        const auto run = await<Run>([&](auto cb) {
            m_client->getRun(failed, inc, this, cb);
        });
        DBTC_VERIFY_OK(run);
        QCOMPARE(run->value().status, RunStatus::Error);
        QVERIFY(run->value().steps.size() >= 4);
        QVERIFY(run->value().trigger.has_value());
        const RunStep step = run->value().steps.constLast();
        QVERIFY(step.id > 0);
        const auto one = await<RunStep>([&](auto cb) {
            m_client->getStep(step.id, true, this, cb);
        });
        DBTC_VERIFY_OK(one);
        QCOMPARE(one->value().index, step.index);
        QVERIFY(!one->value().logs.isEmpty() || !one->value().debugLogs.isEmpty());
    }

    void trigger_withAllOverrides_thenCancel()
    {
        const qint64 jobId = m_server->anyJobId(account());
        TriggerRequest req;
        req.cause = QStringLiteral("API test");
        req.overrides.gitBranch = QStringLiteral("feature/api-test");
        req.overrides.gitSha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        req.overrides.schemaOverride = QStringLiteral("dbt_test");
        req.overrides.dbtVersionOverride = QStringLiteral("1.7.0-latest");
        req.overrides.threadsOverride = 8;
        req.overrides.targetNameOverride = QStringLiteral("ci");
        req.overrides.generateDocsOverride = true;
        req.overrides.timeoutSecondsOverride = 600;
        req.overrides.stepsOverride = QStringList { QStringLiteral("dbt build -s orders") };
        const auto run = await<Run>([&](auto cb) {
            m_client->triggerJob(jobId, req, this, cb);
        });
        DBTC_VERIFY_OK(run);
        QCOMPARE(run->value().jobDefinitionId, jobId);
        QVERIFY(run->value().inProgress);
        const QJsonObject sent =
            QJsonDocument::fromJson(m_server->lastRequestBody(QStringLiteral("/run/"))).object();
        QVERIFY(sent.value(u"cause").toString().startsWith(QStringLiteral("API test [ref ")));
        QCOMPARE(sent.value(u"threads_override").toInt(), 8);
        QCOMPARE(sent.value(u"steps_override").toArray().size(), 1);

        const auto detail = await<Run>([&](auto cb) {
            m_client->getRun(run->value().id, RunInclude {}, this, cb);
        });
        DBTC_VERIFY_OK(detail);
        QVERIFY(detail->value().trigger.has_value());
        const TriggerOverrides &o = detail->value().trigger->overrides;
        QCOMPARE(o.gitBranch, req.overrides.gitBranch);
        QCOMPARE(o.threadsOverride, std::optional<int>(8));
        QCOMPARE(o.generateDocsOverride, std::optional<bool>(true));
        QCOMPARE(o.stepsOverride, req.overrides.stepsOverride);
        QCOMPARE(detail->value().trigger->cause, sent.value(u"cause").toString());

        const auto cancelled = await<Run>([&](auto cb) {
            m_client->cancelRun(run->value().id, this, cb);
        });
        DBTC_VERIFY_OK(cancelled);
        QCOMPARE(cancelled->value().status, RunStatus::Cancelled);
    }

    void rerunJob_startsARun()
    {
        const qint64 jobId = m_server->anyJobId(account());
        const auto run = await<Run>([&](auto cb) {
            m_client->rerunJob(jobId, this, cb);
        });
        DBTC_VERIFY_OK(run);
        QCOMPARE(run->value().jobDefinitionId, jobId);
    }

    void retry_detailsThenRetryThenRefusal()
    {
        const qint64 failed = m_server->failedRunId(account());
        const auto details = await<RetryDetails>([&](auto cb) {
            m_client->getRetryDetails(failed, this, cb);
        });
        DBTC_VERIFY_OK(details);
        QVERIFY(!details->value().failedStep.isEmpty());
        const auto retried = await<Run>([&](auto cb) {
            m_client->retryRun(failed, this, cb);
        });
        DBTC_VERIFY_OK(retried);
        QVERIFY(retried->value().id != failed);
        const auto again = await<Run>([&](auto cb) {
            m_client->retryRun(failed, this, cb);
        });
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error().kind, ApiError::Kind::BadRequest);
        QCOMPARE(retryRefusalReason(again->error()), RetryNotSupportedReason::NotLatestRun);
        QVERIFY2(again->error().message.contains(QStringLiteral("latest run")),
            qPrintable(again->error().message));
        QVERIFY(!again->error().outcomeUnknown);
    }

    void artifacts_listAndDownload()
    {
        const qint64 failed = m_server->failedRunId(account());
        const auto list = await<ArtifactList>([&](auto cb) {
            m_client->listArtifacts(failed, 0, this, cb);
        });
        DBTC_VERIFY_OK(list);
        QVERIFY(list->value().paths.contains(QStringLiteral("run_results.json")));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run_results.json"));
        std::optional<Result<DownloadResult>> out;
        QPointer<ApiJob> job = m_client->downloadArtifact(failed,
            QStringLiteral("run_results.json"),
            0,
            file,
            this,
            [&out](const Result<DownloadResult> &r) {
                out = r;
            });
        QSignalSpy progress(job.data(), &ApiJob::progress);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return out.has_value();
            },
            10000));
        DBTC_VERIFY_OK(out);
        QVERIFY(progress.count() >= 1);
        QVERIFY(out->value().bytes > 100);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject results = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(results.contains(u"results"));

        const QString missing = dir.filePath(QStringLiteral("nope.json"));
        const auto notFound = await<DownloadResult>([&](auto cb) {
            m_client->downloadArtifact(
                failed, QStringLiteral("does/not/exist.json"), 0, missing, this, cb);
        });
        QVERIFY(notFound && !notFound->ok());
        QCOMPARE(notFound->error().kind, ApiError::Kind::NotFound);
        QVERIFY(!QFile::exists(missing));
    }

    void readOnlyToken_writesAreForbidden_andSentOnce()
    {
        const qint64 failed = m_server->failedRunId(account());
        const qint64 jobId = m_server->anyJobId(account());
        m_server->clearRequestLog();
        const auto cancel = await<Run>([&](auto cb) {
            m_readOnly->cancelRun(failed, this, cb);
        });
        const auto retry = await<Run>([&](auto cb) {
            m_readOnly->retryRun(failed, this, cb);
        });
        const auto trigger = await<Run>([&](auto cb) {
            m_readOnly->triggerJob(jobId, TriggerRequest {}, this, cb);
        });
        for (const auto *r : { &cancel, &retry, &trigger }) {
            QVERIFY(r->has_value() && !(*r)->ok());
            QCOMPARE((*r)->error().kind, ApiError::Kind::Forbidden);
            QCOMPARE((*r)->error().httpStatus, 403);
            QVERIFY((*r)->error().message.contains(QStringLiteral("permission")));
        }
        QCOMPARE(m_server->requestLog().size(), 3);
        // Reads still work with the read-only token.
        const auto runs = await<Page<Run>>([&](auto cb) {
            m_readOnly->listRuns(RunQuery {}, this, cb);
        });
        DBTC_VERIFY_OK(runs);
    }

    void readOnlyConnection_refusesEveryWrite_beforeSending()
    {
        // An admin token: only the client's own flag stands between these calls and the server.
        Api::ClientOptions o = Test::optionsFor(*m_server, m_server->adminToken());
        o.readOnly = true;
        Client client(o);
        QVERIFY(client.isReadOnly());
        const qint64 failed = m_server->failedRunId(account());
        const qint64 jobId = m_server->anyJobId(account());
        m_server->clearRequestLog();
        const auto cancel = await<Run>([&](auto cb) {
            client.cancelRun(failed, this, cb);
        });
        const auto retry = await<Run>([&](auto cb) {
            client.retryRun(failed, this, cb);
        });
        const auto trigger = await<Run>([&](auto cb) {
            client.triggerJob(jobId, TriggerRequest {}, this, cb);
        });
        const auto rerun = await<Run>([&](auto cb) {
            client.rerunJob(jobId, this, cb);
        });
        for (const auto *r : { &cancel, &retry, &trigger, &rerun }) {
            QVERIFY(r->has_value() && !(*r)->ok());
            QCOMPARE((*r)->error().kind, ApiError::Kind::ReadOnly);
            QCOMPARE((*r)->error().httpStatus, 0);
            // Refused before sending: certainly not applied, so never "outcome unknown".
            QVERIFY(!(*r)->error().outcomeUnknown);
            QVERIFY((*r)->error().message.contains(QStringLiteral("read-only")));
        }
        QCOMPARE(m_server->requestLog().size(), 0);
        // Reads go through as usual.
        const auto runs = await<Page<Run>>([&](auto cb) {
            client.listRuns(RunQuery {}, this, cb);
        });
        DBTC_VERIFY_OK(runs);
        QCOMPARE(m_server->requestLog().size(), 1);
    }

    void badToken_isUnauthorizedWithHostHint()
    {
        Client client(Test::optionsFor(*m_server, QStringLiteral("wrong-token")));
        QSignalSpy unauthorized(&client, &Client::unauthorized);
        const auto r = await<Page<Run>>([&](auto cb) {
            client.listRuns(RunQuery {}, this, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(r->error().serverMessage, QStringLiteral("Invalid token."));
        QVERIFY(r->error().message.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(unauthorized.count(), 1);
    }

    void plainHttpToRemoteHost_isRefusedBeforeSending()
    {
        ClientOptions o = Test::optionsFor(*m_server, m_server->adminToken());
        o.baseUrl = QUrl(QStringLiteral("http://cloud.getdbt.com"));
        Client client(o);
        QVERIFY(!client.configurationError().isEmpty());
        const auto r = await<Page<Run>>([&](auto cb) {
            client.listRuns(RunQuery {}, this, cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ApiError::Kind::BadRequest);
        QVERIFY(r->error().message.contains(QStringLiteral("https")));
    }

    void destroyedContext_callbackNeverRuns()
    {
        auto *context = new QObject;
        bool called = false;
        m_client->listRuns(RunQuery {}, context, [&called](const Result<Page<Run>> &) {
            called = true;
        });
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(m_client->inFlight(), 0, 5000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
