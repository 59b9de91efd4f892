// SPDX-License-Identifier: GPL-3.0-or-later
// The job editor's model: validation, the diff before saving, the cron builder, the next-runs
// preview across a daylight-saving change, the completion cycle check, 400 field errors onto
// fields, and import of exported files into another project.

#include "models/common/cronschedule.h"
#include "models/jobs/cronbuilder.h"
#include "models/jobs/jobdraft.h"
#include "models/jobs/jobtransfer.h"

#include <QTest>

using namespace Dbtc;
using namespace Dbtc::Models;

namespace {

JobDraft sample()
{
    JobDraft d;
    d.id = 5;
    d.projectId = 1;
    d.environmentId = 10;
    d.name = QStringLiteral("Nightly");
    d.steps = { QStringLiteral("dbt build") };
    d.triggers.schedule = true;
    d.schedule.cron = QStringLiteral("0 6 * * *");
    d.schedule.dateType = QStringLiteral("every_day");
    d.schedule.timeType = QStringLiteral("at_exact_hours");
    d.schedule.hours = { 6 };
    d.threads = 4;
    return d;
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

class TestJobDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void validation()
    {
        QVERIFY(validateDraft(sample()).isEmpty());
        JobDraft d = sample();
        d.name = QStringLiteral("  ");
        d.steps = { QStringLiteral("dbt biuld") };
        d.threads = 0;
        d.schedule.cron = QStringLiteral("0 25 * * *");
        d.completion = Api::JobCompletionTrigger { 5, 1, { 10 } };
        const QMap<JobField, QString> e = validateDraft(d);
        QVERIFY(e.contains(JobField::Name));
        QVERIFY(e.value(JobField::Steps).contains(QStringLiteral("Step 1")));
        QVERIFY(e.contains(JobField::Threads));
        QVERIFY2(e.value(JobField::Schedule).contains(QStringLiteral("hour")),
            qPrintable(e.value(JobField::Schedule)));
        QVERIFY(e.contains(JobField::CompletionTrigger)); // runs after itself
        d = sample();
        d.steps.clear();
        QVERIFY(validateDraft(d).contains(JobField::Steps));
    }

    void diffSaysWhatChanges()
    {
        const JobDraft before = sample();
        JobDraft after = before;
        QVERIFY(describeChanges(before, after, {}).isEmpty());
        after.schedule.cron = QStringLiteral("0 7 * * *");
        after.threads = 8;
        after.environmentId = 11;
        JobNames names;
        names.environment = [](qint64 id) {
            return id == 10 ? QStringLiteral("Staging") : QStringLiteral("Production");
        };
        const QStringList lines = describeChanges(before, after, names);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.contains(QStringLiteral("schedule: Every day at 06:00 UTC → Every day at "
                                               "07:00 UTC")),
            qPrintable(lines.join(u'|')));
        QVERIFY(lines.contains(QStringLiteral("threads: 4 → 8")));
        QVERIFY(lines.contains(QStringLiteral("environment: \"Staging\" → \"Production\"")));
    }

    void draftRoundTripsThroughJob()
    {
        JobDraft d = sample();
        d.description = QStringLiteral("x");
        d.completion = Api::JobCompletionTrigger { 9, 1, { 10, 30 } };
        d.deferringJobId = 9;
        d.compareChanges = true;
        d.compareChangesFlags = QStringLiteral("--select state:modified");
        d.timeoutSeconds = 600;
        d.active = false;
        QCOMPARE(JobDraft::fromJob(d.toJob()), d);
        const JobDraft copy = d.duplicate();
        QCOMPARE(copy.id, 0);
        QVERIFY(!copy.active);
        QVERIFY(copy.name.startsWith(d.name));
    }

