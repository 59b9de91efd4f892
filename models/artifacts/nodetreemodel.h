// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/artifacts/nodetreefilter.h"

#include <QAbstractItemModel>

#include <memory>
#include <string_view>
#include <vector>

namespace Dbtc::Models {

class ArtifactIndex;
class ArtifactSearch;

//! \brief The node browser tree: resource type -> package -> folder(s) -> node, over one
//! ArtifactIndex. Filtering rebuilds the (flat, vector-backed) tree in one reset: a search
//! result is a new tree, and rebuilding 100k entries takes a few tens of ms, less than
//! diffing them would.
class NodeTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTreeModel)

public:
    enum Column { NameColumn, MaterializedColumn, StatusColumn, ColumnCount };

    // Unscoped like Models::Role; above Qt::UserRole + 100 so they never meet roles.h.
    enum NodeTreeRole {
        EntityIndexRole = Qt::UserRole + 120, //!< int, -1 for a group row
        UniqueIdRole, //!< QString, empty for a group row
        ResultStatusRole, //!< QString: the last result's status, empty when none
        MatchCountRole, //!< int: entities under a group row (1 for a node)
        DisabledRole, //!< bool: the node is disabled in the project (the view dims it)
    };

    explicit NodeTreeModel(QObject *parent = nullptr);
    ~NodeTreeModel() override;

    void setIndex(std::shared_ptr<const ArtifactIndex> index);

    const ArtifactIndex *artifactIndex() const { return m_index.get(); }

    void setFilter(const NodeFilter &filter);

    const NodeFilter &filter() const { return m_filter; }

    //! Entities shown after filtering.
    int matchCount() const { return m_matchCount; }

    //! The row of an entity, or invalid when it is filtered out.
    QModelIndex indexForEntity(std::uint32_t entity) const;
    //! Entity index behind a row, or -1 for group rows.
    int entityAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        int entity = -1; //!< -1 for groups
        int count = 0;
        int rank = 0; //!< type groups: fixed order (models first, macros last)
        std::string_view label; //!< group label (view into the index or a static title)
        QString title; //!< for type groups, whose label is not in the index
        std::vector<int> children;
    };

    void rebuild();
    std::vector<std::uint32_t> matchingEntities() const;
    void sortAndNumber();
    QString label(const Node &n) const;

    std::shared_ptr<const ArtifactIndex> m_index;
    std::unique_ptr<ArtifactSearch> m_search;
    NodeFilter m_filter;
    std::vector<Node> m_nodes; // [0] is the invisible root
    std::vector<int> m_rowOfEntity; // entity -> node, -1 when filtered out
    int m_matchCount = 0;
};

} // namespace Dbtc::Models
