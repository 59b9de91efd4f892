// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/nodetreemodel.h"

#include "artifacts/artifactindex.h"
#include "artifacts/artifactsearch.h"
#include "models/artifacts/resultstablestatus.h"

#include <QFont>

#include <algorithm>
#include <unordered_map>

namespace Dbtc::Models {

namespace {

// Order of the type groups: what people browse most comes first.
constexpr ResourceType kTypeOrder[] = {
    ResourceType::Model,
    ResourceType::Source,
    ResourceType::Seed,
    ResourceType::Snapshot,
    ResourceType::Test,
    ResourceType::UnitTest,
    ResourceType::Exposure,
    ResourceType::Metric,
    ResourceType::SemanticModel,
    ResourceType::SavedQuery,
    ResourceType::Analysis,
    ResourceType::Operation,
    ResourceType::Group,
    ResourceType::Macro,
    ResourceType::Other,
};

int typeRank(ResourceType t)
{
    const auto it = std::find(std::begin(kTypeOrder), std::end(kTypeOrder), t);
    return int(it - std::begin(kTypeOrder));
}

bool lessIgnoreCase(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const char ca = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] + 32) : a[i];
        const char cb = (b[i] >= 'A' && b[i] <= 'Z') ? char(b[i] + 32) : b[i];
        if (ca != cb) {
            return ca < cb;
        }
    }
    return a.size() < b.size();
}

struct GroupKey
{
    int parent;
    std::string_view label;
    bool operator==(const GroupKey &) const = default;
};

struct GroupKeyHash
{
    std::size_t operator()(const GroupKey &k) const
    {
        return std::hash<std::string_view>()(k.label)
            ^ (std::size_t(k.parent) * 0x9e3779b97f4a7c15ULL);
    }
};

//! The folders a node is filed under: directories of its file, or the source's name for
//! sources (all of a project's sources usually sit in one or two .yml files).
std::vector<std::string_view> folderOf(const Entity &e)
{
    std::vector<std::string_view> out;
    if (e.type == ResourceType::Source) {
        // source.<package>.<source_name>.<table>
        std::string_view id = e.uniqueId;
        const std::size_t a = id.find('.');
        const std::size_t b = a == std::string_view::npos ? a : id.find('.', a + 1);
        const std::size_t c = b == std::string_view::npos ? b : id.find('.', b + 1);
        if (c != std::string_view::npos) {
            out.push_back(id.substr(b + 1, c - b - 1));
        }
        return out;
    }
    std::string_view p = e.path;
    std::size_t start = 0;
    for (std::size_t slash = p.find('/'); slash != std::string_view::npos;
         slash = p.find('/', start)) {
        if (slash > start) {
            out.push_back(p.substr(start, slash - start));
        }
        start = slash + 1;
    }
    return out;
}

} // namespace

NodeTreeModel::NodeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.emplace_back();
}

NodeTreeModel::~NodeTreeModel() = default;

void NodeTreeModel::setIndex(std::shared_ptr<const ArtifactIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_search = m_index ? std::make_unique<ArtifactSearch>(m_index) : nullptr;
    rebuild();
    endResetModel();
}

