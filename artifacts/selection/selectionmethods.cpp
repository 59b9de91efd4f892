// SPDX-License-Identifier: GPL-3.0-or-later
// The selector methods of dbt-core's graph/selector_methods.py, one function each. Which
// entities a method looks at follows dbt's iterators: parsed_nodes (the manifest "nodes"),
// all_nodes (+ sources, exposures, metrics, unit tests, semantic models, saved queries),
// non_source_nodes (all but sources), configurable_nodes (nodes and sources), groupable_nodes
// (nodes and metrics).
#include "artifacts/selection/globmatch.h"
#include "artifacts/selection/jsonview.h"
#include "artifacts/selection/selectioncontext.h"

#include <charconv>

namespace Dbtc::Models::Selection {

namespace {

enum class Scope { Parsed, All, NonSource, Configurable, Groupable };

bool inScope(Scope s, ResourceType t)
{
    switch (s) {
    case Scope::Parsed:
        return isManifestNode(t);
    case Scope::All:
        return true;
    case Scope::NonSource:
        return t != ResourceType::Source;
    case Scope::Configurable:
        return isManifestNode(t) || t == ResourceType::Source;
    case Scope::Groupable:
        return isManifestNode(t) || t == ResourceType::Metric;
    }
    return false;
}

template <typename Pred> void collect(Context &ctx, Scope scope, NodeSet &out, Pred pred)
{
    const auto &entities = ctx.index.entities();
    for (std::uint32_t i = 0; i < entities.size(); ++i) {
        if (ctx.member[i] && inScope(scope, entities[i].type) && pred(i, entities[i])) {
            out[i] = 1;
        }
    }
}

std::vector<std::string_view> split(std::string_view s, char sep)
{
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (true) {
        const std::size_t j = s.find(sep, i);
        parts.push_back(s.substr(i, j == std::string_view::npos ? j : j - i));
        if (j == std::string_view::npos) {
            return parts;
        }
        i = j + 1;
    }
}

bool isVersioned(const Entity &e)
{
    return e.type == ResourceType::Model && !e.version.empty();
}

// is_selected_node(): the leaf (or, for versioned models, the name before the version) equals
// the selector; else the selector's dotted parts are a prefix of the flattened fqn, and from
// the first part with a wildcard on, the rest is one fnmatch over the joined remainder.
bool isSelectedNode(std::span<const std::string_view> fqn,
    std::string_view selector,
    const std::vector<std::string_view> &selParts,
    bool versioned)
{
    if (fqn.empty()) {
        return false; // dbt would index an empty list here; nothing sensible matches
    }
    if (versioned) {
        if (fqn.size() >= 2 && fqn[fqn.size() - 2] == selector) {
            return true;
        }
        auto joinLast2 = [](auto begin, auto end) {
            std::string s;
            for (auto it = begin; it != end; ++it) {
                if (!s.empty() || it != begin) {
                    s += '_';
                }
                s.append(*it);
            }
            return s;
        };
        const std::size_t fs = fqn.size() >= 2 ? fqn.size() - 2 : 0;
        const std::size_t ss = selParts.size() >= 2 ? selParts.size() - 2 : 0;
        if (joinLast2(fqn.begin() + std::ptrdiff_t(fs), fqn.end())
            == joinLast2(selParts.begin() + std::ptrdiff_t(ss), selParts.end())) {
            return true;
        }
    } else if (fqn.back() == selector) {
        return true;
    }
    std::vector<std::string_view> flat;
    flat.reserve(fqn.size() + 2);
    for (std::string_view seg : fqn) {
        for (std::string_view p : split(seg, '.')) {
            flat.push_back(p);
        }
    }
    if (flat.size() < selParts.size()) {
        return false;
    }
    for (std::size_t i = 0; i < selParts.size(); ++i) {
        if (selParts[i].find_first_of("*?[]") != std::string_view::npos) {
            std::string name, pattern;
            for (std::size_t k = i; k < flat.size(); ++k) {
                name += (k > i ? "." : "");
                name.append(flat[k]);
            }
            for (std::size_t k = i; k < selParts.size(); ++k) {
                pattern += (k > i ? "." : "");
                pattern.append(selParts[k]);
            }
            return fnmatch(name, pattern);
        }
        if (flat[i] != selParts[i]) {
            return false;
        }
    }
    return true;
}

void fqnMethod(Context &ctx, const std::string &value, NodeSet &out)
{
    const auto selParts = split(value, '.');
    collect(ctx, Scope::NonSource, out, [&](std::uint32_t i, const Entity &e) {
        const auto fqn = ctx.fqn(i);
        const bool versioned = isVersioned(e);
        return isSelectedNode(fqn, value, selParts, versioned)
            || (!fqn.empty() && isSelectedNode(fqn.subspan(1), value, selParts, versioned));
    });
}

// package.name / name with fnmatch on both parts (exposure, metric, semantic_model, saved_query).
void packagedName(Context &ctx, ResourceType type, const std::string &value, NodeSet &out)
{
    const auto parts = split(value, '.');
    const std::string_view package = parts.size() == 2 ? parts[0] : std::string_view("*");
    const std::string_view name = parts.back();
    collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
        return e.type == type && fnmatch(e.packageName, package) && fnmatch(e.name, name);
    });
}

