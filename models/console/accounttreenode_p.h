// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/client.h"
#include "models/common/requesttracker.h"
#include "models/console/accounttreemodel.h"

namespace Dbtc::Models {

struct AccountTreeModel::Node
{
    TreeItem item;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QString connectionId; //!< the session's id (a connection node: its profile's id)
    // Session roots (account nodes) only; a connection node keeps its first session's info
    ConnectionInfo info;
    QPointer<Api::Client> client;
    //! Every fetch of the connection's tree: removing the connection aborts them and drops
    //! their answers with it.
    std::unique_ptr<RequestTracker> requests = std::make_unique<RequestTracker>();
    int fetchesInFlight = 0;
    bool fetchFailed = false; //!< one of the fetches since the connection was last idle failed

    bool fetched = false; //!< children are known (from the server or the cache)
    bool fetching = false;
    //! loadAll() arrived while a shallow fetch was in flight: load the whole subtree when it lands.
    bool wantAll = false;
    bool stale = false; //!< from the offline cache, not yet confirmed by the server
    QString error; //!< why the last fetch of the children failed

    int row() const
    {
        if (!parent) {
            return 0;
        }
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this) {
                return int(i);
            }
        }
        return 0;
    }

    Node *child(TreeNodeKind kind, qint64 id) const
    {
        for (const auto &c : children) {
            if (c->item.kind == kind && c->item.id == id) {
                return c.get();
            }
        }
        return nullptr;
    }
};

} // namespace Dbtc::Models
