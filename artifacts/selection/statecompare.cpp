// SPDX-License-Identifier: GPL-3.0-or-later
// state:, result: and source_status: against a second artifact set (dbt's --state folder).
// dbt compares parsed objects field by field (same_body, same_config, ...); the manifest keeps
// those fields as JSON, so each check compares the JSON dbt itself wrote for them.
#include "artifacts/selection/jsonview.h"
#include "artifacts/selection/selectioncontext.h"

#include <QDateTime>

#include <unordered_map>

namespace Dbtc::Models::Selection {

namespace {

const Entity *previousOf(const ArtifactIndex &state, std::string_view id)
{
    const int i = state.findEntity(id);
    if (i < 0) {
        return nullptr;
    }
    const Entity &e = state.entities()[std::size_t(i)];
    return e.disabled ? nullptr : &e;
}

// same_body: the checksum of the file (seeds, models, snapshots, ...), else the code itself.
bool sameBody(const Entity &a, const Entity &b)
{
    if (!a.checksum.empty() || !b.checksum.empty()) {
        return a.checksum == b.checksum;
    }
    return a.rawCode.raw == b.rawCode.raw;
}

// same_config: dbt compares the config objects; the same dbt writes them in one key order.
bool sameConfig(const Entity &a, const Entity &b)
{
    return Json::trimmed(a.config) == Json::trimmed(b.config);
}

// same_database_representation: where the relation is built.
bool sameRelation(const Entity &a, const Entity &b)
{
    return a.database == b.database && a.schema == b.schema && a.alias == b.alias;
}

bool persistsRelationDocs(const Entity &e)
{
    const auto persist = Json::member(e.config, "persist_docs");
    return Json::kindOf(Json::member(persist, "relation")) == Json::Kind::True;
}

// same_persisted_description: only matters when the description is written to the warehouse.
bool samePersistedDescription(const Entity &a, const Entity &b)
{
    if (!persistsRelationDocs(a) && !persistsRelationDocs(b)) {
        return true;
    }
    return a.description.raw == b.description.raw;
}

bool sameContract(const Entity &a, const Entity &b)
{
    return Json::trimmed(Json::member(a.config, "contract"))
        == Json::trimmed(Json::member(b.config, "contract"));
}

// same_contents: body, config, persisted description, fqn, relation and contract for nodes;
// exposures, metrics and the like also compare their description.
bool sameContents(const Entity &a, const Entity &b)
{
    const bool node = isManifestNode(b.type) || b.type == ResourceType::Source;
    return sameBody(a, b) && sameConfig(a, b) && samePersistedDescription(a, b)
        && Json::trimmed(a.fqn) == Json::trimmed(b.fqn) && sameRelation(a, b) && sameContract(a, b)
        && (node || a.description.raw == b.description.raw);
}

std::unordered_map<std::string_view, QDateTime> freshness(
    const ArtifactIndex &index, std::unordered_map<std::string_view, bool> *errored)
{
    std::unordered_map<std::string_view, QDateTime> loaded;
    const auto &docs = index.documents();
    for (const RunResult &r : index.results()) {
        if (r.document >= docs.size() || docs[r.document].kind != ArtifactKind::Sources) {
            continue;
        }
        if (r.maxLoadedAt.empty()) {
            (*errored)[r.uniqueId] = true; // a runtime error has no max_loaded_at
            continue;
        }
        loaded[r.uniqueId] = QDateTime::fromString(
            QString::fromUtf8(r.maxLoadedAt.data(), qsizetype(r.maxLoadedAt.size())),
            Qt::ISODateWithMs);
    }
    return loaded;
}

bool hasKind(const ArtifactIndex &index, ArtifactKind kind)
{
    for (const auto &d : index.documents()) {
        if (d.kind == kind) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<QString> matchState(Context &ctx, const Criterion &c, NodeSet &out)
{
    const std::string &v = c.value;
    const auto &entities = ctx.index.entities();
    if (!ctx.state) {
        return QStringLiteral("%1: needs the artifacts of a previous run to compare with (--state)")
            .arg(QString::fromUtf8(methodName(c.method).data()));
    }
    const ArtifactIndex &state = *ctx.state;
    if (c.method == Method::Result) {
        if (!hasKind(state, ArtifactKind::RunResults)) {
            return QStringLiteral("result: needs run_results.json in the --state artifacts");
        }
        const auto &docs = state.documents();
        std::unordered_map<std::string_view, bool> matches;
        for (const RunResult &r : state.results()) {
            if (r.document < docs.size() && docs[r.document].kind == ArtifactKind::RunResults
                && r.status == v) {
                matches[r.uniqueId] = true;
            }
        }
        for (std::uint32_t i = 0; i < entities.size(); ++i) {
            if (ctx.member[i] && matches.count(entities[i].uniqueId)) {
                out[i] = 1;
            }
        }
        return std::nullopt;
    }
    if (c.method == Method::SourceStatus) {
        if (!hasKind(state, ArtifactKind::Sources)) {
            return QStringLiteral("source_status: needs sources.json in the --state artifacts");
        }
        if (!hasKind(ctx.index, ArtifactKind::Sources)) {
            return QStringLiteral("source_status: needs this run's sources.json too");
        }
        std::unordered_map<std::string_view, bool> errored;
        const auto current = freshness(ctx.index, &errored);
        const auto previous = freshness(state, &errored);
        for (std::uint32_t i = 0; i < entities.size(); ++i) {
            const auto id = entities[i].uniqueId;
            const auto cur = current.find(id);
            if (!ctx.member[i] || cur == current.end() || errored.count(id)) {
                continue;
            }
            const auto prev = previous.find(id);
            if (prev == previous.end() || cur->second > prev->second) {
                out[i] = 1;
            }
        }
        return std::nullopt;
    }
    if (!hasKind(state, ArtifactKind::Manifest)) {
        return QStringLiteral("state: needs manifest.json in the --state artifacts");
    }
    if (v == "modified.macros") {
        return QStringLiteral("state:modified.macros is not supported yet: the index does not "
                              "keep macro bodies");
    }
    for (std::uint32_t i = 0; i < entities.size(); ++i) {
        if (!ctx.member[i]) {
            continue;
        }
        const Entity &now = entities[i];
        const Entity *old = previousOf(state, now.uniqueId);
        bool hit = false;
        if (v == "new") {
            hit = !old;
        } else if (v == "old") {
            hit = old != nullptr;
        } else if (v == "modified") {
            hit = !old || !sameContents(*old, now);
        } else if (v == "unmodified") {
            hit = old && sameContents(*old, now);
        } else if (v == "modified.body") {
            hit = !old || !sameBody(*old, now);
        } else if (v == "modified.configs") {
            hit = !old || !sameConfig(*old, now);
        } else if (v == "modified.persisted_descriptions") {
            hit = !old || !samePersistedDescription(*old, now);
        } else if (v == "modified.relation") {
            hit = !old || !sameRelation(*old, now);
        } else if (v == "modified.contract") {
            hit = now.type == ResourceType::Model && (!old || !sameContract(*old, now));
        }
        out[i] = hit ? 1 : 0;
    }
    return std::nullopt;
}

} // namespace Dbtc::Models::Selection
