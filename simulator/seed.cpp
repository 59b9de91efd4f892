// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/seed.h"

#include "simulator/cron.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Dbtc::Sim {

namespace {

struct JobSpec
{
    const char *name;
    const char *cron; // "" = not scheduled (CI / ad-hoc)
    const char *steps;
    int envKind; // 0 production, 1 staging
    int failureRate;
    bool docs;
    bool sources;
    const char *type;
};

// Per project; names get the project's flavour through the description only.
constexpr JobSpec kJobs[] = {
    { "Daily production build", "0 6 * * *", "dbt build", 0, 6, true, false, "scheduled" },
    { "Hourly incremental models",
        "15 * * * *",
        "dbt run --select tag:hourly|dbt test --select tag:hourly",
        0,
        7,
        false,
        false,
        "scheduled" },
    { "Source freshness", "*/30 * * * *", "dbt source freshness", 0, 4, false, true, "scheduled" },
    { "Nightly full refresh",
        "0 2 * * *",
        "dbt seed|dbt run --full-refresh|dbt test",
        0,
        12,
        true,
        false,
        "scheduled" },
    { "Weekday marts",
        "30 7 * * 1-5",
        "dbt build --select marts",
        0,
        10,
        false,
        false,
        "scheduled" },
    { "Staging smoke test",
        "0 */4 * * *",
        "dbt build --select state:modified+",
        1,
        15,
        false,
        false,
        "scheduled" },
    { "Snapshot customers", "45 */6 * * *", "dbt snapshot", 0, 5, false, false, "scheduled" },
    { "CI check", "", "dbt build --select state:modified+", 1, 25, false, false, "ci" },
    { "Ad-hoc backfill",
        "",
        "dbt run --select orders+ --vars '{backfill: true}'",
        0,
        20,
        false,
        false,
        "other" },
};

const char *const kProjects[][3] = {
    { "jaffle_shop", "Core commerce models for the Jaffle Shop", "snowflake" },
    { "finance_mart", "Revenue, invoices and month-end close", "bigquery" },
    { "marketing_analytics", "Attribution, campaigns and funnels", "snowflake" },
};

const char *const kUsers[] = { "ana@jaffleshop.com", "ben@jaffleshop.com", "chen@jaffleshop.com" };

Project addProject(World &w, qint64 account, int i, const QDateTime &created)
{
    Project p;
    p.id = w.allocObjectId(account);
    p.accountId = account;
    p.name = QLatin1String(kProjects[i % 3][0]);
    p.description = QLatin1String(kProjects[i % 3][1]);
    p.connectionType = QLatin1String(kProjects[i % 3][2]);
    p.connectionId = w.allocObjectId(account);
    p.repositoryId = w.allocObjectId(account);
    p.repoFullName = QStringLiteral("jaffle-labs/") + p.name;
    p.createdAt = created;
    p.updatedAt = created.addDays(3);
    w.projects.insert(p.id, p);
    return p;
}

Environment addEnv(World &w,
    const Project &p,
    const char *name,
    const char *type,
    const char *deployment,
    const char *version)
{
    Environment e;
    e.id = w.allocObjectId(p.accountId);
    e.accountId = p.accountId;
    e.projectId = p.id;
    e.credentialsId = w.allocObjectId(p.accountId);
    e.name = QLatin1String(name);
    e.type = QLatin1String(type);
    e.deploymentType = QLatin1String(deployment);
    e.dbtVersion = QLatin1String(version);
    e.supportsDocs = e.type == QLatin1String("deployment");
    e.customBranch = e.deploymentType == QLatin1String("staging") ? QStringLiteral("staging")
        : e.deploymentType == QLatin1String("production")         ? QStringLiteral("main")
                                                                  : QStringLiteral("develop");
    e.createdAt = p.createdAt.addSecs(600);
    e.updatedAt = e.createdAt.addDays(10);
    w.environments.insert(e.id, e);
    return e;
}

Job addJob(World &w,
    const Project &p,
    const Environment &env,
    const JobSpec &spec,
    const QDateTime &created)
{
    Job j;
    j.id = w.allocObjectId(p.accountId);
    j.accountId = p.accountId;
    j.projectId = p.id;
    j.environmentId = env.id;
    j.name = QLatin1String(spec.name);
    j.description = QStringLiteral("%1 for %2").arg(QLatin1String(spec.name), p.name);
    j.executeSteps = QString::fromLatin1(spec.steps).split(QLatin1Char('|'));
    j.cron = QLatin1String(spec.cron);
    j.scheduleEnabled = !j.cron.isEmpty();
    if (j.cron.isEmpty()) {
        j.cron = QStringLiteral("0 * * * *"); // unscheduled jobs still carry a schedule block
    }
    j.failureRate = spec.failureRate;
    j.generateDocs = spec.docs;
    j.runGenerateSources = spec.sources;
    j.jobType = QLatin1String(spec.type);
    j.githubWebhook = j.gitProviderWebhook = j.jobType == QLatin1String("ci");
    j.createdAt = created;
    j.updatedAt = created.addDays(2);
    w.jobs.insert(j.id, j);
    return j;
}

struct Planned
{
    QDateTime at;
    qint64 jobId;
    bool manual;
};

void seedHistory(
    World &w, Lifecycle &life, qint64 account, const QDateTime &now, int count, quint64 seed)
{
    QRandomGenerator rng(quint32(seed) * 7 + quint32(account));
    const QDateTime from = now.addDays(-30);
    QList<Planned> plan;
    for (const Job &j : std::as_const(w.jobs)) {
        if (j.accountId != account) {
            continue;
        }
        if (j.scheduleEnabled) {
            const auto cron = Cron::parse(j.cron);
            for (QDateTime t = cron->nextAfter(from); t.isValid() && t < now;
                 t = cron->nextAfter(t)) {
                plan.append({ t, j.id, false });
            }
        }
    }
    const qsizetype scheduled = plan.size();
    // Manual, API and CI runs: about one in twelve, at working hours.
    const QList<qint64> jobIds = w.jobs.keys();
    for (qsizetype i = 0; i < scheduled / 12 + 10; ++i) {
        const qint64 jobId = jobIds.at(int(rng.bounded(quint32(jobIds.size()))));
        if (w.jobs[jobId].accountId != account) {
            continue;
        }
        QDateTime t = from.addSecs(qint64(rng.bounded(30 * 86400)));
        t.setTime(QTime(8 + int(rng.bounded(10)), int(rng.bounded(60)), int(rng.bounded(60))));
        if (t < now) {
            plan.append({ t, jobId, true });
        }
    }
    // Keep exactly `count` spread over the 30 days (a deterministic partial shuffle).
    for (qsizetype i = 0; i < plan.size() && i < count; ++i) {
        std::swap(plan[i], plan[i + qsizetype(rng.bounded(quint32(plan.size() - i)))]);
    }
    plan.resize(qMin<qsizetype>(plan.size(), count));
    std::sort(plan.begin(), plan.end(), [](const Planned &a, const Planned &b) {
        return a.at < b.at;
    });
    for (const Planned &p : std::as_const(plan)) {
        Trigger t;
        if (p.manual) {
            const int kind = int(rng.bounded(3));
            t.cause = kind == 0 ? QStringLiteral("Kicked off from UI by %1")
                                      .arg(QLatin1String(kUsers[rng.bounded(3)]))
                : kind == 1
                ? QStringLiteral("Triggered via API")
                : QStringLiteral("Kicked off from pull request #%1").arg(100 + rng.bounded(400));
            t.causeCategory = kind == 0 ? QStringLiteral("ui")
                : kind == 1             ? QStringLiteral("api")
                                        : QStringLiteral("ci");
            if (kind == 2) {
                t.githubPullRequestId = 100 + qint64(rng.bounded(400));
                t.gitBranch = QStringLiteral("feature/pr-%1").arg(*t.githubPullRequestId);
            }
        } else {
            t.cause = QStringLiteral("scheduled");
            t.causeCategory = QStringLiteral("scheduled");
        }
        Run &run = life.createRun(w.jobs[p.jobId], t, p.at.addMSecs(rng.bounded(900)));
        if (rng.bounded(100) < 2 && run.plan.outcome == RunStatus::Success) {
            run.plan.outcome = RunStatus::Cancelled; // cancelled by a user a little after start
        }
        // Move it along right away: the map stays small for activeRunOf() and blockers resolve.
        life.step(run.plan.outcome == RunStatus::Cancelled ? p.at.addSecs(20) : now, false);
        if (run.plan.outcome == RunStatus::Cancelled && !isTerminal(run.status)) {
            life.cancel(run,
                qMin(now, p.at.addSecs(20 + run.plan.queueSeconds + run.plan.startingSeconds)));
        }
    }
}

// Runs in flight at start-up, so a fresh demo shows something moving at once: a long run with a
// second run of the same job queued behind it (blocked_by), one just starting, and one about to
// fail in its dbt step.
void seedLiveRuns(World &w, Lifecycle &life, const QDateTime &now)
{
    QList<Job *> scheduled;
    for (Job &j : w.jobs) {
        if (j.accountId == kDemoAccountId && j.scheduleEnabled) {
            scheduled << &j;
        }
    }
    if (scheduled.size() < 3) {
        return;
    }
    Trigger byCron;
    byCron.cause = QStringLiteral("scheduled");
    byCron.causeCategory = QStringLiteral("scheduled");
    Run &longRun = life.createRun(*scheduled[0], byCron, now.addSecs(-45));
    for (int &seconds : longRun.plan.stepSeconds) {
        seconds *= 4;
    }
    longRun.plan.outcome = RunStatus::Success;
    Trigger manual = byCron;
    manual.cause = QStringLiteral("Kicked off from UI by %1").arg(QLatin1String(kUsers[0]));
    manual.causeCategory = QStringLiteral("ui");
    life.createRun(*scheduled[0], manual, now.addSecs(-10));
    life.createRun(*scheduled[1], byCron, now.addSecs(-4));
    Run &failing = life.createRun(*scheduled[2], byCron, now.addSecs(-30));
    failing.plan.outcome = RunStatus::Error;
    failing.plan.timesOut = false;
    failing.plan.failStep = failing.plan.stepSeconds.size();
    failing.plan.failNode = QStringLiteral("model.jaffle_shop.customers");
    life.step(now, false);
}

} // namespace

