// SPDX-License-Identifier: GPL-3.0-or-later
// RunActions against the simulator: cancel (one and several), rerun from failure with the
// steps it will run and the server's refusals in plain words, rerun from start with the run's
// overrides, and read-only mode that sends no POST at all.
#include "tst_actionsfixture.h"
#include "ui/actions/retrydialog.h"
#include "ui/actions/triggerdialog.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

using namespace Dbtc;
using Dbtc::Test::ActionsFixture;

class TestActionsRetry final : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;

    Api::Run triggerRun(qint64 jobId, const Api::TriggerOverrides &overrides = {})
    {
        Api::TriggerRequest req;
        req.cause = QStringLiteral("test run");
        req.overrides = overrides;
        const auto r = Test::await<Api::Run>([&](auto cb) {
            f.client->triggerJob(jobId, req, nullptr, cb);
        });
        return r && r->ok() ? r->value() : Api::Run {};
    }

    //! A job other than \a notThis (the seeded world has many).
    qint64 otherJob(qint64 notThis)
    {
        Api::JobQuery q;
        const auto r = Test::await<QList<Api::Job>>([&](auto cb) {
            f.client->fetchAllJobs(q, nullptr, cb);
        });
        if (r && r->ok()) {
            for (const Api::Job &j : r->value()) {
                if (j.id != notThis) {
                    return j.id;
                }
            }
        }
        return 0;
    }

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { f.start(); }

    void cleanup() { f.stop(); }

    void cancel_queuedRun_confirmsAndShowsCancelled()
    {
        const Api::Run queued = triggerRun(f.server->anyJobId(f.account()));
        QVERIFY(queued.id > 0);
        f.actions->setContext(QList<Api::Run> { queued });
        QVERIFY(f.actions->cancelAction()->isEnabled());
        QSignalSpy changed(f.actions.get(), &Ui::RunActions::runChanged);
        QSignalSpy messages(f.actions.get(), &Ui::RunActions::message);
        f.actions->cancelAction()->trigger();
        QCOMPARE(f.prompts.size(), 1);
        QVERIFY(f.prompts.constFirst().text.contains(QString::number(queued.id)));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QCOMPARE(changed.at(0).at(0).value<Api::Run>().status, Api::RunStatus::Cancelled);
        QCOMPARE(f.run(queued.id).status, Api::RunStatus::Cancelled); // the server agrees
        QTRY_VERIFY(!messages.isEmpty());
        QCOMPARE(
            messages.last().at(0).toString(), QStringLiteral("Cancelled run #%1.").arg(queued.id));
    }

    void cancel_declined_sendsNothing()
    {
        const Api::Run queued = triggerRun(f.server->anyJobId(f.account()));
        f.answer = false;
        f.actions->cancelRuns({ queued });
        QCOMPARE(f.prompts.size(), 1);
        QTest::qWait(200);
        QCOMPARE(f.server->requestCount(QStringLiteral("/cancel/")), 0);
        QCOMPARE(f.run(queued.id).status, Api::RunStatus::Queued);
    }

    void cancel_severalRuns_oneQuestion_finishedOnesSkipped()
    {
        const qint64 jobA = f.server->anyJobId(f.account());
        const qint64 jobB = otherJob(jobA);
        QVERIFY(jobB > 0);
        const Api::Run a = triggerRun(jobA);
        const Api::Run b = triggerRun(jobB);
        const Api::Run finished = f.run(f.server->failedRunId(f.account()));
        QSignalSpy changed(f.actions.get(), &Ui::RunActions::runChanged);
        QSignalSpy messages(f.actions.get(), &Ui::RunActions::message);
        f.actions->cancelRuns({ a, finished, b });
        QCOMPARE(f.prompts.size(), 1);
        QVERIFY(f.prompts.constFirst().details.contains(QStringLiteral("#%1").arg(a.id)));
        QVERIFY(!f.prompts.constFirst().details.contains(QStringLiteral("#%1").arg(finished.id)));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        QCOMPARE(f.server->requestCount(QStringLiteral("/cancel/")), 2);
        QTRY_VERIFY(!messages.isEmpty());
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Cancelled 2 of 2 runs."));
        QCOMPARE(f.run(a.id).status, Api::RunStatus::Cancelled);
        QCOMPARE(f.run(b.id).status, Api::RunStatus::Cancelled);
    }

    void retry_failedRun_listsStepsAndStartsTheRetry()
    {
        const Api::Run failed = f.run(f.server->failedRunId(f.account()));
        QCOMPARE(failed.status, Api::RunStatus::Error);
        f.actions->setContext(QList<Api::Run> { failed });
        QVERIFY(f.actions->retryAction()->isEnabled());
        f.actions->retryAction()->trigger();
        Ui::RetryDialog *d = f.actions->retryDialog();
        QVERIFY(d);
        QTRY_VERIFY(!d->listedSteps().isEmpty());
        QVERIFY2(d->listedSteps().constFirst().contains(QStringLiteral("failed")),
            qPrintable(d->listedSteps().join(u'|')));
        // The nodes it reruns, from the failed step's run_results.json: the simulator fails one
        // jaffle_shop model and writes no skipped ones.
        QTRY_VERIFY_WITH_TIMEOUT(!d->retryNodesText().isEmpty(), 10000);
        // The simulator's failing step is `dbt build --select state:modified+`: state: needs
        // the previous run's artifacts, so no "of the N its selection picks" count is claimed.
        QVERIFY2(d->retryNodesText().startsWith(
                     QStringLiteral("The failed step reruns 1 node: 1 failed, 0 skipped.")),
            qPrintable(d->retryNodesText()));
        QVERIFY2(d->retryNodesText().contains(
                     QStringLiteral("Step: dbt build --select state:modified+")),
            qPrintable(d->retryNodesText()));
        QCOMPARE(d->listedRetryNodes().size(), 1);
        QVERIFY2(d->listedRetryNodes().constFirst().startsWith(
                     QStringLiteral("failed · model.jaffle_shop.")),
            qPrintable(d->listedRetryNodes().join(u'|')));
        auto *retry = d->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isEnabled());
        QSignalSpy started(f.actions.get(), &Ui::RunActions::runStarted);
        retry->click();
        retry->click(); // a second click while in flight does nothing
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QCOMPARE(f.server->requestCount(QStringLiteral("/retry/")), 2); // GET details + one POST
        const Api::Run retried = started.at(0).at(0).value<Api::Run>();
        QVERIFY(retried.id > failed.id);
        QCOMPARE(retried.jobDefinitionId, failed.jobDefinitionId);
        QVERIFY(f.run(failed.id).retryingRunId.value_or(0) == retried.id);
        QTRY_VERIFY(!f.actions->retryDialog());
    }

    void retry_notLatestRun_refusalInPlainWords_rerunFromStartOffered()
    {
        const Api::Run failed = f.run(f.server->failedRunId(f.account()));
        triggerRun(failed.jobDefinitionId); // now the failed run is no longer the latest
        f.actions->retryRun(failed); // the caller's copy still says it can retry
        Ui::RetryDialog *d = f.actions->retryDialog();
        QVERIFY(d);
        auto *retry = d->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QTRY_VERIFY(retry->isEnabled());
        QSignalSpy messages(f.actions.get(), &Ui::RunActions::message);
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(d->isRefused(), 10000);
        const QString note = d->findChild<QLabel *>(QStringLiteral("retryNote"))->text();
        QVERIFY2(note.contains(QStringLiteral("Only the latest run of a job")), qPrintable(note));
        QVERIFY(!note.contains(QStringLiteral("RETRY_"))); // plain words, not codes
        QVERIFY(!retry->isEnabled());
        QVERIFY(d->findChild<QPushButton *>(QStringLiteral("rerunFromStartButton"))->isEnabled());
        QCOMPARE(messages.last().at(0).toString(), note);
    }

    void retry_runThatSucceeded_isRefusedWithoutAsking()
    {
        const Api::Run queued = triggerRun(f.server->anyJobId(f.account()));
        f.actions->retryRun(queued);
        Ui::RetryDialog *d = f.actions->retryDialog();
        QVERIFY(d);
        QVERIFY(d->isRefused());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("retryNote"))
                    ->text()
                    .contains(QStringLiteral("Only a failed run")));
        QTest::qWait(100);
        QCOMPARE(f.server->requestCount(QStringLiteral("/retry/")), 0);
    }

    void rerunFromStart_keepsTheRunsOverrides()
    {
        const qint64 jobId = f.server->anyJobId(f.account());
        Api::TriggerOverrides o;
        o.gitBranch = QStringLiteral("feature/x");
        o.threadsOverride = 3;
        const Api::Run first = triggerRun(jobId, o);
        f.actions->cancelRuns({ first }); // finish it (rerun is for finished runs)
        QTRY_COMPARE_WITH_TIMEOUT(f.run(first.id).status, Api::RunStatus::Cancelled, 10000);
        Api::Run plain = f.run(first.id);
        plain.trigger.reset(); // as a list row without include_related=trigger
        QSignalSpy started(f.actions.get(), &Ui::RunActions::runStarted);
        f.actions->rerunFromStart(plain);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        const QJsonObject body = f.lastBody(QStringLiteral("/jobs/%1/run/").arg(jobId));
        QCOMPARE(body.value(u"git_branch").toString(), QStringLiteral("feature/x"));
        QCOMPARE(body.value(u"threads_override").toInt(), 3);
        QVERIFY(body.value(u"cause").toString().startsWith(
            QStringLiteral("Rerun of run #%1 from start").arg(first.id)));
        QCOMPARE(f.prompts.size(), 2); // cancel + rerun were both confirmed
    }

    void readOnly_hidesActions_andSendsNoPost()
    {
        f.stop();
        f.start(true);
        const qint64 jobId = f.server->anyJobId(f.account());
        const Api::Run failed = f.run(f.server->failedRunId(f.account()));
        const Api::Job job = f.job(jobId);
        f.actions->setContext(job);
        f.actions->setContext(QList<Api::Run> { failed });
        for (QAction *a : { f.actions->triggerAction(),
                 f.actions->cancelAction(),
                 f.actions->retryAction(),
                 f.actions->rerunFromStartAction() }) {
            QVERIFY2(!a->isVisible() && !a->isEnabled(), qPrintable(a->text()));
        }
        QSignalSpy messages(f.actions.get(), &Ui::RunActions::message);
        f.server->clearRequestLog();
        f.actions->triggerJob(job);
        f.actions->cancelRuns({ failed });
        f.actions->retryRun(failed);
        f.actions->rerunFromStart(failed);
        f.actions->triggerAction()->trigger(); // disabled: does nothing
        QTest::qWait(300);
        QVERIFY(!f.actions->triggerDialog());
        QVERIFY(!f.actions->retryDialog());
        QVERIFY(f.prompts.isEmpty());
        QCOMPARE(f.postCount(), 0);
        QCOMPARE(f.server->requestCount(), 0);
        QCOMPARE(messages.size(), 4);
        QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("read-only")));
    }

    void readOnly_switchedOn_closesOpenDialogs()
    {
        f.actions->triggerJob(f.job(f.server->anyJobId(f.account())));
        QVERIFY(f.actions->triggerDialog());
        f.commands->setReadOnly(true); // e.g. the connection was edited
        QVERIFY(!f.actions->triggerDialog());
        QVERIFY(!f.actions->triggerAction()->isVisible());
    }
};

QTEST_MAIN(TestActionsRetry)
#include "tst_actionsretry.moc"