void sourceMethod(Context &ctx, const std::string &value, NodeSet &out)
{
    const auto parts = split(value, '.');
    std::string_view package = "*", source, table = "*";
    if (parts.size() == 1) {
        source = parts[0];
    } else if (parts.size() == 2) {
        source = parts[0];
        table = parts[1];
    } else {
        package = parts[0];
        source = parts[1];
        table = parts[2];
    }
    collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
        return e.type == ResourceType::Source && fnmatch(e.packageName, package)
            && fnmatch(e.sourceName, source) && fnmatch(e.name, table);
    });
}

// unit_test: name, model.name or package.model.name, over the unit test's fqn tail.
void unitTestMethod(Context &ctx, const std::string &value, NodeSet &out)
{
    const auto parts = split(value, '.');
    collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
        if (e.type != ResourceType::UnitTest) {
            return false;
        }
        if (parts.size() == 1) {
            return fnmatch(e.name, parts[0]);
        }
        if (parts.size() == 2) {
            return fnmatch(e.unitTestModel, parts[0]) && fnmatch(e.name, parts[1]);
        }
        return fnmatch(e.packageName, parts[0]) && fnmatch(e.unitTestModel, parts[1])
            && fnmatch(e.name, parts[2]);
    });
}

void pathMethod(Context &ctx, const std::string &value, NodeSet &out)
{
    const PathPattern pattern = PathPattern::parse(value);
    if (pattern.parts.empty()) { // "." : the root is every path's parent
        collect(ctx, Scope::All, out, [](std::uint32_t, const Entity &) {
            return true;
        });
        return;
    }
    const auto &files = ctx.existingFiles();
    const auto &dirs = ctx.existingDirectories();
    std::unordered_map<std::string, bool> dirHit; // folders repeat across nodes: decide once
    auto fileHit = [&](const std::string &p) {
        return files.count(p) && pattern.matches(p, false);
    };
    auto folderHit = [&](const std::string &p) {
        auto it = dirHit.find(p);
        if (it == dirHit.end()) {
            it = dirHit.emplace(p, dirs.count(p) && pattern.matches(p, true)).first;
        }
        return it->second;
    };
    collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
        const std::string ofp = normalizedPath(e.path);
        if (!ofp.empty() && fileHit(ofp)) {
            return true;
        }
        const auto sep = e.patchPath.find("://");
        if (sep != std::string_view::npos && fileHit(normalizedPath(e.patchPath.substr(sep + 3)))) {
            return true;
        }
        for (std::size_t slash = ofp.rfind('/'); slash != std::string::npos && slash > 0;
             slash = ofp.rfind('/', slash - 1)) {
            if (folderHit(ofp.substr(0, slash))) {
                return true;
            }
        }
        return false;
    });
}

