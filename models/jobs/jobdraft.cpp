// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jobs/jobdraft.h"

#include "models/common/cronschedule.h"
#include "models/common/cronwords.h"
#include "models/common/dbtcommand.h"

#include <QCoreApplication>

#include <tuple>

namespace Dbtc::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Dbtc::Models", text); // the context lupdate records here
}

QString onOff(bool on)
{
    return on ? tr("on") : tr("off");
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? tr("(none)") : u'"' + text + u'"';
}

QString scheduleWords(const JobDraft &d)
{
    return d.triggers.schedule ? cronToWords(d.schedule.cron) : tr("not scheduled");
}

QString statusNames(const QList<int> &statuses)
{
    QStringList names;
    for (const int s : statuses) {
        names << (s == 10 ? tr("success") : s == 20 ? tr("error") : tr("cancelled"));
    }
    return names.join(QStringLiteral(", "));
}

QString completionWords(const JobDraft &d, const JobNames &names)
{
    if (!d.completion) {
        return tr("(none)");
    }
    const QString job = names.job ? names.job(d.completion->jobId) : QString();
    return tr("after %1 (%2)")
        .arg(job.isEmpty() ? tr("job %1").arg(d.completion->jobId) : quoted(job),
            statusNames(d.completion->statuses));
}

QString durationWords(qint64 seconds)
{
    if (seconds <= 0) {
        return tr("no limit");
    }
    if (seconds % 3600 == 0) {
        return tr("%1 h").arg(seconds / 3600);
    }
    return seconds % 60 == 0 ? tr("%1 min").arg(seconds / 60) : tr("%1 s").arg(seconds);
}

QString idWords(const std::optional<qint64> &id, const std::function<QString(qint64)> &name)
{
    if (!id || !*id) {
        return tr("(none)");
    }
    const QString n = name ? name(*id) : QString();
    return n.isEmpty() ? QString::number(*id) : quoted(n);
}

} // namespace

bool operator==(const JobDraft &a, const JobDraft &b)
{
    const auto schedule = [](const Api::JobSchedule &s) {
        return std::tie(s.cron, s.dateType, s.timeType, s.days, s.hours, s.interval);
    };
    const auto triggers = [](const Api::JobTriggers &t) {
        return std::tie(
            t.schedule, t.githubWebhook, t.gitProviderWebhook, t.onMerge, t.customBranchOnly);
    };
    const auto fields = [](const JobDraft &d) {
        return std::tie(d.id,
            d.projectId,
            d.environmentId,
            d.name,
            d.description,
            d.dbtVersion,
            d.steps,
            d.jobType,
            d.active,
            d.triggersOnDraftPr,
            d.completion,
            d.targetName,
            d.threads,
            d.generateDocs,
            d.generateSources,
            d.deferringEnvironmentId,
            d.deferringJobId,
            d.compareChanges,
            d.compareChangesFlags,
            d.runLint,
            d.errorsOnLintFailure,
            d.timeoutSeconds);
    };
    return fields(a) == fields(b) && schedule(a.schedule) == schedule(b.schedule)
        && triggers(a.triggers) == triggers(b.triggers);
}

JobDraft JobDraft::fromJob(const Api::Job &job)
{
    JobDraft d;
    d.id = job.id;
    d.projectId = job.projectId;
    d.environmentId = job.environmentId;
    d.name = job.name;
    d.description = job.description;
    d.dbtVersion = job.dbtVersion;
    d.steps = job.executeSteps;
    d.jobType = job.typeText;
    d.active = !job.deactivated;
    d.schedule = job.schedule;
    d.schedule.cronHumanized.clear(); // the server's words, not an edited field
    d.triggers = job.triggers;
    d.triggersOnDraftPr = job.triggersOnDraftPr;
    d.completion = job.completionTrigger;
    d.targetName = job.settings.targetName;
    d.threads = job.settings.threads;
    d.generateDocs = job.generateDocs;
    d.generateSources = job.runGenerateSources;
    d.deferringEnvironmentId = job.deferringEnvironmentId;
    d.deferringJobId = job.deferringJobDefinitionId;
    d.compareChanges = job.runCompareChanges;
    d.compareChangesFlags = job.compareChangesFlags;
    d.runLint = job.runLint;
    d.errorsOnLintFailure = job.errorsOnLintFailure;
    d.timeoutSeconds = job.timeoutSeconds;
    return d;
}

