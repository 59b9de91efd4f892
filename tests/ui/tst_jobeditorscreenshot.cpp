// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the job editor (each tab) and the delete confirmation against the simulator, light
// and dark, checks they fit a 1280x800 screen with nothing cut off, and saves the PNGs:
//   DBTC_SCREENSHOT_DIR=DIR QT_QPA_PLATFORM=offscreen build/dev/tests/ui/tst_jobeditorscreenshot
#include "clipcheck.h"
#include "jobeditorfixture.h"
#include "themeshots.h"
#include "ui/jobs/deletejobdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTabWidget>

using namespace Dbtc;
using Dbtc::Test::JobEditorFixture;

class TestJobEditorScreenshot final : public QObject
{
    Q_OBJECT

    JobEditorFixture f;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        f.start();
        QVERIFY(f.seed.id && f.other.id);
    }

    void cleanupTestCase() { f.stop(); }

    void editorTabs()
    {
        f.actions->setTimeZone(QTimeZone("Europe/Amsterdam"));
        f.actions->setContext(f.target(f.seed));
        f.actions->editJob();
        Ui::JobEditorDialog *e = f.editor();
        QVERIFY(e);
        // A job with a bit of everything, and one field error, as a user would see it.
        Models::JobDraft d = e->draft();
        d.description = QStringLiteral("Builds the marts every morning before the finance "
                                       "dashboards refresh.");
        d.triggers.schedule = true;
        d.schedule.cron = QStringLiteral("0 6,18 * * 1,2,3,4,5");
        d.completion = Api::JobCompletionTrigger { f.other.id, f.other.projectId, { 10 } };
        d.compareChanges = true;
        d.compareChangesFlags = QStringLiteral("--select state:modified+");
        e->setDraft(d);
        e->showFieldErrors(
            { { Models::JobField::Threads, QStringLiteral("Threads must be between 1 and 64.") } },
            QString());
        const QSize screen(1280, 800);
        QVERIFY2(e->sizeHint().height() <= screen.height() - 80,
            qPrintable(QStringLiteral("editor wants %1 px").arg(e->sizeHint().height())));
        QTabWidget *tabs = e->tabs();
        const QStringList names = { QStringLiteral("general"),
            QStringLiteral("steps"),
            QStringLiteral("schedule"),
            QStringLiteral("triggers"),
            QStringLiteral("execution") };
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            Test::verifyNothingClipped(e);
            // Every tab's content fits without a scroll bar at the dialog's size.
            QWidget *page = tabs->widget(i);
            QVERIFY2(page->minimumSizeHint().height() <= page->height(), qPrintable(names.at(i)));
            Test::grabThemes(e, QStringLiteral("jobeditor-") + names.at(i));
        }
    }

    void duplicateWhileForbidden()
    {
        // A 403 seen before: the copy's notes on top, the reason above the disabled button.
        Api::ApiError forbidden = Api::ApiError::make(Api::ApiError::Kind::Forbidden);
        forbidden.neededPermissionSets = { QStringLiteral("Job Admin"),
            QStringLiteral("Account Admin") };
        f.actions->editor()->close(); // the last test's; deleted on close
        QTRY_VERIFY(!f.actions->editor());
        f.actions->setContext(f.target(f.seed));
        f.actions->duplicateJob();
        Ui::JobEditorDialog *e = f.editor();
        QVERIFY(e);
        f.access->noteError(Models::WriteArea::Jobs, forbidden);
        QVERIFY(!e->saveButton()->isEnabled());
        auto *why = e->findChild<QLabel *>(QStringLiteral("jobEditorWhyNot"));
        QVERIFY(why && why->isVisibleTo(e));
        QVERIFY(why->text().contains(QStringLiteral("Job Admin")));
        QTest::qWait(50);
        Test::verifyNothingClipped(e);
        Test::grabThemes(e, QStringLiteral("jobeditor-forbidden"));
        f.access->reset();
        QVERIFY(e->saveButton()->isEnabled());
        e->close();
    }

    void deleteConfirmation()
    {
        f.actions->setContext(f.target(f.other));
        f.actions->deleteJob();
        Ui::DeleteJobDialog *d = f.actions->deleteDialog();
        QVERIFY(d);
        d->nameEdit()->setText(f.other.name.left(4));
        QTest::qWait(50);
        Test::verifyNothingClipped(d);
        Test::grabThemes(d, QStringLiteral("jobdelete"));
    }
};

QTEST_MAIN(TestJobEditorScreenshot)
#include "tst_jobeditorscreenshot.moc"
