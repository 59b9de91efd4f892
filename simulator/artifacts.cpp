// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/artifacts.h"

#include "simulator/dbtlogs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

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

QByteArray runResults(const Run &run, const Step &step)
{
    QJsonObject doc = runResultsTemplate();
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
        return runResults(run, *chosen);
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