    void cronBuilder()
    {
        CronBuilder b;
        b.mode = CronBuilder::Mode::AtHours;
        b.hours = { 18, 6 };
        b.minute = 30;
        b.days = { 5, 1, 3 };
        QCOMPARE(b.cron(), QStringLiteral("30 6,18 * * 1,3,5"));
        QCOMPARE(b.dateType(), QStringLiteral("days_of_week"));
        QCOMPARE(b.timeType(), QStringLiteral("at_exact_hours"));
        QCOMPARE(CronBuilder::fromCron(b.cron()).cron(), b.cron());

        CronBuilder every;
        every.intervalHours = 4;
        QCOMPARE(every.cron(), QStringLiteral("0 */4 * * *"));
        QCOMPARE(every.dateType(), QStringLiteral("every_day"));
        QCOMPARE(CronBuilder::fromCron(QStringLiteral("0 */4 * * *")), every);
        QCOMPARE(CronBuilder::fromCron(QStringLiteral("0 6 * * 1-5")).days,
            QList<int>({ 1, 2, 3, 4, 5 }));

        const CronBuilder odd = CronBuilder::fromCron(QStringLiteral("0 6 1 * *"));
        QCOMPARE(odd.mode, CronBuilder::Mode::Custom);
        QCOMPARE(odd.cron(), QStringLiteral("0 6 1 * *"));
        QCOMPARE(odd.dateType(), QStringLiteral("custom_cron"));
    }

    void cronNextRuns()
    {
        const auto s = CronSchedule::parse(QStringLiteral("*/15 9-10 * * MON-FRI"));
        QVERIFY(s);
        // Friday 2026-03-06 10:50 UTC: 11:00 is outside the hours, Saturday and Sunday skip.
        const QList<QDateTime> runs = s->nextRuns(utc(2026, 3, 6, 10, 50), 3);
        QCOMPARE(runs,
            QList<QDateTime>(
                { utc(2026, 3, 9, 9, 0), utc(2026, 3, 9, 9, 15), utc(2026, 3, 9, 9, 30) }));
        // Both day fields restricted: either matches (the 13th, or any Friday).
        const auto either = CronSchedule::parse(QStringLiteral("0 0 13 * 5"));
        QVERIFY(either);
        QCOMPARE(either->nextRuns(utc(2026, 3, 1, 0, 0), 2),
            QList<QDateTime>({ utc(2026, 3, 6, 0, 0), utc(2026, 3, 13, 0, 0) }));
        QString why;
        QVERIFY(!CronSchedule::parse(QStringLiteral("0 6 * *"), &why));
        QVERIFY(why.contains(QStringLiteral("5 fields")));
        QVERIFY(!CronSchedule::parse(QStringLiteral("0 6 32 * *"), &why));
        QVERIFY2(why.contains(QStringLiteral("day of month")), qPrintable(why));
        QVERIFY(CronSchedule::parse(QStringLiteral("0 0 30 2 *"))
                    ->nextRuns(utc(2026, 1, 1, 0, 0), 5)
                    .isEmpty());
    }

    void previewAcrossDaylightSaving()
    {
        // Europe/Berlin moves to summer time on Sunday 29 March 2026 at 01:00 UTC. A job at
        // 06:00 UTC starts at 07:00 on the account's clock before, 08:00 after.
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const QList<CronRunPreview> runs =
            previewRuns(QStringLiteral("0 6 * * *"), berlin, utc(2026, 3, 27, 12, 0), 5);
        QCOMPARE(runs.size(), 5);
        QCOMPARE(runs.at(0).utc, utc(2026, 3, 28, 6, 0));
        QCOMPARE(runs.at(0).localText, QStringLiteral("Sat 28 Mar 2026 07:00 CET"));
        QCOMPARE(runs.at(1).localText, QStringLiteral("Sun 29 Mar 2026 08:00 CEST"));
        QCOMPARE(runs.at(4).localText, QStringLiteral("Wed 1 Apr 2026 08:00 CEST"));
        for (const CronRunPreview &r : runs) {
            QCOMPARE(r.utcText, QStringLiteral("06:00 UTC"));
        }
        // Hourly across the change: no run is lost or doubled in UTC, the local clock jumps.
        const QList<CronRunPreview> hourly =
            previewRuns(QStringLiteral("0 * * * *"), berlin, utc(2026, 3, 28, 23, 30), 3);
        QCOMPARE(hourly.at(0).localText, QStringLiteral("Sun 29 Mar 2026 01:00 CET"));
        QCOMPARE(hourly.at(1).localText, QStringLiteral("Sun 29 Mar 2026 03:00 CEST"));
        QCOMPARE(hourly.at(2).localText, QStringLiteral("Sun 29 Mar 2026 04:00 CEST"));
        QVERIFY(previewRuns(QStringLiteral("nonsense"), berlin, utc(2026, 1, 1, 0, 0)).isEmpty());
    }

