// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifacttypes.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Dbtc::Models {

class ArtifactIndex;

//! \brief What the node browser shows: free text (name, unique_id, path, tags through
//! ArtifactSearch) plus exact filters. parse() reads the search box, where "tag:daily",
//! "mat:table", "status:error", "type:model", "path:marts" and "pkg:jaffle" narrow the free text.
struct NodeFilter
{
    QString text;
    QString tag; //!< exact tag, case-insensitive
    QString materialized; //!< exact materialization (table, view, incremental, ...)
    QString status; //!< last result status; "problem" matches error, fail, warn, runtime error
    QString path; //!< substring of the file path
    QString package; //!< exact package name
    std::optional<ResourceType> type;
    //! A --select/--exclude result: per entity index, 1 when selected. Null: no selection.
    std::shared_ptr<const std::vector<char>> selected;

    static NodeFilter parse(const QString &query);
    bool isEmpty() const;
    //! True when the entity passes every exact filter (the free text is checked by search).
    bool accepts(const ArtifactIndex &index, const Entity &e) const;

    //! Macros are hidden unless asked for: they outnumber nodes and are rarely what one browses.
    bool includesMacros() const { return type == ResourceType::Macro; }
};

//! "model", "source", ... as users type them in "type:"; nullopt when unknown.
std::optional<ResourceType> resourceTypeFromFilterName(const QString &name);
//! Plural group title shown in the tree ("Models", "Sources", ...).
QString resourceTypeTitle(ResourceType type);

} // namespace Dbtc::Models
