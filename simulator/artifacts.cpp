// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/artifacts.h"

#include "simulator/dbtlogs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Dbtc::Sim {

namespace {

QByteArray resource(const char *name)
{
    QFile f(QStringLiteral(":/dbtc-sim/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Loaded once per process; function-local statics are thread-safe to initialise.
const QByteArray &manifest()
{
    static const QByteArray data = resource("manifest.json");
    return data;
}

const QByteArray &catalog()
{
    static const QByteArray data = resource("catalog.json");
    return data;
}

const QByteArray &sources()
{
    static const QByteArray data = resource("sources.json");
    return data;
}

const QJsonObject &runResultsTemplate()
{
    static const QJsonObject data = QJsonDocument::fromJson(resource("run_results.json")).object();
    return data;
}

QString modelPath(const QString &uniqueId)
{
    const QString name = uniqueId.section(QLatin1Char('.'), 2);
    const QString dir = name.startsWith(QLatin1String("stg_")) ? QStringLiteral("staging")
                                                               : QStringLiteral("marts");
    return QStringLiteral("jaffle_shop/models/%1/%2.sql").arg(dir, name);
}

// --- timings: the template's (one local duckdb run, a few ms per node) would be the same in
// every run, so run diffs and trends would show no change. Each run step gets its own instead,
// deterministic (the same run serves the same file every time): a node's base time, +-30 %
// drawn from (run, step, node), and for a few marts models a steady growth with the project's
// age (compound, so the last month of history shows it as plainly as any other month).

//! FNV-1a then splitmix64's finaliser: stable across processes (qHash is seeded per process).
quint64 mix(qint64 runId, int step, const QString &uniqueId)
{
    quint64 h = 1469598103934665603ull;
    for (const char c : uniqueId.toUtf8()) {
        h = (h ^ quint8(c)) * 1099511628211ull;
    }
    h ^= quint64(runId) * 0x9e3779b97f4a7c15ull + quint64(step);
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

//! Growth per 30 days of the models that slow down as the shop's data grows.
double monthlyGrowth(const QString &uniqueId)
{
    if (uniqueId == QLatin1String("model.jaffle_shop.orders")) {
        return 0.20;
    }
    if (uniqueId == QLatin1String("model.jaffle_shop.customers")) {
        return 0.12;
    }
    if (uniqueId == QLatin1String("model.jaffle_shop.order_items")) {
        return 0.08;
    }
    return 0;
}

// Template seconds -> seconds here: the template's 40 nodes take 0.17 s in all, ~15 s after.
constexpr double kScale = 90;

QString stamp(const QDateTime &start, double seconds)
{
    return start.addMSecs(qint64(seconds * 1000)).toString(Qt::ISODateWithMs);
}

//! Rewrites execution_time and timing[] of \a results for this run's step: one thread, node
//! after node from shortly after the step starts, all within the step (squeezed when a short
//! step could not hold them).
void retime(QJsonArray &results, const World &world, const Run &run, const Step &step)
{
    const double stepSeconds = std::max<qint64>(1, step.startedAt.secsTo(step.finishedAt));
    const Project *project = world.project(run.projectId);
    const double months = project
        ? double(std::max<qint64>(0, project->createdAt.secsTo(step.startedAt))) / (30 * 86400)
        : 0;
    QList<double> seconds;
    double total = 0;
    for (const QJsonValue &v : std::as_const(results)) {
        const QJsonObject r = v.toObject();
        const QString id = r.value(QStringLiteral("unique_id")).toString();
        const double noise = double(mix(run.id, step.index, id) % 10001) / 10000.0 * 0.6 - 0.3;
        const double t = r.value(QStringLiteral("execution_time")).toDouble() * kScale * (1 + noise)
            * std::pow(1 + monthlyGrowth(id), months);
        seconds << t;
        total += t;
    }
    const double lead = std::min(2.0, stepSeconds * 0.05); // dbt parsing before the first node
    const double room = stepSeconds * 0.9 - lead;
    const double squeeze = total > room ? room / total : 1.0;
    double at = lead;
    for (qsizetype i = 0; i < results.size(); ++i) {
        QJsonObject r = results.at(i).toObject();
        const double t = seconds.at(i) * squeeze;
        const double compiled = at + t * 0.2;
        r.insert(QStringLiteral("execution_time"), t);
        r.insert(QStringLiteral("timing"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("compile") },
                             { QStringLiteral("started_at"), stamp(step.startedAt, at) },
                             { QStringLiteral("completed_at"), stamp(step.startedAt, compiled) } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("execute") },
                    { QStringLiteral("started_at"), stamp(step.startedAt, compiled) },
                    { QStringLiteral("completed_at"), stamp(step.startedAt, at + t) } } });
        results[i] = r;
        at += t + 0.001;
    }
}

QByteArray runResults(const World &world, const Run &run, const Step &step)
{
    QJsonObject doc = runResultsTemplate();
    QJsonArray timed = doc.value(QStringLiteral("results")).toArray();
    retime(timed, world, run, step);
    doc.insert(QStringLiteral("results"), timed);
    doc.insert(
        QStringLiteral("elapsed_time"), double(step.startedAt.msecsTo(step.finishedAt)) / 1000);
    QJsonObject meta = doc.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("generated_at"), step.finishedAt.toString(Qt::ISODateWithMs));
    meta.insert(
        QStringLiteral("invocation_started_at"), step.startedAt.toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("invocation_id"),
        QUuid::fromRfc4122(QByteArray::number(run.id * 100 + step.index).rightJustified(16, '0'))
            .toString(QUuid::WithoutBraces));
    meta.insert(QStringLiteral("env"),
        QJsonObject { { QStringLiteral("DBT_CLOUD_PROJECT_ID"), QString::number(run.projectId) },
            { QStringLiteral("DBT_CLOUD_RUN_ID"), QString::number(run.id) },
            { QStringLiteral("DBT_CLOUD_JOB_ID"), QString::number(run.jobId) },
            { QStringLiteral("DBT_CLOUD_RUN_REASON"), run.trigger.cause },
            { QStringLiteral("DBT_CLOUD_RUN_REASON_CATEGORY"), run.trigger.causeCategory } });
    doc.insert(QStringLiteral("metadata"), meta);
    if (step.status == RunStatus::Error) {
        QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        for (qsizetype i = 0; i < results.size(); ++i) {
            QJsonObject r = results.at(i).toObject();
            if (r.value(QStringLiteral("unique_id")).toString() != run.plan.failNode) {
                continue;
            }
            const QString name = run.plan.failNode.section(QLatin1Char('.'), 2);
            r.insert(QStringLiteral("status"), QStringLiteral("error"));
            r.insert(QStringLiteral("message"),
                QStringLiteral("Runtime Error in model %1 (models/%2)\n  %3")
                    .arg(name,
                        modelPath(run.plan.failNode).section(QLatin1Char('/'), 2),
                        failureMessage(run.plan.failNode)));
            r.insert(QStringLiteral("adapter_response"), QJsonObject());
            results[i] = r;
        }
        doc.insert(QStringLiteral("results"), results);
    }
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

QString compiledCode(const QString &uniqueId)
{
    const QJsonArray results = runResultsTemplate().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &v : results) {
        if (v.toObject().value(QStringLiteral("unique_id")).toString() == uniqueId) {
            return v.toObject().value(QStringLiteral("compiled_code")).toString();
        }
    }
    return {};
}

// The dbt steps (index >= 4) that ran and wrote artifacts.
QList<const Step *> dbtSteps(const Run &run)
{
    QList<const Step *> out;
    for (const Step &s : run.steps) {
        if (s.index >= 4 && s.status != RunStatus::Cancelled) {
            out.append(&s);
        }
    }
    return out;
}

} // namespace