Api::Job JobDraft::toJob() const
{
    Api::Job j;
    j.id = id;
    j.projectId = projectId;
    j.environmentId = environmentId;
    j.name = name;
    j.description = description;
    j.dbtVersion = dbtVersion;
    j.executeSteps = steps;
    j.typeText = jobType;
    j.state = Api::ObjectState::Active;
    j.deactivated = !active;
    j.schedule = schedule;
    j.triggers = triggers;
    j.triggersOnDraftPr = triggersOnDraftPr;
    j.completionTrigger = completion;
    j.settings.targetName = targetName;
    j.settings.threads = threads;
    j.generateDocs = generateDocs;
    j.runGenerateSources = generateSources;
    j.deferringEnvironmentId = deferringEnvironmentId;
    j.deferringJobDefinitionId = deferringJobId;
    j.runCompareChanges = compareChanges;
    j.compareChangesFlags = compareChangesFlags;
    j.runLint = runLint;
    j.errorsOnLintFailure = errorsOnLintFailure;
    j.timeoutSeconds = timeoutSeconds;
    return j;
}

JobDraft JobDraft::duplicate() const
{
    JobDraft copy = *this;
    copy.id = 0;
    copy.name = QCoreApplication::translate("Dbtc::Models::JobDraft", "%1 (copy)").arg(name);
    copy.active = false;
    return copy;
}

QMap<JobField, QString> validateDraft(const JobDraft &d)
{
    QMap<JobField, QString> errors;
    if (d.name.trimmed().isEmpty()) {
        errors.insert(JobField::Name, tr("A job needs a name."));
    } else if (d.name.size() > 255) {
        errors.insert(JobField::Name,
            tr("The name is %1 characters long; dbt Cloud takes 255.").arg(d.name.size()));
    }
    if (d.environmentId <= 0) {
        errors.insert(JobField::Environment, tr("Choose the environment the job runs in."));
    }
    QStringList stepErrors;
    const QList<DbtCommandCheck> checks = checkDbtSteps(d.steps);
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks.at(i).isError()) {
            stepErrors << tr("Step %1: %2").arg(i + 1).arg(checks.at(i).message);
        }
    }
    if (d.steps.isEmpty()) {
        stepErrors << tr("A job needs at least one step, such as \"dbt build\".");
    }
    if (!stepErrors.isEmpty()) {
        errors.insert(JobField::Steps, stepErrors.join(u'\n'));
    }
    if (d.triggers.schedule || !d.schedule.cron.isEmpty()) {
        QString why;
        if (!CronSchedule::parse(d.schedule.cron, &why)) {
            errors.insert(JobField::Schedule, tr("The schedule is not valid cron: %1.").arg(why));
        }
    }
    if (d.threads < 1 || d.threads > 64) {
        errors.insert(JobField::Threads, tr("Threads must be between 1 and 64."));
    }
    if (d.timeoutSeconds < 0 || d.timeoutSeconds > 86400) {
        errors.insert(JobField::Timeout, tr("The timeout must be between 0 (none) and 24 hours."));
    }
    if (d.completion) {
        if (d.completion->jobId <= 0) {
            errors.insert(JobField::CompletionTrigger, tr("Choose the job this one runs after."));
        } else if (d.completion->statuses.isEmpty()) {
            errors.insert(JobField::CompletionTrigger,
                tr("Choose at least one outcome (success, error, cancelled) that starts it."));
        } else if (d.id && d.completion->jobId == d.id) {
            errors.insert(JobField::CompletionTrigger, tr("A job cannot run after itself."));
        }
    }
    if (d.targetName.trimmed().isEmpty()) {
        errors.insert(JobField::TargetName,
            tr("The target name cannot be empty (dbt Cloud's "
               "default is \"default\")."));
    }
    return errors;
}

