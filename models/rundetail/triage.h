// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dbtc::Models {

class ArtifactIndex;

//! \brief Where a triage answer came from, in the order they are tried.
enum class TriageSource { None, RunResults, Sources, LogTail };
//! "run_results.json", "sources.json", "the tail of the step log".
QString triageSourceText(TriageSource source);

//! \brief One failing (or warning) node of a step, as the user needs it to act.
struct TriageNode
{
    QString uniqueId;
    QString name; //!< "orders", "unique_orders_order_id"
    QString resourceType; //!< model, test, seed, snapshot, source, ...
    QString status; //!< error, fail, runtime error, warn
    QString message;
    QString compiledCode; //!< empty when the artifact had none (e.g. source freshness)
    QString relationName; //!< database.schema.alias (from the manifest)
    QString threadId;
    qint64 failures = -1; //!< -1: not reported
    double executionTime = 0;
    // source freshness (sources.json)
    QString maxLoadedAt;
    double maxLoadedAgeSeconds = -1;
    // manifest context; empty until (unless) the step's manifest.json was read
    bool hasManifest = false;
    QString path; //!< original_file_path
    QString description;
    QStringList dependsOn; //!< parents' unique ids
    QStringList tests; //!< tests attached to this node (children of type test)
    QString materialized;
    //! The narrowest --select that picks exactly this node on the step's manifest, checked
    //! with dbt's selection engine ("orders", or "jaffle_shop.marts.orders" when another node
    //! is also named orders); empty until the manifest was read.
    QString selector;
    //! The step's dbt command as the job ran it ("dbt build -s tag:nightly+ --full-refresh");
    //! empty when the step name does not say.
    QString stepCommand;

    bool isError() const { return status != QLatin1String("warn"); }
};

//! \brief The triage of one failed step.
struct StepTriage
{
    int stepIndex = 0;
    QString stepName;
    TriageSource source = TriageSource::None;
    QList<TriageNode> nodes;
    QString logTail; //!< the last lines of the step log, ANSI stripped (LogTail)
    QStringList tried; //!< "run_results.json: no such artifact", ... (why the fallback)
    bool loading = true;
    QString artifactError; //!< a download that failed (not "missing"); shown with a retry
};

//! The problem results (error, fail, runtime error, warn) of \a results, errors first, with
//! manifest context from \a manifest when given (it may be the same index).
QList<TriageNode> triageNodes(
    const ArtifactIndex &results, const ArtifactIndex *manifest = nullptr);
//! Adds path, description, depends_on, tests, relation name and the exact selector from
//! \a manifest.
void addManifestContext(QList<TriageNode> &nodes, const ArtifactIndex &manifest);
//! The last \a lines lines of a step log, ANSI escapes removed.
QString logTail(const QString &log, int lines = 50);
//! Nodes named by dbt's summary in a log ("Failure in model orders (models/orders.sql)",
//! "Database Error in model x", "Runtime Error in test y"), with the lines that follow as
//! the message. Best effort: the fallback when no artifact exists.
QList<TriageNode> nodesFromLog(const QString &log);
//! "orders" from "model.jaffle_shop.orders"; tests lose their hash suffix.
QString nodeNameFromId(const QString &uniqueId);

} // namespace Dbtc::Models

namespace Dbtc::Models {

//! The dbt selector for a node: "orders", "source:ecom.raw_orders", "unique_orders_id".
QString nodeSelector(const TriageNode &node);
//! The selection that picks exactly \a node among \a resourceTypes (what the command runs;
//! empty: all) of \a manifest according to the selection engine, tried from the shortest (its
//! name), its fqn and its own file (path:) to name or fqn narrowed by resource_type:; empty
//! when \a manifest lacks the node.
QString exactSelector(
    const ArtifactIndex &manifest, const TriageNode &node, const QStringList &resourceTypes);
//! Copy-ready commands to reproduce a node locally: the node alone, with its parents (+x),
//! with its children (x+), and both (+x+); then the step itself as it ran. They keep the
//! step's own command and flags (build/run/test, --full-refresh, --vars, --target, ...) and
//! select the node with its exact selector when the manifest was read.
QStringList reproduceCommands(const TriageNode &node);
//! The node's compiled file among a run's artifacts ("compiled/<pkg>/<path>"), or empty when
//! it cannot be known (no manifest, or a test defined in a YAML file).
QString compiledArtifactPath(const TriageNode &node);

} // namespace Dbtc::Models
