// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifacttypes.h"

#include <QByteArray>
#include <QStringView>

#include <cstdint>
#include <memory>
#include <vector>

namespace Dbtc::Models {

class ArtifactIndex;

//! \brief Case-insensitive substring search over name, unique_id, path and tags of every
//! entity. Built once per index (a lower-cased copy of just those fields, ~150 bytes per
//! entity), then each keystroke is one memmem pass over that block: a few ms for 100k nodes.
class ArtifactSearch
{
public:
    struct Options
    {
        bool includeMacros = false; //!< macros outnumber nodes and rarely are what one looks for
        bool includeDisabled = true;
        std::size_t limit = 0; //!< 0: all matches
    };

    explicit ArtifactSearch(std::shared_ptr<const ArtifactIndex> index);

    //! Entity indices, best first: exact name, name prefix, name substring, then matches in
    //! unique_id/path/tags; ties by shorter name. Case folding is ASCII only.
    std::vector<std::uint32_t> find(QStringView query, const Options &options) const;

    std::vector<std::uint32_t> find(QStringView query) const { return find(query, Options {}); }

    const ArtifactIndex &index() const { return *m_index; }

private:
    std::shared_ptr<const ArtifactIndex> m_index;
    QByteArray m_text; // per entity: name \x1f unique_id \x1f path \x1f tag \x1f tag ... \n
    std::vector<std::uint32_t> m_offsets; // start of each entity's record, plus the end
};

} // namespace Dbtc::Models
