// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the failure triage of a failed simulator run offscreen and checks what a user would
// see first: the failed step, the failing node, its message and compiled SQL, the "is it new?"
// answer. With DBTC_WRITE_SCREENSHOTS=1 it also writes docs/screenshot-triage.png (and the log
// and timing tabs) for the README.
#include "../models/simfixture.h"
#include "models/common/runartifacts.h"
#include "models/rundetail/rundetail.h"
#include "models/rundetail/triagefetcher.h"
#include "themeshots.h"
#include "ui/rundetail/logviewer.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/rundetail/timingchart.h"
#include "ui/rundetail/triagenodepanel.h"
#include "ui/rundetail/triageview.h"

#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Dbtc;

class TestRunDetailScreenshot final : public QObject
{
    Q_OBJECT

    SimFixture m_sim;
    QTemporaryDir m_cacheDir;

    void save(QWidget *w, const QString &name)
    {
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        const QString build = QDir::currentPath() + u'/' + name;
        QVERIFY(image.save(build));
        if (qEnvironmentVariableIntValue("DBTC_WRITE_SCREENSHOTS") == 1) {
            QDir().mkpath(QStringLiteral(DBTC_TEST_DATA_DIR "/../../docs"));
            QVERIFY(image.save(QStringLiteral(DBTC_TEST_DATA_DIR "/../../docs/") + name));
        }
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_cacheDir.isValid());
        QVERIFY(m_sim.start(600));
    }

    void failedRun_triageScreenshot()
    {
        const qint64 runId = m_sim.server->failedRunId(m_sim.accountId);
        Models::RunArtifacts artifacts(m_sim.client.get(), m_cacheDir.path());
        Models::RunDetail detail(m_sim.client.get(), &artifacts);
        Ui::RunDetailView view;
        view.resize(1440, 900);
        view.show();
        view.showRun(&detail, runId);
        Ui::TriageView *triage = view.triageView();
        QTRY_VERIFY_WITH_TIMEOUT(triage->nodeCount() >= 1, 5000);
        const int step = view.currentStepIndex();
        QTRY_VERIFY_WITH_TIMEOUT(view.triageFetcher()->step(step)->nodes.first().hasManifest, 5000);
        // The history settles once the job's earlier runs were read.
        QTRY_VERIFY_WITH_TIMEOUT(!triage->nodePanel()->findChildren<QLabel *>().isEmpty(), 5000);
        QTest::qWait(1500);
        QCOMPARE(view.currentTab(), Ui::RunDetailView::FailuresTab);
        QVERIFY(!triage->nodePanel()->sqlText().isEmpty());
        save(&view, QStringLiteral("screenshot-triage.png"));
        Test::grabThemes(&view, QStringLiteral("triage"));

        view.setCurrentTab(Ui::RunDetailView::LogTab);
        QTest::qWait(100);
        save(&view, QStringLiteral("screenshot-runlog.png"));
        Test::grabThemes(&view, QStringLiteral("log"));

        view.setCurrentTab(Ui::RunDetailView::TimingTab);
        QTRY_VERIFY_WITH_TIMEOUT(!view.timingChart()->gantt()->data().isEmpty(), 5000);
        save(&view, QStringLiteral("screenshot-timing.png"));
        Test::grabThemes(&view, QStringLiteral("timing"));
    }
};

QTEST_MAIN(TestRunDetailScreenshot)
#include "tst_rundetailscreenshot.moc"
