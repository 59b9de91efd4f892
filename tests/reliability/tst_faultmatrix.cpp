// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix (issue 16): the real window over a real Workspace against the in-process
// simulator, every fault kind × every endpoint class. Each cell scripts one fault until it is
// cleared and checks what a user would notice: no crash and no frozen window, the error in the
// place the window shows it, nothing already shown lost, recovery by itself within two poll
// cycles once the fault clears (no F5), exactly one POST per click, and an artifact cache that
// holds only files that parse. With DBTC_WRITE_RELIABILITY=<path> the suite writes the table
// (docs/RELIABILITY.md is what it wrote).
#include "faultmatrixfixture.h"
#include "faultmatrixpage.h"
#include "reliabilityreport.h"
#include "ui/actions/retrydialog.h"
#include "ui/actions/triggerdialog.h"
#include "ui/widgets/messagebanner.h"

#include <QLabel>

using namespace FaultMatrix;

namespace {

const QString kRunsList = QStringLiteral("/accounts/\\d+/runs/?$");
const QString kRunGet = QStringLiteral("/accounts/\\d+/runs/\\d+/?$");
const QString kArtifacts = QStringLiteral("/runs/\\d+/artifacts/");
const QString kTrigger = QStringLiteral("/jobs/\\d+/run/?$");
const QString kCancel = QStringLiteral("/runs/\\d+/cancel/?$");
const QString kRetry = QStringLiteral("/runs/\\d+/retry/?$");
const QString kProjects = QStringLiteral("/api/v3/accounts/\\d+/projects/?$");

const QStringList kClasses { QStringLiteral("runs polling"),
    QStringLiteral("run detail"),
    QStringLiteral("artifacts"),
    QStringLiteral("trigger"),
    QStringLiteral("cancel"),
    QStringLiteral("retry"),
    QStringLiteral("tree") };

//! The known failures, by cell: the check that fails is marked QEXPECT_FAIL with this reason.
QString knownFailure(const QString &cls, FaultKind kind)
{
    Q_UNUSED(cls);
    Q_UNUSED(kind);
    return {};
}

} // namespace

class TestFaultMatrix final : public QObject, protected Fixture
{
    static constexpr qint64 kStallLimitMs = 3000;

    Q_OBJECT

    ReliabilityReport m_report { kindNames(), kClasses };
    ReliabilityCell m_cell;
    QString m_class;
    QByteArray m_reason; //!< QEXPECT_FAIL keeps a pointer to its comment

    //! Marks the next failing check of this cell as the known failure, when it is one.
    bool expectKnownFailure(FaultKind kind)
    {
        const QString reason = knownFailure(m_class, kind);
        if (reason.isEmpty()) {
            return false;
        }
        m_cell.reason = reason;
        m_reason = reason.toUtf8();
        return true;
    }

    void addKinds()
    {
        QTest::addColumn<int>("kind");
        for (FaultKind k : allKinds()) {
            QTest::newRow(qPrintable(Dbtc::Sim::faultKindName(k))) << int(k);
        }
    }

    FaultKind currentKind() const
    {
        return FaultKind(*static_cast<int *>(QTest::qData("kind", qMetaTypeId<int>())));
    }

    //! A window whose dashboard lists the demo account's runs.
    bool readyWindow()
    {
        openWindow();
        return waitForRuns(w());
    }

    Api::Job job(qint64 id)
    {
        const auto r = Dbtc::Test::await<Api::Job>([&](auto cb) {
            m_sim.client->getJob(id, nullptr, cb);
        });
        return r && r->ok() ? r->value() : Api::Job {};
    }

    int listedRow(qint64 runId) const { return m_window->runsPanel()->model()->rowForId(runId); }

