// SPDX-License-Identifier: GPL-3.0-or-later
// AccountTreeModel: loading children from the API, merging refreshed levels, and the
// offline-cache snapshot/restore. Kept apart from the model plumbing in accounttreemodel.cpp.
#include "models/console/accounttreenode_p.h"

#include "api/client.h"
#include "models/common/adminarea.h"
#include "models/console/accounttreemodel.h"

#include <QCoreApplication>

namespace Dbtc::Models {

namespace {

TreeItem administrationItem(qint64 accountId)
{
    TreeItem t;
    t.kind = TreeNodeKind::Administration;
    t.name = administrationTitle();
    t.accountId = accountId;
    t.detail = QCoreApplication::translate("AccountTreeModel",
        "Environments, connections, repositories, users, groups, service tokens, webhooks");
    return t;
}

template <typename T, typename F> QList<TreeItem> toItems(const QList<T> &list, F convert)
{
    QList<TreeItem> out;
    out.reserve(list.size());
    for (const T &v : list) {
        out.append(convert(v));
    }
    return out;
}

} // namespace

void AccountTreeModel::fetchChildren(Node *node, bool all)
{
    Api::Client *client = this->client(node->connectionId);
    if (!client || node->item.kind == TreeNodeKind::Job
        || node->item.kind == TreeNodeKind::Connection || isAdminKind(node->item.kind)) {
        return; // nothing below them on the server
    }
    if (node->fetching) {
        // A refresh of this level is already out; a deep load waits for it instead of being
        // dropped (a restored tree refreshing at start-up would otherwise stop short).
        node->wantAll = node->wantAll || all;
        return;
    }
    node->fetching = true;
    node->error.clear();
    const QModelIndex idx = indexFor(node);
    Q_EMIT dataChanged(idx, idx);

    // Callbacks look the node up again: it may have been removed while the request ran.
    const QString conn = node->connectionId;
    const TreeNodeKind kind = node->item.kind;
    const qint64 id = node->item.id;
    auto find = [this, conn, kind, id]() -> Node * {
        const QModelIndex i = findNode(conn, kind, id);
        return i.isValid() ? nodeFor(i) : nullptr;
    };
    // Guarded by the connection's tracker: after removeConnection() nothing of it runs.
    Node *connNode = connectionNode(conn);
    RequestTracker &requests = *connNode->requests;
    ++connNode->fetchesInFlight;
    auto finish =
        requests.guard([this, conn, find, all](const QString &error, const QList<TreeItem> &items) {
            if (Node *n = find()) {
                if (!error.isEmpty()) {
                    failFetch(n, error);
                } else {
                    applyChildren(n, items);
                    if (all || std::exchange(n->wantAll, false)) {
                        for (const auto &c : n->children) {
                            fetchChildren(c.get(), true);
                        }
                    }
                }
            }
            settle(conn, error.isEmpty());
        });

    switch (kind) {
    case TreeNodeKind::Connection:
        break; // its accounts are sessions, added with them
    case TreeNodeKind::Account:
        refreshAccount(conn, requests);
        requests.track(client->fetchAllProjects(
            this,
            [finish, accountId = id](const Api::Result<QList<Api::Project>> &r) {
                QList<TreeItem> items;
                if (r) {
                    items = toItems(r.value(), &TreeItem::fromProject);
                    items.append(administrationItem(accountId)); // after the projects
                }
                finish(r ? QString() : r.error().userMessage(), items);
            },
            Api::Priority::Foreground));
        break;
    case TreeNodeKind::Project:
        requests.track(client->fetchAllEnvironments(
            id,
            this,
            [finish](const Api::Result<QList<Api::Environment>> &r) {
                finish(r ? QString() : r.error().userMessage(),
                    r ? toItems(r.value(), &TreeItem::fromEnvironment) : QList<TreeItem>());
            },
            Api::Priority::Foreground));
        break;
    case TreeNodeKind::Environment: {
        Api::JobQuery q;
        q.projectId = node->item.projectId;
        q.environmentId = id;
        q.includeRelated = { QStringLiteral("most_recent_run") };
        requests.track(client->fetchAllJobs(
            q,
            this,
            [finish](const Api::Result<QList<Api::Job>> &r) {
                finish(r ? QString() : r.error().userMessage(),
                    r ? toItems(r.value(), &TreeItem::fromJob) : QList<TreeItem>());
            },
            Api::Priority::Foreground));
        break;
    }
    case TreeNodeKind::Job:
    case TreeNodeKind::Administration:
    case TreeNodeKind::AdminArea:
        break;
    }
}

void AccountTreeModel::refreshAccount(const QString &connectionId, RequestTracker &requests)
{
    Node *root = connectionNode(connectionId);
    Api::Client *client = root ? root->client.data() : nullptr;
    if (!client) {
        return;
    }
    ++root->fetchesInFlight;
    requests.track(client->getAccount(
        this, requests.guard([this, connectionId](const Api::Result<Api::Account> &r) {
            if (Node *n = connectionNode(connectionId); n && r) {
                // The account's own name and plan; failures show on its projects' fetch.
                n->item.name = r->name;
                n->item.detail = r->plan;
                n->stale = false;
                const QModelIndex idx = indexFor(n);
                Q_EMIT dataChanged(idx, idx);
            }
            settle(connectionId, bool(r));
        })));
}

void AccountTreeModel::settle(const QString &connectionId, bool ok)
{
    Node *conn = connectionNode(connectionId);
    if (!conn) {
        return;
    }
    conn->fetchFailed = conn->fetchFailed || !ok;
    if (--conn->fetchesInFlight > 0) {
        return;
    }
    conn->fetchesInFlight = 0;
    const bool allOk = !std::exchange(conn->fetchFailed, false);
    Q_EMIT fetchesSettled(connectionId, allOk);
}

bool AccountTreeModel::isFetching(const QString &connectionId) const
{
    const Node *conn = connectionNode(connectionId);
    return conn && conn->fetchesInFlight > 0;
}

void AccountTreeModel::applyChildren(Node *parent, const QList<TreeItem> &items)
{
    const QModelIndex parentIndex = indexFor(parent);
    parent->fetching = false;
    parent->fetched = true;
    parent->error.clear();

    // Vanished children leave back to front so the rows still to check keep their numbers.
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        const TreeItem &old = parent->children[size_t(row)]->item;
        const bool kept = std::any_of(items.cbegin(), items.cend(), [&old](const TreeItem &t) {
            return t.sameNode(old);
        });
        if (!kept) {
            beginRemoveRows(parentIndex, row, row);
            parent->children.erase(parent->children.begin() + row);
            endRemoveRows();
        }
    }
    QList<TreeItem> fresh;
    for (TreeItem item : items) {
        Node *existing = parent->child(item.kind, item.id);
        if (!existing) {
            fresh.append(item);
            continue;
        }
        if (item.kind == TreeNodeKind::Job && existing->item.lastRunId > item.lastRunId) {
            // The poller saw a newer run than the job list's most_recent_run.
            item.lastRunId = existing->item.lastRunId;
            item.lastStatus = existing->item.lastStatus;
            item.lastRunAt = existing->item.lastRunAt;
        }
        item.childrenLoaded = existing->item.childrenLoaded;
        if (!(item == existing->item) || existing->stale) {
            existing->item = item;
            existing->stale = false;
            const QModelIndex idx = indexFor(existing);
            Q_EMIT dataChanged(idx, idx);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(parent->children.size());
        beginInsertRows(parentIndex, first, first + int(fresh.size()) - 1);
        for (const TreeItem &item : std::as_const(fresh)) {
            auto node = std::make_unique<Node>();
            node->parent = parent;
            node->connectionId = parent->connectionId;
            node->item = item;
            if (item.kind == TreeNodeKind::Administration) {
                // Its children are known without asking: inserted with it, in the same rows.
                for (const AdminArea area : adminAreas()) {
                    auto child = std::make_unique<Node>();
                    child->parent = node.get();
                    child->connectionId = node->connectionId;
                    child->item.kind = TreeNodeKind::AdminArea;
                    child->item.id = int(area);
                    child->item.name = adminAreaTitle(area);
                    child->item.accountId = item.accountId;
                    child->fetched = true;
                    node->children.push_back(std::move(child));
                }
                node->fetched = true;
            }
            parent->children.push_back(std::move(node));
        }
        endInsertRows();
    }
    Q_EMIT dataChanged(parentIndex, parentIndex);
    Q_EMIT childrenLoaded(parentIndex);
}

void AccountTreeModel::failFetch(Node *node, const QString &message)
{
    node->fetching = false;
    node->wantAll = false;
    node->error = message;
    const QModelIndex idx = indexFor(node);
    Q_EMIT dataChanged(idx, idx);
    Q_EMIT loadFailed(node->connectionId, message);
}

void AccountTreeModel::restore(const QString &connectionId, const QList<TreeItem> &items)
{
    Node *conn = connectionNode(connectionId);
    if (!conn) {
        return;
    }
    for (const TreeItem &item : items) {
        Node *parent = nullptr;
        switch (item.kind) {
        case TreeNodeKind::Account:
            if (item.id == conn->item.id && !conn->fetched) {
                conn->item.name = item.name; // the session's root: only its name is cached
                conn->item.detail = item.detail;
                conn->stale = true;
                const QModelIndex idx = indexFor(conn);
                Q_EMIT dataChanged(idx, idx);
            }
            break;
        case TreeNodeKind::Project:
            parent = item.accountId == conn->item.id ? conn : nullptr;
            break;
        case TreeNodeKind::Environment: {
            const QModelIndex p = findNode(connectionId, TreeNodeKind::Project, item.projectId);
            parent = p.isValid() ? nodeFor(p) : nullptr;
            break;
        }
        case TreeNodeKind::Job: {
            const QModelIndex e =
                findNode(connectionId, TreeNodeKind::Environment, item.environmentId);
            parent = e.isValid() ? nodeFor(e) : nullptr;
            break;
        }
        case TreeNodeKind::Connection:
        case TreeNodeKind::Administration:
        case TreeNodeKind::AdminArea:
            break; // never cached: the account's refresh adds them
        }
        if (!parent || parent->child(item.kind, item.id)) {
            continue;
        }
        auto node = std::make_unique<Node>();
        node->parent = parent;
        node->connectionId = connectionId;
        node->item = item;
        node->stale = true;
        node->fetched = item.childrenLoaded;
        const int row = int(parent->children.size());
        beginInsertRows(indexFor(parent), row, row);
        parent->children.push_back(std::move(node));
        endInsertRows();
        parent->fetched = true;
    }
}

QList<TreeItem> AccountTreeModel::snapshot(const QString &connectionId) const
{
    QList<TreeItem> out;
    const Node *conn = connectionNode(connectionId);
    if (!conn) {
        return out;
    }
    TreeItem root = conn->item; // the account: its name shows before it answers
    root.childrenLoaded = conn->fetched;
    out.append(root);
    // Breadth first: parents always come before their children, as restore() needs.
    QList<const Node *> todo { conn };
    while (!todo.isEmpty()) {
        const Node *n = todo.takeFirst();
        for (const auto &c : n->children) {
            if (isAdminKind(c->item.kind)) {
                continue; // built locally, not worth caching
            }
            TreeItem t = c->item;
            t.childrenLoaded = c->fetched;
            out.append(t);
            todo.append(c.get());
        }
    }
    return out;
}

void AccountTreeModel::refreshLoaded(const QString &connectionId)
{
    Node *conn = connectionNode(connectionId);
    if (!conn) {
        return;
    }
    QList<Node *> loaded;
    QList<Node *> todo { conn };
    while (!todo.isEmpty()) {
        Node *n = todo.takeFirst();
        if (isAdminKind(n->item.kind)) {
            continue;
        }
        // A level whose load failed is tried again too: "failed to load" must not stick.
        if (n->fetched || n == conn || !n->error.isEmpty()) {
            loaded.append(n);
        }
        for (const auto &c : n->children) {
            todo.append(c.get());
        }
    }
    for (Node *n : std::as_const(loaded)) {
        fetchChildren(n, false);
    }
}

void AccountTreeModel::loadAll(const QString &connectionId)
{
    Node *conn = connectionNode(connectionId);
    if (!conn) {
        return;
    }
    QList<Node *> todo { conn };
    while (!todo.isEmpty()) {
        Node *n = todo.takeFirst();
        if (!n->fetched || n->fetching) {
            fetchChildren(n, true); // loads the whole subtree below it (now or when it lands)
            continue;
        }
        for (const auto &c : n->children) {
            todo.append(c.get());
        }
    }
}

} // namespace Dbtc::Models