QStringList describeChanges(const JobDraft &a, const JobDraft &b, const JobNames &names)
{
    QStringList lines;
    const auto line = [&lines](const QString &field, const QString &from, const QString &to) {
        if (from != to) {
            lines << tr("%1: %2 → %3").arg(field, from, to);
        }
    };
    line(tr("name"), quoted(a.name), quoted(b.name));
    line(tr("description"), quoted(a.description), quoted(b.description));
    line(tr("environment"),
        idWords(a.environmentId, names.environment),
        idWords(b.environmentId, names.environment));
    line(tr("dbt version"),
        a.dbtVersion.isEmpty() ? tr("environment's") : a.dbtVersion,
        b.dbtVersion.isEmpty() ? tr("environment's") : b.dbtVersion);
    if (a.steps != b.steps) {
        lines << tr("steps: %1 → %2")
                     .arg(a.steps.join(QStringLiteral("; ")), b.steps.join(QStringLiteral("; ")));
    }
    line(tr("job type"), a.jobType, b.jobType);
    line(tr("active"), onOff(a.active), onOff(b.active));
    line(tr("schedule"), scheduleWords(a), scheduleWords(b));
    if (a.triggers.schedule && b.triggers.schedule && a.schedule.cron != b.schedule.cron
        && cronToWords(a.schedule.cron) == cronToWords(b.schedule.cron)) {
        line(tr("cron"), a.schedule.cron, b.schedule.cron); // same words, different cron
    }
    line(tr("run on pull requests"),
        onOff(a.triggers.gitProviderWebhook || a.triggers.githubWebhook),
        onOff(b.triggers.gitProviderWebhook || b.triggers.githubWebhook));
    line(tr("run on draft pull requests"), onOff(a.triggersOnDraftPr), onOff(b.triggersOnDraftPr));
    line(tr("run on merge"), onOff(a.triggers.onMerge), onOff(b.triggers.onMerge));
    line(tr("custom branch only"),
        onOff(a.triggers.customBranchOnly),
        onOff(b.triggers.customBranchOnly));
    line(tr("runs after"), completionWords(a, names), completionWords(b, names));
    line(tr("target name"), quoted(a.targetName), quoted(b.targetName));
    line(tr("threads"), QString::number(a.threads), QString::number(b.threads));
    line(tr("generate docs"), onOff(a.generateDocs), onOff(b.generateDocs));
    line(tr("generate sources"), onOff(a.generateSources), onOff(b.generateSources));
    line(tr("defer to environment"),
        idWords(a.deferringEnvironmentId, names.environment),
        idWords(b.deferringEnvironmentId, names.environment));
    line(tr("defer to job"),
        idWords(a.deferringJobId, names.job),
        idWords(b.deferringJobId, names.job));
    line(tr("compare changes"), onOff(a.compareChanges), onOff(b.compareChanges));
    line(tr("compare changes flags"), quoted(a.compareChangesFlags), quoted(b.compareChangesFlags));
    line(tr("lint SQL"), onOff(a.runLint), onOff(b.runLint));
    line(tr("fail on lint errors"), onOff(a.errorsOnLintFailure), onOff(b.errorsOnLintFailure));
    line(tr("timeout"), durationWords(a.timeoutSeconds), durationWords(b.timeoutSeconds));
    return lines;
}

JobField fieldForApiPath(const QString &path)
{
    const QString head = path.section(u'.', 0, 0).section(u'[', 0, 0);
    static const QHash<QString, JobField> byKey = {
        { QStringLiteral("name"), JobField::Name },
        { QStringLiteral("description"), JobField::Description },
        { QStringLiteral("environment_id"), JobField::Environment },
        { QStringLiteral("project_id"), JobField::Environment },
        { QStringLiteral("dbt_version"), JobField::DbtVersion },
        { QStringLiteral("execute_steps"), JobField::Steps },
        { QStringLiteral("job_type"), JobField::JobType },
        { QStringLiteral("schedule"), JobField::Schedule },
        { QStringLiteral("triggers"), JobField::Triggers },
        { QStringLiteral("triggers_on_draft_pr"), JobField::Triggers },
        { QStringLiteral("job_completion_trigger_condition"), JobField::CompletionTrigger },
        { QStringLiteral("generate_docs"), JobField::GenerateDocs },
        { QStringLiteral("run_generate_sources"), JobField::GenerateSources },
        { QStringLiteral("deferring_environment_id"), JobField::Deferral },
        { QStringLiteral("deferring_job_definition_id"), JobField::Deferral },
        { QStringLiteral("run_compare_changes"), JobField::CompareChanges },
        { QStringLiteral("compare_changes_flags"), JobField::CompareChanges },
        { QStringLiteral("run_lint"), JobField::Lint },
        { QStringLiteral("errors_on_lint_failure"), JobField::Lint },
        { QStringLiteral("execution"), JobField::Timeout },
        { QStringLiteral("state"), JobField::State },
        { QStringLiteral("deactivated"), JobField::State },
    };
    if (head == u"settings") {
        return path.endsWith(QLatin1String("threads")) ? JobField::Threads : JobField::TargetName;
    }
    return byKey.value(head, JobField::Other);
}

QMap<JobField, QString> mapFieldErrors(const QList<Api::FieldError> &apiFieldErrors)
{
    QMap<JobField, QString> out;
    for (const Api::FieldError &error : apiFieldErrors) {
        const JobField field = fieldForApiPath(error.field);
        QString message = error.message;
        if (field == JobField::Other) {
            message = error.field + QStringLiteral(": ") + message; // no field to show it on
        }
        QString &text = out[field];
        text = text.isEmpty() ? message : text + u'\n' + message;
    }
    return out;
}

QList<qint64> completionCycle(
    qint64 jobId, qint64 upstreamJobId, const QHash<qint64, qint64> &runsAfter)
{
    QList<qint64> chain { jobId };
    qint64 at = upstreamJobId;
    // Follow "runs after" upstream; a chain longer than the account's jobs is itself a loop.
    while (at && chain.size() <= runsAfter.size() + 1) {
        chain.append(at);
        if (at == jobId) {
            return chain;
        }
        at = runsAfter.value(at, 0);
    }
    return {};
}

} // namespace Dbtc::Models