bool runHasArtifacts(const Run &run)
{
    // A timed-out run keeps what its finished steps wrote (a real capture shows artifacts_saved).
    const bool timedOut = run.status == RunStatus::Cancelled && run.plan.timesOut;
    return (run.status == RunStatus::Success || timedOut
               || (run.status == RunStatus::Error && run.plan.failStep > 3))
        && run.startedAt.isValid();
}

QStringList artifactPaths(World &world, Run &run)
{
    if (!runHasArtifacts(run)) {
        return {};
    }
    world.ensureSteps(run);
    QStringList out { QStringLiteral("manifest.json"), QStringLiteral("run_results.json") };
    if (run.hasDocsGenerated) {
        out << QStringLiteral("catalog.json");
    }
    if (run.hasSourcesGenerated) {
        out << QStringLiteral("sources.json");
    }
    for (const QString &model : jaffleModels()) {
        out << QStringLiteral("compiled/") + modelPath(model)
            << QStringLiteral("run/") + modelPath(model);
    }
    return out;
}

std::optional<QByteArray> artifactContent(
    World &world, Run &run, const QString &path, int step, QByteArray *contentType)
{
    if (!artifactPaths(world, run).contains(path)) {
        return std::nullopt;
    }
    const QList<const Step *> steps = dbtSteps(run);
    const Step *chosen = nullptr;
    for (const Step *s : steps) {
        if (step == 0 || s->index == step) {
            chosen = s;
        }
    }
    if (!chosen) {
        return std::nullopt; // system steps and steps that never ran have no artifacts
    }
    *contentType = "application/json";
    if (path == QLatin1String("manifest.json")) {
        return manifest();
    }
    if (path == QLatin1String("run_results.json")) {
        return runResults(world, run, *chosen);
    }
    if (path == QLatin1String("catalog.json")) {
        return catalog();
    }
    if (path == QLatin1String("sources.json")) {
        return sources();
    }
    *contentType = "text/plain; charset=utf-8";
    for (const QString &model : jaffleModels()) {
        if (path.endsWith(modelPath(model))) {
            const QString sql = compiledCode(model);
            return path.startsWith(QLatin1String("run/"))
                ? QStringLiteral("create or replace table prod.%1 as (\n%2\n);\n")
                      .arg(model.section(QLatin1Char('.'), 2), sql)
                      .toUtf8()
                : sql.toUtf8();
        }
    }
    return std::nullopt;
}

} // namespace Dbtc::Sim
