// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace Dbtc::Models {

//! \brief The four dbt artifact files the console reads.
enum class ArtifactKind : std::uint8_t { Manifest, Catalog, RunResults, Sources };

//! "manifest", "catalog", "run_results", "sources" (the names --summarize prints).
QString artifactKindName(ArtifactKind kind);

//! \brief What a manifest entry is. Nodes carry their own resource_type; the other top-level
//! maps (sources, macros, ...) imply it.
enum class ResourceType : std::uint8_t {
    Model,
    Test,
    Seed,
    Snapshot,
    Analysis,
    Operation,
    Source,
    Exposure,
    Metric,
    SemanticModel,
    SavedQuery,
    UnitTest,
    Macro,
    Group,
    Other
};

ResourceType resourceTypeFromName(std::string_view name);

//! \brief A JSON string left escaped in the file buffer and decoded only when shown. Long texts
//! (SQL, descriptions, messages) nearly always contain escapes, so decoding all of them up front
//! would copy most of a manifest for text nobody looks at.
struct JsonText
{
    std::string_view raw; //!< between the quotes, still escaped; empty for null/absent
    QString toString() const;

    bool isEmpty() const { return raw.empty(); }
};

//! Decodes the body of a JSON string (without quotes). Invalid escapes are kept verbatim.
QString decodeJsonString(std::string_view escaped);

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

//! \brief One manifest resource (node, source, exposure, metric, macro, ...). All views point
//! into the buffers owned by the ArtifactIndex.
struct Entity
{
    std::string_view uniqueId;
    std::string_view name;
    std::string_view resourceTypeName; //!< as written, e.g. "model", "sql_operation"
    std::string_view packageName;
    std::string_view path; //!< original_file_path (or path)
    std::string_view database;
    std::string_view schema;
    std::string_view alias;
    std::string_view materialized;
    JsonText description;
    JsonText rawCode; //!< raw_code / raw_sql
    JsonText compiledCode; //!< compiled_code / compiled_sql (manifests up to v6 carry it)
    // For node selection (artifacts/selection): kept as written and read only when a selector
    // asks, so the parse stays one pass without building maps nobody uses.
    std::string_view fqn; //!< the fqn JSON array as written
    std::string_view config; //!< the config JSON object as written (config.KEY, state:)
    std::string_view patchPath; //!< "package://models/schema.yml"
    std::string_view version; //!< model version token as written (2, "2", 1.5); empty: none
    std::string_view latestVersion;
    std::string_view access; //!< public / protected / private (models)
    std::string_view testName; //!< test_metadata.name of generic tests
    std::string_view testNamespace; //!< test_metadata.namespace (dbt_utils, ...)
    std::string_view attachedNode; //!< the node a generic test is attached to
    std::string_view sourceName; //!< a source's source_name
    std::string_view checksum; //!< checksum.checksum (state:modified.body)
    std::string_view unitTestModel; //!< a unit test's model name
    std::uint32_t tagsBegin = 0; //!< into ArtifactData::tags
    std::uint32_t columnsBegin = 0; //!< into ArtifactData::columns
    std::uint32_t columnCount = 0;
    std::uint16_t tagCount = 0;
    ResourceType type = ResourceType::Other;
    bool disabled = false;
    bool hasTestMetadata = false; //!< a generic test (test_type:generic) rather than singular
};

struct Column
{
    std::string_view name;
    std::string_view dataType;
    JsonText description;
};

struct CatalogColumn
{
    std::string_view name;
    std::string_view type;
    JsonText comment;
    std::int32_t index = -1;
};

struct CatalogStat
{
    std::string_view id;
    std::string_view label;
    std::string_view value; //!< the JSON token as written (number, string body, bool, null)
    JsonText description;
    bool include = false;
};

//! \brief One entry of catalog.json "nodes" or "sources".
struct CatalogTable
{
    std::string_view uniqueId;
    std::string_view type; //!< metadata.type: table, view, ...
    std::string_view database;
    std::string_view schema;
    std::string_view name;
    std::string_view owner;
    JsonText comment;
    std::uint32_t columnsBegin = 0, columnCount = 0; //!< into ArtifactData::catalogColumns
    std::uint32_t statsBegin = 0, statCount = 0; //!< into ArtifactData::catalogStats
    bool isSource = false;
    std::uint16_t document = 0;
};

struct Timing
{
    std::string_view name;
    std::string_view startedAt;
    std::string_view completedAt;
};

struct KeyValue
{
    std::string_view key;
    std::string_view value; //!< scalar token as written (strings without quotes, still escaped)
};

//! \brief One entry of run_results.json or sources.json "results".
struct RunResult
{
    std::string_view uniqueId;
    std::string_view status; //!< success, error, fail, pass, warn, skipped, runtime error, ...
    std::string_view threadId;
    JsonText message; //!< message, or the freshness "error" text
    JsonText compiledCode;
    double executionTime = 0;
    std::int64_t failures = -1; //!< -1: absent or null
    std::uint32_t timingBegin = 0, timingCount = 0; //!< into ArtifactData::timings
    std::uint32_t adapterBegin = 0, adapterCount = 0; //!< into ArtifactData::adapterResponse
    // source freshness
    std::string_view maxLoadedAt;
    std::string_view snapshottedAt;
    double maxLoadedAtAgeSeconds = -1;
    std::uint16_t document = 0;

    bool isProblem() const;
};

} // namespace Dbtc::Models
