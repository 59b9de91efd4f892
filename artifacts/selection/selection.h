// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// dbt's node selection (`--select`, `--exclude`, `--selector`, `--resource-type`,
// `--indirect-selection`, `--state`), evaluated the way dbt-core's graph/selector*.py does it,
// over an ArtifactIndex. One engine for the command line, the browser, the lineage view and the
// job pages.

#include "artifacts/artifactindex.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace Dbtc::Models::Selection {

//! How tests (and unit tests) next to selected nodes join the selection (dbt's
//! --indirect-selection): eager takes a test when any parent is selected, cautious when all
//! are, buildable when all are selected or upstream of the selection, empty never.
enum class IndirectMode : std::uint8_t { Eager, Cautious, Buildable, Empty };

std::optional<IndirectMode> indirectModeFromName(QStringView name);
QString indirectModeName(IndirectMode mode);

//! \brief What to select; the fields are dbt's flags of the same names.
struct SelectionQuery
{
    //! Each entry is one --select argument: atoms separated by spaces (union), joined by commas
    //! (intersection). Empty: dbt's default (every node, source, exposure, metric, ...), or the
    //! manifest's `default: true` YAML selector when there is no --exclude either.
    QStringList select;
    QStringList exclude;
    //! --selector NAME: a YAML selector from the manifest's `selectors`; overrides select/exclude.
    QString selector;
    //! --resource-type values (model, test, seed, ..., "all", "default"). Empty means "all",
    //! what `dbt ls --resource-type all` lists: every listable type incl. analyses, no hooks.
    QStringList resourceTypes;
    QStringList excludeResourceTypes; //!< --exclude-resource-type
    IndirectMode indirect = IndirectMode::Eager;
    //! dbt ls lists nodes with empty SQL; run/build skip them (and graph operators stop there).
    bool includeEmptyNodes = true;
};

//! \brief Why a query could not be evaluated. \a column is 1-based in \a expression.
struct SelectionError
{
    enum class Where : std::uint8_t { Select, Exclude, Selector, ResourceType, State };
    Where where = Where::Select;
    int argument = 0; //!< which --select / --exclude entry
    int column = 0; //!< 1-based character column in that entry; 0 when not about one spot
    QString expression; //!< the entry (or selector name) the error is about
    QString message; //!< "expected ..., got ..."

    //! "--select 'tag:x,,y' column 7: expected a selector after ','" style one-liner.
    QString toString() const;
};

//! \brief The outcome: entity indices (into ArtifactIndex::entities()) sorted by unique_id,
//! or an error.
struct Result
{
    std::vector<std::uint32_t> entities;
    std::optional<SelectionError> error;

    bool ok() const { return !error.has_value(); }
};

//! Evaluates \a query over \a index. \a state is the comparison artifact set (a previous run's
//! manifest, run_results and sources: dbt's --state folder), needed by state:, result: and
//! source_status:; source_status: also reads the sources.json of \a index itself.
Result select(
    const ArtifactIndex &index, const SelectionQuery &query, const ArtifactIndex *state = nullptr);

//! Checks the syntax of one --select/--exclude argument without evaluating it (for an input
//! box). No error: nullopt.
std::optional<SelectionError> checkExpression(const QString &expression);

//! \brief A dbt command line of a job step, as far as selection is concerned.
struct StepSelection
{
    QString command; //!< build, run, test, seed, snapshot, ls, compile, ... ("" if not dbt)
    SelectionQuery query; //!< resourceTypes set to what the command runs
    bool selects = false; //!< false for commands that select no nodes (deps, debug, ...)
    QString error; //!< unparseable argument list (unbalanced quote, flag without value)
    QStringList globalFlags; //!< words between "dbt" and the command ("--debug")
    //! Every word after the command that is not about selection, in order: sub-commands
    //! ("freshness"), --full-refresh, "--vars" "{x: 1}", "--target" "prod", ...
    QStringList otherArguments;

    //! The same command line with \a select as its only selection (its --select, --exclude
    //! and --selector dropped; every other flag, --resource-type included, kept), quoted for a
    //! POSIX shell: "dbt build -s orders --full-refresh --vars '{x: 1}'". Empty when !selects.
    QString withSelection(const QString &select) const;
};

//! \a word quoted for a POSIX shell when it needs it ('{x: 1}'), else as is.
QString shellQuoted(const QString &word);

//! Parses "dbt build -s tag:nightly+ --exclude x --selector y --indirect-selection cautious"
//! (shell-like quoting; -s/--select/-m/--models, --exclude, --selector, --resource-type,
//! --exclude-resource-type, --indirect-selection). The query evaluates to what the step runs.
StepSelection stepSelection(const QString &commandLine);

//! \brief What an input box can offer after a method name.
struct CompletionData
{
    QStringList methods; //!< "fqn", "tag", "config.", "path", ... as typed before ':'
    QStringList tags, packages, paths, sources, resourceTypes, selectors, groups;
};

CompletionData completionData(const ArtifactIndex &index);

} // namespace Dbtc::Models::Selection