    Api::RunStatus listedStatus(qint64 runId) const
    {
        const int r = listedRow(runId);
        return r >= 0 ? m_window->runsPanel()->model()->runAt(r).status : Api::RunStatus::Queued;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_cacheDir.isValid());
    }

    void init()
    {
        m_cell = {};
        m_reason.clear();
        m_class = kClasses.at(QStringList { QStringLiteral("runsPolling"),
            QStringLiteral("runDetail"),
            QStringLiteral("artifacts"),
            QStringLiteral("trigger"),
            QStringLiteral("cancel"),
            QStringLiteral("retry"),
            QStringLiteral("tree") }
                                  .indexOf(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(startSimulator());
    }

    void cleanup()
    {
        m_stall.stop();
        m_cell.worstStallMs = m_stall.worstStallMs();
        // No window may freeze: a cell whose GUI thread stalled for seconds fails whatever
        // else it saw (kStallLimit is far above a busy machine's scheduling noise).
        const bool frozen = m_cell.worstStallMs > kStallLimitMs;
        m_cell.outcome = QTest::currentTestFailed() || frozen
            ? QStringLiteral("FAIL")
            : (m_cell.reason.isEmpty() ? QStringLiteral("pass") : QStringLiteral("expected-fail"));
        m_report.record(QString::fromLatin1(QTest::currentDataTag()), m_class, m_cell);
        m_window.reset();
        m_workspace.reset();
        m_sim.client.reset();
        m_sim.server.reset();
        QVERIFY2(!frozen,
            qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(m_cell.worstStallMs)));
    }

    void cleanupTestCase()
    {
        const QString path = qEnvironmentVariable("DBTC_WRITE_RELIABILITY");
        if (path.isEmpty()) {
            return;
        }
        QVERIFY2(m_report.isComplete(), "run the whole matrix to write the table");
        QString error;
        QVERIFY2(m_report.write(path, pageHeader(recoveryDeadline(FaultKind::ServerError)), &error),
            qPrintable(error));
    }

    // --- runs polling: the dashboard's list requests --------------------------------------

    void runsPolling_data() { addKinds(); }

    void runsPolling()
    {
        const FaultKind kind = currentKind();
        QVERIFY(readyWindow());
        const int listed = w().runsPanel()->proxy()->rowCount();
        server().faults().add(ruleFor(kind, kRunsList, QStringLiteral("GET")));
        // The error is said in the status bar; the runs already listed stay.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !statusBarProblem().isEmpty();
                     },
                     5000),
            "the status bar never said the refresh failed");
        m_cell.seen = QStringLiteral("status bar: ") + statusBarProblem();
        QCOMPARE(w().runsPanel()->proxy()->rowCount(), listed);
        QVERIFY(!w().runsPanel()->statePage()->isVisible());

        server().faults().clear();
        const QDateTime cleared = QDateTime::currentDateTimeUtc();
        m_cell.recoveryMs = msUntil(
            [&] {
                return statusBarProblem().isEmpty()
                    && w().runsPanel()->poller()->lastRefresh() >= cleared;
            },
            recoveryDeadline(kind) + 2000ms);
        const bool known = expectKnownFailure(kind);
        if (known) {
            QEXPECT_FAIL("", m_reason.constData(), Continue);
        }
        QVERIFY2(
            m_cell.recoveryMs >= 0 && m_cell.recoveryMs <= qint64(recoveryDeadline(kind).count()),
            qPrintable(QStringLiteral("recovered after %1 ms; status bar: %2")
                           .arg(m_cell.recoveryMs)
                           .arg(statusBarProblem())));
        QCOMPARE(w().runsPanel()->proxy()->rowCount(), listed);
        QCOMPARE(artifactCacheProblem(), QString());
    }

    // --- run detail: GET runs/{id}/ with its steps -----------------------------------------

    void runDetail_data() { addKinds(); }

    void runDetail()
    {
        const FaultKind kind = currentKind();
        QVERIFY(readyWindow());
        const int row = rowWhere(w(), [](Api::RunStatus s) {
            return !Api::isInProgress(s);
        });
        QVERIFY(row >= 0);
        const qint64 runId =
            w().runsPanel()->proxy()->index(row, 0).data(Models::RunIdRole).toLongLong();
        server().faults().add(ruleFor(kind, kRunGet, QStringLiteral("GET")));
        w().openRun(QStringLiteral("demo"), runId);
        QVERIFY(w().isShowingRunDetail());
        Ui::RunDetailView *view = w().runDetail()->view();
        Ui::RunDetailHeader *header = view->header();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !header->messageText().isEmpty() || !statusBarProblem().isEmpty();
                     },
                     5000),
            "the run detail never said the run failed to load");
        m_cell.seen = QStringLiteral("run detail: ") + header->messageText();
        QVERIFY2(!header->messageText().isEmpty(), qPrintable(statusBarProblem()));
        QCOMPARE(view->stepModel()->rowCount(), 0); // nothing of another run

        server().faults().clear();
        m_cell.recoveryMs = msUntil(
            [&] {
                return header->messageText().isEmpty() && view->run() && view->run()->id == runId
                    && view->stepModel()->rowCount() > 0;
            },
            recoveryDeadline(kind) + 2000ms);
        if (expectKnownFailure(kind)) {
            QEXPECT_FAIL("", m_reason.constData(), Continue);
        }
        QVERIFY2(
            m_cell.recoveryMs >= 0 && m_cell.recoveryMs <= qint64(recoveryDeadline(kind).count()),
            qPrintable(QStringLiteral("recovered after %1 ms; header: %2")
                           .arg(m_cell.recoveryMs)
                           .arg(header->messageText())));
        QCOMPARE(artifactCacheProblem(), QString());
    }

    // --- artifacts: the triage of a failed run reads run_results.json ----------------------

    void artifacts_data() { addKinds(); }

    void artifacts()
    {
        const FaultKind kind = currentKind();
        QVERIFY(readyWindow());
        const qint64 runId = server().failedRunId(m_sim.accountId);
        QVERIFY(runId > 0);
        server().faults().add(ruleFor(kind, kArtifacts, QStringLiteral("GET"), true));
        w().openRun(QStringLiteral("demo"), runId);
        Ui::TriageView *triage = w().runDetail()->view()->triageView();
        Models::TriageFetcher *fetcher = w().runDetail()->view()->triageFetcher();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !fetcher->steps().isEmpty() && !fetcher->isBusy();
                     },
                     8000),
            "the triage never finished");
        // The step line says where the failures came from; what failed follows "Tried first".
        const QString source = triage->sourceText();
        m_cell.seen = QStringLiteral("failures tab: from the log tail; ")
            + source.mid(std::max<qsizetype>(0, source.indexOf(QStringLiteral("Tried first"))));
        // The triage says what it could not read (the fallback to the log is its answer).
        QVERIFY2(triage->sourceText().contains(QStringLiteral("run_results.json")),
            qPrintable(triage->sourceText()));
        QCOMPARE(artifactCacheProblem(), QString());

        server().faults().clear();
        m_cell.recoveryMs = msUntil(
            [&] {
                return triage->nodeCount() > 0 && !fetcher->isBusy()
                    && triage->sourceText().contains(QStringLiteral("from run_results.json"));
            },
            recoveryDeadline(kind) + 2000ms);
        if (expectKnownFailure(kind)) {
            QEXPECT_FAIL("", m_reason.constData(), Continue);
        }
        QVERIFY2(
            m_cell.recoveryMs >= 0 && m_cell.recoveryMs <= qint64(recoveryDeadline(kind).count()),
            qPrintable(QStringLiteral("recovered after %1 ms; failures tab: %2")
                           .arg(m_cell.recoveryMs)
                           .arg(triage->sourceText())));
        QCOMPARE(artifactCacheProblem(), QString());
    }

    // --- trigger: POST jobs/{id}/run/ from the trigger dialog ------------------------------

    void trigger_data() { addKinds(); }

    void trigger()
    {
        const FaultKind kind = currentKind();
        QVERIFY(readyWindow());
        Ui::RunActions *actions = w().runActions(QStringLiteral("demo"));
        const Api::Job j = job(server().anyJobId(m_sim.accountId));
        QVERIFY(j.id > 0);
        server().faults().add(ruleFor(kind, kTrigger, QStringLiteral("POST")));
        server().clearRequestLog();
        actions->triggerJob(j);
        Ui::TriggerDialog *dialog = actions->triggerDialog();
        QVERIFY(dialog);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("triggerButton"));
        QTRY_VERIFY(button->isEnabled());
        QSignalSpy started(actions, &Ui::RunActions::runStarted);
        QSignalSpy messages(actions, &Ui::RunActions::message);
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::mouseClick(button, Qt::LeftButton); // an impatient second click sends nothing
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !started.isEmpty() || !messages.isEmpty();
                     },
                     8000),
            "the trigger never ended");
        QTest::qWait(100); // a late second POST would land now
        m_cell.posts = posts(kTrigger);
        QCOMPARE(m_cell.posts, 1);
        m_cell.seen = messages.isEmpty() ? QString() : messages.last().at(0).toString();
        if (serverActs(kind) && kind != FaultKind::Delay) {
            // The run exists: the window says so and follows it, whatever the body was.
            QCOMPARE(started.size(), 1);
            QVERIFY(w().isShowingRunDetail());
            m_cell.seen = QStringLiteral("run detail of the new run #%1; banner: %2")
                              .arg(started.at(0).at(0).value<Api::Run>().id)
                              .arg(w().banner()->text());
        } else if (started.isEmpty()) {
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
            QVERIFY(error->isVisible());
            QVERIFY(!error->text().isEmpty());
            m_cell.seen = QStringLiteral("trigger dialog: ") + error->text();
        }

        server().faults().clear();
        // Once the service is back, the next click starts one run.
        if (started.isEmpty()) {
            QTRY_VERIFY(button->isEnabled());
            server().clearRequestLog();
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
            QCOMPARE(posts(kTrigger), 1);
        }
        const qint64 newRun = started.at(0).at(0).value<Api::Run>().id;
        m_cell.recoveryMs = msUntil(
            [&] {
                return listedRow(newRun) >= 0;
            },
            recoveryDeadline(kind) + 2000ms);
        if (expectKnownFailure(kind)) {
            QEXPECT_FAIL("", m_reason.constData(), Continue);
        }
        QVERIFY2(
            m_cell.recoveryMs >= 0 && m_cell.recoveryMs <= qint64(recoveryDeadline(kind).count()),
            qPrintable(
                QStringLiteral("run #%1 listed after %2 ms").arg(newRun).arg(m_cell.recoveryMs)));
        QCOMPARE(artifactCacheProblem(), QString());
    }

    // --- cancel: POST runs/{id}/cancel/ from the Cancel Run action --------------------------

    void cancel_data() { addKinds(); }

    void cancel()
    {
        const FaultKind kind = currentKind();
        QVERIFY(readyWindow());
        const int row = rowWhere(w(), [](Api::RunStatus s) {
            return Api::isInProgress(s);
        });
        QVERIFY2(row >= 0, "the demo starts with runs in flight");
        QTableView *view = w().runsPanel()->view();
        view->selectRow(row);
        const qint64 runId = view->currentIndex().data(Models::RunIdRole).toLongLong();
        Ui::RunActions *actions = w().runActions(QStringLiteral("demo"));
        actions->setConfirmer([](const Ui::ActionPrompt &) {
            return true;
        });
        QSignalSpy messages(actions, &Ui::RunActions::message);
        server().faults().add(ruleFor(kind, kCancel, QStringLiteral("POST")));
        server().clearRequestLog();
        QVERIFY(actions->cancelAction()->isEnabled());
        actions->cancelAction()->trigger();
        actions->cancelAction()->trigger(); // a second click while in flight sends nothing
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !messages.isEmpty();
                     },
                     8000),
            "the cancel never ended");
        QTest::qWait(100);
        m_cell.posts = posts(kCancel);
        QCOMPARE(m_cell.posts, 1);
        m_cell.seen = QStringLiteral("banner: ") + w().banner()->text();
        // The banner shows at most MaxShownLength characters of a message (issue 16 point 8).
        QVERIFY2(w().banner()->text().contains(
                     messages.last().at(0).toString().left(Ui::MessageBanner::MaxShownLength - 1)),
            qPrintable(
                w().banner()->text() + QStringLiteral(" | ") + messages.last().at(0).toString()));

        server().faults().clear();
        if (!serverActs(kind)) {
            // Nothing happened on the server: the run still runs, and a second click works.
            QCOMPARE(listedStatus(runId) == Api::RunStatus::Cancelled, false);
            view->selectRow(listedRow(runId));
            QTRY_VERIFY(actions->cancelAction()->isEnabled());
            server().clearRequestLog();
            actions->cancelAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(posts(kCancel) == 1, 5000);
        }
        m_cell.recoveryMs = msUntil(
            [&] {
                return listedStatus(runId) == Api::RunStatus::Cancelled;
            },
            recoveryDeadline(kind) + 2000ms);
        if (expectKnownFailure(kind)) {
            QEXPECT_FAIL("", m_reason.constData(), Continue);
        }
        QVERIFY2(
            m_cell.recoveryMs >= 0 && m_cell.recoveryMs <= qint64(recoveryDeadline(kind).count()),
            qPrintable(QStringLiteral("run #%1 listed %2 after %3 ms")
                           .arg(runId)
                           .arg(int(listedStatus(runId)))
                           .arg(m_cell.recoveryMs)));
        QCOMPARE(posts(kCancel), 1);
    }

    // --- retry: POST runs/{id}/retry/ from the Rerun from Failure dialog --------------------

    void retry_data() { addKinds(); }

    void retry()
    {
        const FaultKind kind = currentKind();
        QVERIFY(readyWindow());
        const int row = rowWhere(w(), [](Api::RunStatus s) {
            return s == Api::RunStatus::Error;
        });
        QVERIFY2(row >= 0, "the demo account lists a failed run");
        const Models::RunRecord failed = w().runsPanel()->model()->runAt(
            w().runsPanel()->proxy()->mapToSource(w().runsPanel()->proxy()->index(row, 0)).row());
        QTableView *view = w().runsPanel()->view();
        view->selectRow(row);
        Ui::RunActions *actions = w().runActions(QStringLiteral("demo"));
        QSignalSpy started(actions, &Ui::RunActions::runStarted);
        QSignalSpy messages(actions, &Ui::RunActions::message);
        QVERIFY(actions->retryAction()->isEnabled());
        actions->retryAction()->trigger();
        Ui::RetryDialog *dialog = actions->retryDialog();
        QVERIFY(dialog);
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QTRY_VERIFY(button->isEnabled());
        server().faults().add(ruleFor(kind, kRetry, QStringLiteral("POST")));
        server().clearRequestLog();
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !started.isEmpty() || !messages.isEmpty();
                     },
                     8000),
            "the retry never ended");
        QTest::qWait(100);
        m_cell.posts = posts(kRetry);
        QCOMPARE(m_cell.posts, 1);
        if (!started.isEmpty()) {
            m_cell.seen = QStringLiteral("run detail of the retry run #%1; banner: %2")
                              .arg(started.at(0).at(0).value<Api::Run>().id)
                              .arg(w().banner()->text());
        } else {
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
            QVERIFY(error->isVisible());
            QVERIFY(!error->text().isEmpty());
            m_cell.seen = QStringLiteral("retry dialog: ") + error->text();
        }
        server().faults().clear();
        qint64 newRun = started.isEmpty() ? 0 : started.at(0).at(0).value<Api::Run>().id;
        if (started.isEmpty() && serverActs(kind)) {
            // The answer was lost after the server acted: "outcome unknown", never "failed"
            // (a retry run cannot be told from a scheduled one, so it is not guessed); the
            // retry run the server made shows up in the list by itself.
            const QString error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
            QVERIFY2(error.startsWith(QStringLiteral("Outcome unknown")), qPrintable(error));
            Api::RunQuery query;
            query.jobDefinitionId = failed.jobId;
            query.idGreaterThan = failed.id;
            const auto made = Dbtc::Test::await<Api::Page<Api::Run>>([&](auto cb) {
                m_sim.client->listRuns(query, nullptr, cb);
            });
            QVERIFY(made && made->ok() && made->value().items.size() == 1);
            newRun = made->value().items.constFirst().id;
        } else if (started.isEmpty()) {
            // Nothing happened on the server: once it is back, the next click starts one run.
            QTRY_VERIFY(button->isEnabled());
            server().clearRequestLog();
            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
            QCOMPARE(posts(kRetry), 1);
            newRun = started.at(0).at(0).value<Api::Run>().id;
        }
        m_cell.recoveryMs = msUntil(
            [&] {
                return listedRow(newRun) >= 0;
            },
            recoveryDeadline(kind) + 2000ms);
        if (expectKnownFailure(kind)) {
            QEXPECT_FAIL("", m_reason.constData(), Continue);
        }
        QVERIFY2(
            m_cell.recoveryMs >= 0 && m_cell.recoveryMs <= qint64(recoveryDeadline(kind).count()),
            qPrintable(
                QStringLiteral("run #%1 listed after %2 ms").arg(newRun).arg(m_cell.recoveryMs)));
    }

    // --- tree: the navigator's projects of the account, from the first start ---------------

    void tree_data() { addKinds(); }

    void tree()
    {
        const FaultKind kind = currentKind();
        server().faults().add(ruleFor(kind, kProjects, QStringLiteral("GET")));
        openWindow();
        QVERIFY(waitForRuns(w())); // the dashboard does not need the projects
        Models::AccountTreeModel *tree = w().treeModel();
        const QModelIndex account =
            tree->findNode(QStringLiteral("demo"), Models::TreeNodeKind::Account, m_sim.accountId);
        QVERIFY(account.isValid());
        w().navigator()->view()->expand(w().navigator()->view()->model()->index(0, 0));
        tree->loadAll(QStringLiteral("demo"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return !account.data(Models::ErrorTextRole).toString().isEmpty();
                     },
                     5000),
            "the account never said its projects failed to load");
        m_cell.seen = QStringLiteral("navigator: %1 ⚠ failed to load (%2); status bar: %3")
                          .arg(account.data(Qt::DisplayRole).toString(),
                              account.data(Models::ErrorTextRole).toString(),
                              statusBarProblem());
        QCOMPARE(tree->rowCount(account), 0);

        server().faults().clear();
        m_cell.recoveryMs = msUntil(
            [&] {
                return account.data(Models::ErrorTextRole).toString().isEmpty()
                    && tree->rowCount(account) > 0;
            },
            recoveryDeadline(kind) + 2000ms);
        if (expectKnownFailure(kind)) {
            QEXPECT_FAIL("", m_reason.constData(), Continue);
        }
        QVERIFY2(
            m_cell.recoveryMs >= 0 && m_cell.recoveryMs <= qint64(recoveryDeadline(kind).count()),
            qPrintable(QStringLiteral("recovered after %1 ms; account: %2")
                           .arg(m_cell.recoveryMs)
                           .arg(account.data(Models::ErrorTextRole).toString())));
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
