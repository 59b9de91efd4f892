// SPDX-License-Identifier: GPL-3.0-or-later
// RunCommands without any widget: one click, one run; read-only sends nothing; lost answers
// are reported, never resent. Against the simulator, a fresh world per test.
#include "models/actions/runcommands.h"
#include "simfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Dbtc;
using Models::CommandRefusal;
using Models::RunCommands;

class TestRunCommands final : public QObject
{
    Q_OBJECT

    SimFixture m_sim;

    int posts() const
    {
        int n = 0;
        const QList<QByteArray> log = m_sim.server->requestLog();
        for (const QByteArray &line : log) {
            n += line.startsWith("POST ") ? 1 : 0;
        }
        return n;
    }

    Api::Run fetchRun(qint64 id)
    {
        std::optional<Api::Result<Api::Run>> out;
        m_sim.client->getRun(id, Api::RunInclude {}, this, [&](const Api::Result<Api::Run> &r) {
            out = r;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 5000);
        }();
        return out && out->ok() ? out->value() : Api::Run {};
    }

    //! A queued run of \a jobId, started behind RunCommands' back.
    Api::Run startRun(qint64 jobId)
    {
        std::optional<Api::Result<Api::Run>> out;
        m_sim.client->triggerJob(
            jobId, Api::TriggerRequest {}, this, [&](const Api::Result<Api::Run> &r) {
                out = r;
            });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 5000);
        }();
        return out && out->ok() ? out->value() : Api::Run {};
    }

    void delayPosts(const QString &path, int ms)
    {
        m_sim.server->faults().add(
            Sim::FaultRule { path, QStringLiteral("POST"), Sim::FaultKind::Delay, 1, 0, 0, ms });
    }

