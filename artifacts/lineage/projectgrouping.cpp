// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/lineage/projectgrouping.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace Dbtc::Models {

namespace {

bool isTest(ResourceType type)
{
    return type == ResourceType::Test || type == ResourceType::UnitTest;
}

//! Hands out group indices by key, creating a group the first time a key is seen.
class GroupMaker
{
public:
    explicit GroupMaker(std::vector<GraphGroup> &groups)
        : m_groups(groups)
    { }

    int get(const std::string &key, const QString &label, int parent)
    {
        const auto [it, added] = m_byKey.try_emplace(key, int(m_groups.size()));
        if (added) {
            GraphGroup g;
            g.label = label;
            g.parent = parent;
            m_groups.push_back(std::move(g));
            if (parent >= 0) {
                m_groups[std::size_t(parent)].childGroups.push_back(it->second);
            }
        }
        return it->second;
    }

private:
    std::vector<GraphGroup> &m_groups;
    std::unordered_map<std::string, int> m_byKey;
};

//! package → folder → sub-folder; the file name is not a level. Windows paths count too.
int packageFolderGroup(GroupMaker &maker, const Entity &e)
{
    if (e.packageName.empty()) {
        return -1;
    }
    std::string key(e.packageName);
    int group = maker.get(key, toQString(e.packageName), -1);
    std::string path(e.path);
    std::replace(path.begin(), path.end(), '\\', '/');
    key.push_back('\x1f');
    std::size_t from = 0;
    for (std::size_t slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', from)) {
        if (slash > from) {
            const std::string folder = path.substr(0, slash);
            group = maker.get(key + folder, QString::fromStdString(folder), group);
        }
        from = slash + 1;
    }
    return group;
}

} // namespace

std::vector<char> drawnEntities(const ArtifactIndex &index, const GraphOptions &options)
{
    const auto &entities = index.entities();
    std::vector<char> drawn(entities.size(), 0);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const Entity &e = entities[i];
        drawn[i] = !e.disabled && e.type != ResourceType::Macro && e.type != ResourceType::Group
            && (options.includeTests || !isTest(e.type));
    }
    if (!options.only.empty()) {
        std::vector<char> keep(entities.size(), 0);
        for (const std::uint32_t e : options.only) {
            if (e < keep.size()) {
                keep[e] = drawn[e];
            }
        }
        drawn = std::move(keep);
    }
    return drawn;
}

GraphHealth entityHealth(const ArtifactIndex &index, const Entity &entity)
{
    const RunResult *r = index.resultFor(entity.uniqueId);
    if (!r) {
        return GraphHealth::Unknown;
    }
    const std::string_view s = r->status;
    if (s == "error" || s == "fail" || s == "runtime error") {
        return GraphHealth::Error;
    }
    if (s == "warn") {
        return GraphHealth::Warn;
    }
    if (s == "skipped") {
        return GraphHealth::Skipped;
    }
    if (s == "success" || s == "pass") {
        return GraphHealth::Pass;
    }
    return GraphHealth::Unknown;
}

std::vector<GraphGroup> buildGroups(const ArtifactIndex &index,
    const GraphOptions &options,
    const std::vector<char> &drawn,
    std::vector<int> &groupOf)
{
    const auto &entities = index.entities();
    std::vector<GraphGroup> groups;
    groupOf.assign(entities.size(), -1);
    if (options.grouping == GraphGrouping::None) {
        return groups;
    }
    GroupMaker maker(groups);
    std::vector<char> selected;
    if (options.grouping == GraphGrouping::Selection) {
        selected.assign(entities.size(), 0);
        for (const std::uint32_t e : options.selection) {
            if (e < selected.size()) {
                selected[e] = 1;
            }
        }
    }
    for (std::uint32_t i = 0; i < entities.size(); ++i) {
        if (!drawn[i]) {
            continue;
        }
        const Entity &e = entities[i];
        int group = -1;
        switch (options.grouping) {
        case GraphGrouping::PackageFolder:
            group = packageFolderGroup(maker, e);
            break;
        case GraphGrouping::ResourceType:
            group = maker.get(std::string(e.resourceTypeName), toQString(e.resourceTypeName), -1);
            break;
        case GraphGrouping::Selection:
            group = selected[i] ? maker.get({}, QStringLiteral("selection"), -1) : -1;
            break;
        case GraphGrouping::None:
            break;
        }
        groupOf[i] = group;
        if (group < 0) {
            continue;
        }
        GraphGroup &g = groups[std::size_t(group)];
        g.members.push_back(i);
        ++g.totalMembers;
        switch (e.type) {
        case ResourceType::Model:
            ++g.models;
            break;
        case ResourceType::Test:
        case ResourceType::UnitTest:
            ++g.tests;
            break;
        case ResourceType::Source:
            ++g.sources;
            break;
        default:
            ++g.others;
        }
        g.worst = std::max(g.worst, entityHealth(index, e));
    }
    // Children come after their parents, so one backward pass totals every subtree.
    for (std::size_t k = groups.size(); k-- > 0;) {
        const GraphGroup &g = groups[k];
        if (g.parent < 0) {
            continue;
        }
        GraphGroup &p = groups[std::size_t(g.parent)];
        p.totalMembers += g.totalMembers;
        p.models += g.models;
        p.tests += g.tests;
        p.sources += g.sources;
        p.others += g.others;
        p.worst = std::max(p.worst, g.worst);
    }
    for (GraphGroup &g : groups) {
        std::sort(g.childGroups.begin(), g.childGroups.end(), [&](int a, int b) {
            return groups[std::size_t(a)].label < groups[std::size_t(b)].label;
        });
    }
    return groups;
}

} // namespace Dbtc::Models
