// SPDX-License-Identifier: GPL-3.0-or-later
// The job editor and the job actions against the simulator, driven through their widgets as a
// user would: every field set in the dialog survives save → reload, a 400 and a local check
// land on the right field (its tab shown, it focused), the changes are listed before anything
// is sent, delete needs the exact name, duplicate makes a second job, export → import gives
// the same job, and a Job Viewer token's 403 disables the actions with the reason.
#include "jobeditorfixture.h"
#include "ui/jobs/deletejobdialog.h"
#include "ui/jobs/jobschedulebox.h"
#include "ui/widgets/triggersteps.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Dbtc;
using Dbtc::Models::JobField;
using Dbtc::Test::JobEditorFixture;

namespace {

template <typename W> W *child(QWidget *root, const char *name)
{
    return root->findChild<W *>(QString::fromLatin1(name));
}

void choose(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    QVERIFY2(
        i >= 0, qPrintable(QStringLiteral("no item %1 in %2").arg(id).arg(combo->objectName())));
    combo->setCurrentIndex(i);
}

void setChecked(QWidget *root, const char *name, bool on)
{
    auto *box = child<QCheckBox>(root, name);
    QVERIFY2(box, name);
    box->setChecked(on);
}

} // namespace

class TestJobEditor final : public QObject
{
    Q_OBJECT

    JobEditorFixture f;
    QTemporaryDir m_tmp;

    Ui::JobEditorDialog *openEdit(const Api::Job &job)
    {
        f.actions->setContext(f.target(job));
        f.actions->editJob();
        return f.editor();
    }

