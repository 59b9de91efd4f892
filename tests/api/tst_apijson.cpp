// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding of real captured dbt Cloud responses (tests/data/api, copied from the shared
// fixtures) and of the edge cases the captures show: timestamp formats, durations past 24 h,
// 14-digit ids, nulls, unknown fields, missing required fields.
#include "api/client.h"
#include "api/clientoptions.h"
#include "api/json/json.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Dbtc::Api;
using namespace std::chrono_literals;

namespace {

QJsonDocument fixture(const char *name)
{
    QFile f(QStringLiteral(DBTC_TEST_DATA_DIR "/api/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return QJsonDocument::fromJson(f.readAll());
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestApiJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("run space+micro") << QStringLiteral("2021-12-07 10:32:24.326116+00:00")
                                         << utc(2021, 12, 7, 10, 32, 24, 326);
        QTest::newRow("iso T") << QStringLiteral("2021-11-18T15:19:03.185668+00:00")
                               << utc(2021, 11, 18, 15, 19, 3, 185);
        QTest::newRow("Z") << QStringLiteral("2021-11-18T15:19:03Z")
                           << utc(2021, 11, 18, 15, 19, 3);
        QTest::newRow("no fraction, offset")
            << QStringLiteral("2024-05-27 12:42:16+02:00") << utc(2024, 5, 27, 10, 42, 16);
        QTest::newRow("no zone = UTC")
            << QStringLiteral("2024-05-27T10:42:16.5") << utc(2024, 5, 27, 10, 42, 16, 500);
        QTest::newRow("rfc3339 nanos") << QStringLiteral("2023-12-04T17:13:35.123456789Z")
                                       << utc(2023, 12, 4, 17, 13, 35, 123);
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("bad date") << QStringLiteral("2024-02-31 00:00:00") << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime t = Json::parseTimestamp(text);
        QCOMPARE(t.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(t, expected);
            QCOMPARE(t.timeSpec(), Qt::UTC);
        }
    }

    void durations()
    {
        QCOMPARE(Json::parseDuration(QStringLiteral("00:01:50")), std::optional(110s));
        QCOMPARE(Json::parseDuration(QStringLiteral("24:00:36")), std::optional(86436s));
        QCOMPARE(Json::parseDuration(QStringLiteral("123:00:00")), std::optional(442800s));
        QCOMPARE(Json::parseDuration(QStringLiteral("1 day, 0:00:36")), std::optional(86436s));
        QVERIFY(!Json::parseDuration(QStringLiteral("1 minute, 50 seconds")));
    }

    void runGet_realCapture()
    {
        const auto run = Json::objectFromEnvelope<Run>(
            fixture("datamie_run_get_response.json"), &Json::runFromJson);
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().detail));
        QCOMPARE(run->id, 36053848);
        QCOMPARE(run->jobDefinitionId, 43167);
        QCOMPARE(run->status, RunStatus::Success);
        QCOMPARE(run->gitSha, QStringLiteral("981c5cf1ba299e942c6c277c38c8dec9b0738dd0"));
        QCOMPARE(run->createdAt, utc(2021, 12, 7, 10, 32, 24, 326));
        QCOMPARE(run->finishedAt, utc(2021, 12, 7, 10, 34, 14, 435));
        QVERIFY(!run->lastCheckedAt.isValid());
        QCOMPARE(run->duration, 110s);
        QCOMPARE(run->runDuration, 12s);
        QCOMPARE(run->queuedDuration, 97s);
        QVERIFY(run->isComplete && run->isSuccess && !run->inProgress);
        QVERIFY(!run->trigger);
        QVERIFY(run->steps.isEmpty());
        QVERIFY(run->statusMessage.isEmpty());
    }

    void runCancel_realCapture()
    {
        const auto run = Json::objectFromEnvelope<Run>(
            fixture("datamie_run_cancel_response.json"), &Json::runFromJson);
        QVERIFY(run.ok());
        QCOMPARE(run->status, RunStatus::Cancelled);
        QCOMPARE(run->statusMessage, QStringLiteral("Cancelled by user."));
        QVERIFY(run->isCancelled);
        QCOMPARE(run->finishedAt, utc(2022, 3, 14, 9, 58, 22, 867));
    }