void fileMethod(Context &ctx, const std::string &value, NodeSet &out)
{
    collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
        const std::string ofp = normalizedPath(e.path);
        const std::size_t slash = ofp.rfind('/');
        const std::string_view name =
            std::string_view(ofp).substr(slash == std::string::npos ? 0 : slash + 1);
        // Path.stem: the name without its last suffix (".hidden" keeps its dot).
        const std::size_t dot = name.rfind('.');
        const std::string_view stem =
            dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
        return !name.empty() && (fnmatch(name, value) || fnmatch(stem, value));
    });
}

// _getattr_descend over the config object; then dbt's comparison: equal strings, or a
// case-insensitive "true"/"false" against a boolean; lists match when they contain the value.
bool configMatches(std::string_view config, const Criterion &c)
{
    std::string_view v = config;
    for (const std::string &key : c.arguments) {
        v = Json::member(v, key);
        if (v.empty()) {
            return false;
        }
    }
    const std::string &sel = c.value;
    const bool caseInsensitive = c.arguments.size() == 1 && c.arguments[0] == "severity";
    auto lower = [](std::string s) {
        for (char &ch : s) {
            ch = char(std::tolower(static_cast<unsigned char>(ch)));
        }
        return s;
    };
    const std::string selLower = lower(sel);
    auto scalarEquals = [&](std::string_view item) {
        switch (Json::kindOf(item)) {
        case Json::Kind::String: {
            if (c.valueKind != ValueKind::String) {
                return false;
            }
            const std::string s = Json::stringValue(item);
            return caseInsensitive ? lower(s) == selLower : s == sel;
        }
        case Json::Kind::True:
            return c.valueKind == ValueKind::Boolean ? sel == "true" : selLower == "true";
        case Json::Kind::False:
            return c.valueKind == ValueKind::Boolean ? sel == "false" : selLower == "false";
        case Json::Kind::Number: {
            if (c.valueKind != ValueKind::Number) {
                return false; // "1" == 1 is False in Python
            }
            double a = 0, b = 0;
            const std::string_view t = Json::trimmed(item);
            const auto r1 = std::from_chars(t.data(), t.data() + t.size(), a);
            const auto r2 = std::from_chars(sel.data(), sel.data() + sel.size(), b);
            return r1.ec == std::errc() && r2.ec == std::errc() && a == b;
        }
        default:
            return false;
        }
    };
    if (Json::kindOf(v) == Json::Kind::Array) {
        bool hit = false;
        Json::forEachElement(v, [&](std::string_view item) {
            hit = scalarEquals(item);
            return !hit;
        });
        return hit;
    }
    return scalarEquals(v);
}

void configMethod(Context &ctx, const Criterion &c, NodeSet &out)
{
    // The materialization is already parsed for the browser: no JSON walk for the commonest key.
    const bool materialized = c.arguments.size() == 1 && c.arguments[0] == "materialized"
        && c.valueKind == ValueKind::String;
    collect(ctx, Scope::Configurable, out, [&](std::uint32_t, const Entity &e) {
        if (materialized && !e.materialized.empty()) {
            return e.materialized == c.value;
        }
        return configMatches(e.config, c);
    });
}

// UnparsedVersion comparison: numerically when both parse as numbers, else as strings.
int compareVersions(std::string_view a, std::string_view b)
{
    double x = 0, y = 0;
    const auto ra = std::from_chars(a.data(), a.data() + a.size(), x);
    const auto rb = std::from_chars(b.data(), b.data() + b.size(), y);
    if (ra.ec == std::errc() && ra.ptr == a.data() + a.size() && rb.ec == std::errc()
        && rb.ptr == b.data() + b.size()) {
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return a < b ? -1 : (a > b ? 1 : 0);
}

void versionMethod(Context &ctx, const std::string &value, NodeSet &out)
{
    collect(ctx, Scope::Parsed, out, [&](std::uint32_t, const Entity &e) {
        if (e.type != ResourceType::Model) {
            return false;
        }
        if (value == "none") {
            return e.version.empty();
        }
        if (e.version.empty() || e.latestVersion.empty()) {
            return false;
        }
        const int cmp = compareVersions(e.version, e.latestVersion);
        if (value == "latest") {
            // is_latest_version compares the values as written ("2" and 2 are different).
            return e.version == e.latestVersion;
        }
        return value == "prerelease" ? cmp > 0 : cmp < 0;
    });
}

std::string_view configGroup(const Entity &e)
{
    std::string_view body;
    if (Json::stringBody(Json::member(e.config, "group"), &body)) {
        return body;
    }
    return {};
}

} // namespace