    //! Saves through the dialog's button and waits until the dialog closed (saved) or showed
    //! an error; true when it saved.
    bool saveAndWait(Ui::JobEditorDialog *editor)
    {
        QPointer<Ui::JobEditorDialog> guard = editor;
        bool saved = false;
        connect(editor, &Ui::JobEditorDialog::saved, this, [&saved] {
            saved = true;
        });
        editor->saveButton()->click();
        (void)QTest::qWaitFor(
            [&] {
                return saved || !guard || !guard->formMessage().isEmpty();
            },
            15000);
        return saved;
    }

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        f.start();
        QVERIFY(f.seed.id && f.other.id);
    }

    void cleanup() { f.stop(); }

    void everyFieldSurvivesTheDialogSaveReload()
    {
        Ui::JobEditorDialog *e = openEdit(f.seed);
        QVERIFY(e);
        QCOMPARE(e->mode(), Ui::JobEditorDialog::Mode::Edit);
        QCOMPARE(child<QLineEdit>(e, "jobName")->text(), f.seed.name);

        const Api::Job before = *f.job(f.seed.id);
        const int threads = before.settings.threads == 9 ? 10 : 9;
        child<QLineEdit>(e, "jobName")->setText(QStringLiteral("Nightly, edited"));
        child<QPlainTextEdit>(e, "jobDescription")
            ->setPlainText(QStringLiteral("Edited in the UI"));
        choose(child<QComboBox>(e, "jobEnvironment"), before.environmentId);
        child<QComboBox>(e, "jobType")
            ->setCurrentIndex(
                child<QComboBox>(e, "jobType")->findData(QStringLiteral("scheduled")));
        child<QLineEdit>(e, "jobDbtVersion")->setText(QStringLiteral("1.8.0-latest"));
        setChecked(e, "jobActive", before.deactivated);
        child<Ui::TriggerStepsEditor>(e, "jobSteps")
            ->setSteps(
                { QStringLiteral("dbt source freshness"), QStringLiteral("dbt build -s +orders") });
        setChecked(e, "jobGenerateDocs", !before.generateDocs);
        setChecked(e, "jobGenerateSources", !before.runGenerateSources);
        // The schedule through its builder: at 05:30 and 17:30 UTC on weekdays.
        setChecked(e, "jobScheduleOn", true);
        auto *box = child<Ui::JobScheduleBox>(e, "jobSchedule");
        child<QRadioButton>(box, "scheduleAtHours")->click();
        auto *hours = child<QLineEdit>(box, "scheduleHours");
        hours->setText(QStringLiteral("5, 17"));
        Q_EMIT hours->textEdited(hours->text());
        child<QSpinBox>(box, "scheduleMinute")->setValue(30);
        for (int day = 0; day < 7; ++day) {
            setChecked(
                box, qPrintable(QStringLiteral("scheduleDay%1").arg(day)), day >= 1 && day <= 5);
        }
        QCOMPARE(box->cron(), QStringLiteral("30 5,17 * * 1,2,3,4,5"));
        QCOMPARE(box->previewLines().size(), 5);
        setChecked(e, "jobGitWebhook", true);
        setChecked(e, "jobDraftPr", !before.triggersOnDraftPr);
        setChecked(e, "jobOnMerge", !before.triggers.onMerge);
        setChecked(e, "jobCompletionOn", true);
        choose(child<QComboBox>(e, "jobCompletionJob"), f.other.id);
        setChecked(e, "jobAfterSuccess", true);
        setChecked(e, "jobAfterError", false);
        setChecked(e, "jobAfterCancelled", true);
        child<QLineEdit>(e, "jobTargetName")->setText(QStringLiteral("edited"));
        child<QSpinBox>(e, "jobThreads")->setValue(threads);
        child<QSpinBox>(e, "jobTimeout")->setValue(3600);
        choose(child<QComboBox>(e, "jobDeferEnvironment"), before.environmentId);
        choose(child<QComboBox>(e, "jobDeferJob"), f.other.id);
        setChecked(e, "jobCompareChanges", true);
        child<QLineEdit>(e, "jobCompareFlags")->setText(QStringLiteral("--select state:modified+"));
        setChecked(e, "jobRunLint", true);
        setChecked(e, "jobLintErrors", true);

        QVERIFY(saveAndWait(e));
        QCOMPARE(f.confirmations, 1);
        QVERIFY2(f.shownChanges.size() >= 15, qPrintable(f.shownChanges.join(u'\n')));
        QVERIFY(f.shownChanges.contains(
            QStringLiteral("threads: %1 → %2").arg(before.settings.threads).arg(threads)));

        const std::optional<Api::Job> after = f.job(f.seed.id);
        QVERIFY(after);
        QCOMPARE(after->name, QStringLiteral("Nightly, edited"));
        QCOMPARE(after->description, QStringLiteral("Edited in the UI"));
        QCOMPARE(after->environmentId, before.environmentId);
        QCOMPARE(after->typeText, QStringLiteral("scheduled"));
        QCOMPARE(after->dbtVersion, QStringLiteral("1.8.0-latest"));
        QCOMPARE(after->deactivated, !before.deactivated);
        QCOMPARE(after->executeSteps,
            QStringList({ QStringLiteral("dbt source freshness"),
                QStringLiteral("dbt build -s +orders") }));
        QCOMPARE(after->generateDocs, !before.generateDocs);
        QCOMPARE(after->runGenerateSources, !before.runGenerateSources);
        QVERIFY(after->triggers.schedule);
        QCOMPARE(after->schedule.cron, QStringLiteral("30 5,17 * * 1,2,3,4,5"));
        QVERIFY(after->triggers.gitProviderWebhook);
        QCOMPARE(after->triggersOnDraftPr, !before.triggersOnDraftPr);
        QCOMPARE(after->triggers.onMerge, !before.triggers.onMerge);
        QVERIFY(after->completionTrigger);
        QCOMPARE(after->completionTrigger->jobId, f.other.id);
        QCOMPARE(after->completionTrigger->statuses, QList<int>({ 10, 30 }));
        QCOMPARE(after->settings.targetName, QStringLiteral("edited"));
        QCOMPARE(after->settings.threads, threads);
        QCOMPARE(after->timeoutSeconds, 3600);
        QCOMPARE(after->deferringEnvironmentId, std::optional<qint64>(before.environmentId));
        QCOMPARE(after->deferringJobDefinitionId, std::optional<qint64>(f.other.id));
        QVERIFY(after->runCompareChanges);
        QCOMPARE(after->compareChangesFlags, QStringLiteral("--select state:modified+"));
        QVERIFY(after->runLint);
        QVERIFY(after->errorsOnLintFailure);

        // Opened again, the dialog shows what was saved: nothing to change.
        Ui::JobEditorDialog *again = openEdit(*after);
        QVERIFY(again);
        QVERIFY2(again->changes().isEmpty(), qPrintable(again->changes().join(u'\n')));
        QCOMPARE(child<Ui::JobScheduleBox>(again, "jobSchedule")->cron(),
            QStringLiteral("30 5,17 * * 1,2,3,4,5"));
        QVERIFY(child<QRadioButton>(again, "scheduleAtHours")->isChecked());
    }

    void errorsLandOnTheirField()
    {
        Ui::JobEditorDialog *e = openEdit(f.seed);
        QVERIFY(e);
        const int writes = f.writeCount();
        // Checked before sending: an empty name, on the General tab.
        e->tabs()->setCurrentIndex(4);
        child<QLineEdit>(e, "jobName")->clear();
        e->saveButton()->click();
        QVERIFY(!e->fieldError(JobField::Name).isEmpty());
        QCOMPARE(e->tabs()->currentIndex(), 0);
        QCOMPARE(e->focusWidget(), e->fieldWidget(JobField::Name));
        QCOMPARE(f.writeCount(), writes);
        QCOMPARE(f.confirmations, 0);

        // dbt Cloud's 400: a completion trigger on a job that does not exist.
        child<QLineEdit>(e, "jobName")->setText(f.seed.name);
        Models::JobDraft d = e->draft();
        d.completion = Api::JobCompletionTrigger { 999999, f.seed.projectId, { 10 } };
        e->setDraft(d);
        e->tabs()->setCurrentIndex(0);
        QVERIFY(!saveAndWait(e));
        QCOMPARE(f.writeCount(), writes + 1);
        QVERIFY2(
            !e->fieldError(JobField::CompletionTrigger).isEmpty(), qPrintable(e->formMessage()));
        QVERIFY(e->fieldError(JobField::Name).isEmpty());
        QCOMPARE(e->tabs()->currentIndex(), 3);
        QCOMPARE(e->focusWidget(), e->fieldWidget(JobField::CompletionTrigger));
        QVERIFY(e->isVisible());
    }

    void completionCycleIsAFieldError()
    {
        // other runs after seed; seed after other would loop.
        Ui::JobEditorDialog *first = openEdit(f.other);
        QVERIFY(first);
        setChecked(first, "jobCompletionOn", true);
        choose(child<QComboBox>(first, "jobCompletionJob"), f.seed.id);
        QVERIFY(first->fieldError(JobField::CompletionTrigger).isEmpty());
        QVERIFY(saveAndWait(first));

        Ui::JobEditorDialog *e = openEdit(f.seed);
        QVERIFY(e);
        setChecked(e, "jobCompletionOn", true);
        choose(child<QComboBox>(e, "jobCompletionJob"), f.other.id);
        const QString shown = e->fieldError(JobField::CompletionTrigger);
        QVERIFY2(shown.contains(f.other.name) && shown.contains(QStringLiteral("loop")),
            qPrintable(shown));
        const int writes = f.writeCount();
        e->saveButton()->click();
        QCOMPARE(f.writeCount(), writes);
        QCOMPARE(e->tabs()->currentIndex(), 3);
    }

    void changesAreShownBeforeSaving()
    {
        Ui::JobEditorDialog *e = openEdit(f.seed);
        QVERIFY(e);
        const int threads = child<QSpinBox>(e, "jobThreads")->value();
        child<QSpinBox>(e, "jobThreads")->setValue(threads + 1);
        f.answer = false;
        const int writes = f.writeCount();
        e->saveButton()->click();
        QCOMPARE(f.shownChanges,
            QStringList { QStringLiteral("threads: %1 → %2").arg(threads).arg(threads + 1) });
        QCOMPARE(f.writeCount(), writes); // "Keep editing" sends nothing
        QVERIFY(e->isVisible());
        f.answer = true;
        QVERIFY(saveAndWait(e));
        QCOMPARE(f.job(f.seed.id)->settings.threads, threads + 1);
    }

    void activateAndDeactivate()
    {
        f.actions->setContext(f.target(f.seed));
        QAction *toggle = f.actions->activeAction();
        // Named for what it will do once the job is read (the navigator does not know).
        QTRY_VERIFY(toggle->isEnabled());
        QCOMPARE(toggle->text(), QStringLiteral("Deactivate Job"));
        QSignalSpy saved(f.actions.get(), &Ui::JobActions::jobSaved);
        toggle->trigger();
        QVERIFY(saved.wait(15000));
        QVERIFY(f.job(f.seed.id)->deactivated);
        QTRY_COMPARE(toggle->text(), QStringLiteral("Activate Job"));
        toggle->trigger();
        QVERIFY(saved.wait(15000));
        QVERIFY(!f.job(f.seed.id)->deactivated);
        QCOMPARE(toggle->text(), QStringLiteral("Deactivate Job"));
        QCOMPARE(f.job(f.seed.id)->executeSteps, f.seed.executeSteps); // nothing else changed
    }

    void deleteNeedsTheTypedName()
    {
        f.actions->setContext(f.target(f.other));
        QTRY_VERIFY(f.actions->deleteAction()->isEnabled());
        f.actions->deleteJob();
        Ui::DeleteJobDialog *d = f.actions->deleteDialog();
        QVERIFY(d);
        QVERIFY(!d->deleteButton()->isEnabled());
        d->nameEdit()->setText(f.other.name.toUpper() + QStringLiteral(" "));
        QVERIFY(!d->deleteButton()->isEnabled());
        const int writes = f.writeCount();
        d->deleteButton()->click();
        QCOMPARE(f.writeCount(), writes);
        d->nameEdit()->setText(f.other.name);
        QVERIFY(d->deleteButton()->isEnabled());
        QSignalSpy deleted(f.actions.get(), &Ui::JobActions::jobDeleted);
        d->deleteButton()->click();
        QVERIFY(deleted.wait(15000));
        const std::optional<Api::Job> gone = f.job(f.other.id);
        QVERIFY(!gone || gone->state == Api::ObjectState::Deleted);
        for (const Api::Job &j : f.jobs()) {
            QVERIFY(j.id != f.other.id);
        }
    }

    void duplicateCreatesASecondJob()
    {
        const int before = int(f.jobs().size());
        f.actions->setContext(f.target(f.seed));
        f.actions->duplicateJob();
        Ui::JobEditorDialog *e = f.editor();
        QVERIFY(e);
        QCOMPARE(e->mode(), Ui::JobEditorDialog::Mode::Duplicate);
        const QString name = child<QLineEdit>(e, "jobName")->text();
        QVERIFY(name.startsWith(f.seed.name) && name != f.seed.name);
        QVERIFY(!child<QCheckBox>(e, "jobActive")->isChecked());
        QSignalSpy saved(f.actions.get(), &Ui::JobActions::jobSaved);
        QVERIFY(saveAndWait(e));
        QCOMPARE(saved.size(), 1);
        const auto copy = saved.at(0).at(0).value<Api::Job>();
        QVERIFY(copy.id != f.seed.id);
        const QList<Api::Job> after = f.jobs();
        QCOMPARE(int(after.size()), before + 1);
        int named = 0;
        for (const Api::Job &j : after) {
            named += j.name == name ? 1 : 0;
        }
        QCOMPARE(named, 1);
        QCOMPARE(f.job(copy.id)->executeSteps, f.job(f.seed.id)->executeSteps);
        QCOMPARE(f.job(f.seed.id)->name, f.seed.name); // the original untouched
    }

    void exportThenImportGivesTheSameJob()
    {
        f.chosenFile = m_tmp.filePath(QStringLiteral("job.json"));
        QFile::remove(f.chosenFile);
        f.actions->setContext(f.target(f.seed));
        QVERIFY(f.actions->exportAction()->isEnabled());
        f.actions->exportJob();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(f.chosenFile), 15000);

        Ui::JobTarget into;
        into.projectId = f.seed.projectId; // the project node: the job keeps its environment
        f.actions->setContext(into);
        f.actions->importJob();
        Ui::JobEditorDialog *e = f.editor();
        QVERIFY(e);
        QCOMPARE(e->mode(), Ui::JobEditorDialog::Mode::Import);
        Models::JobDraft expected = Models::JobDraft::fromJob(*f.job(f.seed.id));
        Models::JobDraft shown = e->draft();
        QCOMPARE(shown.id, 0);
        shown.id = expected.id;
        QVERIFY2(shown == expected,
            qPrintable(Models::describeChanges(expected, shown, {}).join(u'\n')));
        QSignalSpy saved(f.actions.get(), &Ui::JobActions::jobSaved);
        QVERIFY(saveAndWait(e));
        const auto created = saved.at(0).at(0).value<Api::Job>();
        Models::JobDraft back = Models::JobDraft::fromJob(*f.job(created.id));
        QVERIFY(back.id != expected.id);
        back.id = expected.id;
        QVERIFY2(Models::describeChanges(expected, back, {}).isEmpty(),
            qPrintable(Models::describeChanges(expected, back, {}).join(u'\n')));
    }

    void forbiddenDisablesTheActionsWithTheReason()
    {
        f.stop();
        f.start(true); // a Job Viewer token: reads yes, job writes 403
        QVERIFY(f.seed.id);
        f.actions->setContext(f.target(f.seed));
        QVERIFY(f.actions->editAction()->isEnabled()); // nothing known yet
        Ui::JobEditorDialog *e = openEdit(f.seed);
        QVERIFY(e);
        child<QSpinBox>(e, "jobThreads")->setValue(child<QSpinBox>(e, "jobThreads")->value() + 1);
        QVERIFY(!saveAndWait(e));
        const QString why = f.access->whyNot(Models::WriteArea::Jobs);
        QVERIFY(!f.access->neededFor(Models::WriteArea::Jobs).isEmpty());
        QVERIFY2(why.contains(f.access->neededFor(Models::WriteArea::Jobs).constFirst()),
            qPrintable(why));
        QVERIFY2(e->formMessage().contains(QStringLiteral("403"))
                || e->formMessage().contains(
                    f.access->neededFor(Models::WriteArea::Jobs).constFirst()),
            qPrintable(e->formMessage()));
        // From now on: disabled, saying why, and nothing more is sent.
        QVERIFY(!e->saveButton()->isEnabled());
        QCOMPARE(e->whyNotSaving(), why);
        for (QAction *a : { f.actions->newAction(),
                 f.actions->editAction(),
                 f.actions->duplicateAction(),
                 f.actions->activeAction(),
                 f.actions->deleteAction(),
                 f.actions->importAction() }) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QCOMPARE(a->toolTip(), why);
        }
        QVERIFY(f.actions->exportAction()->isEnabled()); // a read
        const int writes = f.writeCount();
        f.actions->deleteJob();
        f.actions->toggleActive();
        QTest::qWait(50);
        QCOMPARE(f.writeCount(), writes);
    }
};

QTEST_MAIN(TestJobEditor)
#include "tst_jobeditor.moc"