private Q_SLOTS:

    void init() { QVERIFY(m_sim.start(200)); }

    void cleanup()
    {
        m_sim.client.reset();
        m_sim.server.reset();
    }

    void trigger_whileInFlight_isRefused_oneRunPerClick()
    {
        RunCommands commands(m_sim.client.get());
        const qint64 jobId = m_sim.server->anyJobId(m_sim.accountId);
        delayPosts(QStringLiteral("/run/"), 400);
        m_sim.server->clearRequestLog();
        QSignalSpy started(&commands, &RunCommands::runStarted);
        int answers = 0;
        Api::Run run;
        auto done = [&](const Api::Result<Api::Run> &r) {
            ++answers;
            if (r.ok()) {
                run = *r;
            }
        };
        QCOMPARE(commands.trigger(jobId, QStringLiteral("nightly"), {}, this, done),
            CommandRefusal::None);
        QVERIFY(commands.isTriggerInFlight(jobId));
        QCOMPARE(commands.trigger(jobId, QStringLiteral("nightly"), {}, this, done),
            CommandRefusal::InFlight);
        // A rerun of the same job is a trigger too.
        Api::Run finished;
        finished.id = 1;
        finished.jobDefinitionId = jobId;
        finished.status = Api::RunStatus::Success;
        QVERIFY(!commands.canRerunFromStart(finished));
        QCOMPARE(commands.rerunFromStart(finished, this, done), CommandRefusal::InFlight);

        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 10000);
        QTest::qWait(100);
        QCOMPARE(answers, 1);
        QCOMPARE(posts(), 1);
        QVERIFY(run.id > 0);
        QCOMPARE(run.jobDefinitionId, jobId);
        QCOMPARE(started.size(), 1);
        QVERIFY(!commands.isTriggerInFlight(jobId));
        // The answer is in: the next click may trigger again.
        QCOMPARE(commands.trigger(jobId, {}, {}, this, done), CommandRefusal::None);
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
        QCOMPARE(posts(), 2);
    }

    void readOnly_refusesEveryWrite_andSendsNothing()
    {
        RunCommands commands(m_sim.client.get(), true);
        const qint64 jobId = m_sim.server->anyJobId(m_sim.accountId);
        const Api::Run failed = fetchRun(m_sim.server->failedRunId(m_sim.accountId));
        QVERIFY(failed.id > 0);
        m_sim.server->clearRequestLog();
        bool called = false;
        auto done = [&](const Api::Result<Api::Run> &) {
            called = true;
        };
        QCOMPARE(commands.trigger(jobId, {}, {}, this, done), CommandRefusal::ReadOnly);
        QCOMPARE(commands.retryFromFailure(failed, this, done), CommandRefusal::ReadOnly);
        QCOMPARE(commands.rerunFromStart(failed, this, done), CommandRefusal::ReadOnly);
        Api::Run running = failed;
        running.status = Api::RunStatus::Running;
        QCOMPARE(commands.cancel({ running },
                     this,
                     [&](const Models::CancelOutcome &) {
                         called = true;
                     }),
            CommandRefusal::ReadOnly);
        QTest::qWait(200);
        QVERIFY(!called);
        QVERIFY(!commands.isTriggerInFlight(jobId));
        QCOMPARE(m_sim.server->requestCount(), 0);
    }

    void readOnlyClient_makesTheCommandsReadOnly_andCannotBeLifted()
    {
        Api::ClientOptions o = m_sim.client->options();
        o.readOnly = true;
        Api::Client client(o);
        RunCommands commands(&client);
        QVERIFY(commands.isReadOnly());
        QSignalSpy changed(&commands, &RunCommands::readOnlyChanged);
        commands.setReadOnly(false); // the connection's flag; the client still refuses
        QVERIFY(commands.isReadOnly());
        QCOMPARE(changed.size(), 0);
        m_sim.server->clearRequestLog();
        QCOMPARE(commands.trigger(m_sim.server->anyJobId(m_sim.accountId), {}, {}, this, {}),
            CommandRefusal::ReadOnly);
        QTest::qWait(100);
        QCOMPARE(m_sim.server->requestCount(), 0);
    }

    void setReadOnly_isSignalled_andStopsNewCommands()
    {
        RunCommands commands(m_sim.client.get());
        QSignalSpy changed(&commands, &RunCommands::readOnlyChanged);
        commands.setReadOnly(true);
        commands.setReadOnly(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QCOMPARE(commands.trigger(m_sim.server->anyJobId(m_sim.accountId), {}, {}, this, {}),
            CommandRefusal::ReadOnly);
    }

    void cancel_many_skipsFinishedAndInFlight_reportsOnce()
    {
        RunCommands commands(m_sim.client.get());
        const qint64 jobId = m_sim.server->anyJobId(m_sim.accountId);
        const Api::Run a = startRun(jobId);
        const Api::Run b = startRun(jobId);
        const Api::Run finished = fetchRun(m_sim.server->failedRunId(m_sim.accountId));
        QVERIFY(a.id > 0 && b.id > 0 && finished.id > 0);
        QCOMPARE(commands.cancellable({ a, finished, b }).size(), 2);
        m_sim.server->clearRequestLog();
        QSignalSpy changed(&commands, &RunCommands::runChanged);
        QList<Models::CancelOutcome> outcomes;
        auto done = [&](const Models::CancelOutcome &o) {
            outcomes << o;
        };
        QCOMPARE(commands.cancel({ a, finished, b }, this, done), CommandRefusal::None);
        QVERIFY(commands.isCancelInFlight(a.id) && commands.isCancelInFlight(b.id));
        QVERIFY(commands.cancellable({ a, b }).isEmpty());
        QCOMPARE(commands.cancel({ a }, this, done), CommandRefusal::InFlight);
        QCOMPARE(commands.cancel({ finished }, this, done), CommandRefusal::NothingToDo);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 10000);
        QTest::qWait(100);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.constFirst().asked, 2);
        QCOMPARE(outcomes.constFirst().changed.size(), 2);
        QVERIFY(outcomes.constFirst().failedRuns.isEmpty());
        for (const Api::Run &r : outcomes.constFirst().changed) {
            QCOMPARE(r.status, Api::RunStatus::Cancelled);
        }
        QCOMPARE(changed.size(), 2);
        QCOMPARE(posts(), 2);
        QCOMPARE(
            m_sim.server->requestCount(QStringLiteral("/runs/%1/cancel/").arg(finished.id)), 0);
        QVERIFY(!commands.isCancelInFlight(a.id) && !commands.isCancelInFlight(b.id));
    }

    void retry_whileInFlight_isRefused_andTheRunKeepsItsJobName()
    {
        RunCommands commands(m_sim.client.get());
        Api::Run failed = fetchRun(m_sim.server->failedRunId(m_sim.accountId));
        QVERIFY(commands.canRetry(failed));
        failed.jobName = QStringLiteral("Named by the caller");
        delayPosts(QStringLiteral("/retry/"), 300);
        m_sim.server->clearRequestLog();
        std::optional<Api::Result<Api::Run>> out;
        auto done = [&](const Api::Result<Api::Run> &r) {
            out = r;
        };
        QCOMPARE(commands.retryFromFailure(failed, this, done), CommandRefusal::None);
        QVERIFY(!commands.canRetry(failed));
        QCOMPARE(commands.retryFromFailure(failed, this, done), CommandRefusal::InFlight);
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().message));
        QVERIFY(out->value().id != failed.id);
        QVERIFY(!out->value().jobName.isEmpty());
        QCOMPARE(posts(), 1);
        QVERIFY(!commands.isRetryInFlight(failed.id));
    }

    void rerunFromStart_withoutTrigger_fetchesItsOverridesFirst()
    {
        RunCommands commands(m_sim.client.get());
        Api::Run failed = fetchRun(m_sim.server->failedRunId(m_sim.accountId));
        QVERIFY(failed.id > 0);
        failed.trigger.reset(); // as the dashboard knows it
        m_sim.server->clearRequestLog();
        std::optional<Api::Result<Api::Run>> out;
        QCOMPARE(commands.rerunFromStart(failed,
                     this,
                     [&](const Api::Result<Api::Run> &r) {
                         out = r;
                     }),
            CommandRefusal::None);
        QVERIFY(commands.isTriggerInFlight(failed.jobDefinitionId)); // from the fetch on
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().message));
        const QList<QByteArray> log = m_sim.server->requestLog();
        QCOMPARE(log.size(), 2);
        QVERIFY2(log.at(0).startsWith("GET ") && log.at(0).contains(QByteArray::number(failed.id)),
            log.at(0).constData());
        QVERIFY(log.at(1).startsWith("POST "));
        const QByteArray sent = m_sim.server->lastRequestBody(QStringLiteral("/run/"));
        const QJsonObject body = QJsonDocument::fromJson(sent).object();
        QVERIFY(body.value(u"cause").toString().startsWith(RunCommands::rerunCause(failed.id)));
        QVERIFY(!commands.isTriggerInFlight(failed.jobDefinitionId));
    }

    void rerunRequest_dropsTheRetrysOwnSteps()
    {
        Api::Run retried;
        retried.id = 7;
        retried.trigger = Api::Trigger {};
        retried.trigger->overrides.threadsOverride = 3;
        retried.trigger->overrides.stepsOverride = QStringList { QStringLiteral("dbt retry") };
        const Api::TriggerRequest r = RunCommands::rerunRequest(retried);
        QCOMPARE(r.overrides.threadsOverride, std::optional<int>(3));
        QVERIFY(!r.overrides.stepsOverride);
        QCOMPARE(r.cause, RunCommands::rerunCause(7));
    }

    void lostAnswer_isOutcomeUnknown_neverResent()
    {
        RunCommands commands(m_sim.client.get());
        const Api::Run failed = fetchRun(m_sim.server->failedRunId(m_sim.accountId));
        m_sim.server->faults().add(Sim::FaultRule { QStringLiteral("/retry/"),
            QStringLiteral("POST"),
            Sim::FaultKind::DropAfterProcessing,
            1,
            0,
            0,
            0 });
        m_sim.server->clearRequestLog();
        QSignalSpy unknown(&commands, &RunCommands::outcomeUnknown);
        std::optional<Api::Result<Api::Run>> out;
        QCOMPARE(commands.retryFromFailure(failed,
                     this,
                     [&](const Api::Result<Api::Run> &r) {
                         out = r;
                     }),
            CommandRefusal::None);
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY(!out->ok());
        QVERIFY(out->error().outcomeUnknown);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(posts(), 1);
        QVERIFY(!commands.isRetryInFlight(failed.id));
    }

    void contextGone_noCallback_butTheRuleIsReleased()
    {
        RunCommands commands(m_sim.client.get());
        const qint64 jobId = m_sim.server->anyJobId(m_sim.accountId);
        auto context = std::make_unique<QObject>();
        bool called = false;
        QSignalSpy started(&commands, &RunCommands::runStarted);
        auto done = [&](const Api::Result<Api::Run> &) {
            called = true;
        };
        QCOMPARE(commands.trigger(jobId, {}, {}, context.get(), done), CommandRefusal::None);
        context.reset(); // e.g. the dialog was closed
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QVERIFY(!called);
        QVERIFY(!commands.isTriggerInFlight(jobId));
    }

    void noClient_isNotConnected()
    {
        auto client = std::make_unique<Api::Client>(m_sim.client->options());
        RunCommands commands(client.get());
        QVERIFY(commands.isConnected());
        client.reset();
        QVERIFY(!commands.isConnected());
        QCOMPARE(commands.trigger(1, {}, {}, this, {}), CommandRefusal::NotConnected);
    }
};

QTEST_MAIN(TestRunCommands)
#include "tst_runcommands.moc"