void seedWorld(World &w, Lifecycle &life, const QDateTime &now, int historyRuns, int extraJobs)
{
    const QDateTime created = now.addDays(-400);
    w.accounts.append({ kDemoAccountId,
        QStringLiteral("Jaffle Labs"),
        QStringLiteral("enterprise"),
        QStringLiteral("jaffle-labs"),
        15,
        created,
        now.addDays(-20) });
    w.accounts.append({ kCellAccountId,
        QStringLiteral("Cell Analytics"),
        QStringLiteral("team_2024"),
        QStringLiteral("act_cell_analytics"),
        5,
        now.addDays(-200),
        now.addDays(-25) });
    w.nextObjectId[kDemoAccountId] = 101;
    w.nextRunId[kDemoAccountId] = 100001;
    w.nextObjectId[kCellAccountId] = 70403103926818;
    w.nextRunId[kCellAccountId] = 70403110257794;

    QList<std::pair<Project, Environment>> demoProjects;
    for (int i = 0; i < 3; ++i) {
        const Project p = addProject(w, kDemoAccountId, i, created.addDays(i * 30));
        addEnv(w, p, "Development", "development", "", "versionless");
        const Environment prod = addEnv(w,
            p,
            "Production",
            "deployment",
            "production",
            i == 1 ? "1.9.0-latest" : "versionless");
        demoProjects.append({ p, prod });
        const Environment staging =
            i == 2 ? prod : addEnv(w, p, "Staging", "deployment", "staging", "versionless");
        for (const JobSpec &spec : kJobs) {
            addJob(w, p, spec.envKind == 0 ? prod : staging, spec, p.createdAt.addDays(1));
        }
    }
    const Project cell = addProject(w, kCellAccountId, 0, now.addDays(-200));
    const Environment cellProd =
        addEnv(w, cell, "Production", "deployment", "production", "versionless");
    addEnv(w, cell, "Development", "development", "", "versionless");
    addJob(w, cell, cellProd, kJobs[0], cell.createdAt);
    addJob(w, cell, cellProd, kJobs[4], cell.createdAt);

    seedHistory(w, life, kDemoAccountId, now, historyRuns, w.seed);
    seedHistory(w, life, kCellAccountId, now, 40, w.seed);
    // Guarantee one retryable failure (demo journey and tests): the newest run of the first CI
    // job failed in its dbt step two hours ago.
    for (Job &j : w.jobs) {
        if (j.accountId == kDemoAccountId && j.jobType == QLatin1String("ci")) {
            Trigger t;
            t.cause = QStringLiteral("Kicked off from pull request #412");
            t.causeCategory = QStringLiteral("ci");
            t.githubPullRequestId = 412;
            t.gitBranch = QStringLiteral("feature/pr-412");
            Run &r = life.createRun(j, t, now.addSecs(-7200));
            r.plan.outcome = RunStatus::Error;
            r.plan.timesOut = false;
            r.plan.failStep = 4;
            r.plan.failNode = QStringLiteral("model.jaffle_shop.orders");
            life.step(now, false);
            break;
        }
    }
    seedLiveRuns(w, life, now);
    // More jobs for benchmarks: unscheduled, without history, made last so that every other id
    // stays what the seed makes it.
    constexpr JobSpec kExtra { "Ad-hoc job", "", "dbt build", 0, 5, false, false, "other" };
    for (int i = 0; i < extraJobs; ++i) {
        const auto &[project, env] = demoProjects.at(i % demoProjects.size());
        const Job j = addJob(w, project, env, kExtra, now.addDays(-1));
        w.jobs[j.id].name = QStringLiteral("Ad-hoc job %1").arg(i + 1);
    }
    for (Job &j : w.jobs) {
        life.scheduleNext(j, now);
    }
}

