// SPDX-License-Identifier: GPL-3.0-or-later
// What a --select box can complete: method names and the values present in the manifest.
#include "artifacts/selection/globmatch.h"
#include "artifacts/selection/jsonview.h"
#include "artifacts/selection/selection.h"
#include "artifacts/selection/selectionspec.h"

#include <set>

namespace Dbtc::Models::Selection {

namespace {

QStringList sorted(const std::set<std::string> &values)
{
    QStringList out;
    out.reserve(qsizetype(values.size()));
    for (const std::string &v : values) {
        out << QString::fromStdString(v);
    }
    return out;
}

} // namespace

CompletionData completionData(const ArtifactIndex &index)
{
    CompletionData data;
    for (std::string_view m : methodNames()) {
        if (m == "wildcard") {
            continue;
        }
        data.methods << QString::fromUtf8(m.data(), qsizetype(m.size()))
                + (m == "config" ? u'.' : u':');
    }
    std::set<std::string> tags, packages, paths, sources, types, groups, selectors;
    for (const Entity &e : index.entities()) {
        if (e.disabled || e.type == ResourceType::Macro) {
            continue;
        }
        for (std::string_view t : index.tags(e)) {
            tags.emplace(t);
        }
        packages.emplace(e.packageName);
        types.emplace(e.resourceTypeName);
        if (e.type == ResourceType::Group) {
            groups.emplace(e.name);
            continue;
        }
        const std::string p = normalizedPath(e.path);
        if (!p.empty()) {
            paths.insert(p);
            for (std::size_t s = p.find('/'); s != std::string::npos; s = p.find('/', s + 1)) {
                paths.insert(p.substr(0, s) + '/');
            }
        }
        if (e.type == ResourceType::Source && !e.sourceName.empty()) {
            sources.emplace(e.sourceName);
            sources.emplace(std::string(e.sourceName) + '.' + std::string(e.name));
        }
    }
    for (const ArtifactDocument &d : index.documents()) {
        Json::forEachMember(d.selectors, [&](const std::string &name, std::string_view) {
            selectors.insert(name);
            return true;
        });
    }
    packages.erase(std::string());
    data.tags = sorted(tags);
    data.packages = sorted(packages);
    data.paths = sorted(paths);
    data.sources = sorted(sources);
    data.resourceTypes = sorted(types);
    data.groups = sorted(groups);
    data.selectors = sorted(selectors);
    return data;
}

} // namespace Dbtc::Models::Selection
