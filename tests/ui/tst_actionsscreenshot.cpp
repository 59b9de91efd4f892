// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the trigger dialog and the retry confirmation against the simulator, checks that
// they fit a laptop screen with nothing cut off, and, with DBTC_SCREENSHOT_DIR set, saves
// docs-ready PNGs (screenshot-trigger.png, screenshot-retry.png) there:
//   DBTC_SCREENSHOT_DIR=docs QT_QPA_PLATFORM=offscreen build/dev/tests/ui/tst_actionsscreenshot
#include "clipcheck.h"
#include "themeshots.h"
#include "tst_actionsfixture.h"
#include "ui/actions/retrydialog.h"
#include "ui/actions/triggerdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Dbtc;
using Dbtc::Test::ActionsFixture;

class TestActionsScreenshot final : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    QTemporaryDir m_tmp;

    QString outPath(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("DBTC_SCREENSHOT_DIR");
        return (dir.isEmpty() ? m_tmp.path() : dir) + u'/' + name;
    }

private slots:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { f.start(); }

    void cleanup() { f.stop(); }

    void triggerDialog()
    {
        const qint64 jobId = f.server->anyJobId(f.account());
        Api::TriggerRequest busy;
        busy.cause = QStringLiteral("Nightly schedule");
        const auto first = Test::await<Api::Run>([&](auto cb) {
            f.client->triggerJob(jobId, busy, nullptr, cb);
        });
        QVERIFY(first && first->ok());

        f.actions->triggerJob(f.job(jobId));
        Ui::TriggerDialog *d = f.actions->triggerDialog();
        QVERIFY(d);
        QTRY_VERIFY(d->findChild<QPushButton *>(QStringLiteral("followRunButton"))->isVisible());
        Api::TriggerRequest r;
        r.cause = QStringLiteral("Backfill orders after the null-amount fix");
        r.overrides.gitBranch = QStringLiteral("fix/orders-null-amounts");
        r.overrides.threadsOverride = 8;
        r.overrides.stepsOverride = QStringList { QStringLiteral("dbt seed --select raw_orders"),
            QStringLiteral("dbt build --select +orders"),
            QStringLiteral("dbt run -m customers") };
        d->setRequest(r);
        // The steps' selection, counted against the environment's last good manifest.
        QTRY_VERIFY_WITH_TIMEOUT(
            d->selectionPreviewText().contains(QStringLiteral("selects <b>")), 10000);
        QVERIFY2(d->selectionPreviewText().contains(QStringLiteral("Step 2 selects")),
            qPrintable(d->selectionPreviewText()));
        QVERIFY(d->previewedNodes().contains(QStringLiteral("2 · model.jaffle_shop.orders")));
        QVERIFY(d->previewedNodes().contains(QStringLiteral("3 · model.jaffle_shop.customers")));
        d->resize(d->sizeHint().expandedTo(QSize(940, 0)));
        QTest::qWait(50);
        QVERIFY2(d->width() <= 1100 && d->height() <= 780,
            qPrintable(QStringLiteral("%1x%2").arg(d->width()).arg(d->height())));
        Test::verifyNothingClipped(d);
        QVERIFY(d->grab().save(outPath(QStringLiteral("screenshot-trigger.png"))));
        Test::grabThemes(d, QStringLiteral("trigger"));
    }

    void retryDialog()
    {
        const Api::Run failed = f.run(f.server->failedRunId(f.account()));
        f.actions->retryRun(failed);
        Ui::RetryDialog *d = f.actions->retryDialog();
        QVERIFY(d);
        QTRY_VERIFY(!d->listedSteps().isEmpty());
        d->resize(d->sizeHint().expandedTo(QSize(660, 0)));
        // The nodes it reruns arrive after the dialog is shown: the dialog grows for them.
        QTRY_VERIFY_WITH_TIMEOUT(!d->retryNodesText().isEmpty(), 10000);
        QTest::qWait(50);
        QVERIFY(d->width() <= 900 && d->height() <= 700);
        Test::verifyNothingClipped(d);
        QVERIFY(d->grab().save(outPath(QStringLiteral("screenshot-retry.png"))));
        Test::grabThemes(d, QStringLiteral("retry"));
    }
};

QTEST_MAIN(TestActionsScreenshot)
#include "tst_actionsscreenshot.moc"