void seedExtraAccounts(
    World &w, Lifecycle &life, const QDateTime &now, int accounts, int jobsPerAccount)
{
    constexpr JobSpec kBench { "Bench job", "", "dbt build", 0, 5, false, false, "other" };
    for (int i = 0; i < accounts; ++i) {
        // Apart from every other account's ids: the world keeps jobs and runs in one map each.
        const qint64 id = 2000000000LL + qint64(i) * 10000000;
        w.accounts.append({ id,
            QStringLiteral("Bench account %1").arg(i + 1),
            QStringLiteral("enterprise"),
            QStringLiteral("bench-%1").arg(i + 1),
            10,
            now.addDays(-100),
            now.addDays(-10) });
        w.nextObjectId[id] = id + 1;
        w.nextRunId[id] = id * 10 + 1;
        const Project p = addProject(w, id, i, now.addDays(-90));
        const Environment env =
            addEnv(w, p, "Production", "deployment", "production", "versionless");
        QList<qint64> jobIds;
        for (int j = 0; j < jobsPerAccount; ++j) {
            const Job job = addJob(w, p, env, kBench, p.createdAt.addDays(1));
            w.jobs[job.id].name = QStringLiteral("Bench job %1").arg(j + 1);
            life.scheduleNext(w.jobs[job.id], now);
            jobIds << job.id;
        }
        Trigger t;
        t.cause = QStringLiteral("Triggered via API");
        t.causeCategory = QStringLiteral("api");
        // Long enough to stay in flight through a benchmark without life.
        for (const int k : { 0, 0, 1, 2 }) {
            if (k < jobIds.size()) {
                Run &run = life.createRun(w.jobs[jobIds.at(k)], t, now.addSecs(-60));
                run.plan.queueSeconds = 1; // running by now, whatever the seeded odds
                run.plan.startingSeconds = 4;
                for (int &seconds : run.plan.stepSeconds) {
                    seconds *= 20;
                }
            }
        }
        life.step(now, false);
    }
}

} // namespace Dbtc::Sim
