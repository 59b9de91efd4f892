// SPDX-License-Identifier: GPL-3.0-or-later
// The manifest reader: one pass over the document in file order (simdjson On-Demand reads
// fields in order; random lookups would rescan), keeping only what the console shows.
#include "artifacts/artifactparse.h"
#include "artifacts/selection/jsonview.h"

namespace Dbtc::Models::Detail {

namespace {

void bump(std::vector<std::pair<std::string_view, std::uint32_t>> &counts, std::string_view key)
{
    for (auto &c : counts) {
        if (c.first == key) {
            ++c.second;
            return;
        }
    }
    counts.emplace_back(key, 1);
}

void readTags(Reader &r, od::value v, Entity &e)
{
    auto &tags = r.data().tags;
    e.tagsBegin = std::uint32_t(tags.size());
    if (v.type() == od::json_type::string) { // old manifests allow a single tag string
        tags.push_back(r.keepId(r.text(v, "tags")));
    } else if (!r.isNull(v)) {
        for (od::value t : r.array(v, "tags")) {
            tags.push_back(r.keepId(r.text(t, "tags")));
        }
    }
    e.tagCount = std::uint16_t(std::min<std::size_t>(tags.size() - e.tagsBegin, 0xFFFF));
}

void readColumns(Reader &r, od::value v, Entity &e)
{
    auto &columns = r.data().columns;
    e.columnsBegin = std::uint32_t(columns.size());
    if (r.isNull(v)) {
        return;
    }
    for (od::field f : r.object(v, "columns")) {
        Column c;
        c.name = r.key(f);
        for (od::field cf : r.object(f.value(), "column")) {
            const std::string_view k = r.rawKey(cf);
            if (k == "name") {
                c.name = r.text(cf.value(), "column name");
            } else if (k == "data_type") {
                c.dataType = r.text(cf.value(), "data_type");
            } else if (k == "description") {
                c.description = r.longText(cf.value(), "column description");
            }
        }
        columns.push_back(c);
    }
    e.columnCount = std::uint32_t(columns.size()) - e.columnsBegin;
}

void readDependsOn(Reader &r, od::value v, std::uint32_t entity, bool keep)
{
    if (r.isNull(v)) {
        return;
    }
    for (od::field f : r.object(v, "depends_on")) {
        if (r.rawKey(f) != "nodes") {
            continue;
        }
        od::value list = f.value();
        if (r.isNull(list)) {
            continue;
        }
        for (od::value id : r.array(list, "depends_on.nodes")) {
            const std::string_view parent = r.text(id, "depends_on.nodes");
            if (keep) {
                r.data().dependsOn.emplace_back(entity, r.keepId(parent));
            }
        }
    }
}

// The config is kept whole for config.KEY selection; the materialization the browser shows is
// read from that text (top-level key only), which costs less than a second walk of the object.
void readConfig(Reader &r, od::value v, Entity &e)
{
    e.config = r.rawJson(v, od::json_type::object, "config");
    const std::string_view m = Selection::Json::member(e.config, "materialized");
    std::string_view body;
    if (Selection::Json::stringBody(m, &body)) {
        e.materialized = body.find('\\') == std::string_view::npos
            ? body
            : r.keepId(Selection::Json::decoded(body));
    }
}

// test_metadata {name, kwargs, namespace} and checksum {name, checksum}: one or two strings each.
void readTestMetadata(Reader &r, od::value v, Entity &e)
{
    if (r.isNull(v)) {
        return;
    }
    e.hasTestMetadata = true;
    for (od::field f : r.object(v, "test_metadata")) {
        const std::string_view k = r.rawKey(f);
        if (k == "name") {
            e.testName = r.text(f.value(), "test_metadata.name");
        } else if (k == "namespace") {
            e.testNamespace = r.text(f.value(), "test_metadata.namespace");
        }
    }
}

void readChecksum(Reader &r, od::value v, Entity &e)
{
    if (r.isNull(v)) {
        return;
    }
    for (od::field f : r.object(v, "checksum")) {
        if (r.rawKey(f) == "checksum") {
            e.checksum = r.text(f.value(), "checksum");
        }
    }
}

// A version is a number or a string in the file; null means unversioned.
std::string_view versionToken(Reader &r, od::value v)
{
    if (r.isNull(v)) {
        return {};
    }
    return r.scalar(v);
}

struct Section
{
    ResourceType type;
    std::string_view typeName;
    bool disabled;
};

void readEntity(Reader &r, std::string_view id, od::value v, const Section &section)
{
    r.tick(v);
    Entity e;
    e.uniqueId = id;
    e.type = section.type;
    e.resourceTypeName = section.typeName;
    e.disabled = section.disabled;
    const auto index = std::uint32_t(r.data().entities.size());
    for (od::field f : r.object(v, "node")) {
        const std::string_view k = r.rawKey(f);
        switch (k.size()) {
        case 4:
            if (k == "name") {
                e.name = r.text(f.value(), "name");
            } else if (k == "path" && e.path.empty()) {
                e.path = r.text(f.value(), "path");
            } else if (k == "tags") {
                readTags(r, f.value(), e);
            }
            break;
        case 3:
            if (k == "fqn") {
                e.fqn = r.rawJson(f.value(), od::json_type::array, "fqn");
            }
            break;
        case 5:
            if (k == "alias") {
                e.alias = r.text(f.value(), "alias");
            } else if (k == "model" && e.type == ResourceType::UnitTest) {
                e.unitTestModel = r.text(f.value(), "model");
            }
            break;
        case 6:
            if (k == "schema") {
                e.schema = r.text(f.value(), "schema");
            } else if (k == "config") {
                readConfig(r, f.value(), e);
            } else if (k == "access") {
                e.access = r.text(f.value(), "access");
            }
            break;
        case 7:
            if (k == "columns") {
                readColumns(r, f.value(), e);
            } else if (k == "raw_sql") {
                e.rawCode = r.longText(f.value(), "raw_sql");
            } else if (k == "version") {
                e.version = versionToken(r, f.value());
            }
            break;
        case 8:
            if (k == "database") {
                e.database = r.text(f.value(), "database");
            } else if (k == "raw_code") {
                e.rawCode = r.longText(f.value(), "raw_code");
            } else if (k == "checksum") {
                readChecksum(r, f.value(), e);
            }
            break;
        case 9:
            if (k == "unique_id" && e.uniqueId.empty()) {
                e.uniqueId = r.text(f.value(), "unique_id");
            }
            break;
        case 10:
            if (k == "depends_on") {
                readDependsOn(r, f.value(), index, !section.disabled);
            } else if (k == "patch_path") {
                e.patchPath = r.text(f.value(), "patch_path");
            }
            break;
        case 11:
            if (k == "description") {
                e.description = r.longText(f.value(), "description");
            } else if (k == "source_name") {
                e.sourceName = r.text(f.value(), "source_name");
            }
            break;
        case 12:
            if (k == "package_name") {
                e.packageName = r.text(f.value(), "package_name");
            } else if (k == "compiled_sql") {
                e.compiledCode = r.longText(f.value(), "compiled_sql");
            }
            break;
        case 13:
            if (k == "resource_type") {
                e.resourceTypeName = r.text(f.value(), "resource_type");
            } else if (k == "compiled_code") {
                e.compiledCode = r.longText(f.value(), "compiled_code");
            } else if (k == "attached_node") {
                e.attachedNode = r.text(f.value(), "attached_node");
            } else if (k == "test_metadata") {
                readTestMetadata(r, f.value(), e);
            }
            break;
        case 14:
            if (k == "latest_version") {
                e.latestVersion = versionToken(r, f.value());
            }
            break;
        case 18:
            if (k == "original_file_path") {
                e.path = r.text(f.value(), "original_file_path");
            }
            break;
        default:
            break;
        }
    }
    if (e.uniqueId.empty()) {
        r.fail(nullptr, "a manifest entry has no unique_id");
    }
    // Packed into the arena in this order while the bytes are hot: ids are hashed and compared
    // by finalize() and the search index reads name, id, path and tags of every entity. Left
    // scattered over the file, each of those reads was a cache and TLB miss.
    e.name = r.keepId(e.name);
    e.uniqueId = r.keepId(e.uniqueId);
    e.path = r.keepId(e.path);
    e.type = resourceTypeFromName(e.resourceTypeName);
    r.data().entities.push_back(e);
}

// "disabled" is a map of unique_id -> [versions] since manifest v4 and a plain list before.
std::uint32_t readDisabled(Reader &r, od::value v)
{
    const Section section { ResourceType::Other, {}, true };
    std::uint32_t count = 0;
    if (r.isNull(v)) {
        return 0;
    }
    if (v.type() == od::json_type::array) {
        for (od::value node : v.get_array()) {
            readEntity(r, {}, node, section);
            ++count;
        }
        return count;
    }
    for (od::field f : r.object(v, "disabled")) {
        const std::string_view id = r.key(f);
        bool first = true;
        for (od::value node : r.array(f.value(), "disabled entry")) {
            if (first) {
                readEntity(r, id, node, section);
            } else {
                (void)r.object(node, "disabled entry"); // still type-checked
            }
            first = false;
        }
        ++count;
    }
    return count;
}

std::uint32_t readParentMap(Reader &r, od::value v)
{
    std::uint32_t count = 0;
    for (od::field f : r.object(v, "parent_map")) {
        const std::string_view child = r.key(f);
        for (od::value p : r.array(f.value(), "parent_map entry")) {
            r.data().parentMap.emplace_back(child, r.text(p, "parent_map entry"));
        }
        ++count;
    }
    return count;
}

std::uint32_t countEntries(Reader &r, od::value v)
{
    std::uint32_t n = 0;
    const od::json_type t = v.type();
    if (t == od::json_type::object) {
        for (od::field f : v.get_object()) {
            (void)f;
            ++n;
        }
    } else if (t == od::json_type::array) {
        for (od::value e : v.get_array()) {
            (void)e;
            ++n;
        }
    } else {
        (void)r.scalar(v);
    }
    return n;
}

const Section *sectionFor(std::string_view key)
{
    static const std::pair<std::string_view, Section> sections[] = {
        { "sources", { ResourceType::Source, "source", false } },
        { "macros", { ResourceType::Macro, "macro", false } },
        { "exposures", { ResourceType::Exposure, "exposure", false } },
        { "metrics", { ResourceType::Metric, "metric", false } },
        { "semantic_models", { ResourceType::SemanticModel, "semantic_model", false } },
        { "saved_queries", { ResourceType::SavedQuery, "saved_query", false } },
        { "unit_tests", { ResourceType::UnitTest, "unit_test", false } },
        { "groups", { ResourceType::Group, "group", false } },
    };
    for (const auto &s : sections) {
        if (s.first == key) {
            return &s.second;
        }
    }
    return nullptr;
}

} // namespace

void readManifest(Reader &r, od::object root)
{
    ArtifactDocument &doc = r.data().documents.back();
    for (od::field f : root) {
        const std::string_view key = r.key(f);
        od::value v = f.value();
        if (key == "metadata") {
            (void)r.object(v, "metadata"); // read before the walk; skipped here
            continue;
        }
        std::uint32_t size = 0;
        if (key == "nodes") {
            const Section nodes { ResourceType::Other, {}, false };
            for (od::field n : r.object(v, "nodes")) {
                readEntity(r, r.key(n), n.value(), nodes);
                bump(doc.nodeTypeCounts, r.data().entities.back().resourceTypeName);
                ++size;
            }
        } else if (const Section *s = sectionFor(key)) {
            if (r.isNull(v)) {
                continue;
            }
            for (od::field n : r.object(v, std::string(key).c_str())) {
                readEntity(r, r.key(n), n.value(), *s);
                ++size;
            }
        } else if (key == "disabled") {
            size = readDisabled(r, v);
        } else if (key == "parent_map" && v.type() == od::json_type::object) {
            size = readParentMap(r, v);
        } else if (key == "selectors" && v.type() == od::json_type::object) {
            doc.selectors = r.rawJson(v, od::json_type::object, "selectors");
            size = std::uint32_t(Selection::Json::memberCount(doc.selectors));
        } else {
            const od::json_type t = v.type();
            size = countEntries(r, v);
            if (t != od::json_type::object && t != od::json_type::array) {
                continue;
            }
        }
        doc.sectionSizes.emplace_back(key, size);
    }
}

} // namespace Dbtc::Models::Detail
