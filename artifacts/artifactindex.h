// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactarena.h"
#include "artifacts/artifactidmap.h"
#include "artifacts/artifacttypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Dbtc::Models {

//! \brief One artifact file that went into an index.
struct ArtifactDocument
{
    QString path;
    ArtifactKind kind = ArtifactKind::Manifest;
    QString schemaVersion; //!< e.g. "manifest/v12", "run-results/v6" (from the schema URL)
    int version = 0; //!< the N of vN
    std::string_view dbtVersion;
    std::string_view generatedAt;
    std::string_view invocationId;
    std::string_view projectName; //!< metadata.project_name (manifest v10+): `package:this`
    std::string_view adapterType; //!< metadata.adapter_type
    std::string_view selectors; //!< the manifest's top-level "selectors" JSON as written
    qint64 bytes = 0;
    //! Sizes of the top-level maps/lists as written ("sources" -> 9, "disabled" -> 4, ...).
    std::vector<std::pair<std::string_view, std::uint32_t>> sectionSizes;
    //! Manifest "nodes" entries per resource_type as written ("model" -> 22, "test" -> 17).
    std::vector<std::pair<std::string_view, std::uint32_t>> nodeTypeCounts;
    std::uint32_t entitiesBegin = 0, entityCount = 0;
    std::uint32_t resultsBegin = 0, resultCount = 0;
    std::uint32_t catalogBegin = 0, catalogCount = 0;
};

//! \brief Flat storage the parsers fill. Everything refers to other entries by index.
struct ArtifactData
{
    std::vector<ArtifactDocument> documents;
    std::vector<Entity> entities;
    std::vector<std::string_view> tags;
    std::vector<Column> columns;
    std::vector<CatalogTable> catalog;
    std::vector<CatalogColumn> catalogColumns;
    std::vector<CatalogStat> catalogStats;
    std::vector<RunResult> results;
    std::vector<Timing> timings;
    std::vector<KeyValue> adapterResponse;
    //! (entity index, parent unique_id) from depends_on.nodes; resolved by finalize().
    std::vector<std::pair<std::uint32_t, std::string_view>> dependsOn;
    //! (child unique_id, parent unique_id) from parent_map; resolved by finalize().
    std::vector<std::pair<std::string_view, std::string_view>> parentMap;

    struct Marks
    {
        std::size_t entities, tags, columns, catalog, catalogColumns, catalogStats, results,
            timings, adapterResponse, dependsOn, parentMap;
    };

    Marks marks() const;
    void rollback(const Marks &m); //!< drops everything added after marks() (failed file)
};

//! \brief Progress and cancellation for a load. Progress is in percent of all bytes to parse.
struct LoadControl
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int percent)> progress;
};

//! \brief Read-only index over the artifacts of one dbt invocation (manifest, catalog,
//! run_results, sources): entities with lineage edges, catalog tables and results.
//! Strings are views into the file buffers the index keeps alive, so an index is moved around
//! by shared_ptr and never copied.
class ArtifactIndex
{
public:
    ArtifactIndex() = default;
    ArtifactIndex(const ArtifactIndex &) = delete;
    ArtifactIndex &operator=(const ArtifactIndex &) = delete;

    //! Opens one artifact file, or every known artifact (manifest.json, catalog.json,
    //! run_results.json, sources.json) in a folder. Null plus a message naming the file, the
    //! problem and the byte offset on failure or cancel.
    static std::shared_ptr<ArtifactIndex> load(
        const QString &path, QString *error, const LoadControl &control = {});
    //! The artifact files load() would read for \a path, in reading order.
    static QStringList artifactFiles(const QString &path, QString *error);

    //! Parses one file into the index. \a expected rejects a valid artifact of another kind
    //! (a catalog given where a manifest belongs). Call finalize() after the last file.
    bool addFile(const QString &path,
        QString *error,
        std::optional<ArtifactKind> expected = {},
        const LoadControl &control = {});
    //! Same for bytes already in memory; \a name stands for the file in messages.
    bool addBuffer(QByteArray bytes,
        const QString &name,
        QString *error,
        std::optional<ArtifactKind> expected = {},
        const LoadControl &control = {});
    //! Resolves edges (depends_on and parent_map; dangling ones are counted, not kept) and
    //! builds the id lookup.
    void finalize();

    const std::vector<ArtifactDocument> &documents() const { return m_data.documents; }

    const std::vector<Entity> &entities() const { return m_data.entities; }

    const std::vector<RunResult> &results() const { return m_data.results; }

    const std::vector<CatalogTable> &catalogTables() const { return m_data.catalog; }

    //! Index of the entity with this unique_id, or -1.
    int findEntity(std::string_view uniqueId) const;
    std::span<const std::string_view> tags(const Entity &e) const;
    std::span<const Column> columns(const Entity &e) const;
    std::span<const std::uint32_t> parents(std::uint32_t entity) const;
    std::span<const std::uint32_t> children(std::uint32_t entity) const;
    std::span<const CatalogColumn> columns(const CatalogTable &t) const;
    std::span<const CatalogStat> stats(const CatalogTable &t) const;
    std::span<const Timing> timings(const RunResult &r) const;
    std::span<const KeyValue> adapterResponse(const RunResult &r) const;
    //! The catalog entry / latest result for an entity's unique_id, or null.
    const CatalogTable *catalogFor(std::string_view uniqueId) const;
    const RunResult *resultFor(std::string_view uniqueId) const;

    //! Edges that name an id absent from the manifest (real manifests have a few).
    std::size_t danglingEdgeCount() const { return m_dangling; }

    std::size_t edgeCount() const { return m_parents.size(); }

private:
    ArtifactData m_data;
    QList<QByteArray> m_buffers; // hold the bytes every string_view points into
    StringArena m_arena;
    ArtifactIdMap m_byId;
    ArtifactIdMap m_catalogById;
    ArtifactIdMap m_resultById;
    std::vector<std::uint32_t> m_parentOffsets, m_parents, m_childOffsets, m_children;
    std::size_t m_dangling = 0;
};

} // namespace Dbtc::Models
