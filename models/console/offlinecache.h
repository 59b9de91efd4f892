// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/runrecord.h"
#include "models/console/treeitem.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Dbtc::Models {

//! \brief What the console shows at once on the next start, before the first refresh:
//! the loaded tree and the recent runs of one connection. Never a token.
struct CachedConnection
{
    QDateTime savedAt;
    QList<TreeItem> tree;
    QList<RunRecord> runs; //!< newest first, at most OfflineCache::MaxRuns
};

//! \brief One QDataStream file per connection under QStandardPaths::CacheLocation/console.
//! A file that is unreadable, from another format version or corrupt is ignored (and the
//! next save replaces it): the cache is only ever a head start.
class OfflineCache
{
public:
    static constexpr int MaxRuns = 1000;

    //! \a directory empty = the standard cache location.
    explicit OfflineCache(QString directory = {});

    QString directory() const { return m_dir; }

    QString filePath(const QString &connectionId) const;
    bool save(const QString &connectionId, CachedConnection data) const;
    std::optional<CachedConnection> load(const QString &connectionId) const;
    void remove(const QString &connectionId) const;

private:
    QString m_dir;
};

} // namespace Dbtc::Models
