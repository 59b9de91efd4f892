// SPDX-License-Identifier: GPL-3.0-or-later
// The job editor's writes against the simulator: every field survives edit → save → reload,
// a 400 lands on the editor's fields, a draft that does not validate and a read-only
// connection send nothing, delete is soft.

#include "models/common/writeaccess.h"
#include "models/jobs/jobwriter.h"
#include "simfixture.h"

#include <optional>

using namespace Dbtc;
using namespace Dbtc::Models;

class TestJobWriter : public QObject
{
    Q_OBJECT

    SimFixture m_sim;
    std::unique_ptr<JobWriter> m_writer;
    Api::Job m_seed; //!< a seeded job of a deployment environment
    Api::Job m_other; //!< another job of the same project

    std::optional<JobSaveOutcome> save(JobWriter &writer, const JobDraft &draft)
    {
        std::optional<JobSaveOutcome> out;
        writer.save(draft, this, [&out](const JobSaveOutcome &o) {
            out = o;
        });
        (void)QTest::qWaitFor(
            [&out] {
                return out.has_value();
            },
            15000);
        return out;
    }

    std::optional<Api::Job> load(qint64 id)
    {
        std::optional<Api::Job> out;
        bool done = false;
        m_writer->load(id, this, [&](const Api::Result<Api::Job> &r) {
            done = true;
            if (r.ok()) {
                out = r.value();
            }
        });
        (void)QTest::qWaitFor(
            [&done] {
                return done;
            },
            15000);
        return out;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_sim.start());
        m_writer = std::make_unique<JobWriter>(m_sim.client.get());
        QVERIFY(m_writer->whyNotWritable().isEmpty());
        std::optional<QList<Api::Job>> jobs;
        m_sim.client->fetchAllJobs({}, this, [&jobs](const Api::Result<QList<Api::Job>> &r) {
            jobs = r.ok() ? r.value() : QList<Api::Job>();
        });
        QVERIFY(QTest::qWaitFor(
            [&jobs] {
                return jobs.has_value();
            },
            15000));
        for (const Api::Job &j : *jobs) {
            if (j.state != Api::ObjectState::Active) {
                continue;
            }
            if (!m_seed.id && j.type != Api::JobType::Ci) {
                m_seed = j;
            } else if (m_seed.id && !m_other.id && j.projectId == m_seed.projectId) {
                m_other = j;
            }
        }
        QVERIFY(m_seed.id && m_other.id);
    }

    void everyFieldSurvivesEditSaveReload()
    {
        const std::optional<Api::Job> loaded = load(m_seed.id);
        QVERIFY(loaded);
        JobDraft draft = JobDraft::fromJob(*loaded);
        draft.name = QStringLiteral("Edited: ") + draft.name;
        draft.description = QStringLiteral("Edited in the console");
        draft.dbtVersion = QStringLiteral("1.8.0-latest");
        draft.steps = { QStringLiteral("dbt source freshness"),
            QStringLiteral("dbt build -s +orders") };
        draft.jobType = QStringLiteral("scheduled");
        draft.active = !draft.active;
        draft.triggers.schedule = true;
        draft.schedule.cron = QStringLiteral("30 5,17 * * 1,2,3,4,5");
        draft.triggers.gitProviderWebhook = !draft.triggers.gitProviderWebhook;
        draft.triggers.onMerge = !draft.triggers.onMerge;
        draft.triggersOnDraftPr = !draft.triggersOnDraftPr;
        draft.completion = Api::JobCompletionTrigger { m_other.id, m_other.projectId, { 10, 30 } };
        draft.targetName = QStringLiteral("edited");
        draft.threads = draft.threads == 9 ? 10 : 9;
        draft.generateDocs = !draft.generateDocs;
        draft.generateSources = !draft.generateSources;
        draft.deferringEnvironmentId = loaded->environmentId;
        draft.deferringJobId = m_other.id;
        draft.compareChanges = !draft.compareChanges;
        draft.compareChangesFlags = QStringLiteral("--select state:modified+");
        draft.runLint = !draft.runLint;
        draft.errorsOnLintFailure = !draft.errorsOnLintFailure;
        draft.timeoutSeconds = 3600;
        QVERIFY(validateDraft(draft).isEmpty());
        QVERIFY(describeChanges(JobDraft::fromJob(*loaded), draft, {}).size() >= 15);

        const std::optional<JobSaveOutcome> saved = save(*m_writer, draft);
        QVERIFY(saved);
        QVERIFY2(saved->ok(), qPrintable(saved->error.message + saved->error.detail));
        const std::optional<Api::Job> reloaded = load(m_seed.id);
        QVERIFY(reloaded);
        JobDraft back = JobDraft::fromJob(*reloaded);
        // The server derives the schedule's date/time types from the cron; they are not fields
        // the user typed.
        back.schedule.dateType = draft.schedule.dateType;
        back.schedule.timeType = draft.schedule.timeType;
        back.schedule.days = draft.schedule.days;
        back.schedule.hours = draft.schedule.hours;
        back.schedule.interval = draft.schedule.interval;
        if (back.completion) {
            back.completion->projectId = draft.completion->projectId;
        }
        QCOMPARE(back, draft);
        QVERIFY(describeChanges(draft, back, {}).isEmpty());
    }

    void serverFieldErrorsLandOnFields()
    {
        JobDraft draft = JobDraft::fromJob(*load(m_seed.id));
        draft.completion = Api::JobCompletionTrigger { 999999, 1, { 10 } }; // no such job
        const std::optional<JobSaveOutcome> saved = save(*m_writer, draft);
        QVERIFY(saved && !saved->ok());
        QCOMPARE(saved->error.httpStatus, 400);
        QVERIFY2(saved->fieldErrors.contains(JobField::CompletionTrigger),
            qPrintable(saved->error.message));
    }

    void completionCycleIsRefusedByTheServerToo()
    {
        // Since the first test m_seed runs after m_other: m_other after m_seed would loop.
        const QHash<qint64, qint64> runsAfter { { m_seed.id, m_other.id } };
        QCOMPARE(completionCycle(m_other.id, m_seed.id, runsAfter),
            QList<qint64>({ m_other.id, m_seed.id, m_other.id }));
        JobDraft other = JobDraft::fromJob(*load(m_other.id));
        other.completion = Api::JobCompletionTrigger { m_seed.id, m_seed.projectId, { 10 } };
        const std::optional<JobSaveOutcome> loop = save(*m_writer, other);
        QVERIFY(loop && !loop->ok());
        QCOMPARE(loop->error.httpStatus, 400);
        QVERIFY(
            loop->fieldErrors.value(JobField::CompletionTrigger).contains(QStringLiteral("cycle")));
    }

    void invalidDraftIsNotSent()
    {
        JobDraft draft = JobDraft::fromJob(*load(m_seed.id));
        draft.threads = 0;
        draft.steps = { QStringLiteral("rm -rf /") };
        const int before = m_sim.server->requestCount(QStringLiteral("/jobs/"));
        const std::optional<JobSaveOutcome> saved = save(*m_writer, draft);
        QVERIFY(saved && !saved->ok());
        QVERIFY(saved->fieldErrors.contains(JobField::Threads));
        QVERIFY(saved->fieldErrors.contains(JobField::Steps));
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/jobs/")), before);
    }

    void readOnlySaysWhyAndSendsNothing()
    {
        WriteAccess access(true);
        JobWriter readOnly(m_sim.client.get(), &access);
        QVERIFY(readOnly.whyNotWritable().contains(QStringLiteral("read-only")));
        const JobDraft draft = JobDraft::fromJob(*load(m_seed.id));
        const int before = m_sim.server->requestCount(QStringLiteral("/jobs/"));
        const std::optional<JobSaveOutcome> saved = save(readOnly, draft);
        QVERIFY(saved && !saved->ok());
        QCOMPARE(saved->error.kind, Api::ApiError::Kind::ReadOnly);
        QCOMPARE(m_sim.server->requestCount(QStringLiteral("/jobs/")), before);
    }

    void duplicateThenDelete()
    {
        const JobDraft copy = JobDraft::fromJob(*load(m_other.id)).duplicate();
        const std::optional<JobSaveOutcome> created = save(*m_writer, copy);
        QVERIFY(created && created->ok());
        QVERIFY(created->saved->id != m_other.id);
        QVERIFY(created->saved->deactivated);
        std::optional<JobSaveOutcome> removed;
        m_writer->remove(created->saved->id, this, [&removed](const JobSaveOutcome &o) {
            removed = o;
        });
        QVERIFY(QTest::qWaitFor(
            [&removed] {
                return removed.has_value();
            },
            15000));
        QVERIFY(removed->ok());
        QCOMPARE(removed->saved->state, Api::ObjectState::Deleted);
    }
};

QTEST_GUILESS_MAIN(TestJobWriter)
#include "tst_jobwriter.moc"