    void completionCycles()
    {
        // 2 runs after 1, 3 runs after 2.
        const QHash<qint64, qint64> runsAfter { { 2, 1 }, { 3, 2 } };
        // 1 after 3 would close 1 → 2 → 3 → 1.
        QCOMPARE(completionCycle(1, 3, runsAfter), QList<qint64>({ 1, 3, 2, 1 }));
        QCOMPARE(completionCycle(4, 4, runsAfter), QList<qint64>({ 4, 4 }));
        QVERIFY(completionCycle(4, 3, runsAfter).isEmpty());
        // A loop that does not involve the edited job ends the walk instead of hanging.
        const QHash<qint64, qint64> loop { { 7, 8 }, { 8, 7 } };
        QVERIFY(completionCycle(1, 7, loop).isEmpty());
    }

    void fieldErrorsLandOnFields()
    {
        const QMap<JobField, QString> e = mapFieldErrors({
            { QStringLiteral("settings.threads"), QStringLiteral("Too many.") },
            { QStringLiteral("settings.target_name"), QStringLiteral("Bad.") },
            { QStringLiteral("schedule.cron"), QStringLiteral("Not cron.") },
            { QStringLiteral("job_completion_trigger_condition.condition.job_id"),
                QStringLiteral("No such job.") },
            { QStringLiteral("lifecycle_webhooks"), QStringLiteral("Odd.") },
        });
        QCOMPARE(e.value(JobField::Threads), QStringLiteral("Too many."));
        QCOMPARE(e.value(JobField::TargetName), QStringLiteral("Bad."));
        QCOMPARE(e.value(JobField::Schedule), QStringLiteral("Not cron."));
        QCOMPARE(e.value(JobField::CompletionTrigger), QStringLiteral("No such job."));
        QCOMPARE(e.value(JobField::Other), QStringLiteral("lifecycle_webhooks: Odd."));
    }

    void exportImportIntoAnotherProject()
    {
        JobDraft d = sample();
        d.completion = Api::JobCompletionTrigger { 9, 1, { 10 } };
        d.deferringEnvironmentId = 10;
        d.description = QStringLiteral("Builds everything");
        const QByteArray file = exportJobFile(d.toJob());

        const auto same = importJobFile(file, 1, 10);
        QVERIFY(same.ok());
        JobDraft want = d;
        want.id = 0;
        QCOMPARE(same->draft, want); // export → import: equal but for the id
        QVERIFY(same->notes.isEmpty());

        const auto moved = importJobFile(file, 2, 20);
        QVERIFY(moved.ok());
        QCOMPARE(moved->draft.projectId, 2);
        QCOMPARE(moved->draft.environmentId, 20);
        QVERIFY(!moved->draft.completion);
        QVERIFY(!moved->draft.deferringEnvironmentId);
        QCOMPARE(moved->notes.size(), 3);

        // Onto a project node (no environment): the same project keeps the job's environment,
        // another one leaves it to be chosen and says so.
        const auto ontoProject = importJobFile(file, 1, 0);
        QVERIFY(ontoProject.ok());
        QCOMPARE(ontoProject->draft.environmentId, d.environmentId);
        QVERIFY(ontoProject->notes.isEmpty());
        const auto ontoOther = importJobFile(file, 2, 0);
        QVERIFY(ontoOther.ok());
        QCOMPARE(ontoOther->draft.environmentId, 0);
        QVERIFY(ontoOther->notes.last().contains(QStringLiteral("Choose the environment")));

        const auto broken = importJobFile("{\"name\": 1}", 1, 10);
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(QStringLiteral("not a dbt Cloud job export")));
    }
};

QTEST_GUILESS_MAIN(TestJobDraft)
#include "tst_jobdraft.moc"
