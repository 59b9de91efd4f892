// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactsummary.h"

#include "artifacts/artifactindex.h"
#include "artifacts/artifactjsonwriter.h"

#include <algorithm>
#include <map>

namespace Dbtc::Models {

namespace {

// Manifest top-level maps and the singular name --summarize reports them under.
std::string_view singularSection(std::string_view section)
{
    static const std::pair<std::string_view, std::string_view> names[] = {
        { "sources", "source" },
        { "macros", "macro" },
        { "exposures", "exposure" },
        { "metrics", "metric" },
        { "semantic_models", "semantic_model" },
        { "saved_queries", "saved_query" },
        { "unit_tests", "unit_test" },
        { "groups", "group" },
        { "disabled", "disabled" },
    };
    for (const auto &n : names) {
        if (n.first == section) {
            return n.second;
        }
    }
    return {};
}

void writeCounts(ArtifactJsonWriter &w, const ArtifactDocument &doc)
{
    std::map<std::string_view, std::uint32_t> counts;
    if (doc.kind == ArtifactKind::Manifest) {
        for (const auto &[type, n] : doc.nodeTypeCounts) {
            counts[type] += n;
        }
        for (const auto &[section, n] : doc.sectionSizes) {
            const std::string_view name = singularSection(section);
            if (!name.empty()) {
                counts[name] += n;
            }
        }
    } else {
        for (const auto &[section, n] : doc.sectionSizes) {
            counts[section] += n;
        }
    }
    w.beginObject();
    for (const auto &[name, n] : counts) {
        w.key(name);
        w.value(std::int64_t(n));
    }
    w.endObject();
}

void writeDocument(ArtifactJsonWriter &w, const ArtifactIndex &index, const ArtifactDocument &doc)
{
    w.beginObject();
    w.key("path");
    w.value(doc.path);
    w.key("kind");
    w.value(artifactKindName(doc.kind));
    w.key("schema_version");
    w.value(doc.schemaVersion);
    w.key("dbt_version");
    if (doc.dbtVersion.empty()) {
        w.null();
    } else {
        w.value(doc.dbtVersion);
    }
    w.key("counts");
    writeCounts(w, doc);

    const auto results = std::span(index.results()).subspan(doc.resultsBegin, doc.resultCount);
    std::map<std::string_view, std::int64_t> statuses;
    for (const RunResult &r : results) {
        ++statuses[r.status];
    }
    w.key("statuses");
    w.beginObject();
    for (const auto &[status, n] : statuses) {
        w.key(status);
        w.value(n);
    }
    w.endObject();

    w.key("problems");
    w.beginArray();
    for (const RunResult &r : results) {
        if (!r.isProblem()) {
            continue;
        }
        w.beginObject();
        w.key("unique_id");
        w.value(r.uniqueId);
        w.key("status");
        w.value(r.status);
        w.key("message");
        if (r.message.isEmpty()) {
            w.null();
        } else {
            w.escapedValue(r.message.raw); // still JSON-escaped from the file: copy verbatim
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

QByteArray summarizeIndex(const ArtifactIndex &index)
{
    ArtifactJsonWriter w;
    w.beginObject();
    w.key("artifacts");
    w.beginArray();
    for (const ArtifactDocument &doc : index.documents()) {
        writeDocument(w, index, doc);
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray summarizeArtifacts(const QString &path, QString *error)
{
    const auto index = ArtifactIndex::load(path, error);
    if (!index) {
        return {};
    }
    return summarizeIndex(*index);
}

} // namespace Dbtc::Models
