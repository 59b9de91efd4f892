// SPDX-License-Identifier: GPL-3.0-or-later
// RunActions: triggering against the simulator. What the dialog sends must reach the server
// byte for byte, one click must make at most one run, and lost answers must be told honestly.
#include "models/common/writeaccess.h"
#include "tst_actionsfixture.h"
#include "ui/actions/triggerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Dbtc;
using Dbtc::Test::ActionsFixture;

class TestActions final : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;

    Ui::TriggerDialog *openTrigger(qint64 jobId)
    {
        f.actions->triggerJob(f.job(jobId));
        Ui::TriggerDialog *d = f.actions->triggerDialog();
        if (d) {
            // Let the job refresh and the in-flight query land before the test edits fields.
            QTest::qWait(150);
        }
        return d;
    }

    QPushButton *triggerButton(Ui::TriggerDialog *d)
    {
        return d->findChild<QPushButton *>(QStringLiteral("triggerButton"));
    }

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { f.start(); }

    void cleanup() { f.stop(); }

    void trigger_everyOverride_reachesServerExactly()
    {
        const qint64 jobId = f.server->anyJobId(f.account());
        Ui::TriggerDialog *d = openTrigger(jobId);
        QVERIFY(d);
        QVERIFY(d->isVisible());
        Api::TriggerRequest want;
        want.cause = QStringLiteral("Backfill after the orders fix");
        want.overrides.gitBranch = QStringLiteral("fix/orders");
        want.overrides.schemaOverride = QStringLiteral("dbt_backfill");
        want.overrides.dbtVersionOverride = QStringLiteral("1.8.0-latest");
        want.overrides.threadsOverride = 12;
        want.overrides.targetNameOverride = QStringLiteral("prod_backfill");
        want.overrides.generateDocsOverride = false;
        want.overrides.timeoutSecondsOverride = 45 * 60;
        want.overrides.stepsOverride =
            QStringList { QStringLiteral("dbt seed"), QStringLiteral("dbt build -s +orders") };
        d->setRequest(want);
        QSignalSpy started(f.actions.get(), &Ui::RunActions::runStarted);
        QVERIFY(triggerButton(d)->isEnabled());
        triggerButton(d)->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);

        const QJsonObject body = f.lastBody(QStringLiteral("/run/"));
        QVERIFY2(body.value(u"cause").toString().startsWith(want.cause + u" [ref "),
            qPrintable(body.value(u"cause").toString()));
        QCOMPARE(body.value(u"git_branch").toString(), QStringLiteral("fix/orders"));
        QVERIFY(!body.contains(u"git_sha"));
        QCOMPARE(body.value(u"schema_override").toString(), QStringLiteral("dbt_backfill"));
        QCOMPARE(body.value(u"dbt_version_override").toString(), QStringLiteral("1.8.0-latest"));
        QCOMPARE(body.value(u"threads_override").toInt(), 12);
        QCOMPARE(body.value(u"target_name_override").toString(), QStringLiteral("prod_backfill"));
        QCOMPARE(body.value(u"generate_docs_override"), QJsonValue(false));
        QCOMPARE(body.value(u"timeout_seconds_override").toInt(), 2700);
        QCOMPARE(body.value(u"steps_override").toArray(),
            QJsonArray({ QStringLiteral("dbt seed"), QStringLiteral("dbt build -s +orders") }));

        const Api::Run run = started.at(0).at(0).value<Api::Run>();
        QCOMPARE(run.jobDefinitionId, jobId);
        QVERIFY(run.id > 0);
        QTRY_VERIFY(!f.actions->triggerDialog()); // closed after success
    }

    void trigger_typedIntoWidgets_sendsThoseValuesOnly()
    {
        const qint64 jobId = f.server->anyJobId(f.account());
        Ui::TriggerDialog *d = openTrigger(jobId);
        QVERIFY(d);
        auto *cause = d->findChild<QLineEdit *>(QStringLiteral("cause"));
        auto *refKind = d->findChild<QComboBox *>(QStringLiteral("gitRefKind"));
        auto *ref = d->findChild<QLineEdit *>(QStringLiteral("gitRef"));
        auto *threads = d->findChild<QSpinBox *>(QStringLiteral("threads"));
        auto *docs = d->findChild<QComboBox *>(QStringLiteral("generateDocs"));
        QVERIFY(cause && refKind && ref && threads && docs);
        cause->clear();
        QTest::keyClicks(cause, QStringLiteral("Hotfix check"));
        refKind->setCurrentIndex(1);
        QTest::keyClicks(ref, QStringLiteral("zzz"));
        QVERIFY(!triggerButton(d)->isEnabled()); // not a SHA
        ref->clear();
        QTest::keyClicks(ref, QStringLiteral("4f2a9c1"));
        threads->setValue(6);
        docs->setCurrentIndex(1);
        QVERIFY(triggerButton(d)->isEnabled());
        auto *summary = d->findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(summary->text().contains(QStringLiteral("Threads: 6")));
        QVERIFY(summary->text().contains(QStringLiteral("Commit: 4f2a9c1")));

        QSignalSpy started(f.actions.get(), &Ui::RunActions::runStarted);
        triggerButton(d)->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        const QJsonObject body = f.lastBody(QStringLiteral("/run/"));
        QVERIFY(body.value(u"cause").toString().startsWith(QStringLiteral("Hotfix check [ref ")));
        QCOMPARE(body.value(u"git_sha").toString(), QStringLiteral("4f2a9c1"));
        QCOMPARE(body.value(u"threads_override").toInt(), 6);
        QCOMPARE(body.value(u"generate_docs_override"), QJsonValue(true));
        // Untouched fields are not sent: the job's own settings apply.
        const QStringList keys = body.keys();
        QCOMPARE(keys,
            (QStringList { QStringLiteral("cause"),
                QStringLiteral("generate_docs_override"),
                QStringLiteral("git_sha"),
                QStringLiteral("threads_override") }));
    }

    void trigger_invalidSteps_blockTheButton()
    {
        Ui::TriggerDialog *d = openTrigger(f.server->anyJobId(f.account()));
        QVERIFY(d);
        d->findChild<QCheckBox *>(QStringLiteral("overrideSteps"))->setChecked(true);
        auto *list = d->findChild<QListWidget *>(QStringLiteral("stepsList"));
        QVERIFY(list && list->count() > 0);
        list->item(0)->setText(QStringLiteral("dbt biuld"));
        QVERIFY(!triggerButton(d)->isEnabled());
        auto *status = d->findChild<QLabel *>(QStringLiteral("stepsStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("did you mean \"dbt build\"")),
            qPrintable(status->text()));
        list->item(0)->setText(QStringLiteral("dbt build"));
        QVERIFY(triggerButton(d)->isEnabled());
        QCOMPARE(f.postCount(), 0);
    }

    void trigger_doubleClick_makesOneRun()
    {
        const qint64 jobId = f.server->anyJobId(f.account());
        const qsizetype before = f.runsOfJob(jobId).size();
        f.server->faults().add(Sim::FaultRule { QStringLiteral("/run/$"),
            QStringLiteral("POST"),
            Sim::FaultKind::Delay,
            1,
            0,
            0,
            400 });
        Ui::TriggerDialog *d = openTrigger(jobId);
        QVERIFY(d);
        f.actions->setContext(d->job());
        QVERIFY(f.actions->triggerAction()->isEnabled());
        QSignalSpy started(f.actions.get(), &Ui::RunActions::runStarted);
        triggerButton(d)->click();
        QVERIFY(!triggerButton(d)->isEnabled()); // disabled at once, while in flight
        QVERIFY(f.actions->isTriggerInFlight(jobId));
        QVERIFY(!f.actions->triggerAction()->isEnabled());
        triggerButton(d)->click();
        emit d->triggerRequested(d->request()); // even a programmatic second request
        f.actions->triggerJob(f.job(jobId)); // and the menu action: raises the dialog
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(started.size(), 1);
        QCOMPARE(f.server->requestCount(QStringLiteral("/run/")), 1);
        QCOMPARE(f.runsOfJob(jobId).size(), before + 1);
    }

    void trigger_answerDroppedAfterProcessing_findsTheOneRun()
    {
        const qint64 jobId = f.server->anyJobId(f.account());
        const qsizetype before = f.runsOfJob(jobId).size();
        f.addFault(
            Sim::FaultKind::DropAfterProcessing, QStringLiteral("/run/$"), QStringLiteral("POST"));
        Ui::TriggerDialog *d = openTrigger(jobId);
        QSignalSpy started(f.actions.get(), &Ui::RunActions::runStarted);
        QSignalSpy messages(f.actions.get(), &Ui::RunActions::message);
        triggerButton(d)->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
        const QList<Api::Run> after = f.runsOfJob(jobId);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(started.at(0).at(0).value<Api::Run>().id, after.constFirst().id);
        QCOMPARE(f.server->requestCount(QStringLiteral("/run/")), 1);
        QVERIFY(messages.last().at(0).toString().contains(
            QStringLiteral("#%1").arg(after.constFirst().id)));
    }

    void trigger_droppedBeforeAnswer_saysOutcomeUnknownAndNeverResends()
    {
        const qint64 jobId = f.server->anyJobId(f.account());
        const qsizetype before = f.runsOfJob(jobId).size();
        f.addFault(Sim::FaultKind::Drop, QStringLiteral("/run/$"), QStringLiteral("POST"));
        Ui::TriggerDialog *d = openTrigger(jobId);
        QSignalSpy started(f.actions.get(), &Ui::RunActions::runStarted);
        QSignalSpy messages(f.actions.get(), &Ui::RunActions::message);
        triggerButton(d)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 15000);
        const QString text = messages.last().at(0).toString();
        QVERIFY2(text.startsWith(QStringLiteral("Outcome unknown")), qPrintable(text));
        QCOMPARE(started.size(), 0);
        auto *error = d->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), text);
        QCOMPARE(triggerButton(d)->text(), QStringLiteral("Trigger again"));
        QCOMPARE(f.server->requestCount(QStringLiteral("/run/")), 1);
        QCOMPARE(f.runsOfJob(jobId).size(), before);
    }

    void trigger_jobWithRunInFlight_offersToFollowIt()
    {
        const qint64 jobId = f.server->anyJobId(f.account());
        Api::TriggerRequest req;
        req.cause = QStringLiteral("already running");
        const auto first = Test::await<Api::Run>([&](auto cb) {
            f.client->triggerJob(jobId, req, nullptr, cb);
        });
        QVERIFY(first && first->ok());
        // The banner offers the oldest run in flight: the one executing (or next), which any
        // new run, including ours, waits for.
        qint64 oldest = first->value().id;
        for (const Api::Run &r : f.runsOfJob(jobId)) {
            if (Api::isInProgress(r.status)) {
                oldest = std::min(oldest, r.id);
            }
        }
        Ui::TriggerDialog *d = openTrigger(jobId);
        QVERIFY(d);
        auto *follow = d->findChild<QPushButton *>(QStringLiteral("followRunButton"));
        QTRY_VERIFY(follow->isVisible());
        QVERIFY2(follow->text().contains(QString::number(oldest)), qPrintable(follow->text()));
        QSignalSpy followed(f.actions.get(), &Ui::RunActions::followRunRequested);
        follow->click();
        QCOMPARE(followed.size(), 1);
        QCOMPARE(followed.at(0).at(0).value<Api::Run>().id, oldest);
        QTRY_VERIFY(!f.actions->triggerDialog());
        QCOMPARE(f.server->requestCount(QStringLiteral("/run/")), 1); // only the test's own
    }

    void trigger_readOnlyTokenGets403_namesThePermission()
    {
        f.stop();
        f.start(false, true);
        const qint64 jobId = f.server->anyJobId(f.account());
        Ui::TriggerDialog *d = openTrigger(jobId);
        QVERIFY(d);
        QSignalSpy messages(f.actions.get(), &Ui::RunActions::message);
        triggerButton(d)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
        const QString text = messages.last().at(0).toString();
        QVERIFY2(text.contains(QStringLiteral("permission set")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Job Admin")));
        QVERIFY(text.contains(QStringLiteral("Job Viewer"))); // the server's own words
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
        QVERIFY(triggerButton(d)->isEnabled()); // nothing is in flight any more
    }

    void trigger_after403_actionsDisabledWithTheReason()
    {
        f.stop();
        f.start(false, true); // a Job Viewer token
        Models::WriteAccess access(false); // the session's, as ConnectionSession hands it over
        f.commands->setWriteAccess(&access);
        const qint64 jobId = f.server->anyJobId(f.account());
        f.actions->setContext(f.job(jobId));
        QVERIFY(f.actions->triggerAction()->isEnabled()); // nothing known yet
        Ui::TriggerDialog *d = openTrigger(jobId);
        QVERIFY(d);
        triggerButton(d)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!access.canWrite(Models::WriteArea::Runs), 10000);
        const QString why = access.whyNot(Models::WriteArea::Runs);
        QVERIFY2(why.contains(QStringLiteral("Job Admin")), qPrintable(why));
        QVERIFY(!f.actions->triggerAction()->isEnabled());
        QCOMPARE(f.actions->triggerAction()->toolTip(), why);
        QVERIFY(!f.actions->cancelAction()->isEnabled());
        // Asked again anyway (a shortcut, a second dialog): refused unsent, saying why.
        const int sent = f.server->requestCount(QStringLiteral("/run/"));
        QSignalSpy messages(f.actions.get(), &Ui::RunActions::message);
        f.actions->triggerJob(f.job(jobId));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), why);
        QCOMPARE(
            f.commands->trigger(jobId, QString(), {}, this, {}), Models::CommandRefusal::Forbidden);
        QCOMPARE(f.server->requestCount(QStringLiteral("/run/")), sent);
        f.commands->setWriteAccess(nullptr);
    }
};

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