void NodeTreeModel::setFilter(const NodeFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

std::vector<std::uint32_t> NodeTreeModel::matchingEntities() const
{
    std::vector<std::uint32_t> out;
    if (!m_index) {
        return out;
    }
    const auto &entities = m_index->entities();
    if (m_filter.text.isEmpty()) {
        out.reserve(entities.size());
        for (std::uint32_t i = 0; i < entities.size(); ++i) {
            if (m_filter.accepts(*m_index, entities[i])) {
                out.push_back(i);
            }
        }
        return out;
    }
    ArtifactSearch::Options options;
    options.includeMacros = m_filter.includesMacros();
    out = m_search->find(m_filter.text, options);
    std::erase_if(out, [&](std::uint32_t i) {
        return !m_filter.accepts(*m_index, entities[i]);
    });
    return out;
}

void NodeTreeModel::rebuild()
{
    m_nodes.assign(1, Node {});
    m_rowOfEntity.assign(m_index ? m_index->entities().size() : 0, -1);
    const std::vector<std::uint32_t> matches = matchingEntities();
    m_matchCount = int(matches.size());

    std::unordered_map<GroupKey, int, GroupKeyHash> groups;
    int typeGroup[std::size(kTypeOrder)];
    std::fill(std::begin(typeGroup), std::end(typeGroup), -1);
    auto addNode = [this](int parent, std::string_view label, int entity) {
        const int id = int(m_nodes.size());
        Node &n = m_nodes.emplace_back();
        n.parent = parent;
        n.label = label;
        n.entity = entity;
        m_nodes[std::size_t(parent)].children.push_back(id);
        return id;
    };
    auto group = [&](int parent, std::string_view label) {
        const auto [it, inserted] = groups.try_emplace(GroupKey { parent, label }, 0);
        if (inserted) {
            it->second = addNode(parent, label, -1);
        }
        return it->second;
    };

    for (std::uint32_t i : matches) {
        const Entity &e = m_index->entities()[i];
        const int rank = typeRank(e.type);
        if (typeGroup[rank] < 0) {
            typeGroup[rank] = addNode(0, {}, -1);
            m_nodes.back().title = resourceTypeTitle(e.type);
            m_nodes.back().rank = rank;
        }
        int parent = group(typeGroup[rank],
            e.packageName.empty() ? std::string_view("(no package)") : e.packageName);
        for (std::string_view folder : folderOf(e)) {
            parent = group(parent, folder);
        }
        const int leaf = addNode(parent, e.name, int(i));
        m_rowOfEntity[i] = leaf;
        for (int n = leaf; n >= 0; n = m_nodes[std::size_t(n)].parent) {
            ++m_nodes[std::size_t(n)].count;
        }
    }
    sortAndNumber();
}

void NodeTreeModel::sortAndNumber()
{
    for (Node &n : m_nodes) {
        auto &c = n.children;
        std::sort(c.begin(), c.end(), [this](int a, int b) {
            const Node &x = m_nodes[std::size_t(a)];
            const Node &y = m_nodes[std::size_t(b)];
            if (x.rank != y.rank) {
                return x.rank < y.rank;
            }
            if ((x.entity < 0) != (y.entity < 0)) {
                return x.entity < 0; // folders before the nodes beside them
            }
            return lessIgnoreCase(x.label, y.label);
        });
        for (std::size_t r = 0; r < c.size(); ++r) {
            m_nodes[std::size_t(c[r])].row = int(r);
        }
    }
}

QModelIndex NodeTreeModel::indexForEntity(std::uint32_t entity) const
{
    if (entity >= m_rowOfEntity.size() || m_rowOfEntity[entity] < 0) {
        return {};
    }
    const int node = m_rowOfEntity[entity];
    return createIndex(m_nodes[std::size_t(node)].row, 0, quintptr(node));
}

int NodeTreeModel::entityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return -1;
    }
    return m_nodes[std::size_t(index.internalId())].entity;
}

QModelIndex NodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    const std::size_t p = parent.isValid() ? std::size_t(parent.internalId()) : 0;
    const auto &children = m_nodes[p].children;
    if (std::size_t(row) >= children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex NodeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int p = m_nodes[std::size_t(child.internalId())].parent;
    if (p <= 0) {
        return {};
    }
    return createIndex(m_nodes[std::size_t(p)].row, 0, quintptr(p));
}

int NodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    const std::size_t p = parent.isValid() ? std::size_t(parent.internalId()) : 0;
    return int(m_nodes[p].children.size());
}

int NodeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString NodeTreeModel::label(const Node &n) const
{
    return n.title.isEmpty() ? toQString(n.label) : n.title;
}

QVariant NodeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node &n = m_nodes[std::size_t(index.internalId())];
    const Entity *e = n.entity >= 0 ? &m_index->entities()[std::size_t(n.entity)] : nullptr;
    const RunResult *result = e ? m_index->resultFor(e->uniqueId) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            return e ? label(n) : QStringLiteral("%1  (%2)").arg(label(n)).arg(n.count);
        }
        if (index.column() == MaterializedColumn && e) {
            return toQString(e->materialized);
        }
        if (index.column() == StatusColumn && result) {
            return toQString(result->status); // the view paints glyph and colour
        }
        return {};
    case Qt::ToolTipRole:
        if (!e) {
            return {};
        }
        return QString(toQString(e->uniqueId) + u'\n' + toQString(e->path)
            + (e->disabled ? QStringLiteral("\n(disabled)") : QString()));
    case Qt::FontRole:
        if (!e && n.parent == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (e && e->disabled) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case DisabledRole:
        return e && e->disabled;
    case EntityIndexRole:
        return n.entity;
    case UniqueIdRole:
        return e ? toQString(e->uniqueId) : QString();
    case ResultStatusRole:
        return result ? toQString(result->status) : QString();
    case MatchCountRole:
        return n.count;
    default:
        return {};
    }
}

QVariant NodeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MaterializedColumn:
        return tr("Materialized");
    case StatusColumn:
        return tr("Last result");
    default:
        return {};
    }
}

} // namespace Dbtc::Models