    void runList_cellAccount64BitIds()
    {
        const auto page = Json::pageFromEnvelope<Run>(
            fixture("openmetadata_runs_list_v2.json"), &Json::runFromJson);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->totalCount, 4); // the capture was trimmed; total_count is the server's
        const Run &timedOut = page->items.at(0);
        QCOMPARE(timedOut.id, Q_INT64_C(70403110257794));
        QCOMPARE(timedOut.accountId, Q_INT64_C(70403103922125));
        QCOMPARE(timedOut.status, RunStatus::Cancelled);
        QVERIFY(timedOut.statusMessage.contains(QStringLiteral("timed out")));
        QCOMPARE(timedOut.duration, 86436s); // "24:00:36": hours past a day
        QCOMPARE(timedOut.runDuration, 86432s);
        QCOMPARE(timedOut.retryNotSupportedReason, RetryNotSupportedReason::NotFailedRun);
        QVERIFY(!timedOut.usedRepoCache);
        QCOMPARE(timedOut.href.host(), QStringLiteral("abc12.us1.dbt.com"));
        const Run &queued = page->items.at(1);
        QCOMPARE(queued.status, RunStatus::Queued);
        QCOMPARE(queued.blockedBy, QList<qint64> { Q_INT64_C(70403111611683) });
        QVERIFY(queued.gitBranch.isEmpty());
        QVERIFY(!queued.startedAt.isValid());
        QVERIFY(queued.inProgress);
        QVERIFY(!retryNotSupportedText(queued.retryNotSupportedReason).isEmpty());
    }

    void triggerResponse_realCapture()
    {
        const auto run = Json::objectFromEnvelope<Run>(
            fixture("datamie_job_run_response.json"), &Json::runFromJson);
        QVERIFY(run.ok());
        QCOMPARE(run->id, 34929305);
    }

    void airflowTrimmedRun_stepsDecode_runNamesMissingId()
    {
        const QJsonObject data =
            fixture("airflow_job_run_with_steps.json").object().value(u"data").toObject();
        const auto run = Json::runFromJson(data);
        QVERIFY(!run.ok());
        QCOMPARE(run.error().kind, ApiError::Kind::Decode);
        QVERIFY2(run.error().detail.startsWith(QStringLiteral("id: missing")),
            qPrintable(run.error().detail));
        const auto steps =
            Json::listFromJson<RunStep>(data.value(u"run_steps"), &Json::runStepFromJson);
        QVERIFY(steps.ok());
        QCOMPARE(steps->size(), 4);
        QCOMPARE(steps->at(3).index, 4);
        QCOMPARE(steps->at(3).name, QStringLiteral("Invoke dbt with `dbt build`"));
    }

    void jobs_realCaptures()
    {
        const auto job = Json::objectFromEnvelope<Job>(
            fixture("datamie_job_get_response.json"), &Json::jobFromJson);
        QVERIFY(job.ok());
        QCOMPARE(job->id, 43167);
        QCOMPARE(job->schedule.cron, QStringLiteral("0 * * * *"));
        QCOMPARE(job->schedule.dateType, QStringLiteral("every_day"));
        QCOMPARE(job->executeSteps, QStringList { QStringLiteral("dbt run -s not_a_model") });
        QCOMPARE(job->settings.threads, 4);
        QCOMPARE(job->state, ObjectState::Active);
        QVERIFY(job->dbtVersion.isEmpty());
        QVERIFY(!job->nextRun.isValid());
        QCOMPARE(job->createdAt, utc(2021, 11, 18, 15, 19, 3, 185));

        const auto deleted = Json::objectFromEnvelope<Job>(
            fixture("datamie_job_delete_response.json"), &Json::jobFromJson);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted->state, ObjectState::Deleted);
        QVERIFY(Json::objectFromEnvelope<Job>(
            fixture("datamie_job_create_response.json"), &Json::jobFromJson)
                    .ok());

        const auto page = Json::pageFromEnvelope<Job>(
            fixture("openmetadata_jobs_list_v2.json"), &Json::jobFromJson);
        QVERIFY(page.ok());
        const Job &j = page->items.at(0);
        QCOMPARE(j.id, Q_INT64_C(70403103936332));
        QCOMPARE(j.type, JobType::Other);
        QCOMPARE(j.schedule.dateType, QStringLiteral("interval_cron"));
        QCOMPARE(j.executeSteps.size(), 3);
        QVERIFY(!j.deactivated);
        QVERIFY(Json::pageFromEnvelope<Job>(
            fixture("datamie_job_list_response.json"), &Json::jobFromJson)
                    .ok());
    }

    void accountsProjectsEnvironments_realCaptures()
    {
        const auto account = Json::objectFromEnvelope<Account>(
            fixture("datamie_account_get_response.json"), &Json::accountFromJson);
        QVERIFY(account.ok());
        QCOMPARE(account->id, 123456);
        QCOMPARE(account->plan, QStringLiteral("enterprise"));
        QCOMPARE(account->runDurationLimitSeconds, 86400);
        const auto accounts = Json::pageFromEnvelope<Account>(
            fixture("datamie_account_list_response.json"), &Json::accountFromJson);
        QVERIFY(accounts.ok());
        QCOMPARE(accounts->items.size(), 1);

        for (const char *name : { "datamie_project_get_response.json",
                 "datamie_project_create_response.json",
                 "datamie_project_update_response.json" }) {
            const auto p = Json::objectFromEnvelope<Project>(fixture(name), &Json::projectFromJson);
            QVERIFY2(p.ok(), name);
        }
        const auto project = Json::objectFromEnvelope<Project>(
            fixture("datamie_project_get_response.json"), &Json::projectFromJson);
        QCOMPARE(project->name, QStringLiteral("jaffle_shop"));
        QCOMPARE(project->connectionType, QStringLiteral("bigquery"));
        QCOMPARE(project->createdAt, utc(2021, 4, 14, 20, 23, 0, 395)); // space form on a project
        QVERIFY(Json::pageFromEnvelope<Project>(
            fixture("datamie_project_list_response.json"), &Json::projectFromJson)
                    .ok());

        const auto env = Json::objectFromEnvelope<Environment>(
            fixture("datamie_environment_get_response.json"), &Json::environmentFromJson);
        QVERIFY(env.ok());
        QCOMPARE(env->type, EnvironmentType::Unknown); // old v2 shape without "type"
        QCOMPARE(env->dbtVersion, QStringLiteral("1.4.0-latest"));
        const auto created = Json::objectFromEnvelope<Environment>(
            fixture("datamie_environment_create_response.json"), &Json::environmentFromJson);
        QVERIFY(created.ok());
        QCOMPARE(created->type, EnvironmentType::Deployment);
        QCOMPARE(created->deploymentType, DeploymentType::None);
        const auto envs = Json::pageFromEnvelope<Environment>(
            fixture("datamie_environment_list_response.json"), &Json::environmentFromJson);
        QVERIFY(envs.ok());
        QCOMPARE(envs->totalCount, 43);
        QCOMPARE(envs->limit, 1);
        QVERIFY(envs->hasMore());
        QCOMPARE(envs->nextOffset(), 1);
    }

    void artifacts_realCaptures()
    {
        const auto data = Json::envelopeData(fixture("datamie_run_list_artifacts_response.json"));
        QVERIFY(data.ok());
        const auto list = Json::artifactListFromJson(*data, 7, 0);
        QVERIFY(list.ok());
        QCOMPARE(list->paths.size(), 5);
        QVERIFY(list->paths.contains(QStringLiteral("manifest.json")));
        QVERIFY(Json::artifactListFromJson(QJsonValue(QJsonValue::Null), 7, 0)->paths.isEmpty());
        // The artifact itself is raw (no envelope): reading it as an envelope is an error.
        QVERIFY(!Json::envelopeData(fixture("datamie_run_get_artifact_response.json")).ok());
    }

    void errorEnvelopes_realCaptures()
    {
        const auto invalid = Json::envelopeData(fixture("error_401_invalid_token.json"));
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(invalid.error().serverMessage, QStringLiteral("Invalid token."));
        QVERIFY(invalid.error().message.contains(QStringLiteral("region")));
        const auto unpaid = Json::envelopeData(fixture("error_401_unpaid_account.json"));
        QVERIFY(unpaid.error().serverMessage.contains(QStringLiteral("unpaid")));
        // DRF-style 405 body has no envelope at all.
        QCOMPARE(Json::envelopeData(fixture("error_405_missing_trailing_slash.json")).error().kind,
            ApiError::Kind::Decode);
    }

    void legacyV4RunList_isNotDecoded()
    {
        // The retired v4 runs list (string status "Succeeded", epoch-second timestamps) is what a
        // base URL pointing at the wrong API version answers. It must be refused with a Decode
        // error naming the field, never shown as runs with made-up statuses or dates.
        const auto page = Json::pageFromEnvelope<Run>(
            fixture("datamie_run_list_response_LEGACY_v4_shape.json"), &Json::runFromJson);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Decode);
        QCOMPARE(page.error().detail, QStringLiteral("data[0].trigger.id: missing"));

        // Past the first missing field, the v4 values themselves are refused: a string status
        // and epoch seconds are not v2's integer status and timestamp text.
        QJsonObject run = fixture("datamie_run_list_response_LEGACY_v4_shape.json")
                              .object()
                              .value(u"data")
                              .toArray()
                              .first()
                              .toObject();
        QJsonObject trigger = run.value(u"trigger").toObject();
        trigger.insert(QStringLiteral("id"), 1);
        run.insert(QStringLiteral("trigger"), trigger);
        QCOMPARE(Json::runFromJson(run).error().detail,
            QStringLiteral("status: expected an integer id"));
        run.insert(QStringLiteral("status"), 10);
        QVERIFY(Json::runFromJson(run).error().detail.startsWith(
            QStringLiteral("created_at: not a timestamp")));
    }

    void missingRequiredField_namesIt()
    {
        QJsonObject run =
            fixture("datamie_run_get_response.json").object().value(u"data").toObject();
        run.remove(QStringLiteral("created_at"));
        auto r = Json::runFromJson(run);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail, QStringLiteral("created_at: missing"));
        run.insert(QStringLiteral("created_at"), QStringLiteral("not a date"));
        QVERIFY(Json::runFromJson(run).error().detail.startsWith(
            QStringLiteral("created_at: not a timestamp")));
        run.insert(QStringLiteral("created_at"), QStringLiteral("2021-12-07 10:32:24+00:00"));
        run.insert(QStringLiteral("status"), 99);
        QVERIFY(Json::runFromJson(run).error().detail.contains(
            QStringLiteral("unknown run status 99")));

        QJsonObject envelope = fixture("openmetadata_runs_list_v2.json").object();
        QJsonArray items = envelope.value(u"data").toArray();
        QJsonObject second = items.at(1).toObject();
        second.remove(QStringLiteral("id"));
        items.replace(1, second);
        envelope.insert(QStringLiteral("data"), items);
        const auto page = Json::pageFromEnvelope<Run>(QJsonDocument(envelope), &Json::runFromJson);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().detail, QStringLiteral("data[1].id: missing"));
        QVERIFY(page.error().message.contains(QStringLiteral("data[1].id")));
    }

    void unknownFieldsAndNulls_areTolerated()
    {
        QJsonObject run =
            fixture("datamie_run_get_response.json").object().value(u"data").toObject();
        run.insert(QStringLiteral("brand_new_field"), QJsonObject { { QStringLiteral("x"), 1 } });
        run.insert(QStringLiteral("git_branch"), QJsonValue::Null);
        run.insert(QStringLiteral("blocked_by"), QJsonValue::Null);
        run.insert(QStringLiteral("run_steps"), QJsonValue::Null);
        run.insert(QStringLiteral("id"), QStringLiteral("70403110257794")); // string id
        const auto r = Json::runFromJson(run);
        QVERIFY(r.ok());
        QCOMPARE(r->id, Q_INT64_C(70403110257794));
        QVERIFY(r->gitBranch.isEmpty());
    }

    void triggerBody_sendsOnlySetOverrides()
    {
        TriggerRequest req;
        req.overrides.gitBranch = QStringLiteral("feature/x");
        req.overrides.threadsOverride = 8;
        req.overrides.generateDocsOverride = false;
        req.overrides.stepsOverride = QStringList { QStringLiteral("dbt build -s +orders") };
        const QJsonObject o = Json::triggerRequestToJson(req, QStringLiteral("because"));
        QCOMPARE(o.value(u"cause").toString(), QStringLiteral("because"));
        QCOMPARE(o.value(u"git_branch").toString(), QStringLiteral("feature/x"));
        QCOMPARE(o.value(u"threads_override").toInt(), 8);
        QCOMPARE(o.value(u"generate_docs_override"), QJsonValue(false));
        QCOMPARE(o.value(u"steps_override").toArray().size(), 1);
        QVERIFY(!o.contains(u"git_sha"));
        QVERIFY(!o.contains(u"timeout_seconds_override"));
    }

    void uniqueCause_fits255()
    {
        const QString c = Client::makeUniqueCause(QString(300, u'x'), QStringLiteral("abc123"));
        QCOMPARE(c.size(), TriggerRequest::MaxCauseLength);
        QVERIFY(c.endsWith(QStringLiteral(" [ref abc123]")));
        QCOMPARE(Client::makeUniqueCause(QStringLiteral("nightly"), QStringLiteral("1")),
            QStringLiteral("nightly [ref 1]"));
    }

    void hosts()
    {
        QCOMPARE(regionBaseUrl(Region::US), QUrl(QStringLiteral("https://cloud.getdbt.com")));
        QCOMPARE(regionBaseUrl(Region::USCell, QStringLiteral("AB123")),
            QUrl(QStringLiteral("https://ab123.us1.dbt.com")));
        QCOMPARE(regionBaseUrl(Region::EMEA), QUrl(QStringLiteral("https://emea.dbt.com")));
        QCOMPARE(regionBaseUrl(Region::APAC), QUrl(QStringLiteral("https://au.dbt.com")));
        QCOMPARE(
            regionForBaseUrl(QUrl(QStringLiteral("https://ab123.us1.dbt.com"))), Region::USCell);
        QCOMPARE(regionForBaseUrl(QUrl(QStringLiteral("https://acme.getdbt.com"))), Region::Custom);
        QVERIFY(validateBaseUrl(QUrl(QStringLiteral("https://cloud.getdbt.com"))).isEmpty());
        QVERIFY(validateBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isEmpty());
        QVERIFY(validateBaseUrl(QUrl(QStringLiteral("http://[::1]:8080"))).isEmpty());
        QVERIFY(validateBaseUrl(QUrl(QStringLiteral("http://localhost:1"))).isEmpty());
        QVERIFY(!validateBaseUrl(QUrl(QStringLiteral("http://cloud.getdbt.com"))).isEmpty());
        QVERIFY(!validateBaseUrl(QUrl(QStringLiteral("http://127.0.0.2.example.com"))).isEmpty());
        QVERIFY(!validateBaseUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))).isEmpty());
    }

    void retryPolicy_backoffGrowsAndIsCapped()
    {
        RetryPolicy p;
        p.baseDelay = 100ms;
        p.maxDelay = 1000ms;
        p.jitter = 0.25;
        for (int i = 0; i < 20; ++i) {
            QVERIFY(p.delayFor(1) >= 75ms && p.delayFor(1) <= 125ms);
            QVERIFY(p.delayFor(3) >= 300ms && p.delayFor(3) <= 500ms);
            QVERIFY(p.delayFor(10) <= 1250ms);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