std::optional<QString> matchMethod(Context &ctx, const Criterion &c, NodeSet &out)
{
    out.assign(ctx.size(), 0);
    const std::string &v = c.value;
    switch (c.method) {
    case Method::Fqn:
        fqnMethod(ctx, v, out);
        break;
    case Method::Tag:
        collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
            for (std::string_view t : ctx.index.tags(e)) {
                if (fnmatch(t, v)) {
                    return true;
                }
            }
            return false;
        });
        break;
    case Method::Group:
        collect(ctx, Scope::Groupable, out, [&](std::uint32_t, const Entity &e) {
            const std::string_view g = configGroup(e);
            return !g.empty() && g == v;
        });
        break;
    case Method::Access:
        collect(ctx, Scope::Parsed, out, [&](std::uint32_t, const Entity &e) {
            return e.type == ResourceType::Model && e.access == v;
        });
        break;
    case Method::Source:
        sourceMethod(ctx, v, out);
        break;
    case Method::Path:
        pathMethod(ctx, v, out);
        break;
    case Method::File:
        fileMethod(ctx, v, out);
        break;
    case Method::Package: {
        // `this` is the root project (manifest v10+ record its name).
        const std::string_view package =
            v == "this" && !ctx.projectName.empty() ? ctx.projectName : std::string_view(v);
        collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
            return fnmatch(e.packageName, package);
        });
        break;
    }
    case Method::Config:
        configMethod(ctx, c, out);
        break;
    case Method::TestName:
        collect(ctx, Scope::Parsed, out, [&](std::uint32_t, const Entity &e) {
            return e.type == ResourceType::Test && e.hasTestMetadata && fnmatch(e.testName, v);
        });
        break;
    case Method::TestType: {
        const bool generic = v == "generic" || v == "schema" || v == "data";
        const bool singular = v == "singular" || v == "data";
        const bool unit = v == "unit";
        collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
            if (e.type == ResourceType::UnitTest) {
                return unit;
            }
            if (e.type != ResourceType::Test) {
                return false;
            }
            return e.hasTestMetadata ? generic : singular;
        });
        break;
    }
    case Method::ResourceType:
        collect(ctx, Scope::All, out, [&](std::uint32_t, const Entity &e) {
            return e.resourceTypeName == v;
        });
        break;
    case Method::Exposure:
        packagedName(ctx, ResourceType::Exposure, v, out);
        break;
    case Method::Metric:
        packagedName(ctx, ResourceType::Metric, v, out);
        break;
    case Method::SemanticModel:
        packagedName(ctx, ResourceType::SemanticModel, v, out);
        break;
    case Method::SavedQuery:
        packagedName(ctx, ResourceType::SavedQuery, v, out);
        break;
    case Method::UnitTest:
        unitTestMethod(ctx, v, out);
        break;
    case Method::Version:
        versionMethod(ctx, v, out);
        break;
    case Method::State:
    case Method::Result:
    case Method::SourceStatus:
        return matchState(ctx, c, out);
    case Method::Wildcard:
    case Method::Selector:
        return QStringLiteral("internal: %1 is not a plain method")
            .arg(QString::fromUtf8(methodName(c.method).data()));
    }
    return std::nullopt;
}

} // namespace Dbtc::Models::Selection
